#include "forms/treatmentlisteditor.h"

#include "core/fieldcatalogue.h"
#include "forms/formwidgets.h"
#include "models/valuelistmodels.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {

const QString kList = QStringLiteral("behandlingar");
const QString kResultType = QStringLiteral("atervinningsresultattypkod");

// The waste-oil quantities and which flag of the result type asks for each (as NoteValidator).
struct OilField
{
    const char *json;
    bool RecoveryResultType::*expected;
};
constexpr OilField kOilFields[] = {
    {"mangdRegenerering", &RecoveryResultType::regeneration},
    {"mangdAnnanMaterialatervinning", &RecoveryResultType::otherMaterialRecovery},
    {"mangdEnergiatervinning", &RecoveryResultType::energyRecovery},
    {"mangdBortskaffande", &RecoveryResultType::disposal},
    {"specifikationAnnan", &RecoveryResultType::otherSpecification},
};

const Field &resultField(const QString &json)
{
    const Field *field = catalogue::note(NoteKind::Behandlingsresultat).field(json);
    Q_ASSERT(field);
    return *field;
}

int comboWidthFor(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

} // namespace

bool TreatmentListEditor::isWasteOilField(QStringView json)
{
    if (json == kResultType)
        return true;
    return std::any_of(std::begin(kOilFields), std::end(kOilFields),
                       [json](const OilField &oil) { return json == QLatin1String(oil.json); });
}

TreatmentListEditor::TreatmentListEditor(const ValueLists &lists, QWidget *parent)
    : QWidget(parent)
    , m_lists(lists)
{
    setProperty("avfallCompound", true);
    m_methods = new TreatmentMethodModel(m_lists, this);
    m_resultTypes = new RecoveryResultTypeModel(m_lists, this);

    const Field &method = *catalogue::behandling().field(QStringLiteral("kod"));
    const Field &subcode = *catalogue::behandling().field(QStringLiteral("underkod"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_listProblem = makeProblemLabel(this);
    layout->addWidget(m_listProblem);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addSpacing(comboWidthFor(this, 3));
    m_methodHeader = new QLabel(method.displayLabel(), this);
    m_subcodeHeader = new QLabel(subcode.displayLabel(), this);
    header->addWidget(m_methodHeader, 3);
    header->addWidget(m_subcodeHeader, 2);
    header->addSpacing(comboWidthFor(this, 12));
    layout->addLayout(header);
    layout->addWidget(
        makeHelpLabel(method.displayLabel() + QStringLiteral(": ") + method.displayHelp(), this));
    layout->addWidget(
        makeHelpLabel(subcode.displayLabel() + QStringLiteral(": ") + subcode.displayHelp(), this));

    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(4);
    layout->addLayout(m_rowLayout);

    m_add = new QPushButton(tr("Lägg till behandling"), this);
    m_add->setAccessibleName(tr("Lägg till behandling"));
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch(1);
    layout->addLayout(addRowLayout);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addRow();
        m_rows.at(row).method->setFocus();
        emit edited();
    });

    // The waste-oil section.
    m_oil = new QGroupBox(tr("Spillolja: resultat av återvinning"), this);
    m_oil->setAccessibleName(tr("Spillolja: resultat av återvinning"));
    QFont titleFont = font();
    titleFont.setBold(true);
    m_oil->setFont(titleFont);
    auto *oilLayout = new QVBoxLayout(m_oil);
    auto *oilContent = new QWidget(m_oil);
    QFont normal = font();
    normal.setBold(false);
    oilContent->setFont(normal);
    oilLayout->addWidget(oilContent);
    oilLayout = new QVBoxLayout(oilContent);
    oilLayout->setContentsMargins(0, 0, 0, 0);
    m_oilIntro = new QLabel(oilContent);
    m_oilIntro->setWordWrap(true);
    oilLayout->addWidget(m_oilIntro);
    FieldGrid oilForm(oilLayout, oilContent, 176);

    const Field &typeField = resultField(kResultType);
    auto *typeBox = new QWidget(oilContent);
    auto *typeLayout = new QVBoxLayout(typeBox);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(2);
    m_resultType = new QComboBox(typeBox);
    m_resultType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_resultType->setMinimumContentsLength(30);
    fillCombo(m_resultType, *m_resultTypes, QString(), tr("Välj typ av resultat"));
    setFieldPath(m_resultType, kResultType);
    typeLayout->addWidget(m_resultType);
    m_unconfirmed = makeHelpLabel(tr("Den här typen är vårt förslag och ännu inte bekräftad av registret. "
                                     "Registret kan svara med fel om den inte godtas."),
                                  typeBox);
    m_unconfirmed->setVisible(false);
    typeLayout->addWidget(m_unconfirmed);
    const FieldRow typeRow =
        oilForm.addRow(typeField.displayLabel(), typeField.displayHelp(), typeBox, m_resultType);
    m_oilInputs.insert(kResultType, m_resultType);
    m_oilProblems.insert(kResultType, typeRow.problem);
    connect(m_resultType, &QComboBox::currentIndexChanged, this, [this] {
        updateOilFields();
        if (!m_loading)
            emit edited();
    });

    for (const OilField &oil : kOilFields) {
        const QString json = QString::fromLatin1(oil.json);
        const Field &field = resultField(json);
        auto *edit = new QLineEdit(oilContent);
        if (field.maxLength > 0)
            edit->setMaxLength(field.maxLength);
        if (field.kind == FieldKind::Decimal) {
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9 ]{0,12}([,.][0-9]{0,3})?")), edit));
            edit->setMaximumWidth(comboWidthFor(edit, 18));
        }
        setFieldPath(edit, json);
        const FieldRow row = oilForm.addRow(field.displayLabel(), field.displayHelp(), edit);
        m_oilInputs.insert(json, edit);
        m_oilProblems.insert(json, row.problem);
        connect(edit, &QLineEdit::textEdited, this, &TreatmentListEditor::edited);
    }
    layout->addWidget(m_oil);
    m_oil->setVisible(false);

    addRow();
    updateOilFields();
}

TreatmentListEditor::~TreatmentListEditor() = default;

int TreatmentListEditor::addRow()
{
    Row row;
    row.widget = new QWidget(this);
    auto *box = new QVBoxLayout(row.widget);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    row.number = new QLabel(row.widget);
    row.number->setFixedWidth(comboWidthFor(this, 3));
    row.method = new QComboBox(row.widget);
    row.method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.method->setMinimumContentsLength(20);
    row.method->view()->setMinimumWidth(comboWidthFor(this, 80));
    row.method->view()->setTextElideMode(Qt::ElideRight);
    fillCombo(row.method, *m_methods, QString(), tr("Välj metod"));
    row.subcode = new QComboBox(row.widget);
    row.subcode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.subcode->setMinimumContentsLength(12);
    row.subcode->view()->setMinimumWidth(comboWidthFor(this, 50));
    row.subcode->setPlaceholderText(tr("Välj metod först"));
    row.subcode->setEnabled(false);
    row.remove = new QPushButton(tr("Ta bort"), row.widget);
    line->addWidget(row.number);
    line->addWidget(row.method, 3);
    line->addWidget(row.subcode, 2);
    line->addWidget(row.remove);
    box->addLayout(line);
    row.problem = makeProblemLabel(row.widget);
    box->addWidget(row.problem);
    m_rowLayout->addWidget(row.widget);
    row.widget->show(); // at once, so that the new row can take the focus

    // The new row's inputs come right after the previous row's in the tab order.
    if (!m_rows.isEmpty()) {
        QWidget::setTabOrder(m_rows.constLast().remove, row.method);
        QWidget::setTabOrder(row.method, row.subcode);
        QWidget::setTabOrder(row.subcode, row.remove);
    }
    m_rows.append(row);
    QComboBox *method = row.method;
    QWidget *rowWidget = row.widget;
    connect(method, &QComboBox::currentIndexChanged, this, [this, rowWidget] {
        for (Row &entry : m_rows) {
            if (entry.widget == rowWidget)
                onMethodChanged(entry);
        }
        if (!m_loading)
            emit edited();
    });
    connect(row.subcode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] {
        for (int index = 0; index < m_rows.size(); ++index) {
            if (m_rows.at(index).widget == rowWidget) {
                removeRow(index);
                emit edited();
                return;
            }
        }
    });
    updateRows();
    emit inputsChanged();
    return int(m_rows.size()) - 1;
}

void TreatmentListEditor::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size() || m_rows.size() == 1)
        return;
    const Row row = m_rows.takeAt(index);
    const bool hadFocus = row.widget->isAncestorOf(QApplication::focusWidget());
    row.widget->hide();
    row.widget->deleteLater();
    updateRows();
    if (hadFocus)
        m_rows.at(std::min<int>(index, int(m_rows.size()) - 1)).method->setFocus();
    emit inputsChanged();
}

QComboBox *TreatmentListEditor::methodCombo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).method : nullptr;
}

QComboBox *TreatmentListEditor::subcodeCombo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).subcode : nullptr;
}

QAbstractButton *TreatmentListEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

void TreatmentListEditor::onMethodChanged(Row &row)
{
    const QString code = comboCode(row.method);
    const TreatmentMethod *method = m_lists.treatmentMethod(code);
    const QString previous = comboCode(row.subcode);
    row.subcode->clear();
    if (!method) {
        row.subcode->setPlaceholderText(tr("Välj metod först"));
        row.subcode->setEnabled(false);
        return;
    }
    TreatmentSubcodeModel subcodes(m_lists);
    subcodes.setMethod(code);
    if (subcodes.rowCount() == 0) {
        row.subcode->setPlaceholderText(tr("Ingen underkod"));
        row.subcode->setEnabled(false);
        return;
    }
    fillCombo(row.subcode, subcodes, QString(), tr("Välj underkod"));
    row.subcode->setEnabled(true);
    // The only combination there is is chosen for the user; a still valid choice is kept.
    if (subcodes.rowCount() == 1)
        row.subcode->setCurrentIndex(0);
    else if (!previous.isEmpty())
        setComboCode(row.subcode, previous);
}

void TreatmentListEditor::updateRows()
{
    const Field &method = *catalogue::behandling().field(QStringLiteral("kod"));
    const Field &subcode = *catalogue::behandling().field(QStringLiteral("underkod"));
    for (int index = 0; index < m_rows.size(); ++index) {
        const Row &row = m_rows.at(index);
        row.number->setText(QStringLiteral("%1.").arg(index + 1));
        setFieldPath(row.method, QStringLiteral("behandlingar[%1].kod").arg(index));
        setFieldPath(row.subcode, QStringLiteral("behandlingar[%1].underkod").arg(index));
        describeInput(row.method, tr("Behandling %1 – %2").arg(index + 1).arg(method.displayLabel()),
                      method.displayHelp());
        describeInput(row.subcode, tr("Behandling %1 – %2").arg(index + 1).arg(subcode.displayLabel()),
                      subcode.displayHelp());
        row.remove->setAccessibleName(tr("Ta bort behandling %1").arg(index + 1));
        row.remove->setEnabled(m_rows.size() > 1);
    }
    if (!m_rows.isEmpty()) {
        m_methodHeader->setBuddy(m_rows.constFirst().method);
        m_subcodeHeader->setBuddy(m_rows.constFirst().subcode);
    }
}

void TreatmentListEditor::setWasteCode(const QString &code, const QDate &date)
{
    QString compact = code.trimmed();
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('*'));
    const WasteCode *entry = m_lists.wasteCodesOn(date.isValid() ? date : QDate::currentDate()).find(compact);
    m_oilRequired = entry && entry->recoveryResultRequired;
    if (m_oilRequired)
        m_oilIntro->setText(tr("Avfallskoden %1 (%2) kräver att du anger vad återvinningen av oljan gav.")
                                .arg(entry->ewc, entry->description));
    m_oil->setVisible(m_oilRequired);
}

void TreatmentListEditor::updateOilFields()
{
    const RecoveryResultType *type = m_lists.recoveryResultType(comboCode(m_resultType));
    m_unconfirmed->setVisible(type && !type->confirmed);
    for (const OilField &oil : kOilFields) {
        auto *edit = qobject_cast<QLineEdit *>(m_oilInputs.value(QString::fromLatin1(oil.json)));
        const bool expected = type && type->*(oil.expected);
        edit->setEnabled(expected);
        if (!expected && !m_loading)
            edit->clear();
        edit->setPlaceholderText(expected || !type ? QString() : tr("Behövs inte"));
    }
}

QLineEdit *TreatmentListEditor::wasteOilInput(const QString &json) const
{
    return qobject_cast<QLineEdit *>(m_oilInputs.value(json));
}

void TreatmentListEditor::setValues(const notejson::FlatValues &values)
{
    m_loading = true;
    static const QRegularExpression item(QStringLiteral("\\Abehandlingar\\[(\\d+)\\]\\.(\\w+)\\z"));
    QMap<int, QPair<QString, QString>> items;
    for (auto it = values.lowerBound(kList); it != values.cend() && it.key().startsWith(kList); ++it) {
        const auto match = item.match(it.key());
        if (!match.hasMatch())
            continue;
        auto &entry = items[match.captured(1).toInt()];
        if (match.captured(2) == QLatin1String("kod"))
            entry.first = it.value();
        else if (match.captured(2) == QLatin1String("underkod"))
            entry.second = it.value();
    }
    const int wanted = std::max<int>(1, int(items.size()));
    while (m_rows.size() > wanted)
        removeRow(int(m_rows.size()) - 1);
    while (m_rows.size() < wanted)
        addRow();
    int index = 0;
    for (const auto &entry : std::as_const(items)) {
        Row &row = m_rows[index++];
        if (!setComboCode(row.method, entry.first)) {
            // A method the list does not know (an old draft, say) stays visible and is checked.
            row.method->addItem(tr("%1 (okänd kod)").arg(entry.first), entry.first);
            row.method->setCurrentIndex(row.method->count() - 1);
        }
        onMethodChanged(row);
        setComboCode(row.subcode, entry.second);
    }
    if (items.isEmpty()) {
        m_rows[0].method->setCurrentIndex(-1);
        onMethodChanged(m_rows[0]);
    }

    setComboCode(m_resultType, values.value(kResultType));
    if (values.value(kResultType).isEmpty())
        m_resultType->setCurrentIndex(-1);
    updateOilFields();
    for (const OilField &oil : kOilFields) {
        const QString json = QString::fromLatin1(oil.json);
        auto *edit = qobject_cast<QLineEdit *>(m_oilInputs.value(json));
        const Field &field = resultField(json);
        const QString text = values.value(json);
        edit->setText(field.kind == FieldKind::Decimal ? decimalForDisplay(text) : text);
    }
    m_loading = false;
}

void TreatmentListEditor::writeValues(notejson::FlatValues &values) const
{
    int index = 0;
    for (const Row &row : m_rows) {
        const QString method = comboCode(row.method);
        if (method.isEmpty())
            continue;
        values.insert(QStringLiteral("behandlingar[%1].kod").arg(index), method);
        const QString subcode = comboCode(row.subcode);
        if (!subcode.isEmpty())
            values.insert(QStringLiteral("behandlingar[%1].underkod").arg(index), subcode);
        ++index;
    }
    if (!m_oilRequired)
        return;
    const QString type = comboCode(m_resultType);
    if (!type.isEmpty())
        values.insert(kResultType, type);
    for (const OilField &oil : kOilFields) {
        const QString json = QString::fromLatin1(oil.json);
        const auto *edit = qobject_cast<const QLineEdit *>(m_oilInputs.value(json));
        if (edit->isEnabled() && !edit->text().trimmed().isEmpty())
            values.insert(json, edit->text().trimmed());
    }
}

int TreatmentListEditor::rowOfJsonIndex(int jsonIndex) const
{
    // Rows without a method are not sent, so the JSON list may be shorter than the rows.
    int index = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (comboCode(m_rows.at(row).method).isEmpty())
            continue;
        if (index == jsonIndex)
            return row;
        ++index;
    }
    return -1;
}

QLabel *TreatmentListEditor::showProblem(const QString &path, const QString &text, bool warning)
{
    QLabel *label = nullptr;
    if (m_oilProblems.contains(path)) {
        label = m_oilProblems.value(path);
    } else if (path == kList || path.startsWith(kList + QLatin1Char('.'))) {
        label = m_listProblem;
    } else if (path.startsWith(kList + QLatin1Char('['))) {
        static const QRegularExpression index(QStringLiteral("\\Abehandlingar\\[(\\d+)\\]"));
        const int row = rowOfJsonIndex(index.match(path).captured(1).toInt());
        label = row >= 0 ? m_rows.at(row).problem : m_listProblem;
    } else {
        return nullptr;
    }
    const QString existing = label->isVisible() ? label->text() : QString();
    showProblemText(label, existing.isEmpty() ? text : existing + QLatin1Char('\n') + text, warning);
    return label;
}

void TreatmentListEditor::clearProblems()
{
    showProblemText(m_listProblem, QString());
    for (const Row &row : std::as_const(m_rows))
        showProblemText(row.problem, QString());
    for (QLabel *label : std::as_const(m_oilProblems))
        showProblemText(label, QString());
}

QWidget *TreatmentListEditor::widgetFor(const QString &path) const
{
    if (m_oilInputs.contains(path))
        return m_oilInputs.value(path);
    if (path.startsWith(kList + QLatin1Char('['))) {
        static const QRegularExpression index(QStringLiteral("\\Abehandlingar\\[(\\d+)\\](\\.underkod)?"));
        const auto match = index.match(path);
        const int row = rowOfJsonIndex(match.captured(1).toInt());
        if (row >= 0)
            return match.captured(2).isEmpty() ? m_rows.at(row).method : m_rows.at(row).subcode;
    }
    if (path == kList || path.startsWith(kList))
        return m_rows.isEmpty() ? nullptr : m_rows.constFirst().method;
    return nullptr;
}

} // namespace avfall::forms
