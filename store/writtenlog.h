#pragma once

#include <QFile>
#include <QList>
#include <QSet>
#include <QString>

namespace avfall {

// The "written" marks of the sender's requests, kept apart from the database: an append-only file
// of attempt ids (8 bytes each, little-endian), one write() per group of requests right before
// they go out. A write() is in the operating system's hands when it returns, so the mark survives
// a killed process, which is all it has to survive: after a power cut, which restarts the machine,
// every reservation counts as written anyway (NoteStore::recoverInterrupted). It costs one system
// call where a commit cost a transaction, and it never waits for the database's write lock, which
// the sender's StoreWorker holds most of the time while it runs.
// Recovery reads it and then empties it; ids of finished attempts in it mean nothing, as attempt
// ids are never reused.
class WrittenLog
{
public:
    explicit WrittenLog(QString file);

    // Appends the ids in one write; false when the file cannot be written (then nothing may be sent).
    bool append(const QList<qint64> &attemptIds);
    // Every id appended since the last clear(); a record cut short by a failed write is left out.
    QSet<qint64> read() const;
    bool clear();

private:
    QFile m_file;               // opened for appending at the first mark
    bool m_writeFailed = false; // a record may have been cut short: cut it off before the next
};

} // namespace avfall
