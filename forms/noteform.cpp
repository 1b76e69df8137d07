#include "forms/noteform.h"

#include "core/errorcatalogue.h"
#include "core/identitynumber.h"
#include "forms/datetimefield.h"
#include "forms/formwidgets.h"
#include "forms/partyeditor.h"
#include "forms/placeeditor.h"
#include "forms/treatmentlisteditor.h"
#include "forms/wastecodepicker.h"
#include "models/valuelistmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {

QString indexFree(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString result = path;
    result.remove(index);
    return result;
}

// Letters the main window's menus use (Arkiv, Inställningar, Hjälp) and the page's "Granska och
// skicka" button.
const QString kReservedMnemonics = QStringLiteral("aihg");

constexpr int kLabelWidth = 190;
constexpr int kContentWidth = 920;

// The parent's font set explicitly, so that it is not inherited from a bold group title.
QFont normalFont(const QWidget *parent)
{
    QFont font = parent->font();
    font.setBold(false);
    return font;
}

// A group for a place or the treatments: the field's label as a bold title, its help as tooltip.
QGroupBox *makeGroup(const Field &field, QWidget *parent)
{
    auto *group = new QGroupBox(field.displayLabel(), parent);
    group->setAccessibleName(field.displayLabel());
    group->setToolTip(field.displayHelp());
    QFont font = parent->font();
    font.setBold(true);
    group->setFont(font);
    return group;
}

QLineEdit *makeNumberEdit(const QString &pattern, int characters, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * characters + 24);
    return edit;
}

} // namespace

NoteForm::NoteForm(NoteKind kind, const ValueLists &lists, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_lists(lists)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    guardWheelEvents();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kValidationDelayMs);
    connect(m_timer, &QTimer::timeout, this, &NoteForm::runValidation);
    build();
    m_loading = true;
    if (DateTimeField *timestamp = dateTimeField(QStringLiteral("tidpunkt")))
        timestamp->setFollowsClock(true);
    updateDependencies();
    m_loading = false;
    m_problems = problems();
    m_valid = !hasErrors(m_problems);
}

NoteForm::~NoteForm() = default;

void NoteForm::prepareSharedData()
{
    // Behandlingsresultat has the most kinds of widget (treatment rows, waste oil, pickers).
    const NoteForm form(NoteKind::Behandlingsresultat);
    Q_UNUSED(form);
}

// ---------------------------------------------------------------------------------------------
// Building

void NoteForm::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("noteFormContent"));
    auto *contentRow = new QHBoxLayout(m_content);
    auto *column = new QWidget(m_content);
    column->setMaximumWidth(kContentWidth);
    contentRow->addWidget(column, 1);
    contentRow->addStretch(0);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(8, 8, 8, 8);

    const NoteType &type = noteType(m_kind);
    QLabel *title = makeHeading(type.displayTitle(), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(makeHelpLabel(
        tr("%1 · avfallsförordningen (2020:614) %2").arg(type.displayRole(), type.displayLaw()), column));
    m_generalProblems = makeProblemLabel(column);
    m_generalProblems->setObjectName(QStringLiteral("generalProblems"));
    layout->addWidget(m_generalProblems);

    m_grid = std::make_unique<FieldGrid>(layout, column, kLabelWidth);
    m_grid->layout()->setVerticalSpacing(8);
    layout->addStretch(1);

    for (const Section section : {Section::Operator, Section::Agent, Section::Waste, Section::Parties,
                                  Section::Places, Section::Treatment, Section::DateAndReference})
        buildSection(section);

    m_scroll->setWidget(m_content);
    MnemonicAllocator(kReservedMnemonics).applyTo(m_content);
    hookInputs();
    onAgentToggled(false);
}

void NoteForm::buildSection(Section section)
{
    QList<const Field *> fields;
    for (const Field &field : catalogue::note(m_kind).fields) {
        if (field.section != section)
            continue;
        if (m_kind == NoteKind::Behandlingsresultat && TreatmentListEditor::isWasteOilField(field.json))
            continue; // the treatment editor's waste-oil section edits these
        fields << &field;
    }
    if (fields.isEmpty())
        return;

    QWidget *parent = m_grid->parentWidget();
    const QString title = sectionTitle(section);
    m_sectionTitles << title;
    QLabel *heading = makeHeading(title, parent);
    heading->setContentsMargins(0, m_sectionTitles.size() > 1 ? 14 : 4, 0, 2);
    m_grid->addSpanning(heading);

    if (section == Section::Agent) {
        m_agentBox = new QCheckBox(tr("Jag rapporterar åt någon annan (ombud)"), parent);
        m_agentBox->setToolTip(tr("Kryssa i om ni för anteckningen åt ett annat företag. Då fyller ni i "
                                  "kundens uppgifter under Verksamhet och era egna här."));
        m_grid->addSpanning(m_agentBox);
        connect(m_agentBox, &QCheckBox::toggled, this, [this](bool agent) {
            onAgentToggled(agent);
            onUserEdit();
        });
    }

    for (const Field *field : std::as_const(fields)) {
        if (field->kind == FieldKind::Object && field->isPlace()) {
            addPlace(*field);
        } else if (field->kind == FieldKind::List) {
            addTreatments(*field);
        } else if (field->kind == FieldKind::Object) {
            // A block edited in place (Avfall): its help as an introduction, then its fields.
            QLabel *intro = makeHelpLabel(field->displayHelp(), parent);
            m_grid->addSpanning(intro);
            for (const Field &child : field->block->fields)
                addScalar(child, field->json + QLatin1Char('.') + child.json);
        } else {
            addScalar(*field, field->json);
        }
    }
}

void NoteForm::addScalar(const Field &field, const QString &path)
{
    QWidget *parent = m_grid->parentWidget();
    Entry entry;
    entry.path = path;
    entry.field = &field;
    QWidget *rowWidget = nullptr; // what goes into the form row

    if (field.rule == FieldRule::PartyIdentity) {
        auto *party = new PartyEditor(field.identities, parent);
        entry.type = EditorType::Party;
        entry.editor = party;
        entry.input = party->lineEdit();
        rowWidget = party;
        connect(party, &PartyEditor::edited, this, [this, path] { userEdited(path); });
        if (field.json == QLatin1String("tidigareInnehavare"))
            connect(party, &PartyEditor::textChanged, this, [this] { updateDependencies(); });
    } else if (field.rule == FieldRule::WasteCode) {
        m_wastePicker = new WasteCodePicker(m_lists, parent);
        entry.type = EditorType::WasteCode;
        entry.editor = m_wastePicker;
        entry.input = m_wastePicker->lineEdit();
        rowWidget = m_wastePicker;
        connect(m_wastePicker, &WasteCodePicker::edited, this, [this, path] {
            updateDependencies();
            userEdited(path);
        });
        connect(m_wastePicker, &WasteCodePicker::codeChosen, this, [this, path] { m_touched.insert(path); });
    } else if (field.rule == FieldRule::TransportMode || field.rule == FieldRule::Quarter) {
        auto *combo = new QComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const QString blank = field.presence == Presence::Optional ? tr("Inget angivet") : QString();
        if (field.rule == FieldRule::TransportMode) {
            fillCombo(combo, TransportModeModel(m_lists), blank, tr("Välj transportsätt"));
        } else {
            const QStringList months = {tr("januari–mars"), tr("april–juni"), tr("juli–september"),
                                        tr("oktober–december")};
            for (int quarter = 1; quarter <= 4; ++quarter)
                combo->addItem(tr("%1 (%2)").arg(quarter).arg(months.at(quarter - 1)),
                               QString::number(quarter));
            combo->setPlaceholderText(tr("Välj kvartal"));
            combo->setCurrentIndex(-1);
        }
        entry.type = EditorType::Combo;
        entry.editor = combo;
        entry.input = combo;
        auto *box = new QWidget(parent);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        combo->setParent(box);
        boxLayout->addWidget(combo);
        boxLayout->addStretch(1);
        rowWidget = box;
    } else if (field.kind == FieldKind::DateTime) {
        auto *edit = new DateTimeField(parent);
        edit->setDefaultSource([this] { return now(); });
        entry.type = EditorType::DateTime;
        entry.editor = edit;
        entry.input = edit;
        auto *box = new QWidget(parent);
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        edit->setParent(box);
        boxLayout->addWidget(edit);
        if (field.rule == FieldRule::Timestamp) {
            auto *nowButton = new QPushButton(tr("Nu"), box);
            nowButton->setToolTip(tr("Tiden sätts när du skickar"));
            nowButton->setAccessibleName(tr("%1: när du skickar").arg(field.displayLabel()));
            boxLayout->addWidget(nowButton);
            connect(nowButton, &QPushButton::clicked, this, [this, edit, path] {
                edit->setFollowsClock(true);
                userEdited(path, true);
            });
        }
        // What was understood, beside the field: nothing below it moves while the user types.
        boxLayout->addWidget(edit->interpretationLabel());
        boxLayout->addStretch(1);
        if (field.json == QLatin1String("tidpunkt"))
            connect(edit, &DateTimeField::dateTimeChanged, this, [this] { updateDependencies(); });
        rowWidget = box;
    } else {
        QLineEdit *edit = nullptr;
        if (field.kind == FieldKind::Decimal) {
            edit = makeNumberEdit(QStringLiteral("[0-9 ]{0,12}([,.][0-9]{0,3})?"), 16, parent);
        } else if (field.kind == FieldKind::Integer) {
            edit = makeNumberEdit(field.rule == FieldRule::Year ? QStringLiteral("[0-9]{0,4}")
                                                                : QStringLiteral("[0-9 ]{0,10}"),
                                  field.rule == FieldRule::Year ? 6 : 12, parent);
        } else {
            edit = new QLineEdit(parent);
            if (field.maxLength > 0)
                edit->setMaxLength(field.maxLength);
        }
        if (field.rule == FieldRule::CfarNumberOrPlaceholder || field.rule == FieldRule::CountryCode) {
            connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
                if (text != text.toUpper()) {
                    const int cursor = edit->cursorPosition();
                    edit->setText(text.toUpper());
                    edit->setCursorPosition(cursor);
                }
            });
            if (field.rule == FieldRule::CfarNumberOrPlaceholder)
                edit->setPlaceholderText(tr("Åtta siffror eller SAKNAS"));
        }
        if (field.rule == FieldRule::Email)
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        if (field.rule == FieldRule::Phone)
            edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        entry.type = EditorType::Line;
        entry.editor = edit;
        entry.input = edit;
        rowWidget = edit;
        if (field.rule == FieldRule::CfarNumberOrPlaceholder || field.rule == FieldRule::CfarNumber)
            rowWidget = besideInput(edit, {makeCfarExplanationButton(parent)}, parent);
        if (path == QLatin1String("avfall.foregaendeAvfallId")) {
            // 36 characters nobody types: chosen from the notes sent before.
            m_previousButton = new QToolButton(parent);
            m_previousButton->setObjectName(QStringLiteral("previousNoteButton"));
            m_previousButton->setText(tr("Välj ur historiken"));
            m_previousButton->setPopupMode(QToolButton::InstantPopup);
            m_previousButton->setMenu(new QMenu(m_previousButton));
            rowWidget = besideInput(edit, {m_previousButton}, parent);
            setPreviousNotes({});
        }
    }

    setFieldPath(entry.input, path);
    const FieldRow row = m_grid->addRow(field.displayLabel(), field.displayHelp(), rowWidget, entry.input);
    entry.label = row.label;
    entry.problem = row.problem;
    entry.container = row.container;
    m_entries.append(entry);
}

// The group of a place or of the treatments: the field's title and help above its editor, across
// the whole width of the form.
void NoteForm::addEditorGroup(const Field &field, QWidget *editor, EditorType type, QWidget *input)
{
    QWidget *parent = m_grid->parentWidget();
    QGroupBox *group = makeGroup(field, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(makeHelpLabel(field.displayHelp(), group));
    editor->setFont(normalFont(parent));
    layout->addWidget(editor);
    m_grid->addSpanning(group);

    Entry entry;
    entry.path = field.json;
    entry.field = &field;
    entry.type = type;
    entry.editor = editor;
    entry.input = input;
    entry.container = group;
    m_entries.append(entry);
}

void NoteForm::addPlace(const Field &field)
{
    auto *place = new PlaceEditor(field.json, field.displayLabel(), m_lists);
    place->setCfarAllowed(field.placeAcceptsCfar);
    addEditorGroup(field, place, EditorType::Place, place->variantCombo());
    connect(place, &PlaceEditor::edited, this, &NoteForm::onUserEdit);
    m_places << place;
}

void NoteForm::addTreatments(const Field &field)
{
    m_treatments = new TreatmentListEditor(m_lists);
    addEditorGroup(field, m_treatments, EditorType::Treatments, m_treatments->methodCombo(0));
    connect(m_treatments, &TreatmentListEditor::edited, this, &NoteForm::onUserEdit);
    connect(m_treatments, &TreatmentListEditor::inputsChanged, this, &NoteForm::hookInputs);
}

void NoteForm::onUserEdit()
{
    // setValues() fills the form without it counting as the user's change.
    if (!m_loading) {
        emit changed();
        scheduleValidation();
    }
}

void NoteForm::hookInputs()
{
    if (!m_content)
        return;
    const QList<QWidget *> widgets = m_content->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (fieldPath(widget).isEmpty() || widget->property("avfallHooked").toBool())
            continue;
        widget->setProperty("avfallHooked", true);
        widget->installEventFilter(this);
        if (auto *dateTime = qobject_cast<DateTimeField *>(widget)) {
            connect(dateTime, &DateTimeField::edited, this,
                    [this, dateTime] { userEdited(fieldPath(dateTime)); });
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            connect(line, &QLineEdit::textEdited, this, [this, line] { userEdited(fieldPath(line)); });
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            connect(combo, &QComboBox::activated, this,
                    [this, combo] { userEdited(fieldPath(combo), true); });
            if (combo->isEditable()) {
                combo->lineEdit()->installEventFilter(this);
                connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                        [this, combo] { userEdited(fieldPath(combo)); });
            }
        }
    }
}

bool NoteForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        auto *widget = qobject_cast<QWidget *>(watched);
        QString path = fieldPath(widget);
        if (path.isEmpty() && widget)
            path = fieldPath(widget->parentWidget()); // the line edit of an editable combo
        if (!path.isEmpty()) {
            m_touched.insert(path);
            scheduleValidation();
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Values

bool NoteForm::isAgentEntry(const Entry &entry) const
{
    return entry.field->section == Section::Agent && !entry.path.contains(QLatin1Char('.'));
}

QString NoteForm::entryValue(const Entry &entry) const
{
    switch (entry.type) {
    case EditorType::Line:
        return static_cast<QLineEdit *>(entry.editor)->text().trimmed();
    case EditorType::Party:
        return static_cast<PartyEditor *>(entry.editor)->text();
    case EditorType::WasteCode:
        return static_cast<WasteCodePicker *>(entry.editor)->code();
    case EditorType::Combo:
        return comboCode(static_cast<QComboBox *>(entry.editor));
    case EditorType::DateTime:
        return static_cast<DateTimeField *>(entry.editor)->isoValue();
    case EditorType::Place:
    case EditorType::Treatments:
        break;
    }
    return QString();
}

void NoteForm::setEntryValue(const Entry &entry, const QString &value)
{
    switch (entry.type) {
    case EditorType::Line: {
        auto *edit = static_cast<QLineEdit *>(entry.editor);
        edit->setText(entry.field->kind == FieldKind::Decimal ? decimalForDisplay(value) : value);
        break;
    }
    case EditorType::Party: {
        // As the app writes numbers everywhere else: 556000-0167, not 5560000167.
        const IdentityCheck check = identity::check(value, entry.field->identities);
        static_cast<PartyEditor *>(entry.editor)->setText(check.isValid() ? identity::display(check) : value);
        break;
    }
    case EditorType::WasteCode:
        static_cast<WasteCodePicker *>(entry.editor)->setCode(value);
        break;
    case EditorType::Combo: {
        auto *combo = static_cast<QComboBox *>(entry.editor);
        if (!setComboCode(combo, value)) {
            // A code the lists do not know (an old draft, say) stays visible and is checked.
            combo->addItem(tr("%1 (okänd kod)").arg(value), value);
            combo->setCurrentIndex(combo->count() - 1);
        }
        break;
    }
    case EditorType::DateTime:
        static_cast<DateTimeField *>(entry.editor)->setIsoValue(value);
        break;
    case EditorType::Place:
    case EditorType::Treatments:
        break;
    }
}

void NoteForm::setValues(const notejson::FlatValues &values)
{
    m_loading = true;
    bool agent = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (isAgentEntry(entry) && !values.value(entry.path).trimmed().isEmpty())
            agent = true;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.type == EditorType::Place)
            static_cast<PlaceEditor *>(entry.editor)->setValues(values);
        else if (entry.type == EditorType::Treatments)
            m_treatments->setValues(values);
        else
            setEntryValue(entry, values.value(entry.path));
    }
    if (m_agentBox) {
        m_agentBox->setChecked(agent);
        onAgentToggled(agent);
    }
    if (DateTimeField *timestamp = dateTimeField(QStringLiteral("tidpunkt"));
        timestamp && timestamp->isBlank())
        timestamp->setFollowsClock(true);
    m_external.clear();
    m_touched.clear();
    m_shownPaths.clear();
    m_showAll = false;
    updateDependencies();
    m_loading = false;
    runValidation();
}

notejson::FlatValues NoteForm::values() const
{
    notejson::FlatValues result;
    const bool agent = isReportingAsAgent();
    for (const Entry &entry : m_entries) {
        if (isAgentEntry(entry) && !agent)
            continue;
        if (entry.type == EditorType::Place) {
            static_cast<PlaceEditor *>(entry.editor)->writeValues(result);
        } else if (entry.type == EditorType::Treatments) {
            m_treatments->writeValues(result);
        } else {
            const QString value = entryValue(entry);
            if (!value.isEmpty())
                result.insert(entry.path, value);
        }
    }
    return result;
}

QJsonObject NoteForm::note() const
{
    return notejson::build(m_kind, values());
}

QJsonObject NoteForm::draft() const
{
    notejson::FlatValues flat = values();
    if (const DateTimeField *timestamp = dateTimeField(QStringLiteral("tidpunkt"));
        timestamp && timestamp->followsClock())
        flat.remove(QStringLiteral("tidpunkt"));
    return notejson::build(m_kind, flat);
}

void NoteForm::startNextNote()
{
    notejson::FlatValues kept = values();
    for (auto it = kept.begin(); it != kept.end();) {
        const QString top = it.key().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
        const Field *field = catalogue::note(m_kind).field(top);
        const bool changesEachTime = !field || field->section == Section::Waste ||
                                     field->section == Section::DateAndReference ||
                                     field->kind == FieldKind::Decimal;
        it = changesEachTime ? kept.erase(it) : std::next(it);
    }
    setValues(kept);
}

bool NoteForm::isReportingAsAgent() const
{
    return m_agentBox && m_agentBox->isChecked();
}

void NoteForm::setReportingAsAgent(bool agent)
{
    if (m_agentBox)
        m_agentBox->setChecked(agent);
}

void NoteForm::onAgentToggled(bool agent)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (isAgentEntry(entry))
            FieldRow{entry.label, entry.container, nullptr, nullptr}.setVisible(agent);
    }
    if (m_loading || !m_hasOwn)
        return;
    // The own company moves to Ombud, and Verksamhet is left for the customer – and back.
    const Entry *operatorNumber = entryFor(QStringLiteral("verksamhetsutovare"));
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("verksamhetsutovare"), QStringLiteral("ombud")},
        {QStringLiteral("verksamhetensNamn"), QStringLiteral("ombudetsNamn")},
        {QStringLiteral("verksamhetensKontaktpersonNamn"), QStringLiteral("ombudetsKontaktpersonNamn")},
        {QStringLiteral("verksamhetensKontaktpersonEpost"), QStringLiteral("ombudetsKontaktpersonEpost")},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
         QStringLiteral("ombudetsKontaktpersonTelefonnummer")},
    };
    const QStringList own = {m_own.organisationNumber, m_own.name, m_own.contactPerson, m_own.email,
                             m_own.phone};
    m_loading = true;
    if (agent) {
        bool agentEmpty = true;
        for (const auto &pair : pairs) {
            if (const Entry *entry = entryFor(pair.second); entry && !entryValue(*entry).isEmpty())
                agentEmpty = false;
        }
        const IdentityCheck operatorCheck =
            operatorNumber ? identity::check(entryValue(*operatorNumber), operatorNumber->field->identities)
                           : IdentityCheck();
        const IdentityCheck ownCheck =
            identity::check(m_own.organisationNumber,
                            operatorNumber ? operatorNumber->field->identities : IdentityAllowances());
        const bool operatorIsOwn = operatorCheck.isValid() && operatorCheck.normalized == ownCheck.normalized;
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const Entry *operatorEntry = entryFor(pairs.at(i).first);
            const Entry *agentEntry = entryFor(pairs.at(i).second);
            if (agentEmpty && agentEntry)
                setEntryValue(*agentEntry, own.at(i));
            if (operatorIsOwn && operatorEntry)
                setEntryValue(*operatorEntry, QString());
        }
    } else {
        bool operatorEmpty = true;
        for (const auto &pair : pairs) {
            if (const Entry *entry = entryFor(pair.first); entry && !entryValue(*entry).isEmpty())
                operatorEmpty = false;
        }
        for (qsizetype i = 0; operatorEmpty && i < pairs.size(); ++i) {
            if (const Entry *operatorEntry = entryFor(pairs.at(i).first))
                setEntryValue(*operatorEntry, own.at(i));
        }
    }
    m_loading = false;
}

void NoteForm::setOwnCompany(const Company &company)
{
    m_own = company;
    m_hasOwn = true;
    m_loading = true;
    const bool agent = isReportingAsAgent();
    const QList<QPair<QString, QString>> fields = {
        {agent ? QStringLiteral("ombud") : QStringLiteral("verksamhetsutovare"), company.organisationNumber},
        {agent ? QStringLiteral("ombudetsNamn") : QStringLiteral("verksamhetensNamn"), company.name},
        {agent ? QStringLiteral("ombudetsKontaktpersonNamn")
               : QStringLiteral("verksamhetensKontaktpersonNamn"),
         company.contactPerson},
        {agent ? QStringLiteral("ombudetsKontaktpersonEpost")
               : QStringLiteral("verksamhetensKontaktpersonEpost"),
         company.email},
        {agent ? QStringLiteral("ombudetsKontaktpersonTelefonnummer")
               : QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
         company.phone},
    };
    for (const auto &field : fields) {
        if (const Entry *entry = entryFor(field.first); entry && entryValue(*entry).isEmpty())
            setEntryValue(*entry, field.second);
    }
    // The company's own CFAR number (Transportplanering).
    if (const Entry *cfar = entryFor(QStringLiteral("cfarNR"));
        cfar && cfar->field->section == Section::Operator && entryValue(*cfar).isEmpty())
        setEntryValue(*cfar, company.cfar);
    m_loading = false;
    runValidation();
}

void NoteForm::setSavedParties(const QList<QPair<QString, QString>> &parties)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.type == EditorType::Party)
            static_cast<PartyEditor *>(entry.editor)->setSavedParties(parties);
    }
}

void NoteForm::setPreferredWasteCodes(const QStringList &codes)
{
    if (m_wastePicker)
        m_wastePicker->setPreferredCodes(codes);
}

void NoteForm::setPreviousNotes(const QList<QPair<QString, QString>> &notes)
{
    if (!m_previousButton)
        return;
    QMenu *menu = m_previousButton->menu();
    menu->clear();
    for (const auto &[avfallId, description] : notes) {
        QAction *action = menu->addAction(description);
        action->setToolTip(avfallId);
        connect(action, &QAction::triggered, this, [this, avfallId] {
            const QString path = QStringLiteral("avfall.foregaendeAvfallId");
            if (const Entry *entry = entryFor(path))
                setEntryValue(*entry, avfallId);
            userEdited(path, true);
        });
    }
    m_previousButton->setEnabled(!notes.isEmpty());
    m_previousButton->setToolTip(notes.isEmpty() ? tr("Inga skickade anteckningar ännu")
                                                 : tr("Välj en tidigare anteckning om samma avfall"));
}

void NoteForm::setClock(NoteValidator::Clock clock)
{
    m_clock = std::move(clock);
    updateDependencies();
    runValidation();
}

QDateTime NoteForm::now() const
{
    return m_clock();
}

QDate NoteForm::noteDate() const
{
    const Entry *timestamp = entryFor(QStringLiteral("tidpunkt"));
    QJsonObject note;
    if (timestamp)
        note.insert(QStringLiteral("tidpunkt"), entryValue(*timestamp));
    return NoteValidator::noteDate(note, now());
}

void NoteForm::updateDependencies()
{
    const QDate date = noteDate();
    if (m_wastePicker)
        m_wastePicker->setDate(date);
    if (m_treatments)
        m_treatments->setWasteCode(m_wastePicker ? m_wastePicker->code() : QString(), date);
    if (const PartyEditor *holder = partyEditor(QStringLiteral("tidigareInnehavare"))) {
        const IdentityKind kind = holder->check().kind;
        const bool allowed = kind == IdentityKind::Unknown || kind == IdentityKind::Municipality;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.type == EditorType::Place && entry.field->originPlace)
                static_cast<PlaceEditor *>(entry.editor)->setMunicipalityOnlyAllowed(allowed);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Validation and problems

QList<Problem> NoteForm::problems() const
{
    NoteValidator validator(m_lists);
    validator.setClock(m_clock);
    return validator.validate(m_kind, note());
}

void NoteForm::userEdited(const QString &path, bool complete)
{
    if (m_loading || path.isEmpty())
        return;
    if (complete)
        m_touched.insert(path);
    // A problem reported from elsewhere goes away once its field is edited.
    m_external.erase(std::remove_if(m_external.begin(), m_external.end(),
                                    [&](const Problem &problem) {
                                        return problem.path == path ||
                                               path.startsWith(problem.path + QLatin1Char('.')) ||
                                               indexFree(path) == indexFree(problem.path);
                                    }),
                     m_external.end());
    emit changed();
    scheduleValidation();
}

void NoteForm::scheduleValidation()
{
    m_timer->start();
}

void NoteForm::validateNow()
{
    m_timer->stop();
    runValidation();
}

void NoteForm::runValidation()
{
    m_problems = problems();
    const bool valid = !hasErrors(m_problems);
    displayProblems();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    emit checked();
}

bool NoteForm::problemVisible(const Problem &problem) const
{
    if (m_showAll || m_shownPaths.contains(problem.path))
        return true;
    for (const QString &touched : m_touched) {
        if (touched == problem.path || touched.startsWith(problem.path + QLatin1Char('.')) ||
            touched.startsWith(problem.path + QLatin1Char('[')))
            return true;
    }
    return false;
}

void NoteForm::showAllProblems()
{
    m_showAll = true;
    validateNow();
}

void NoteForm::setProblems(const QList<Problem> &problems)
{
    m_external = problems;
    m_timer->stop();
    m_problems = this->problems();
    displayProblems();
}

void NoteForm::setRegisterErrors(const QList<QPair<int, QString>> &errors)
{
    const QStringList fields = catalogue::note(m_kind).fieldNames();
    QList<Problem> problems;
    for (const auto &error : errors) {
        Problem problem;
        problem.path = errorcatalogue::fieldFor(error.first, fields);
        problem.message = tr("%1 (Registrets felkod %2.)")
                              .arg(errorcatalogue::explain(error.first, error.second))
                              .arg(error.first);
        problem.registerCode = error.first;
        problems << problem;
    }
    setProblems(problems);
}

const NoteForm::Entry *NoteForm::entryFor(const QString &path) const
{
    for (const Entry &entry : m_entries) {
        switch (entry.type) {
        case EditorType::Place:
            if (path == entry.path || path.startsWith(entry.path + QLatin1Char('.')))
                return &entry;
            break;
        case EditorType::Treatments:
            if (path.startsWith(entry.path) || TreatmentListEditor::isWasteOilField(path))
                return &entry;
            break;
        default:
            if (path == entry.path)
                return &entry;
        }
    }
    // A block as a whole ("avfall"): its first field.
    for (const Entry &entry : m_entries) {
        if (entry.path.startsWith(path + QLatin1Char('.')))
            return &entry;
    }
    return nullptr;
}

bool NoteForm::placeProblem(const Problem &problem)
{
    const QString label = catalogue::labelOfPath(m_kind, indexFree(problem.path));
    const bool warning = !problem.isError();
    // A warning reads as one, not only by its colour: it never stops the note.
    const QString text = warning ? tr("Obs: %1").arg(withoutLabel(problem.message, label))
                                 : withoutLabel(problem.message, label);
    const Entry *entry = entryFor(problem.path);
    if (entry && isAgentEntry(*entry) && !isReportingAsAgent())
        entry = nullptr; // folded away: shown at the top instead
    QLabel *shownAt = nullptr;
    if (entry) {
        switch (entry->type) {
        case EditorType::Place:
            shownAt = static_cast<PlaceEditor *>(entry->editor)->showProblem(problem.path, text, warning);
            break;
        case EditorType::Treatments:
            shownAt = m_treatments->showProblem(problem.path, text, warning);
            break;
        case EditorType::Party: {
            auto *party = static_cast<PartyEditor *>(entry->editor);
            if (party->checkShowsProblem() && party->checkText() == text) {
                shownAt = party->checkLabel(); // the live check says it already
                break;
            }
            [[fallthrough]];
        }
        default: {
            const QString existing = entry->problem->isVisible() ? entry->problem->text() : QString();
            if (existing.split(QLatin1Char('\n')).contains(text)) {
                shownAt = entry->problem;
                break;
            }
            showProblemText(entry->problem, existing.isEmpty() ? text : existing + QLatin1Char('\n') + text,
                            warning && existing.isEmpty());
            shownAt = entry->problem;
        }
        }
    }
    if (!shownAt) {
        const QString existing = m_generalProblems->isVisible() ? m_generalProblems->text() : QString();
        const QString line = problem.message;
        showProblemText(m_generalProblems, existing.isEmpty() ? line : existing + QLatin1Char('\n') + line,
                        warning && existing.isEmpty());
        shownAt = m_generalProblems;
    }
    m_shownAt.insert(problem.path, shownAt);
    if (entry && entry->problem == shownAt)
        m_shownAt.insert(entry->path, shownAt); // "avfall" is shown at "avfall.kod"
    return true;
}

void NoteForm::displayProblems()
{
    m_shownAt.clear();
    showProblemText(m_generalProblems, QString());
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.problem)
            showProblemText(entry.problem, QString());
    }
    for (PlaceEditor *place : std::as_const(m_places))
        place->clearProblems();
    if (m_treatments)
        m_treatments->clearProblems();
    for (const Problem &problem : std::as_const(m_external))
        placeProblem(problem);
    QSet<QString> shown;
    for (const Problem &problem : std::as_const(m_problems)) {
        if (problemVisible(problem)) {
            placeProblem(problem);
            shown.insert(problem.path);
        }
    }
    m_shownPaths = shown;
}

QString NoteForm::problemTextAt(const QString &path) const
{
    const QLabel *label = m_shownAt.value(path);
    return label && !label->isHidden() ? label->text() : QString();
}

QString NoteForm::generalProblemText() const
{
    return m_generalProblems->isHidden() ? QString() : m_generalProblems->text();
}

QWidget *NoteForm::firstInvalidField() const
{
    for (const Entry &entry : m_entries) {
        for (const Problem &problem : m_problems) {
            if (!problem.isError() || entryFor(problem.path) != &entry)
                continue;
            if (entry.type == EditorType::Place)
                return static_cast<PlaceEditor *>(entry.editor)->widgetFor(problem.path);
            if (entry.type == EditorType::Treatments)
                return m_treatments->widgetFor(problem.path);
            return entry.input;
        }
    }
    for (const Problem &problem : m_problems) {
        if (problem.isError())
            return m_generalProblems;
    }
    return nullptr;
}

QString NoteForm::firstProblemMessage() const
{
    for (const Entry &entry : m_entries) {
        for (const Problem &problem : m_problems) {
            if (problem.isError() && entryFor(problem.path) == &entry)
                return problem.message;
        }
    }
    for (const Problem &problem : m_problems) {
        if (problem.isError())
            return problem.message;
    }
    return QString();
}

void NoteForm::focusFirstInvalidField()
{
    QWidget *widget = firstInvalidField();
    if (!widget)
        return;
    widget->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(widget);
}

// ---------------------------------------------------------------------------------------------
// Access for the application and the tests

QWidget *NoteForm::inputFor(const QString &path) const
{
    const QList<QWidget *> widgets = m_content->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (fieldPath(widget) == path)
            return widget;
    }
    return nullptr;
}

QLabel *NoteForm::labelFor(const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.path == path)
            return entry.label;
    }
    return nullptr;
}

PlaceEditor *NoteForm::placeEditor(const QString &path) const
{
    for (PlaceEditor *place : m_places) {
        if (place->path() == path)
            return place;
    }
    return nullptr;
}

PartyEditor *NoteForm::partyEditor(const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.path == path && entry.type == EditorType::Party)
            return static_cast<PartyEditor *>(entry.editor);
    }
    return nullptr;
}

DateTimeField *NoteForm::dateTimeField(const QString &path) const
{
    for (const Entry &entry : m_entries) {
        if (entry.path == path && entry.type == EditorType::DateTime)
            return static_cast<DateTimeField *>(entry.editor);
    }
    return nullptr;
}

QStringList NoteForm::sectionTitles() const
{
    return m_sectionTitles;
}

} // namespace avfall::forms
