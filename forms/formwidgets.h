#pragma once

#include "core/fieldcatalogue.h"

#include <QSet>
#include <QString>

class QAbstractButton;
class QBoxLayout;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QWidget;

namespace avfall {
class ValueListModel;
}

namespace avfall::forms {

// Small pieces shared by the note-form widgets, so that every field looks and behaves alike:
// a label with a mnemonic and a buddy, the input, the help text as a small grey line (and as the
// input's tooltip), and an error line under the field that stays hidden while there is nothing
// to say.

// Each input carries the JSON path it edits ("mottagningsplats.adress.postnummer") in this
// property; the form finds inputs, marks fields as touched and shows problems through it.
inline constexpr char kPathProperty[] = "avfallPath";

void setFieldPath(QWidget *input, const QString &path);
QString fieldPath(const QWidget *input);

// The small grey line under an input.
QLabel *makeHelpLabel(const QString &text, QWidget *parent);
// The red (error) or amber (warning) line under an input; hidden while empty.
QLabel *makeProblemLabel(QWidget *parent);
void showProblemText(QLabel *label, const QString &text, bool warning = false);
// A slot one line high (at least) holding the labels, which show and hide inside it: a message
// that appears under an input takes room that was already there, so nothing below it moves.
QWidget *reservedLine(const QList<QLabel *> &labels, QWidget *parent);
// A section heading ("Verksamhet") in the form.
QLabel *makeHeading(const QString &text, QWidget *parent);

// One field: its label (buddy = input) and the input with help and problem lines under it.
struct FieldRow
{
    QLabel *label = nullptr;
    QWidget *container = nullptr; // the input, help and problem lines
    QLabel *help = nullptr;
    QLabel *problem = nullptr;

    void setVisible(bool visible) const;
};

// Labels on the left, fields on the right, rows spanning both where needed. A grid rather than a
// QFormLayout: word-wrapped help and problem lines inside nested editors need the grid's
// height-for-width, which QFormLayout gets wrong for rows spanning both columns.
class FieldGrid
{
public:
    // Installs a grid layout on parent, or (with parentLayout) adds one to that layout.
    explicit FieldGrid(QWidget *parent, int labelWidth = 0);
    FieldGrid(QBoxLayout *parentLayout, QWidget *parent, int labelWidth = 0);

    QGridLayout *layout() const { return m_grid; }
    QWidget *parentWidget() const { return m_parent; }

    // A labelled row (no label when labelText is empty); focusTarget is the label's buddy and
    // gets the accessible name and tooltip (input when null).
    FieldRow addRow(const QString &labelText, const QString &helpText, QWidget *input,
                    QWidget *focusTarget = nullptr);
    void addSpanning(QWidget *widget);

private:
    void setUp(int labelWidth);

    QWidget *m_parent = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_row = 0;
    int m_labelWidth = 0;
};

// The label and help text of a catalogue field, set on the input too (tooltip, accessible name
// and description).
void describeInput(QWidget *input, const QString &accessibleName, const QString &help);

// The message of a problem without the leading "Label: " that NoteValidator puts before it (the
// form shows it under the labelled field), with its first letter capitalised.
QString withoutLabel(const QString &message, const QString &label);

// Copies a value-list model into a combo box: the text the model shows, the code in
// Qt::UserRole, the description as tooltip. With a blank text, a first item with an empty code
// lets the user choose "nothing"; without one the combo starts without a current item and shows
// `placeholder`.
void fillCombo(QComboBox *combo, const ValueListModel &model, const QString &blankText,
               const QString &placeholder);
QString comboCode(const QComboBox *combo);
// A decimal from the JSON way ("20.125") to the Swedish way ("20,125"); other text unchanged.
QString decimalForDisplay(const QString &text);
bool setComboCode(QComboBox *combo, const QString &code);

// Gives labels, group boxes and buttons unique mnemonics (Alt+letter), first letters of words
// first. Letters already taken (by the window's menus, say) can be reserved.
class MnemonicAllocator
{
public:
    explicit MnemonicAllocator(const QString &reserved = QString());

    // The text with '&' before the chosen letter (other '&' doubled); no '&' when none is free.
    QString assign(const QString &plainText);

    // Walks the widget tree below root in creation order and sets mnemonics on every QLabel with
    // a buddy, every titled QGroupBox and every QAbstractButton with text, top-level fields
    // first: widgets inside a widget whose "avfallCompound" property is true come second.
    void applyTo(QWidget *root);

private:
    QSet<QChar> m_taken;
};

// "Vad är ett CFAR-nummer?": a small button beside a CFAR field that explains, without links,
// what the number is and where a small business finds it.
QPushButton *makeCfarExplanationButton(QWidget *parent);
QString cfarExplanation();
// The input with widgets beside it (buttons, a note), left-aligned in one row.
QWidget *besideInput(QWidget *input, const QList<QWidget *> &extras, QWidget *parent);

// Wheel events change a closed list, a spin box or a date only while it has the keyboard focus;
// otherwise they scroll the form around it (a turned wheel must never change a value unseen).
// Installed once for the whole application; idempotent.
void guardWheelEvents();

// Removes the mnemonic marker: "&Kommun" -> "Kommun", "A && B" -> "A & B".
QString plainText(const QString &text);

} // namespace avfall::forms
