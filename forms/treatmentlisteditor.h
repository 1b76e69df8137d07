#pragma once

#include "core/notejson.h"
#include "core/valuelists.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace avfall {
class TreatmentMethodModel;
class RecoveryResultTypeModel;
} // namespace avfall

namespace avfall::forms {

// The treatments of a Behandlingsresultat: rows of an R/D method and its underkod, offering only
// the combinations the register accepts (an underkod alone is chosen for the user), with buttons
// to add and remove rows. Below them the waste-oil section, shown only when the note's waste code
// asks for the result of recovery (angeResultatAvAtervinning, e.g. 13 02 05*): the type of result
// and the quantities that type expects – the others are disabled.
class TreatmentListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TreatmentListEditor(const ValueLists &lists = ValueLists::bundled(), QWidget *parent = nullptr);
    ~TreatmentListEditor() override;

    // The top-level note fields the waste-oil section edits (atervinningsresultattypkod, the four
    // quantities and specifikationAnnan).
    static bool isWasteOilField(QStringView json);

    void setValues(const notejson::FlatValues &values);
    void writeValues(notejson::FlatValues &values) const;

    int rowCount() const { return int(m_rows.size()); }
    int addRow();
    void removeRow(int row);
    QComboBox *methodCombo(int row) const;
    QComboBox *subcodeCombo(int row) const;
    QAbstractButton *removeButton(int row) const;
    QPushButton *addButton() const { return m_add; }

    // The waste code of the note and the note's date decide whether the waste-oil section shows.
    void setWasteCode(const QString &code, const QDate &date);
    bool isWasteOilShown() const { return m_oilRequired; }
    QGroupBox *wasteOilSection() const { return m_oil; }
    QComboBox *resultTypeCombo() const { return m_resultType; }
    QLineEdit *wasteOilInput(const QString &json) const; // a quantity or specifikationAnnan
    QLabel *unconfirmedNote() const { return m_unconfirmed; }

    QLabel *showProblem(const QString &path, const QString &text, bool warning);
    void clearProblems();
    QWidget *widgetFor(const QString &path) const;

signals:
    void edited();        // any change by the user
    void inputsChanged(); // rows were added or removed: new inputs to know about

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *number = nullptr;
        QComboBox *method = nullptr;
        QComboBox *subcode = nullptr;
        QPushButton *remove = nullptr;
        QLabel *problem = nullptr;
    };

    void onMethodChanged(Row &row);
    void updateRows();
    void updateOilFields();
    int rowOfJsonIndex(int index) const;

    const ValueLists &m_lists;
    TreatmentMethodModel *m_methods = nullptr;
    RecoveryResultTypeModel *m_resultTypes = nullptr;
    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_listProblem = nullptr;
    QLabel *m_methodHeader = nullptr;
    QLabel *m_subcodeHeader = nullptr;
    QPushButton *m_add = nullptr;
    QGroupBox *m_oil = nullptr;
    QLabel *m_oilIntro = nullptr;
    QComboBox *m_resultType = nullptr;
    QLabel *m_unconfirmed = nullptr;
    QHash<QString, QWidget *> m_oilInputs;
    QHash<QString, QLabel *> m_oilProblems;
    bool m_oilRequired = false;
    bool m_loading = false;
};

} // namespace avfall::forms
