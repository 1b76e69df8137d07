#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

namespace avfall {

class NoteStore;

// Makes the store's deferred commits durable from a thread of its own: it syncs (fsync) the
// write-ahead log, which puts every commit written to it so far on the disk. A sync takes
// milliseconds on many disks; the sender goes on sending notes whose marks are already durable
// meanwhile, and all commits made while one sync runs share the next one (group commit).
// It syncs through SQLite (its own connection's handle of the log, SQLITE_FCNTL_JOURNAL_POINTER),
// so that SQLite's VFS does what the platform needs; it never touches the store's connection.
class WalSyncer : public QObject
{
    Q_OBJECT

public:
    explicit WalSyncer(NoteStore &store, QObject *parent = nullptr);
    ~WalSyncer() override;
    WalSyncer(const WalSyncer &) = delete;
    WalSyncer &operator=(const WalSyncer &) = delete;

    // Its connection opened and found the log; otherwise nothing can be deferred (commit synced).
    bool isWorking() const { return m_working; }
    QString problem() const { return m_problem; }

    // Asks for a sync of everything committed before this call; synced() reports it by this number.
    quint64 request();
    quint64 completed() const { return m_completed; }
    // Blocks until the sync `number` is done (true) or failed or took longer than timeoutMs.
    bool waitFor(quint64 number, int timeoutMs = 10000);
    // How long a sync took, on average over the last ones (milliseconds; 0 before the first).
    double averageSyncMs() const { return m_averageSyncMs; }

signals:
    // Every request up to `upTo` is durable (ok), or the log could not be synced (error).
    void synced(quint64 upTo, bool ok, const QString &error);

private:
    void run(std::promise<QString> opened);

    const QString m_file;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    bool m_stop = false;
    quint64 m_failed = 0; // the last request whose sync failed
    quint64 m_requested = 0;
    std::atomic<quint64> m_completed = 0;
    std::atomic<double> m_averageSyncMs = 0;
    bool m_working = false;
    QString m_problem;
    std::thread m_thread;
};

} // namespace avfall
