#include "services/noteactions.h"

#include "services/profilesession.h"

#include <QCoreApplication>

namespace avfall::services {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoteActions)
};

Result<qint64> queued(ProfileSession &session, qint64 id, const QString &error)
{
    if (!id)
        return Result<qint64>::failure(error);
    session.noteQueued();
    return id;
}
} // namespace

NoteActions::NoteActions(ProfileSession &session)
    : m_session(session)
{}

qint64 NoteActions::saveDraft(NoteKind kind, const QJsonObject &payload, qint64 draftId)
{
    const qint64 id = m_session.store().saveDraft(kind, m_session.environment(), payload, draftId);
    if (id && id != draftId)
        m_session.notifyStoreChanged(); // a new draft: the Utkast list grows
    return id;
}

bool NoteActions::deleteDraft(qint64 id)
{
    const bool deleted = m_session.store().deleteDraft(id);
    if (deleted)
        m_session.notifyStoreChanged();
    return deleted;
}

Result<qint64> NoteActions::submit(NoteKind kind, Environment environment, const QJsonObject &payload,
                                   qint64 draftId)
{
    // Durable first: from here on the note survives whatever happens to the network or to us.
    const qint64 id = m_session.store().enqueue(kind, environment, payload, draftId);
    return queued(m_session, id, m_session.store().lastError());
}

Result<qint64> NoteActions::resubmitRejected(qint64 id, const QJsonObject &payload)
{
    const bool ok = m_session.store().requeueRejected(id, payload);
    return queued(m_session, ok ? id : 0, m_session.store().lastError());
}

Result<qint64> NoteActions::correct(qint64 versionId, const QJsonObject &payload)
{
    // The store refuses anything but the tip, naming the newer version (the policy above).
    QString error;
    const qint64 id = m_session.store().enqueueCorrection(versionId, payload, &error);
    return queued(m_session, id, error);
}

Result<qint64> NoteActions::cancel(qint64 id, const QString &reason, const QString &explanation)
{
    QString error;
    const qint64 cancellation = m_session.store().enqueueCancellation(id, reason, explanation, &error);
    return queued(m_session, cancellation, error);
}

Result<void> NoteActions::resend(qint64 id)
{
    if (!m_session.store().resendUncertain(id))
        return Result<void>::failure(Text::tr("Bara en osäker anteckning kan skickas igen."));
    m_session.noteQueued();
    return Result<void>::success();
}

Result<void> NoteActions::markReceived(qint64 id, const QString &avfallId)
{
    QString error;
    if (!m_session.store().markReceived(id, avfallId, &error))
        return Result<void>::failure(error);
    m_session.notifyStoreChanged();
    return Result<void>::success();
}

Result<void> NoteActions::retryNow(qint64 id)
{
    if (!m_session.store().retryNow(id))
        return Result<void>::failure(Text::tr("Bara en köad anteckning kan skickas nu."));
    m_session.noteQueued();
    return Result<void>::success();
}

} // namespace avfall::services
