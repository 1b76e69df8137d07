#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace avfall {

// One file in a zip archive: its name inside the archive ("logg/avfallsrapport.log") and its bytes.
struct ZipEntry
{
    QString name;
    QByteArray data;
};

// Writes entries as a deflated zip archive with libzip (Qt 6.4 has no public zip writer). libzip
// writes a temporary file next to path and renames it at the end, so a failed write leaves no half
// archive. The archive is owner-only (0600): a support bundle carries the log. Returns false and a
// Swedish message in *error on failure.
bool writeZip(const QString &path, const QList<ZipEntry> &entries, QString *error);

// Reads every file of an archive (tests, and checks of a written bundle). Empty when it cannot be read.
std::optional<QList<ZipEntry>> readZip(const QString &path, QString *error);

} // namespace avfall
