#pragma once

#include "core/environment.h"
#include "core/fieldcatalogue.h"
#include "core/notetype.h"
#include "core/valuelists.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace avfall::forms {

// The last look before sending: a read-only summary in plain Swedish of exactly what will be sent
// (the normalised note: labels from the field catalogue grouped by section, the waste code with
// its wording, places in words), the environment it goes to, and the identity check spelled out –
// whether the certificate's organisation reports for itself, as an agent (ombud) for the operator,
// or neither, in which case the register will answer with error 1023. "Skicka" accepts,
// "Tillbaka" rejects.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class IdentityMatch
    {
        Own,      // the certificate's organisation is the operator
        Agent,    // it is the ombud
        Mismatch, // neither: the register answers 1023
        Unknown,  // the certificate's organisation number is not known
    };

    ReviewDialog(NoteKind kind, const QJsonObject &note, const QString &certificateOrganisation,
                 const QString &certificateName, Environment environment,
                 const ValueLists &lists = ValueLists::bundled(), QWidget *parent = nullptr);

    // Warnings that do not stop the note (NoteValidator's, say), listed above the summary.
    void setWarnings(const QStringList &warnings);

    IdentityMatch identityMatch() const { return m_match; }
    QString identityText() const;
    QString environmentText() const;
    QString summaryText() const; // the summary as plain text
    QJsonObject sentNote() const { return m_note; }

    QPushButton *sendButton() const { return m_send; }
    QPushButton *backButton() const { return m_back; }

private:
    void buildSummary(); // notesummary.h: the same summary as the history and the receipt

    NoteKind m_kind;
    QJsonObject m_note; // normalised: what is sent
    const ValueLists &m_lists;
    IdentityMatch m_match = IdentityMatch::Unknown;
    QLabel *m_environment = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_warnings = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace avfall::forms
