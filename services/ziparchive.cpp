#include "services/ziparchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace avfall {

namespace {

QString libzipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

// Opens path with libzip; nullptr with *error filled from `message` ("… %1: %2") when it cannot.
zip_t *openArchive(const QString &path, int flags, const QString &message, QString *error)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), flags, &code);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = message.arg(path, libzipError(&zipError));
        zip_error_fini(&zipError);
    }
    return archive;
}

} // namespace

bool writeZip(const QString &path, const QList<ZipEntry> &entries, QString *error)
{
    zip_t *archive = openArchive(path, ZIP_CREATE | ZIP_TRUNCATE,
                                 QCoreApplication::translate("ZipArchive", "Kan inte skapa %1: %2"), error);
    if (!archive)
        return false;
    // libzip reads the buffers only in zip_close: entries stay alive until then (they are ours).
    for (const ZipEntry &entry : entries) {
        zip_source_t *source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            *error = QCoreApplication::translate("ZipArchive", "Kan inte lägga %1 i arkivet: %2")
                         .arg(entry.name, libzipError(zip_get_error(archive)));
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    if (zip_close(archive) != 0) {
        *error = QCoreApplication::translate("ZipArchive", "Kan inte skriva %1: %2")
                     .arg(path, libzipError(zip_get_error(archive)));
        zip_discard(archive);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

std::optional<QList<ZipEntry>> readZip(const QString &path, QString *error)
{
    zip_t *archive = openArchive(path, ZIP_RDONLY | ZIP_CHECKCONS,
                                 QCoreApplication::translate("ZipArchive", "Kan inte läsa %1: %2"), error);
    if (!archive)
        return std::nullopt;
    QList<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t info;
        zip_file_t *file = nullptr;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &info) != 0 ||
            !(file = zip_fopen_index(archive, zip_uint64_t(i), 0))) {
            *error = QCoreApplication::translate("ZipArchive", "Kan inte läsa %1: %2")
                         .arg(path, libzipError(zip_get_error(archive)));
            zip_discard(archive);
            return std::nullopt;
        }
        ZipEntry entry;
        entry.name = QString::fromUtf8(info.name);
        entry.data.resize(qsizetype(info.size));
        const zip_int64_t read = zip_fread(file, entry.data.data(), info.size);
        zip_fclose(file);
        if (read != zip_int64_t(info.size)) {
            *error = QCoreApplication::translate("ZipArchive", "%1 i %2 går inte att packa upp.")
                         .arg(entry.name, path);
            zip_discard(archive);
            return std::nullopt;
        }
        entries.append(entry);
    }
    zip_discard(archive);
    return entries;
}

} // namespace avfall
