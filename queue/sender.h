#pragma once

#include "core/environment.h"
#include "network/callresult.h"
#include "queue/backoff.h"
#include "queue/storechangewatcher.h"
#include "queue/storeworker.h"
#include "store/notestore.h"
#include "store/storednote.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace avfall {

class RegisterClient;

// Takes due notes from the store and sends them, a few at a time, recording every attempt in the
// same store. What it decides per outcome:
//   accepted → sent; rejected → waits for the user; uncertain → waits for the user (never re-sent
//   by itself); unavailable → stays queued and is tried again with backoff, never sooner than the
//   register's Retry-After (and while that lasts, no other note is sent either); certificate or
//   login problems → stays queued, and the sender stops and says so instead of burning through
//   retries. Notes another process queues are noticed within about a second (StoreChangeWatcher).
// It works in groups, so that little stands between an answer and the next request on the same
// connection: while requests are on their way, a StoreWorker (its own thread and connection)
// records the answers that arrived and claims the notes for the next requests, reserved
// (AttemptPhase::Reserved), in one synced transaction. Only then do those notes go out and are
// those answers announced (noteFinished): a reservation is on the disk before any byte of its
// request leaves, an answer before anyone is told. Answers wait a few milliseconds for the next
// claim, and gather while a transaction runs, so that one transaction records several (each
// rewrites the index pages it touches; ten answers in one cost little more than one). Right before
// notes go out, they are marked written in the store's WrittenLog (one write, no transaction):
// after a killed process that mark tells the reserved notes that never left (back to the queue)
// from those that did (uncertain); after a power cut, which restarts the machine, every
// reservation counts as written (uncertain, never doubled). Notes are reserved ahead so that the
// connections stay busy while a transaction runs: as many as the measured transaction and request
// times call for (one per connection, at most eight); a sender that stops or goes away puts those
// it did not send back in the queue itself.
// Hold a SenderLock while a Sender runs: one sender per profile.
class Sender : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int sent = 0;
        int rejected = 0;
        int uncertain = 0;
        int unavailable = 0;
        bool blocked = false;
        QString blockedReason;
    };

    Sender(NoteStore &store, RegisterClient &client, Environment environment, QObject *parent = nullptr);
    ~Sender() override;

    void setParallelism(int requests) { m_parallelism = std::max(1, requests); }
    void setBackoff(Backoff backoff) { m_backoff = std::move(backoff); }

    // Sends what is due, and keeps going for notes that become due before `until` (an invalid
    // time: only what is due now). Emits finished() when nothing more will be sent before then.
    void run(const QDateTime &until = QDateTime());
    // Something changed (a note was queued, the network came back): look for due notes now, also
    // after run() had finished for lack of work.
    void wake();
    void stop();

    const Summary &summary() const { return m_summary; }
    int inFlight() const { return m_inFlight; }
    bool isRunning() const { return m_running; }
    // Until when the register asked for a pause (Retry-After); invalid when it did not.
    QDateTime pausedUntil() const { return m_pausedUntil; }

signals:
    void noteFinished(qint64 id, avfall::NoteState state, const QString &summary);
    void blocked(const QString &reason);
    void finished();

private:
    void pump();
    void schedulePump();
    void recordAndClaim(int claims);
    void onRecorded(const StoreWorker::Result &result);
    void sendReady(); // reserved notes onto the free connections
    void dispatch(const NoteStore::Claim &claim);
    void releaseMarked();
    void onAnswer(const StoredNote &note, qint64 attemptId, const CallResult &result);
    AttemptResult attemptResult(const StoredNote &note, const CallResult &result);
    int lookahead() const;
    void scheduleOrFinish();
    void onStoreChangedElsewhere();
    bool isPaused(const QDateTime &now) const { return m_pausedUntil.isValid() && now < m_pausedUntil; }
    bool isRecording() const { return m_worker && m_worker->isBusy(); }

    NoteStore &m_store;
    RegisterClient &m_client;
    Environment m_environment;
    Backoff m_backoff;
    QTimer m_timer;
    QTimer m_recordTimer; // runs while answers wait to be recorded with the next claim
    QDateTime m_until;
    Summary m_summary;
    QList<NoteStore::Finished> m_answered; // answers not yet recorded
    QList<NoteStore::Claim> m_marked;      // claimed (durably) for the next requests, not yet sent
    std::unique_ptr<StoreWorker> m_worker; // while sending: records and claims off this thread
    double m_averageRequestMs = -1;        // not measured yet
    StoreChangeWatcher m_watcher;          // notes queued by other processes
    QDateTime m_pausedUntil;               // the register's Retry-After, capped
    static constexpr int kRecordRetryMs = 250;
    static constexpr int kRecordDelayMs = 5;
    static constexpr int kMaxAheadPerConnection = 8;
    static constexpr int kMaxPauseMs = Backoff::kMaxDelayMs;
    bool m_pumpScheduled = false;
    int m_parallelism = 4;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_stopped = false;
    bool m_drained = false; // the last claim found fewer due notes than it asked for
};

} // namespace avfall
