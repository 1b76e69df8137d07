#pragma once

#include <QObject>
#include <QTimer>

namespace avfall {

class NoteStore;

// Notices that another process changed the store: a note queued by `avfall submit` while this
// process holds the sender lock, so that the lock holder sends it within a second or two. It
// polls SQLite's data_version of the store's own connection, which changes whenever another
// connection commits and never for this connection's own commits: one cheap PRAGMA per interval,
// no disk I/O beyond the shared-memory index. A file-system watcher on the database or its WAL
// would fire on every write of this process too, and not at all on some network file systems.
class StoreChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1000;

    explicit StoreChangeWatcher(NoteStore &store, int intervalMs = kIntervalMs, QObject *parent = nullptr);

    void start(); // takes the current version as seen
    void stop();
    // The changes so far are this process's own (the sender's StoreWorker commits through a
    // connection of its own): takes the current version as seen, if watching.
    void acknowledge();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void changedElsewhere();

private:
    void poll();

    NoteStore &m_store;
    QTimer m_timer;
    qint64 m_seen = -1;
};

} // namespace avfall
