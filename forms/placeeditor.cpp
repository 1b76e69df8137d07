#include "forms/placeeditor.h"

#include "forms/formwidgets.h"
#include "models/coordinateconverter.h"
#include "models/searchtext.h"
#include "models/valuelistmodels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {

using Variant = PlaceEditor::Variant;

const QString kKommun = QStringLiteral("kommunkod");

// Which sub-fields each variant shows (besides the municipality, which every variant has).
QStringList fieldsOf(Variant variant)
{
    switch (variant) {
    case Variant::Address:
        return {QStringLiteral("adress.adressrad"), QStringLiteral("adress.postnummer")};
    case Variant::Coordinate:
        return {QStringLiteral("koordinat.nposition"), QStringLiteral("koordinat.eposition"),
                QStringLiteral("koordinat.beskrivning")};
    case Variant::Cfar:
        return {QStringLiteral("cfarNR")};
    case Variant::Abroad:
        return {QStringLiteral("land")};
    case Variant::MunicipalityOnly:
        return {};
    }
    return {};
}

const Field &subField(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('.'));
    const Block *block = &catalogue::plats();
    const Field *field = nullptr;
    for (const QString &part : parts) {
        field = block->field(part);
        Q_ASSERT(field);
        block = field->block;
    }
    return *field;
}

QString formatPostcode(const QString &digits)
{
    return digits.size() == 5 ? digits.left(3) + QLatin1Char(' ') + digits.mid(3) : digits;
}

} // namespace

PlaceEditor::PlaceEditor(const QString &path, const QString &title, const ValueLists &lists, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_title(title)
    , m_lists(lists)
{
    setProperty("avfallCompound", true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_grid = std::make_unique<FieldGrid>(outer, this, kLabelWidth);

    m_variant = new QComboBox(this);
    m_variant->addItem(tr("Adress"), int(Variant::Address));
    m_variant->addItem(tr("Koordinat (SWEREF 99 TM)"), int(Variant::Coordinate));
    m_variant->addItem(tr("CFAR-nummer"), int(Variant::Cfar));
    m_variant->addItem(tr("Utomlands"), int(Variant::Abroad));
    m_variant->addItem(tr("Bara kommun"), int(Variant::MunicipalityOnly));
    setFieldPath(m_variant, m_path);
    const FieldRow variantRow = m_grid->addRow(tr("Anges som"), QString(), m_variant);
    m_variant->setAccessibleName(tr("%1 – anges som").arg(m_title));
    m_rows.insert(QString(), {variantRow.label, variantRow.container, variantRow.problem, m_variant});

    addLine(QStringLiteral("adress.adressrad"), subField(QStringLiteral("adress.adressrad")));
    QLineEdit *postcode =
        addLine(QStringLiteral("adress.postnummer"), subField(QStringLiteral("adress.postnummer")));
    postcode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,6}")), postcode));
    postcode->setMaximumWidth(postcode->fontMetrics().horizontalAdvance(QStringLiteral("000 000")) + 40);
    m_convert = new QPushButton(tr("Omvandla från GPS …"), this);
    m_convert->setObjectName(QStringLiteral("convertWgs84Button"));
    m_convert->setToolTip(tr("Räkna om en position från mobilen eller en karta (WGS 84, grader) till "
                             "SWEREF 99 TM"));
    m_convert->setAutoDefault(false);
    connect(m_convert, &QPushButton::clicked, this, &PlaceEditor::convertFromWgs84);
    for (const char *coordinate : {"koordinat.nposition", "koordinat.eposition"}) {
        const bool north = QByteArray(coordinate).endsWith("nposition");
        QLineEdit *edit = addLine(QString::fromLatin1(coordinate), subField(QString::fromLatin1(coordinate)),
                                  north ? QList<QWidget *>{m_convert} : QList<QWidget *>{});
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,9}")), edit));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
        edit->setMaximumWidth(edit->minimumWidth());
    }
    addLine(QStringLiteral("koordinat.beskrivning"), subField(QStringLiteral("koordinat.beskrivning")));
    QLineEdit *cfar = addLine(QStringLiteral("cfarNR"), subField(QStringLiteral("cfarNR")),
                              {makeCfarExplanationButton(this)});
    cfar->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), cfar));
    cfar->setMinimumWidth(cfar->fontMetrics().horizontalAdvance(QStringLiteral("000000000")) + 40);
    cfar->setMaximumWidth(cfar->minimumWidth());
    m_countryName = new QLabel(this);
    m_countryName->setObjectName(QStringLiteral("countryName"));
    QLineEdit *country = addLine(QStringLiteral("land"), subField(QStringLiteral("land")), {m_countryName});
    country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), country));
    country->setMaximumWidth(country->fontMetrics().horizontalAdvance(QStringLiteral("WWW")) + 40);
    connect(country, &QLineEdit::textEdited, country, [country](const QString &text) {
        if (text != text.toUpper())
            country->setText(text.toUpper());
    });
    connect(country, &QLineEdit::textChanged, this, &PlaceEditor::updateCountryName);

    // The municipality: chosen by name, the code beside it.
    const Field &kommun = subField(kKommun);
    auto *municipalityBox = new QWidget(this);
    auto *municipalityLayout = new QVBoxLayout(municipalityBox);
    municipalityLayout->setContentsMargins(0, 0, 0, 0);
    municipalityLayout->setSpacing(2);
    auto *comboRow = new QHBoxLayout;
    comboRow->setContentsMargins(0, 0, 0, 0);
    m_municipality = new QComboBox(municipalityBox);
    m_municipality->setEditable(true);
    m_municipality->setInsertPolicy(QComboBox::NoInsert);
    m_municipality->setMaxVisibleItems(15);
    m_allMunicipalities = new MunicipalityModel(m_lists, this);
    m_municipality->setModel(m_allMunicipalities);
    m_municipality->setCurrentIndex(-1);
    m_municipality->lineEdit()->setPlaceholderText(tr("Skriv kommunens namn"));
    m_matchingMunicipalities = new MunicipalityModel(m_lists, this);
    auto *completer = new QCompleter(m_matchingMunicipalities, m_municipality);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_municipality->setCompleter(completer);
    setFieldPath(m_municipality, m_path + QLatin1Char('.') + kKommun);
    m_codeLabel = new QLabel(municipalityBox);
    m_codeLabel->setObjectName(QStringLiteral("municipalityCode"));
    m_codeLabel->setMinimumWidth(m_codeLabel->fontMetrics().horizontalAdvance(tr("Kod 0000")) + 8);
    comboRow->addWidget(m_municipality, 1);
    comboRow->addWidget(m_codeLabel);
    municipalityLayout->addLayout(comboRow);
    m_suggestion = new QLabel(municipalityBox);
    m_suggestion->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("municipalitySuggestion"));
    m_suggestion->setVisible(false);
    municipalityLayout->addWidget(m_suggestion);
    const FieldRow municipalityRow =
        m_grid->addRow(kommun.displayLabel(), kommun.displayHelp(), municipalityBox, m_municipality);
    m_municipality->setAccessibleName(m_title + QStringLiteral(" – ") + kommun.displayLabel());
    m_rows.insert(
        kKommun, {municipalityRow.label, municipalityRow.container, municipalityRow.problem, m_municipality});

    connect(m_variant, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        if (!m_loading)
            emit edited();
    });
    connect(m_municipality->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        m_matchingMunicipalities->setFilterText(text);
        onMunicipalityEdited();
    });
    connect(m_municipality, &QComboBox::activated, this, [this] { onMunicipalityEdited(); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        const int index = m_municipality->findText(text);
        if (index >= 0)
            m_municipality->setCurrentIndex(index);
        onMunicipalityEdited();
    });
    connect(m_municipality->lineEdit(), &QLineEdit::editingFinished, this,
            &PlaceEditor::normalizeMunicipalityText);
    connect(m_municipality->lineEdit(), &QLineEdit::textChanged, this, [this] {
        const QString code = municipalityCode();
        m_codeLabel->setText(code.isEmpty() ? QString() : tr("Kod %1").arg(code));
    });
    connect(postcode, &QLineEdit::textChanged, this, &PlaceEditor::onPostcodeChanged);

    setMunicipalityOnlyAllowed(false);
    updateVisibility();
}

PlaceEditor::~PlaceEditor() = default;

QLineEdit *PlaceEditor::addLine(const QString &relativePath, const Field &field,
                                const QList<QWidget *> &beside)
{
    auto *edit = new QLineEdit(this);
    if (field.maxLength > 0)
        edit->setMaxLength(field.maxLength);
    setFieldPath(edit, m_path + QLatin1Char('.') + relativePath);
    QWidget *rowWidget = edit;
    if (!beside.isEmpty()) {
        rowWidget = besideInput(edit, beside, this);
        static_cast<QHBoxLayout *>(rowWidget->layout())->addStretch(1);
        static_cast<QHBoxLayout *>(rowWidget->layout())->setStretch(0, 0);
    }
    const FieldRow row = m_grid->addRow(field.displayLabel(), field.displayHelp(), rowWidget, edit);
    edit->setAccessibleName(m_title + QStringLiteral(" – ") + field.displayLabel());
    m_rows.insert(relativePath, {row.label, row.container, row.problem, edit});
    connect(edit, &QLineEdit::textEdited, this, &PlaceEditor::edited);
    return edit;
}

void PlaceEditor::convertFromWgs84()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("wgs84Dialog"));
    dialog.setWindowTitle(tr("Omvandla från GPS-position"));
    auto *intro = new QLabel(tr("Klistra in eller skriv positionen som mobilen eller kartan visar den, i "
                                "grader (WGS 84), till exempel 59.3275, 18.0543 eller 59°19'39\"N "
                                "18°03'15\"E."),
                             &dialog);
    intro->setWordWrap(true);
    auto *position = new QLineEdit(&dialog);
    position->setObjectName(QStringLiteral("wgs84Edit"));
    position->setAccessibleName(tr("Position i grader (WGS 84)"));
    auto *result = new QLabel(&dialog);
    result->setObjectName(QStringLiteral("wgs84Result"));
    result->setWordWrap(true);
    result->setMinimumHeight(result->fontMetrics().lineSpacing() * 2); // no jump when it fills
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Använd"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(position);
    layout->addWidget(result);
    layout->addWidget(buttons);
    const CoordinateConverter converter;
    std::optional<CoordinateConverter::Sweref> converted;
    const auto update = [&] {
        converted.reset();
        QString problem;
        if (!converter.isValid()) {
            problem = converter.error();
        } else if (const auto parsed = CoordinateConverter::parse(position->text())) {
            converted = converter.toSweref(*parsed, &problem);
        } else if (!position->text().trimmed().isEmpty()) {
            problem = tr("Det ser inte ut som en position. Skriv latitud och longitud i grader.");
        }
        result->setText(converted ? tr("SWEREF 99 TM: N %1, E %2").arg(converted->north).arg(converted->east)
                                  : problem);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(converted.has_value());
    };
    connect(position, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || !converted)
        return;
    input(QStringLiteral("koordinat.nposition"))->setText(QString::number(converted->north));
    input(QStringLiteral("koordinat.eposition"))->setText(QString::number(converted->east));
    emit edited();
}

PlaceEditor::Variant PlaceEditor::variant() const
{
    return Variant(m_variant->currentData().toInt());
}

void PlaceEditor::setVariant(Variant variant)
{
    m_variant->setCurrentIndex(m_variant->findData(int(variant)));
}

void PlaceEditor::setVariantAllowed(Variant variant, bool allowed, const QString &whyNot)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(m_variant->model())) {
        QStandardItem *item = model->item(m_variant->findData(int(variant)));
        item->setEnabled(allowed);
        item->setToolTip(allowed ? QString() : whyNot);
    }
}

void PlaceEditor::setMunicipalityOnlyAllowed(bool allowed)
{
    m_municipalityOnlyAllowed = allowed;
    setVariantAllowed(Variant::MunicipalityOnly, allowed,
                      tr("Går bara när tidigare innehavare är OKÄND eller KOMMUN."));
}

void PlaceEditor::setCfarAllowed(bool allowed)
{
    m_cfarAllowed = allowed;
    setVariantAllowed(Variant::Cfar, allowed,
                      tr("Registret tar CFAR-nummer bara för uppkomstplats, slutplats och senaste "
                         "hanteringsplats."));
}

void PlaceEditor::updateVisibility()
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it.key().isEmpty())
            FieldRow{it->label, it->container, nullptr, nullptr}.setVisible(isFieldShown(it.key()));
    }
}

bool PlaceEditor::isFieldShown(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return true;
    // A place abroad is given by its country alone: the register refuses a land beside a Swedish
    // kommunkod (1705); see the Plats comment in the field catalogue.
    if (relativePath == kKommun)
        return variant() != Variant::Abroad;
    return fieldsOf(variant()).contains(relativePath);
}

void PlaceEditor::updateCountryName()
{
    const QString code = input(QStringLiteral("land"))->text().trimmed().toUpper();
    const Country *country = code.size() == 2 ? m_lists.country(code) : nullptr;
    if (code == QLatin1String("SE"))
        m_countryName->setText(tr("Sverige: välj ett annat sätt än Utomlands"));
    else if (country)
        m_countryName->setText(country->name);
    else
        m_countryName->setText(code.size() == 2 ? tr("ingen landskod enligt ISO 3166-1") : QString());
}

QLineEdit *PlaceEditor::input(const QString &relativePath) const
{
    return qobject_cast<QLineEdit *>(m_rows.value(relativePath).input);
}

QString PlaceEditor::resolveMunicipality(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression withCode(QStringLiteral("\\((\\d{4})\\)\\s*\\z"));
    const auto match = withCode.match(trimmed);
    if (match.hasMatch() && m_lists.municipality(match.captured(1)))
        return match.captured(1);
    if (isAllDigits(trimmed) && trimmed.size() == 4 && m_lists.municipality(trimmed))
        return trimmed;
    const QString folded = foldForSearch(trimmed);
    for (const Municipality &municipality : m_lists.municipalities()) {
        if (foldForSearch(municipality.name) == folded)
            return municipality.code;
    }
    return QString();
}

QString PlaceEditor::municipalityText(const QString &code) const
{
    const int row = m_allMunicipalities->rowOfCode(code);
    return row >= 0 ? m_allMunicipalities->index(row, 0).data().toString() : code;
}

QString PlaceEditor::municipalityCode() const
{
    return resolveMunicipality(m_municipality->currentText());
}

void PlaceEditor::setMunicipalityCode(const QString &code)
{
    const int row = m_allMunicipalities->rowOfCode(code.trimmed());
    if (row >= 0) {
        m_municipality->setCurrentIndex(row);
        m_municipality->setEditText(municipalityText(code.trimmed()));
    } else {
        m_municipality->setCurrentIndex(-1);
        m_municipality->setEditText(code.trimmed());
    }
}

void PlaceEditor::normalizeMunicipalityText()
{
    const QString code = municipalityCode();
    if (!code.isEmpty() && m_municipality->currentText() != municipalityText(code)) {
        const bool wasLoading = m_loading;
        m_loading = true;
        setMunicipalityCode(code);
        m_loading = wasLoading;
    }
}

void PlaceEditor::onMunicipalityEdited()
{
    m_municipalitySuggested = false;
    m_suggestion->setVisible(false);
    if (!m_loading)
        emit edited();
}

void PlaceEditor::onPostcodeChanged()
{
    QString digits = input(QStringLiteral("adress.postnummer"))->text();
    digits.remove(QLatin1Char(' '));
    QString text;
    if (digits.size() == 5) {
        const QStringList codes = m_lists.municipalitiesForPostcode(digits);
        const QString current = municipalityCode();
        QStringList names;
        for (const QString &code : codes)
            names << municipalityText(code);
        if (codes.size() == 1 && (current.isEmpty() || m_municipalitySuggested)) {
            const bool wasLoading = m_loading;
            m_loading = true;
            setMunicipalityCode(codes.first());
            m_loading = wasLoading;
            m_municipalitySuggested = true;
            text = tr("Föreslagen utifrån postnummer %1: %2.").arg(formatPostcode(digits), names.first());
        } else if (codes.size() == 1 && current != codes.first()) {
            text =
                tr("Postnummer %1 hör till %2. Stämmer kommunen?").arg(formatPostcode(digits), names.first());
        } else if (codes.size() > 1 && !codes.contains(current)) {
            text = tr("Postnummer %1 finns i flera kommuner: %2. Välj en av dem.")
                       .arg(formatPostcode(digits), names.join(QStringLiteral(", ")));
        }
    }
    m_suggestion->setText(text);
    m_suggestion->setVisible(!text.isEmpty());
}

void PlaceEditor::setValues(const notejson::FlatValues &values)
{
    m_loading = true;
    const QString prefix = m_path + QLatin1Char('.');
    auto value = [&](const QString &relative) { return values.value(prefix + relative); };
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it->input))
            edit->setText(value(it.key()));
    }
    if (QLineEdit *country = input(QStringLiteral("land")))
        country->setText(value(QStringLiteral("land")).toUpper());
    auto has = [&](const QString &relative) {
        for (auto it = values.lowerBound(prefix + relative); it != values.cend(); ++it) {
            if (!it.key().startsWith(prefix + relative))
                break;
            if (!it.value().trimmed().isEmpty())
                return true;
        }
        return false;
    };
    Variant chosen = Variant::Address;
    if (has(QStringLiteral("adress.")))
        chosen = Variant::Address;
    else if (has(QStringLiteral("koordinat.")))
        chosen = Variant::Coordinate;
    else if (has(QStringLiteral("cfarNR")))
        chosen = Variant::Cfar;
    else if (has(QStringLiteral("land")))
        chosen = Variant::Abroad;
    else if (has(kKommun))
        chosen = Variant::MunicipalityOnly;
    setVariant(chosen);
    setMunicipalityCode(value(kKommun));
    m_municipalitySuggested = false;
    m_suggestion->setVisible(false);
    m_loading = false;
}

void PlaceEditor::writeValues(notejson::FlatValues &values) const
{
    const QString prefix = m_path + QLatin1Char('.');
    const QString code = municipalityCode();
    const QString municipality = code.isEmpty() ? m_municipality->currentText().trimmed() : code;
    if (!municipality.isEmpty() && isFieldShown(kKommun))
        values.insert(prefix + kKommun, municipality);
    for (const QString &relative : fieldsOf(variant())) {
        const QString text = input(relative)->text().trimmed();
        if (!text.isEmpty())
            values.insert(prefix + relative, text);
    }
}

notejson::FlatValues PlaceEditor::values() const
{
    notejson::FlatValues result;
    writeValues(result);
    return result;
}

QString PlaceEditor::rowKey(const QString &fullPath) const
{
    if (fullPath == m_path)
        return QStringLiteral("<place>");
    if (!fullPath.startsWith(m_path + QLatin1Char('.')))
        return QString();
    const QString relative = fullPath.mid(m_path.size() + 1);
    if (m_rows.contains(relative))
        return relative;
    // "adress" or "koordinat" as a whole: the first field of that variant.
    for (const Variant variant : {Variant::Address, Variant::Coordinate}) {
        const QStringList fields = fieldsOf(variant);
        if (fields.first().startsWith(relative + QLatin1Char('.')))
            return fields.first();
    }
    return QStringLiteral("<place>");
}

QLabel *PlaceEditor::showProblem(const QString &fullPath, const QString &text, bool warning)
{
    const QString key = rowKey(fullPath);
    if (key.isEmpty())
        return nullptr;
    // A problem with the place as a whole sits under the choice of how it is given.
    QLabel *label = m_rows.value(key == QLatin1String("<place>") ? QString() : key).problem;
    // Several problems at one field are shown one under the other.
    const QString existing = label->isVisible() ? label->text() : QString();
    showProblemText(label, existing.isEmpty() ? text : existing + QLatin1Char('\n') + text, warning);
    return label;
}

void PlaceEditor::clearProblems()
{
    for (const Row &row : std::as_const(m_rows))
        showProblemText(row.problem, QString());
}

QWidget *PlaceEditor::widgetFor(const QString &fullPath) const
{
    const QString key = rowKey(fullPath);
    if (key.isEmpty())
        return nullptr;
    if (key == QLatin1String("<place>"))
        return m_variant;
    return m_rows.value(key).input;
}

} // namespace avfall::forms
