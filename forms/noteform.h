#pragma once

#include "core/fieldcatalogue.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "core/settings.h"
#include "core/valuelists.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace avfall::forms {

class DateTimeField;
class PartyEditor;
class PlaceEditor;
class TreatmentListEditor;
class WasteCodePicker;

// The form of one note type, built entirely from the field catalogue: its sections in the
// catalogue's order (Verksamhet, Ombud – folded away behind a check box unless used –, Avfall,
// Parter och transport, Platser, Behandling, Datum och referens) in a scroll area; per field a
// label with a mnemonic, an editor chosen by the field's rule and kind, the help text as tooltip
// and as a small grey line, and a line for problems under it. Checks the note with NoteValidator
// shortly after each edit and when a field is left. A field's problem shows once the user has
// left the field (or chosen in a list) and, once shown, follows every keystroke until it is
// fixed; showAllProblems() shows all of them. validityChanged() follows every edit.
class NoteForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kValidationDelayMs = 300;

    explicit NoteForm(NoteKind kind, const ValueLists &lists = ValueLists::bundled(),
                      QWidget *parent = nullptr);
    ~NoteForm() override;

    // Reads the bundled value lists and builds one form that is never shown, so that the lists
    // and Qt's style and font caches are ready: the first form the user opens then takes as long
    // as any other. The app calls it once, right after its window is shown.
    static void prepareSharedData();

    NoteKind kind() const { return m_kind; }

    // Replaces every value; tidpunkt becomes now when the values have none. Opens the Ombud
    // section when any ombud field has a value.
    void setValues(const notejson::FlatValues &values);
    notejson::FlatValues values() const;
    QJsonObject note() const; // notejson::build(kind(), values())

    // Runs NoteValidator on the current values.
    QList<Problem> problems() const;
    bool isValid() const { return m_valid; }
    // The input of the first field with an error, in the form's order; nullptr when valid.
    QWidget *firstInvalidField() const;
    QString firstProblemMessage() const;
    void focusFirstInvalidField();

    // Problems from elsewhere (the queue, a rejected send) shown at their fields until the field is
    // edited. setRegisterErrors maps the register's codes to fields (errorcatalogue::fieldFor) and
    // explains them; codes without a field show at the top of the form.
    void setProblems(const QList<Problem> &problems);
    void setRegisterErrors(const QList<QPair<int, QString>> &errors);
    // Shows every problem, touched or not (for example when the user tries to send).
    void showAllProblems();
    void validateNow();
    // What the user sees under the field at path (or at the top for problems without a field).
    QString problemTextAt(const QString &path) const;
    QString generalProblemText() const;

    // The user's own company (Settings::ownCompany()): fills the empty fields of Verksamhet, or of
    // Ombud when the user reports for someone else; ticking the Ombud box moves it there.
    void setOwnCompany(const Company &company);
    void setSavedParties(const QList<QPair<QString, QString>> &parties);
    // Codes the business uses, most used first: the waste-code search ranks them first.
    void setPreferredWasteCodes(const QStringList &codes);
    // Sent notes (avfallId, description) that "Föregående avfallsId" can be chosen from.
    void setPreviousNotes(const QList<QPair<QString, QString>> &notes);
    QToolButton *previousNoteButton() const { return m_previousButton; }
    void setClock(NoteValidator::Clock clock);

    bool isReportingAsAgent() const;
    void setReportingAsAgent(bool agent);

    QCheckBox *agentCheckBox() const { return m_agentBox; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QWidget *inputFor(const QString &path) const; // the input that edits path, nullptr when none
    QLabel *labelFor(const QString &path) const;  // its label, for scalar fields
    WasteCodePicker *wasteCodePicker() const { return m_wastePicker; }
    TreatmentListEditor *treatmentEditor() const { return m_treatments; }
    PlaceEditor *placeEditor(const QString &path) const;
    PartyEditor *partyEditor(const QString &path) const;
    DateTimeField *dateTimeField(const QString &path) const;
    QStringList sectionTitles() const; // as shown, in order

    // After a note is sent: keeps who reports, the parties and the places, and clears what changes
    // from note to note (the waste, the amounts, the dates, the reference).
    void startNextNote();
    // The note without the automatic time of "Anteckningen gjordes" (for drafts: the time is set
    // when the note is sent, not when the draft was saved).
    QJsonObject draft() const;

signals:
    void changed(); // the user changed something (for autosave)
    void validityChanged(bool valid);
    void checked(); // after every check of the note, whether or not its validity changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class EditorType
    {
        Line,
        Party,
        WasteCode,
        Combo,
        DateTime,
        Place,
        Treatments
    };
    struct Entry
    {
        QString path;
        const Field *field = nullptr;
        EditorType type = EditorType::Line;
        QWidget *editor = nullptr; // the widget created for the field
        QWidget *input = nullptr;  // where focus goes
        QLabel *label = nullptr;
        QLabel *problem = nullptr;    // scalar fields only
        QWidget *container = nullptr; // the row in the form
    };

    void build();
    void buildSection(Section section);
    void addScalar(const Field &field, const QString &path);
    void addPlace(const Field &field);
    void addTreatments(const Field &field);
    void addEditorGroup(const Field &field, QWidget *editor, EditorType type, QWidget *input);
    void onUserEdit();
    void hookInputs();
    // complete: a choice made at once (a list item), shown like a field the user has left.
    void userEdited(const QString &path, bool complete = false);
    void scheduleValidation();
    void runValidation();
    void displayProblems();
    bool placeProblem(const Problem &problem);
    const Entry *entryFor(const QString &path) const;
    QString entryValue(const Entry &entry) const;
    void setEntryValue(const Entry &entry, const QString &value);
    bool isAgentEntry(const Entry &entry) const;
    void updateDependencies();
    void onAgentToggled(bool agent);
    bool problemVisible(const Problem &problem) const;
    QDate noteDate() const;
    QDateTime now() const;

    NoteKind m_kind;
    const ValueLists &m_lists;
    NoteValidator::Clock m_clock;
    QList<Entry> m_entries;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_generalProblems = nullptr;
    QCheckBox *m_agentBox = nullptr;
    std::unique_ptr<class FieldGrid> m_grid;
    WasteCodePicker *m_wastePicker = nullptr;
    TreatmentListEditor *m_treatments = nullptr;
    QToolButton *m_previousButton = nullptr;
    QList<PlaceEditor *> m_places;
    QStringList m_sectionTitles;
    QTimer *m_timer = nullptr;
    Company m_own;
    bool m_hasOwn = false;

    QList<Problem> m_problems; // the validator's, from the last run
    QList<Problem> m_external; // setProblems / setRegisterErrors, until edited
    QHash<QString, QLabel *> m_shownAt;
    QSet<QString> m_touched;    // fields the user has left (or chose in a list)
    QSet<QString> m_shownPaths; // the validator's problems shown by the last display
    bool m_showAll = false;
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace avfall::forms
