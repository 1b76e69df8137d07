#pragma once

#include "core/notetype.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace avfall::forms {
class NoteForm;
}

namespace avfall::app {

class AppBackend;

// One note type: its form (built from the field catalogue), saved as a draft while the user types,
// a "Granska och skicka" button that says why it is disabled, and what became of the note.
class NotePage : public QWidget
{
    Q_OBJECT

public:
    NotePage(NoteKind kind, AppBackend &backend, QWidget *parent = nullptr);

    NoteKind kind() const { return m_kind; }
    forms::NoteForm *form() const { return m_form; }
    QPushButton *sendButton() const { return m_send; }
    QString statusText() const;
    qint64 draftId() const { return m_draftId; }

    // Opens a stored note in the form: a draft to go on with, or a rejected note to fix (its
    // errors shown at their fields).
    void openNote(qint64 id);
    // Starts anew from an earlier note: same content, a new tidpunkt, no avfallId.
    void startFrom(const QJsonObject &payload, bool chainWaste, const QString &previousAvfallId);
    // Prepares a correction of a sent note: the full note again, sent as a new version (PUT).
    void startCorrection(qint64 sentId);

    // Saves what the user typed as a draft now, instead of after the autosave pause (leaving the page).
    void flushDraft();

    // Tests answer the review without a dialog on screen.
    static void setReviewAnswerForTests(int answer);

private:
    void updateSendButton();
    void saveDraft();
    void review();
    void onNoteFinished(qint64 id, int state, const QString &summary);
    void reset();

    NoteKind m_kind;
    AppBackend &m_backend;
    forms::NoteForm *m_form;
    QPushButton *m_send;
    QLabel *m_reason;
    QLabel *m_status;
    QTimer *m_autosave;
    qint64 m_draftId = 0;
    qint64 m_sentId = 0;
    qint64 m_rejectedId = 0;
    qint64 m_correctsId = 0;
};

} // namespace avfall::app
