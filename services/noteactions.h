#pragma once

#include "core/environment.h"
#include "core/notetype.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace avfall::services {

class ProfileSession;

// What a user does with notes, the same from the app and the command line. Each action is durable
// in the store before it returns; the session is told (storeChanged, and a running sender looks at
// once). The command line then sends itself (ProfileSession::flush).
class NoteActions
{
public:
    explicit NoteActions(ProfileSession &session);

    // Saves the note being edited as a draft. Returns its id, 0 on failure.
    qint64 saveDraft(NoteKind kind, const QJsonObject &payload, qint64 draftId = 0);
    bool deleteDraft(qint64 id);

    // Queues a new note (a draft of it, when there is one, becomes the queued note).
    Result<qint64> submit(NoteKind kind, Environment environment, const QJsonObject &payload,
                          qint64 draftId = 0);
    // A rejected note with the user's changes goes back into the queue under its own id.
    Result<qint64> resubmitRejected(qint64 id, const QJsonObject &payload);
    // Queues a corrected version of a sent note. The chain policy: only the chain's tip (the
    // newest sent version, not corrected yet) can be corrected, and exactly the version named.
    // A correction is written against the version the user looked at; applying it on top of a
    // newer version (as `avfall correct` once did silently) would undo that version's changes
    // without anyone seeing them. An older version is refused with the newer version's id.
    Result<qint64> correct(qint64 versionId, const QJsonObject &payload);
    // Queues the cancellation (makulering) of the chain's tip with one of the register's reasons;
    // the explanation stays here.
    Result<qint64> cancel(qint64 id, const QString &reason, const QString &explanation);
    // "Send again anyway": an uncertain note goes back into the queue.
    Result<void> resend(qint64 id);
    // "It did arrive": an uncertain note gets the avfallId the user found in the register.
    Result<void> markReceived(qint64 id, const QString &avfallId);
    // Drops the backoff of a queued note.
    Result<void> retryNow(qint64 id);

private:
    ProfileSession &m_session;
};

} // namespace avfall::services
