#pragma once

#include "services/noteregisterexport.h"

#include <QString>

#include <optional>

namespace avfall {

// The file formats of the register export; the keys are those of `avfall export --format`.
enum class RegisterFormat
{
    Xlsx,
    Csv,
};

QString registerFormatKey(RegisterFormat format); // "xlsx", "csv": also the file suffix
std::optional<RegisterFormat> registerFormatFromKey(QStringView key);

// Writes the register in the format (registerxlsx::write or registercsv::write).
bool writeRegister(const NoteRegister &noteRegister, RegisterFormat format, const QString &fileName,
                   QString *error);

} // namespace avfall
