#include "queue/storeworker.h"

#include "store/walcheckpointer.h"

#include <QDateTime>

namespace avfall {

StoreWorker::StoreWorker(const QString &file, Environment environment, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_environment(environment)
{
    std::promise<bool> opened;
    std::future<bool> result = opened.get_future();
    m_thread = std::thread([this, promise = std::move(opened)]() mutable { work(std::move(promise)); });
    m_working = result.get();
}

StoreWorker::~StoreWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void StoreWorker::request(const QList<NoteStore::Finished> &answered, int claims)
{
    Q_ASSERT(m_working && !m_busy);
    m_busy = true;
    m_requested.start();
    {
        std::lock_guard lock(m_mutex);
        m_answered = answered;
        m_claims = claims;
        m_pending = true;
    }
    m_wake.notify_one();
}

std::optional<StoreWorker::Result> StoreWorker::takeRunning()
{
    if (!m_busy)
        return std::nullopt;
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_result.has_value(); });
    m_busy = false;
    return std::exchange(m_result, std::nullopt);
}

void StoreWorker::deliver()
{
    std::optional<Result> result;
    {
        std::lock_guard lock(m_mutex);
        result = std::exchange(m_result, std::nullopt);
    }
    if (!result) // taken by takeRunning()
        return;
    m_busy = false;
    const double ms = double(m_requested.nsecsElapsed()) / 1e6;
    m_averageMs = m_averageMs == 0 ? ms : 0.8 * m_averageMs + 0.2 * ms;
    emit done(*result);
}

StoreWorker::Result StoreWorker::run(NoteStore &store, Environment environment,
                                     const QList<NoteStore::Finished> &answered, int claims)
{
    Result result;
    result.answered = answered;
    result.claimsAsked = claims;
    result.ok = store.recordAndClaim(answered, claims, QDateTime::currentDateTimeUtc(), environment,
                                     &result.claimed, AttemptPhase::Reserved);
    if (!result.ok)
        result.error = store.lastError();
    return result;
}

void StoreWorker::work(std::promise<bool> opened)
{
    // A connection of this thread's own: Qt SQL connections belong to the thread that opened them.
    std::unique_ptr<NoteStore> store = NoteStore::open(m_file);
    if (!store) {
        opened.set_value(false);
        return;
    }
    const WalCheckpointer checkpointer(*store); // goes before the store
    opened.set_value(true);
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || m_pending; });
        if (!m_pending) // stopping, and nothing asked for
            break;
        m_pending = false;
        const QList<NoteStore::Finished> answered = std::exchange(m_answered, {});
        const int claims = m_claims;
        lock.unlock();
        Result result = run(*store, m_environment, answered, claims);
        lock.lock();
        m_result = std::move(result);
        m_finished.notify_all();
        QMetaObject::invokeMethod(this, &StoreWorker::deliver, Qt::QueuedConnection);
    }
}

} // namespace avfall
