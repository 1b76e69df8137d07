#pragma once

#include "core/environment.h"
#include "store/notestore.h"

#include <QElapsedTimer>
#include <QObject>

#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace avfall {

// The sender's writes to the queue, on a thread of its own with a connection of its own: one
// transaction records the answers that arrived and claims the notes for the next requests
// (reserved), and it is synced (synchronous=FULL) before done() reports it. Meanwhile the sender's
// thread goes on with the network, so that no commit and no sync holds up the connections. One
// transaction at a time: what the sender gathers while one runs goes into the next (group commit).
// Its WalCheckpointer keeps the log short without a checkpoint inside its commits.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        int claimsAsked = 0;
        QList<NoteStore::Claim> claimed;
        QList<NoteStore::Finished> answered; // as handed in; recorded only when ok
        QString error;                       // the store's, when not ok
    };

    StoreWorker(const QString &file, Environment environment, QObject *parent = nullptr);
    ~StoreWorker() override; // after the running transaction
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    // Its connection opened; otherwise the sender does the same in its own thread (run()).
    bool isWorking() const { return m_working; }
    bool isBusy() const { return m_busy; }
    // Records `answered` and claims up to `claims` due notes in one synced transaction; done()
    // reports it. Only while not busy.
    void request(const QList<NoteStore::Finished> &answered, int claims);
    // Waits for the running transaction and returns its result, which done() then does not report.
    std::optional<Result> takeRunning();
    // How long a transaction took, request to result, on average over the last ones (ms; 0 before).
    double averageMs() const { return m_averageMs; }

    // The transaction itself, in the calling thread.
    static Result run(NoteStore &store, Environment environment, const QList<NoteStore::Finished> &answered,
                      int claims);

signals:
    void done(const avfall::StoreWorker::Result &result);

private:
    void work(std::promise<bool> opened);
    void deliver();

    const QString m_file;
    const Environment m_environment;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_finished;
    bool m_stop = false;
    bool m_pending = false; // a request waits for the thread
    QList<NoteStore::Finished> m_answered;
    int m_claims = 0;
    std::optional<Result> m_result; // done, not yet taken
    bool m_busy = false;            // from request() until the result is taken (sender's thread)
    bool m_working = false;
    QElapsedTimer m_requested; // since the running request
    double m_averageMs = 0;
    std::thread m_thread;
};

} // namespace avfall
