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
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Sender::pump);
}

void Sender::run(const QDateTime &until)
{
    m_until = until;
    m_running = true;
    m_stopped = false;
    m_summary = Summary();
    QTimer::singleShot(0, this, &Sender::pump);
}

void Sender::wake()
{
    // A sender that ran out of work (the app's, between notes) starts again; one that was stopped
    // stays stopped.
    if (m_stopped)
        return;
    m_running = true;
    m_summary.blocked = false; // a change (new settings, network back) earns another try
    QTimer::singleShot(0, this, &Sender::pump);
}

void Sender::stop()
{
    m_stopped = true;
    m_running = false;
    m_timer.stop();
}

void Sender::pump()
{
    while (m_running && !m_summary.blocked && m_inFlight < m_parallelism) {
        const auto claim = m_store.claimNext(QDateTime::currentDateTimeUtc(), m_environment);
        if (!claim)
            break;
        dispatch(claim->note.id, claim->note, claim->attemptId);
    }
    if (m_inFlight == 0)
        scheduleOrFinish();
}

void Sender::scheduleOrFinish()
{
    if (!m_running)
        return;
    const auto nextDue = m_store.nextDueAt(m_environment);
    if (!m_summary.blocked && nextDue && m_until.isValid() && *nextDue <= m_until) {
        const qint64 wait = std::max<qint64>(20, QDateTime::currentDateTimeUtc().msecsTo(*nextDue));
        m_timer.start(int(std::min<qint64>(wait, 60 * 60 * 1000)));
        return;
    }
    m_running = false;
    emit finished();
}

void Sender::dispatch(const qint64 noteId, const StoredNote &note, qint64 attemptId)
{
    Q_UNUSED(noteId);
    ++m_inFlight;
    auto done = [this, note, attemptId](const CallResult &result) { record(note, attemptId, result); };
    // Recorded before the first byte leaves: after a crash this tells "maybe arrived" from "never sent".
    auto beforeWrite = [this, attemptId] { m_store.markWritten(attemptId); };
    switch (note.operation) {
    case Operation::Create:
        m_client.submit(note.kind, note.payload, note.trackingId, done, beforeWrite);
        break;
    case Operation::Correct:
        m_client.correct(note.kind, note.targetAvfallId, note.payload, note.trackingId, done, beforeWrite);
        break;
    case Operation::Cancel:
        m_client.cancel(note.payload.value(QLatin1String("avfallsId")).toString(),
                        note.payload.value(QLatin1String("makuleringsorsak")).toString(), note.trackingId,
                        done, beforeWrite);
        break;
    }
}

void Sender::record(const StoredNote &note, qint64 attemptId, const CallResult &result)
{
    --m_inFlight;
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
    case Outcome::Unavailable:
        attempt.newState = NoteState::Queued;
        attempt.nextAttemptAt = m_backoff.nextAttempt(note.attemptCount, QDateTime::currentDateTimeUtc());
        ++m_summary.unavailable;
        break;
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
    // The freed connection takes the next due note in the same transaction as this result.
    std::optional<NoteStore::Claim> next;
    if (m_running && !m_summary.blocked && m_inFlight < m_parallelism)
        m_store.recordResultAndClaimNext(note.id, attemptId, attempt, QDateTime::currentDateTimeUtc(),
                                         m_environment, &next);
    else
        m_store.recordResult(note.id, attemptId, attempt);
    // Dispatched only now: the claim is committed before any byte of it can leave.
    if (next)
        dispatch(next->note.id, next->note, next->attemptId);
    emit noteFinished(note.id, attempt.newState, result.summary);
    pump();
}

} // namespace avfall
