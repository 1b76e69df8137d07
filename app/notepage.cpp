#include "app/notepage.h"

#include "app/appbackend.h"
#include "core/notejson.h"
#include "core/settings.h"
#include "forms/noteform.h"
#include "forms/reviewdialog.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace avfall::app {

namespace {
int g_reviewAnswerForTests = -1;
constexpr int kAutosaveDelayMs = 800;
} // namespace

void NotePage::setReviewAnswerForTests(int answer)
{
    g_reviewAnswerForTests = answer;
}

NotePage::NotePage(NoteKind kind, AppBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_backend(backend)
    , m_form(new forms::NoteForm(kind))
    , m_send(new QPushButton(tr("&Granska och skicka …")))
    , m_reason(new QLabel)
    , m_status(new QLabel)
    , m_autosave(new QTimer(this))
{
    const NoteType &type = noteType(kind);
    setObjectName(QStringLiteral("notePage_") + type.resource);
    m_reason->setObjectName(QStringLiteral("sendReason"));
    m_reason->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("sendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_reason, 1);
    bar->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_status);
    layout->addLayout(bar);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NotePage::saveDraft);
    connect(m_form, &forms::NoteForm::changed, m_autosave, qOverload<>(&QTimer::start));
    // After every check, not only when validity flips: the first problem changes as the user types.
    connect(m_form, &forms::NoteForm::checked, this, &NotePage::updateSendButton);
    connect(m_send, &QPushButton::clicked, this, &NotePage::review);
    connect(&backend, &AppBackend::noteFinished, this,
            [this](qint64 id, NoteState state, const QString &summary) {
                onNoteFinished(id, int(state), summary);
            });
    updateSendButton();
}

void NotePage::flushDraft()
{
    if (m_autosave->isActive())
        saveDraft();
}

QString NotePage::statusText() const
{
    return m_status->text();
}

void NotePage::updateSendButton()
{
    const bool valid = m_form->isValid();
    m_send->setEnabled(valid);
    m_reason->setText(valid ? QString() : tr("Kan inte skickas ännu: %1").arg(m_form->firstProblemMessage()));
}

void NotePage::saveDraft()
{
    m_autosave->stop();
    const qint64 id = m_backend.saveDraft(m_kind, m_form->draft(), m_draftId);
    if (id)
        m_draftId = id;
}

void NotePage::review()
{
    m_form->showAllProblems();
    if (!m_form->isValid()) {
        m_form->focusFirstInvalidField();
        return;
    }
    const QJsonObject payload = notejson::normalized(m_kind, m_form->note());
    forms::ReviewDialog dialog(m_kind, payload, m_backend.certificateOrganisationNumber(),
                               m_backend.certificateOrganisationName(), m_backend.environment(),
                               ValueLists::bundled(), this);
    QStringList warnings;
    for (const Problem &problem : m_form->problems())
        warnings << problem.message;
    dialog.setWarnings(warnings);
    const int answer = g_reviewAnswerForTests >= 0 ? g_reviewAnswerForTests : dialog.exec();
    if (answer != QDialog::Accepted)
        return;
    m_autosave->stop();
    qint64 id = 0;
    if (m_rejectedId) {
        id = m_backend.store().requeueRejected(m_rejectedId, payload) ? m_rejectedId : 0;
        m_backend.wakeSender();
    } else if (m_correctsId) {
        QString error;
        id = m_backend.store().enqueueCorrection(m_correctsId, payload, &error);
        if (!id) {
            m_status->setText(error);
            return;
        }
        m_backend.wakeSender();
    } else {
        if (!m_draftId)
            saveDraft();
        id = m_backend.submit(m_kind, payload, m_draftId);
    }
    if (!id) {
        m_status->setText(tr("Anteckningen kunde inte sparas: %1").arg(m_backend.store().lastError()));
        return;
    }
    m_sentId = id;
    m_status->setText(tr("Anteckning %1 ligger i kön och skickas nu …").arg(id));
    reset();
}

void NotePage::reset()
{
    m_draftId = 0;
    m_rejectedId = 0;
    m_correctsId = 0;
    m_form->startNextNote();
}

void NotePage::onNoteFinished(qint64 id, int state, const QString &summary)
{
    if (id != m_sentId)
        return;
    switch (NoteState(state)) {
    case NoteState::Sent:
        m_status->setText(tr("<b>Mottagen av registret.</b> %1").arg(summary.toHtmlEscaped()));
        break;
    case NoteState::Rejected:
        m_status->setText(
            tr("<b>Registret avvisade anteckningen.</b> %1 Öppna den under Kö för att rätta den.")
                .arg(summary.toHtmlEscaped()));
        break;
    case NoteState::Uncertain:
        m_status->setText(tr("<b>Osäkert om anteckningen kom fram.</b> %1 Bestäm under Kö vad som ska hända.")
                              .arg(summary.toHtmlEscaped()));
        break;
    default:
        m_status->setText(tr("Anteckningen väntar i kön: %1").arg(summary.toHtmlEscaped()));
        break;
    }
}

void NotePage::openNote(qint64 id)
{
    const auto note = m_backend.store().note(id);
    if (!note)
        return;
    m_form->setValues(notejson::flatten(m_kind, note->payload));
    m_draftId = note->state == NoteState::Draft ? id : 0;
    m_rejectedId = note->state == NoteState::Rejected ? id : 0;
    if (m_rejectedId) {
        QList<QPair<int, QString>> errors;
        const QList<Attempt> attempts = m_backend.store().attempts(id);
        if (!attempts.isEmpty()) {
            for (const QJsonValue &error : attempts.last().errors.value(QStringLiteral("errors")).toArray()) {
                const QJsonObject entry = error.toObject();
                errors.append({entry.value(QStringLiteral("code")).toInt(),
                               entry.value(QStringLiteral("message")).toString()});
            }
        }
        m_form->setRegisterErrors(errors);
        m_status->setText(
            tr("Registret avvisade anteckning %1. Felen visas vid fälten; rätta och skicka igen.").arg(id));
    }
}

void NotePage::startFrom(const QJsonObject &payload, bool chainWaste, const QString &previousAvfallId)
{
    notejson::FlatValues values = notejson::flatten(m_kind, payload);
    values.remove(QStringLiteral("tidpunkt")); // a new note: now
    values.remove(QStringLiteral("avfall.foregaendeAvfallId"));
    if (chainWaste && !previousAvfallId.isEmpty())
        values.insert(QStringLiteral("avfall.foregaendeAvfallId"), previousAvfallId);
    m_draftId = 0;
    m_rejectedId = 0;
    m_form->setValues(values);
}

} // namespace avfall::app

namespace avfall::app {

void NotePage::startCorrection(qint64 sentId)
{
    const auto note = m_backend.store().note(sentId);
    if (!note)
        return;
    m_form->setValues(notejson::flatten(m_kind, note->payload));
    m_draftId = 0;
    m_rejectedId = 0;
    m_correctsId = sentId;
    m_status->setText(tr("Rättelse av anteckning %1 (avfallsId %2). Hela anteckningen skickas igen som en ny "
                         "version.")
                          .arg(sentId)
                          .arg(note->avfallId));
}

} // namespace avfall::app
