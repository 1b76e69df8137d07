#include "sender.h"

#include "notestore.h"
#include "registerclient.h"

#include <QJsonArray>

namespace avfall {

namespace {
QJsonObject errorsJson(const CallResult &result)
{
    if (result.errors.isEmpty())
        return QJsonObject();
    QJsonArray list;
    for (const RegisterErrorItem &error : result.errors)
        list.append(
            QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    return QJsonObject{{QStringLiteral("errors"), list}};
}
} // namespace

Sender::Sender(NoteStore &store, RegisterClient &client, Environment environment, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_environment(environment)
    , m_watcher(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Sender::pump);
    connect(&m_watcher, &StoreChangeWatcher::changedElsewhere, this, &Sender::onStoreChangedElsewhere);
}

Sender::~Sender()
{
    // Requests still on their way would call back into this object, and one still connecting
    // could be written after recoverInterrupted() has put its note back in the queue (sent twice):
    // they end here. Those already written stay "sending" and become uncertain on recovery.
    if (m_inFlight > 0)
        m_client.abortWrites();
    // Answers that arrived but were not recorded yet must not be lost with the sender.
    QList<NoteStore::Claim> none;
    m_store.recordAndClaim(m_answered, 0, QDateTime::currentDateTimeUtc(), m_environment, &none);
    releaseClaimed();
}

void Sender::run(const QDateTime &until)
{
    m_until = until;
    m_running = true;
    m_stopped = false;
    m_summary = Summary();
    m_watcher.start();
    schedulePump();
}

void Sender::onStoreChangedElsewhere()
{
    // Another process queued a note (or decided on one): look now, also after run() had finished
    // for lack of work. A sender that is stopped or blocked waits for wake().
    if (m_stopped || m_summary.blocked)
        return;
    m_running = true;
    schedulePump();
}

void Sender::wake()
{
    // A sender that ran out of work (the app's, between notes) starts again; one that was stopped
    // stays stopped.
    if (m_stopped)
        return;
    m_running = true;
    m_summary.blocked = false; // a change (new settings, network back) earns another try
    schedulePump();
}

void Sender::stop()
{
    m_stopped = true;
    m_running = false;
    m_timer.stop();
    m_watcher.stop();
    releaseClaimed();
}

void Sender::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &Sender::pump, Qt::QueuedConnection);
}

void Sender::pump()
{
    m_pumpScheduled = false;
    // First what the answers' connections wait for; then, while those requests are on their way,
    // record the answers and claim the notes for the next round, in one transaction.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isPaused(now))
        releaseClaimed(); // the register asked for a pause: what was claimed ahead waits too
    sendClaimed();
    const bool sending = m_running && !m_summary.blocked && !isPaused(now);
    // Claimed ahead: one note for each connection, ready when its answer comes.
    const int wanted = sending ? m_parallelism - int(m_claimed.size()) : 0;
    if (wanted > 0 || !m_answered.isEmpty()) {
        const QList<NoteStore::Finished> answered = std::exchange(m_answered, {});
        QList<NoteStore::Claim> claims;
        if (m_store.recordAndClaim(answered, std::max(wanted, 0), now, m_environment, &claims)) {
            m_claimed += claims;
            for (const NoteStore::Finished &entry : answered)
                emit noteFinished(entry.noteId, entry.result.newState, entry.result.summary);
        } else if (!answered.isEmpty()) {
            // Not recorded (the database locked or failing): keep the answers and try again soon.
            m_answered = answered + m_answered;
            QTimer::singleShot(kRecordRetryMs, this, &Sender::schedulePump);
        }
    }
    if (!m_running || m_summary.blocked)
        releaseClaimed();
    sendClaimed(); // at the start, and whenever claims found free connections
    if (m_inFlight == 0 && m_answered.isEmpty() && m_claimed.isEmpty()) {
        m_checkpointer.reset(); // nothing on its way: SQLite's own checkpoints suffice again
        scheduleOrFinish();
    }
}

void Sender::sendClaimed()
{
    if (!m_running || m_summary.blocked || isPaused(QDateTime::currentDateTimeUtc()))
        return;
    const int free = std::min<int>(m_parallelism - m_inFlight, int(m_claimed.size()));
    if (free <= 0)
        return;
    if (!m_checkpointer)
        m_checkpointer = std::make_unique<WalCheckpointer>(m_store);
    const QList<NoteStore::Claim> going = m_claimed.mid(0, free);
    m_claimed.remove(0, free);
    // Those that go out on an open connection at once are marked written together, in one short
    // transaction; a note that waits for a new connection is marked right before its first byte.
    int ready = std::min(free, m_client.writesReadyAtOnce());
    QList<qint64> attempts;
    for (int i = 0; i < ready; ++i)
        attempts << going.at(i).attemptId;
    if (!m_store.markWritten(attempts))
        ready = 0; // not recorded together: each note records it on its own, right before its first byte

    // Dispatched only now: the marks are committed before any byte of these requests can leave.
    for (int i = 0; i < free; ++i)
        dispatch(going.at(i), i < ready);
}

void Sender::releaseClaimed()
{
    // Kept when that fails: the destructor tries again, and recovery at the next start would
    // put them back in the queue too (they were never written).
    if (m_store.releaseClaims(m_claimed))
        m_claimed.clear();
}

void Sender::scheduleOrFinish()
{
    if (!m_running)
        return;
    auto nextDue = m_store.nextDueAt(m_environment);
    if (nextDue && m_pausedUntil.isValid())
        nextDue = std::max(*nextDue, m_pausedUntil);
    if (!m_summary.blocked && nextDue && m_until.isValid() && *nextDue <= m_until) {
        const qint64 wait = std::max<qint64>(20, QDateTime::currentDateTimeUtc().msecsTo(*nextDue));
        m_timer.start(int(std::min<qint64>(wait, 60 * 60 * 1000)));
        return;
    }
    m_running = false;
    emit finished();
}

void Sender::dispatch(const NoteStore::Claim &claim, bool markedWritten)
{
    ++m_inFlight;
    const StoredNote &note = claim.note;
    const qint64 attemptId = claim.attemptId;
    auto done = [this, note, attemptId](const CallResult &result) { onAnswer(note, attemptId, result); };
    // Recorded before the first byte leaves: after a crash this tells "maybe arrived" from "never sent".
    RegisterClient::BeforeWrite beforeWrite;
    if (!markedWritten)
        beforeWrite = [this, attemptId] { return m_store.markWritten(attemptId); };
    switch (note.operation) {
    case Operation::Create:
        m_client.submit(note.kind, note.payloadJson, note.trackingId, done, beforeWrite);
        break;
    case Operation::Correct:
        m_client.correct(note.kind, note.targetAvfallId, note.payloadJson, note.trackingId, done,
                         beforeWrite);
        break;
    case Operation::Cancel:
        m_client.cancel(note.payload.value(QLatin1String("avfallsId")).toString(),
                        note.payload.value(QLatin1String("makuleringsorsak")).toString(), note.trackingId,
                        done, beforeWrite);
        break;
    }
}

void Sender::onAnswer(const StoredNote &note, qint64 attemptId, const CallResult &result)
{
    --m_inFlight;
    m_answered.append({note.id, attemptId, attemptResult(note, result), note.operation});
    // Recorded in the next pass, together with the answers that arrive meanwhile.
    schedulePump();
}

AttemptResult Sender::attemptResult(const StoredNote &note, const CallResult &result)
{
    AttemptResult attempt;
    attempt.outcome = outcomeKey(result.outcome);
    attempt.httpStatus = result.httpStatus;
    attempt.errors = errorsJson(result);
    attempt.traceId = result.traceId;
    attempt.summary = result.summary;
    attempt.durationMs = result.durationMs;
    switch (result.outcome) {
    case Outcome::Accepted:
        attempt.newState = NoteState::Sent;
        attempt.avfallId = result.avfallId;
        ++m_summary.sent;
        break;
    case Outcome::Rejected:
        attempt.newState = NoteState::Rejected;
        ++m_summary.rejected;
        break;
    case Outcome::Uncertain:
        attempt.newState = NoteState::Uncertain;
        ++m_summary.uncertain;
        break;
    case Outcome::Unavailable: {
        attempt.newState = NoteState::Queued;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        attempt.nextAttemptAt = m_backoff.nextAttempt(note.attemptCount, now);
        if (result.retryAfter.isValid()) {
            // The register said when: not sooner, and meanwhile no other note either. A pause
            // longer than five minutes is cut short: the deadline still counts.
            const QDateTime until = std::min(result.retryAfter, now.addMSecs(kMaxPauseMs));
            attempt.nextAttemptAt = std::max(attempt.nextAttemptAt, until);
            if (!m_pausedUntil.isValid() || m_pausedUntil < until)
                m_pausedUntil = until;
        }
        ++m_summary.unavailable;
        break;
    }
    case Outcome::CertificateProblem:
    case Outcome::AuthenticationFailed:
        // Nothing was processed; the note stays first in line for when the user has fixed it.
        attempt.newState = NoteState::Queued;
        attempt.nextAttemptAt = QDateTime::currentDateTimeUtc();
        if (!m_summary.blocked) {
            m_summary.blocked = true;
            m_summary.blockedReason = result.summary;
            emit blocked(result.summary);
        }
        break;
    }
    return attempt;
}

} // namespace avfall
