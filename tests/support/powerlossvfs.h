#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace avfall::test {

// What the disk holds after the power went: per file that SQLite wrote, the content that had
// reached the disk (what was synced, in KeepSomeUnsynced also part of what was not).
struct PowerLossSnapshot
{
    struct File
    {
        QString path;
        QByteArray content;
        bool exists = true; // false: deleted before the power went
    };
    QList<File> files;

    // For a child process that dies at the cut: the snapshot goes to a folder, the parent reads it.
    bool save(const QString &directory) const;
    static PowerLossSnapshot load(const QString &directory, bool *ok = nullptr);
};

// An SQLite VFS for tests that models a power cut. It wraps the default VFS ("unix") and becomes
// the default itself, so that every connection opened afterwards (Qt's QSQLITE driver links the
// same libsqlite3) goes through it. For each database, WAL and journal file it keeps the content
// as of the last xSync (fsync): a write is on the disk only once its file was synced.
// cutPower() says what the disk would hold if the power went now; restore() puts exactly that
// back on the disk (the process must have closed its connections first: they play no role after
// a power cut, and what they write while closing is thrown away by restore()).
// Simplifications: a write reaches the disk whole or not at all (SQLite assumes the same of a
// sector); a deletion or a file's creation is durable at once.
class PowerLossVfs
{
public:
    enum class Mode
    {
        DropUnsynced,     // nothing that was not synced survives
        KeepSomeUnsynced, // a random part of the unsynced writes reached the disk anyway
    };

    // Registers the VFS as SQLite's default (once per process).
    static bool install();

    static PowerLossSnapshot cutPower(Mode mode = Mode::DropUnsynced, std::uint32_t seed = 0);
    // Writes the snapshot to the disk and forgets every file: the machine has restarted.
    static bool restore(const PowerLossSnapshot &snapshot);

    // Forgets every file (a test starts on a new machine); what is open keeps being tracked anew.
    static void forgetFiles();

    // Writes and truncations of tracked files not yet synced (bytes written), over all files.
    static qint64 unsyncedBytes();
    // Writes, truncations and syncs of tracked files so far.
    static qint64 operations();
    // Makes every sync take this long at least, like a slow disk (0: as fast as the disk is).
    static void setSyncDelay(int milliseconds);
    // Calls `cut` right before the operation with this number (1-based) is carried out; 0: never.
    // The callback decides what happens (a child process saves cutPower() and ends at once).
    static void setCutAt(qint64 operation, std::function<void()> cut);
};

} // namespace avfall::test
