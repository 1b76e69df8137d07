#pragma once

#include "store/notestore.h"

#include <QDateTime>
#include <QString>

namespace avfall::test {

// Brings notes of a real store to a state the way the sender does: claim, then record the answer.
class StoreDriver
{
public:
    explicit StoreDriver(NoteStore &store)
        : m_store(store)
    {}

    // The one queued note of the environment gets the answer `state` (Sent with a new avfallId).
    bool answer(Environment environment, NoteState state)
    {
        const auto claim = m_store.claimNext(QDateTime::currentDateTimeUtc(), environment);
        if (!claim)
            return false;
        AttemptResult result;
        result.newState = state;
        result.outcome = state == NoteState::Sent ? QStringLiteral("accepted") : QStringLiteral("rejected");
        if (state == NoteState::Sent && claim->note.operation != Operation::Cancel)
            result.avfallId =
                QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_sent, 12, 10, QLatin1Char('0'));
        result.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        return m_store.recordResult(claim->note.id, claim->attemptId, result);
    }

    // A new note of the kind, queued and answered: its id (0 on failure).
    qint64 sendNote(NoteKind kind, Environment environment, const QJsonObject &payload,
                    NoteState answerState = NoteState::Sent)
    {
        const qint64 id = m_store.enqueue(kind, environment, payload);
        return id && answer(environment, answerState) ? id : 0;
    }

private:
    NoteStore &m_store;
    int m_sent = 0;
};

} // namespace avfall::test
