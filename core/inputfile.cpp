#include "core/inputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace avfall::inputfile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

QString tooLarge(const QString &path, Kind kind)
{
    const QString limit = QLocale().formattedDataSize(maxBytes(kind), 0, QLocale::DataSizeTraditionalFormat);
    const QString name =
        path == QLatin1String("-") ? Text::tr("Standard in") : QDir::toNativeSeparators(path);
    return kind == Kind::Note
               ? Text::tr("%1 är för stor för att vara en anteckning (mer än %2). Kontrollera att du valde "
                          "rätt fil.")
                     .arg(name, limit)
               : Text::tr("%1 är för stor för att vara en certifikatfil (mer än %2). Välj certifikatfilen "
                          "(.p12, .pfx eller .pem) som du fick från certifikatutfärdaren.")
                     .arg(name, limit);
}

} // namespace

qint64 maxBytes(Kind kind)
{
    return kind == Kind::Note ? 2 * 1024 * 1024 : 1024 * 1024;
}

Read read(const QString &path, Kind kind, bool allowStandardInput)
{
    Read result;
    QFile file(path);
    const bool standardInput = allowStandardInput && path == QLatin1String("-");
    const QFileInfo info(path);
    // A regular file says its size: a too large one is refused without opening it.
    if (!standardInput && info.isFile() && info.size() > maxBytes(kind)) {
        result.error = tooLarge(path, kind);
        return result;
    }
    if (!standardInput && info.isDir()) {
        result.error = Text::tr("%1 är en mapp, inte en fil.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    const bool opened =
        standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        result.error =
            Text::tr("Filen %1 kunde inte läsas: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // Pipes, devices and files that grew meanwhile: never more than one byte past the limit. A
    // pipe hands out its data in pieces.
    while (result.data.size() <= maxBytes(kind)) {
        const QByteArray piece = file.read(maxBytes(kind) + 1 - result.data.size());
        if (piece.isEmpty())
            break; // the end, or an error (below)
        result.data += piece;
    }
    if (result.data.size() > maxBytes(kind)) {
        result.data.clear();
        result.error = tooLarge(path, kind);
    } else if (file.error() != QFileDevice::NoError) {
        result.data.clear();
        result.error =
            Text::tr("Filen %1 kunde inte läsas: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return result;
}

} // namespace avfall::inputfile
