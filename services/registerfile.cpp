#include "services/registerfile.h"

#include "services/registercsvwriter.h"
#include "services/registerxlsxwriter.h"

namespace avfall {

QString registerFormatKey(RegisterFormat format)
{
    return format == RegisterFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<RegisterFormat> registerFormatFromKey(QStringView key)
{
    for (RegisterFormat format : {RegisterFormat::Xlsx, RegisterFormat::Csv}) {
        if (key.compare(registerFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

bool writeRegister(const NoteRegister &noteRegister, RegisterFormat format, const QString &fileName,
                   QString *error)
{
    return format == RegisterFormat::Xlsx ? registerxlsx::write(noteRegister, fileName, error)
                                          : registercsv::write(noteRegister, fileName, error);
}

} // namespace avfall
