#include "queue/sender.h"

#include "core/messagelog.h"
#include "network/registerclient.h"
#include "store/notestore.h"

#include <QJsonArray>

#include <cmath>

namespace avfall {

namespace {

void logAttempt(const StoredNote &note, const AttemptResult &attempt)
{
    // Ids, status and codes only: the payload and the answer's texts stay in the database.
    QStringList codes;
    for (const QJsonValue &error : attempt.errors.value(QLatin1String("errors")).toArray())
        codes << error.toObject().value(QLatin1String("code")).toVariant().toString();
    qCInfo(lcAvfallEvents,
           "attempt: note %lld (%s %s, %s): %s, HTTP %d, %lld ms, trackingId %s, traceId %s%s%s",
           qlonglong(note.id), qPrintable(noteType(note.kind).resource),
           qPrintable(operationKey(note.operation)), qPrintable(environmentKey(note.environment)),
           qPrintable(attempt.outcome), attempt.httpStatus, qlonglong(attempt.durationMs),
           qPrintable(note.trackingId),
           qPrintable(attempt.traceId.isEmpty() ? QStringLiteral("-") : attempt.traceId),
           codes.isEmpty() ? "" : ", codes ", qPrintable(codes.join(QLatin1Char(','))));
}

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
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_drained = false; // notes became due
        pump();
    });
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(kRecordDelayMs);
    connect(&m_recordTimer, &QTimer::timeout, this, &Sender::schedulePump);
    connect(&m_watcher, &StoreChangeWatcher::changedElsewhere, this, &Sender::onStoreChangedElsewhere);
}

Sender::~Sender()
{
    // Requests still on their way would call back into this object, and one still connecting
    // could be written after recoverInterrupted() has put its note back in the queue (sent twice):
    // they end here. They were marked written before they were handed over: they stay "sending"
    // and become uncertain on recovery.
    if (m_inFlight > 0)
        m_client.abortWrites();
    // The transaction that runs ends first; what it claimed was never sent.
    if (m_worker) {
        if (const auto running = m_worker->takeRunning()) {
            if (running->ok)
                m_marked += running->claimed;
            else
                m_answered = running->answered + m_answered;
        }
        m_worker.reset();
    }
    // Answers that arrived but were not recorded yet must not be lost with the sender.
    QList<NoteStore::Claim> none;
    m_store.recordAndClaim(m_answered, 0, QDateTime::currentDateTimeUtc(), m_environment, &none);
    releaseMarked();
}

void Sender::run(const QDateTime &until)
{
    m_until = until;
    m_running = true;
    m_stopped = false;
    m_summary = Summary();
    m_drained = false;
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
    m_drained = false;
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
    m_drained = false;
    schedulePump();
}

void Sender::stop()
{
    m_stopped = true;
    m_running = false;
    m_timer.stop();
    m_watcher.stop();
    releaseMarked();
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
    // record the answers and claim the notes for the next rounds, in one transaction.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (isPaused(now))
        releaseMarked(); // the register asked for a pause: what was reserved ahead waits too
    sendReady();
    const bool sending = m_running && !m_summary.blocked && !isPaused(now);
    if (!isRecording()) {
        const int wanted = sending ? lookahead() - int(m_marked.size()) : 0;
        // Claims in groups: a transaction (and a sync) for one claim costs as much as for
        // several, so without answers to record, claim only once half the stock is gone or the
        // connections would run short.
        const bool claimNow =
            wanted > 0 && !m_drained && (wanted * 2 >= lookahead() || int(m_marked.size()) < m_parallelism);
        // Answers wait for the next claim, so that one transaction serves several; but not for
        // long, and not when no claim will come.
        const bool recordNow =
            !m_answered.isEmpty() && (claimNow || !sending || m_inFlight == 0 || !m_recordTimer.isActive() ||
                                      int(m_answered.size()) >= lookahead());
        if (claimNow || recordNow)
            recordAndClaim(std::max(wanted, 0));
    }
    if (!m_running || m_summary.blocked)
        releaseMarked();
    if (m_inFlight == 0 && m_answered.isEmpty() && m_marked.isEmpty() && !isRecording()) {
        // Nothing on its way: the worker's thread and connection go until the next run.
        m_worker.reset();
        scheduleOrFinish();
    }
}

void Sender::recordAndClaim(int claims)
{
    if (!m_worker) {
        m_worker = std::make_unique<StoreWorker>(m_store.fileName(), m_environment);
        connect(m_worker.get(), &StoreWorker::done, this, &Sender::onRecorded);
    }
    const QList<NoteStore::Finished> answered = std::exchange(m_answered, {});
    m_recordTimer.stop();
    if (m_worker->isWorking())
        m_worker->request(answered, claims);
    else // its connection did not open: here, in this thread (slower, as safe)
        onRecorded(StoreWorker::run(m_store, m_environment, answered, claims));
}

void Sender::onRecorded(const StoreWorker::Result &result)
{
    // The worker's commits are this process's own, not another's.
    m_watcher.acknowledge();
    if (!result.ok) {
        // Not recorded (the database locked, the disk full or failing): keep the answers and try
        // again soon; claim nothing more until something changes (wake()), and say why.
        if (!result.answered.isEmpty()) {
            m_answered = result.answered + m_answered;
            QTimer::singleShot(kRecordRetryMs, this, &Sender::schedulePump);
        }
        if (!m_summary.blocked) {
            m_summary.blocked = true;
            m_summary.blockedReason =
                tr("Kön kunde inte sparas säkert på disken (%1). Inget skickas förrän det går; kontrollera "
                   "att disken inte är full eller trasig.")
                    .arg(result.error);
            emit blocked(m_summary.blockedReason);
        }
        schedulePump();
        return;
    }
    m_marked += result.claimed;
    // Fewer than asked: nothing more is due until time passes or something changes.
    if (result.claimsAsked > 0)
        m_drained = result.claimed.size() < result.claimsAsked;
    schedulePump(); // before the announcements: a slot may stop the sender
    for (const NoteStore::Finished &answer : result.answered)
        emit noteFinished(answer.noteId, answer.result.newState, answer.result.summary);
}

void Sender::sendReady()
{
    if (!m_running || m_summary.blocked || isPaused(QDateTime::currentDateTimeUtc()))
        return;
    // In the order claimed: the oldest first.
    QList<qint64> attempts;
    for (const NoteStore::Claim &claim : std::as_const(m_marked)) {
        if (m_inFlight + attempts.size() >= m_parallelism)
            break;
        attempts << claim.attemptId;
    }
    // Marked written together, in the WrittenLog: it only has to survive a killed process (a
    // power cut restarts the machine, and then reservations count as written).
    if (attempts.isEmpty())
        return;
    if (!m_store.markWrittenInLog(attempts)) {
        // Not marked (the file cannot be written): they stay reserved; try again soon.
        QTimer::singleShot(kRecordRetryMs, this, &Sender::schedulePump);
        return;
    }
    for (qsizetype i = 0; i < attempts.size(); ++i)
        dispatch(m_marked.takeFirst());
}

void Sender::releaseMarked()
{
    // Never handed to the network, so back to the queue. Kept when that fails: the destructor
    // tries again, and recovery at the next start puts them back too (reserved, never written; after
    // a restart of the machine they count as written: uncertain).
    if (m_store.releaseClaims(m_marked))
        m_marked.clear();
}

int Sender::lookahead() const
{
    // One note per connection, plus enough to keep the connections busy while a claim waits for
    // its transaction: up to two (the one that runs, then its own).
    // Both times measured first: until then, one per connection.
    const double recordMs = m_worker ? m_worker->averageMs() : 0.0;
    if (recordMs <= 0 || m_averageRequestMs < 0)
        return m_parallelism;
    const double requestMs = std::max(0.2, m_averageRequestMs);
    const int extra = int(std::ceil(m_parallelism * 2.0 * recordMs / requestMs));
    return m_parallelism + std::min(extra, (kMaxAheadPerConnection - 1) * m_parallelism);
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

void Sender::dispatch(const NoteStore::Claim &claim)
{
    ++m_inFlight;
    const StoredNote &note = claim.note;
    const qint64 attemptId = claim.attemptId;
    auto done = [this, note, attemptId](const CallResult &result) { onAnswer(note, attemptId, result); };
    // Reserved on the disk and marked written: after a crash this tells "maybe arrived" from
    // "never sent".
    switch (note.operation) {
    case Operation::Create:
        m_client.submit(note.kind, note.payloadJson, note.trackingId, done);
        break;
    case Operation::Correct:
        m_client.correct(note.kind, note.targetAvfallId, note.payloadJson, note.trackingId, done);
        break;
    case Operation::Cancel:
        m_client.cancel(note.payload.value(QLatin1String("avfallsId")).toString(),
                        note.payload.value(QLatin1String("makuleringsorsak")).toString(), note.trackingId,
                        done);
        break;
    }
}

void Sender::onAnswer(const StoredNote &note, qint64 attemptId, const CallResult &result)
{
    --m_inFlight;
    m_averageRequestMs = m_averageRequestMs < 0 ? double(result.durationMs)
                                                : 0.8 * m_averageRequestMs + 0.2 * double(result.durationMs);
    if (m_answered.isEmpty())
        m_recordTimer.start();
    m_answered.append({note.id, attemptId, attemptResult(note, result), note.operation});
    // Recorded with the next claim, or after kRecordDelayMs, together with the answers that arrive
    // meanwhile.
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
    logAttempt(note, attempt);
    return attempt;
}

} // namespace avfall
