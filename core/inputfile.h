#pragma once

#include <QByteArray>
#include <QString>

namespace avfall {

// Files the user hands us (a note as JSON, a certificate) are small. A file far larger than any
// real one is a mistake (the wrong file, a disk image, /dev/zero) and is refused before it is read:
// by its size when it has one, and for a pipe or standard input as soon as more than the limit
// came in. Nothing of it is kept in memory.
namespace inputfile {

enum class Kind
{
    Note,        // a note as JSON
    Certificate, // a certificate, key or CA file (PKCS#12 or PEM)
};

qint64 maxBytes(Kind kind); // 2 MiB for a note, 1 MiB for a certificate

struct Read
{
    QByteArray data;
    QString error; // Swedish, for the user; empty when read
    bool ok() const { return error.isEmpty(); }
};

// The file whole; "-" reads standard input (only where the caller allows it).
Read read(const QString &path, Kind kind, bool allowStandardInput = false);

} // namespace inputfile

} // namespace avfall
