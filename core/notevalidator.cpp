#include "core/notevalidator.h"

#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/identitynumber.h"
#include "core/notejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <array>
#include <cmath>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoteValidator)
};

// The register's error codes for "missing" and "invalid" per top-level field, so that our
// checks and the sandbox speak the register's language (contract ErrorObject catalogue).
struct Codes
{
    int missing;
    int invalid;
};

Codes codesFor(const QString &path)
{
    static const QHash<QString, Codes> table = {
        {QStringLiteral("ombud"), {1012, 1011}},
        {QStringLiteral("verksamhetsutovare"), {1021, 1022}},
        {QStringLiteral("tidpunkt"), {1031, 1032}},
        {QStringLiteral("referens"), {0, 1042}},
        {QStringLiteral("avfall"), {1112, 1113}},
        {QStringLiteral("avfall.kod"), {1112, 1113}},
        {QStringLiteral("avfall.mangd"), {1123, 1122}},
        {QStringLiteral("avfall.foregaendeAvfallId"), {0, 1091}},
        {QStringLiteral("transportsatt"), {1131, 1132}},
        {QStringLiteral("mottagningsDatum"), {1192, 1191}},
        {QStringLiteral("transportStartDatum"), {1212, 1211}},
        {QStringLiteral("tidigareInnehavare"), {1242, 1241}},
        {QStringLiteral("nyInnehavare"), {1252, 1251}},
        {QStringLiteral("transaktionsDatum"), {1262, 1261}},
        {QStringLiteral("transportor"), {1292, 1291}},
        {QStringLiteral("mangdIckeFarligtAvfall"), {0, 1302}},
        {QStringLiteral("mangdMaterialProdukt"), {0, 1322}},
        {QStringLiteral("atervinningsresultattypkod"), {1512, 1511}},
        {QStringLiteral("mangdRegenerering"), {1522, 1521}},
        {QStringLiteral("mangdAnnanMaterialatervinning"), {1532, 1531}},
        {QStringLiteral("mangdEnergiatervinning"), {1542, 1541}},
        {QStringLiteral("mangdBortskaffande"), {1552, 1551}},
        {QStringLiteral("specifikationAnnan"), {1562, 1561}},
        {QStringLiteral("verksamhetensKontaktpersonNamn"), {4021, 4022}},
        {QStringLiteral("verksamhetensKontaktpersonEpost"), {4023, 4024}},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"), {4025, 4026}},
        {QStringLiteral("verksamhetensNamn"), {4027, 4028}},
        {QStringLiteral("ombudetsNamn"), {4031, 4032}},
        {QStringLiteral("ombudetsKontaktpersonNamn"), {4033, 4034}},
        {QStringLiteral("ombudetsKontaktpersonEpost"), {4035, 4036}},
        {QStringLiteral("ombudetsKontaktpersonTelefonnummer"), {4037, 4038}},
        {QStringLiteral("cfarNR"), {4096, 4095}},
        {QStringLiteral("rapporteringsar"), {5012, 5011}},
        {QStringLiteral("rapporteringskvartalNr"), {5022, 5021}},
        {QStringLiteral("behandlingar"), {5100, 5100}},
        {QStringLiteral("behandlingar.kod"), {1147, 1148}},
        {QStringLiteral("behandlingar.underkod"), {4063, 4061}},
        {QStringLiteral("borttransportDatum"), {5202, 5201}},
    };
    return table.value(path, Codes{0, 1000});
}

// The register opened on 2020-11-01; no note can have been made before.
const QDate kRegisterStart(2020, 11, 1);

// Waste oil: the quantities of a recovery result, the flag of the result type that admits each, and
// the base of its register codes (x1 invalid, x2 missing, x3 ≤ 0, x4 must not be given).
struct OilField
{
    const char *json;
    bool RecoveryResultType::*expected;
    int base;
};
const std::array<OilField, 5> kOilFields = {{
    {"mangdRegenerering", &RecoveryResultType::regeneration, 1520},
    {"mangdAnnanMaterialatervinning", &RecoveryResultType::otherMaterialRecovery, 1530},
    {"mangdEnergiatervinning", &RecoveryResultType::energyRecovery, 1540},
    {"mangdBortskaffande", &RecoveryResultType::disposal, 1550},
    {"specifikationAnnan", &RecoveryResultType::otherSpecification, 1560},
}};

// The register's place codes: a family per place field (Field::placeCodes, 4100 mottagningsplats …
// 4700 uppkomstplats), or 0 when the path is not below a place.
const Field *placeField(NoteKind kind, const QString &plainPath)
{
    const Field *field = catalogue::fieldAt(kind, plainPath.section(QLatin1Char('.'), 0, 0));
    return field && field->isPlace() ? field : nullptr;
}

QString indexFreePath(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString result = path;
    result.remove(index);
    return result;
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

QString dayText(const QDate &date)
{
    return QLocale(QLocale::Swedish).toString(date, QStringLiteral("d MMMM yyyy"));
}

// "’ och “" for a message; characters that cannot be seen are named by their code.
QString listCharacters(const QString &characters)
{
    QStringList shown;
    for (qsizetype i = 0; i < characters.size(); ++i) {
        const QChar c = characters.at(i);
        if (c.isHighSurrogate() && i + 1 < characters.size()) {
            shown << characters.mid(i, 2);
            ++i;
        } else if (c.isSpace() || c.category() == QChar::Other_Control ||
                   c.category() == QChar::Other_Format || c.category() == QChar::Mark_NonSpacing) {
            shown << QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            shown << QString(c);
        }
    }
    return shown.join(QStringLiteral(" "));
}

// The waste-code entry a note will be judged by and whether that judgement is the register's own.
struct WasteCodeJudgement
{
    const WasteCode *entry = nullptr;
    bool registersWord = false; // from the register's fetched list, not our bundled inference
};

class Checker
{
public:
    Checker(NoteKind kind, const QJsonObject &note, const ValueLists &lists, const QDateTime &now,
            bool actsAsRegister)
        : m_kind(kind)
        , m_note(note)
        , m_lists(lists)
        , m_now(now)
        , m_actsAsRegister(actsAsRegister)
    {}

    QList<Problem> run(const QList<notejson::BindNotice> &notices);
    QList<Problem> runValue(const Field &field, const QJsonValue &value);

private:
    void add(const QString &path, const QString &text, int code,
             Problem::Severity severity = Problem::Severity::Error);
    void warn(const QString &path, const QString &text, int code = 0)
    {
        add(path, text, code, Problem::Severity::Warning);
    }
    void addMissing(const QString &path, int code);
    void addBindNotice(const notejson::BindNotice &notice);
    void checkBlock(const Block &block, const QJsonObject &object, const QString &prefix);
    void checkField(const Field &field, const QJsonValue &value, const QString &path);
    void checkText(const Field &field, const QString &value, const QString &path);
    QString formatProblem(const Field &field, const QString &value) const;
    void checkWasteCode(const QString &value, const QString &path);
    void checkNumber(const Field &field, const QJsonValue &value, const QString &path);
    void checkPlace(const Field &field, const QJsonObject &place, const QString &path);
    void checkTreatments(const QJsonValue &value);
    void checkAgent();
    void checkDates();
    void checkQuarterResult();
    void checkWasteOil(const RecoveryResultType &type);
    int codeFor(const QString &path, bool missing) const;
    const WasteCodeList *registersList() const;
    WasteCodeJudgement judgedWasteCode(const QString &code) const;

    NoteKind m_kind;
    const QJsonObject &m_note;
    const ValueLists &m_lists;
    QDateTime m_now;
    bool m_actsAsRegister;
    QString m_label; // for a single value: the label to name it by
    QList<Problem> m_problems;
};

void Checker::add(const QString &path, const QString &text, int code, Problem::Severity severity)
{
    const QString label = m_label.isEmpty() ? catalogue::labelOfPath(m_kind, indexFreePath(path)) : m_label;
    m_problems.append({path, label + QStringLiteral(": ") + text, code, severity});
}

void Checker::addMissing(const QString &path, int code)
{
    add(path, Text::tr("måste fyllas i."), code);
}

int Checker::codeFor(const QString &path, bool missing) const
{
    const QString plain = indexFreePath(path);
    if (const Field *place = placeField(m_kind, plain)) {
        const int family = place->placeCodes;
        const QString rest = plain.section(QLatin1Char('.'), 1);
        if (rest.isEmpty())
            return family + (missing ? 1 : 0);
        if (rest == QLatin1String("adress") || rest == QLatin1String("adress.adressrad"))
            return family + (missing ? 2 : 3);
        if (rest == QLatin1String("adress.postnummer"))
            return family + (missing ? 4 : 5);
        if (rest == QLatin1String("kommunkod"))
            return family + (missing ? 6 : 7);
        if (rest == QLatin1String("koordinat.beskrivning"))
            return family + 8;
        if (rest == QLatin1String("koordinat.nposition"))
            return family + (missing ? 10 : 9);
        if (rest == QLatin1String("koordinat.eposition"))
            return family + (missing ? 12 : 11);
        if (rest == QLatin1String("cfarNR"))
            return place->placeAcceptsCfar ? family + 13 : family; // no x13 code: "platsen är felaktig"
        if (rest == QLatin1String("land"))
            return missing ? 1704 : 1701;
        return family;
    }
    const Codes codes = codesFor(plain);
    return missing ? codes.missing : codes.invalid;
}

QList<Problem> Checker::run(const QList<notejson::BindNotice> &notices)
{
    for (const notejson::BindNotice &notice : notices)
        addBindNotice(notice);
    checkBlock(catalogue::note(m_kind), m_note, QString());
    checkAgent();
    checkDates();
    if (m_kind == NoteKind::Behandlingsresultat)
        checkQuarterResult();
    return m_problems;
}

QList<Problem> Checker::runValue(const Field &field, const QJsonValue &value)
{
    m_label = field.displayLabel();
    if (!isBlank(value))
        checkField(field, value, field.json);
    return m_problems;
}

// What the register's model binding does with a note written by hand (notejson::bind): it takes
// it, so we warn; only a field given twice is something we cannot send as meant.
void Checker::addBindNotice(const notejson::BindNotice &notice)
{
    using Kind = notejson::BindNotice::Kind;
    const QString name = indexFreePath(notice.path).section(QLatin1Char('.'), -1);
    switch (notice.kind) {
    case Kind::Renamed:
        warn(notice.path,
             Text::tr("heter \"%1\" i registrets modell, inte \"%2\". Registret godtar det; det skickas som "
                      "\"%1\".")
                 .arg(name, notice.written));
        return;
    case Kind::Unknown:
        m_problems.append({notice.path,
                           Text::tr("Fältet \"%1\" finns inte i %2. Registret bortser från det, och det "
                                    "skickas inte.")
                               .arg(notice.written, notice.model),
                           0, Problem::Severity::Warning});
        return;
    case Kind::NumberFromText:
        warn(notice.path, Text::tr("är skrivet som text (\"%1\"). Registret läser det som ett tal, och det "
                                   "skickas som tal.")
                              .arg(notice.written));
        return;
    case Kind::Ambiguous:
        add(notice.path,
            Text::tr(
                "står flera gånger med olika stora och små bokstäver (%1). Vilket registret tar går inte "
                "att veta; ta bort alla utom ett.")
                .arg(notice.written),
            1000);
        return;
    }
}

void Checker::checkBlock(const Block &block, const QJsonObject &object, const QString &prefix)
{
    for (const Field &field : block.fields) {
        const QString path = prefix + field.json;
        const QJsonValue value = object.value(field.json);
        if (isBlank(value)) {
            if (field.presence == Presence::Required)
                addMissing(path, codeFor(path, true));
            continue;
        }
        checkField(field, value, path);
    }
}

void Checker::checkField(const Field &field, const QJsonValue &value, const QString &path)
{
    switch (field.kind) {
    case FieldKind::Object:
        if (!value.isObject()) {
            add(path, Text::tr("ska vara ett objekt med egna fält."), codeFor(path, false));
            return;
        }
        if (field.isPlace())
            checkPlace(field, value.toObject(), path);
        else
            checkBlock(*field.block, value.toObject(), path + QLatin1Char('.'));
        return;
    case FieldKind::List:
        checkTreatments(value);
        return;
    case FieldKind::Integer:
    case FieldKind::Decimal:
        checkNumber(field, value, path);
        return;
    case FieldKind::Text:
    case FieldKind::DateTime:
        if (!value.isString()) {
            add(path,
                value.isDouble() ? Text::tr("ska vara text inom citattecken, till exempel \"%1\".")
                                       .arg(QString::number(value.toDouble(), 'g', 15))
                                 : Text::tr("ska vara text."),
                codeFor(path, false));
            return;
        }
        checkText(field, value.toString(), path);
        return;
    }
}

// The sentence for a value that does not match its rule's expression.
QString Checker::formatProblem(const Field &field, const QString &value) const
{
    const QString refused = formats::disallowedCharacters(field.rule, value);
    const auto charactersText = [&refused](const QString &allowed) {
        return Text::tr("innehåller tecken som registret inte godtar: %1. Använd %2.")
            .arg(listCharacters(refused), allowed);
    };
    switch (field.rule) {
    case FieldRule::CompanyName:
    case FieldRule::AddressLine:
        return charactersText(Text::tr("bokstäver, siffror, mellanslag och . , ? : - / ( ) & + '"));
    case FieldRule::ContactName:
        if (std::any_of(refused.cbegin(), refused.cend(), [](QChar c) { return c.isDigit(); }))
            return Text::tr("ska vara ett namn med bokstäver, utan siffror, till exempel Anna Svensson.");
        return charactersText(Text::tr("bokstäver, mellanslag och , - . : '"));
    case FieldRule::Reference:
        return charactersText(Text::tr("bokstäver, siffror, mellanslag och , . - & / \" _ ( ) ?"));
    case FieldRule::OtherSpecification:
        return refused.isEmpty()
                   ? Text::tr("ska vara 1–100 tecken.")
                   : charactersText(Text::tr("bokstäver, siffror, mellanslag och , . - & / \" _ ( ) ?"));
    case FieldRule::CoordinateDescription:
        return Text::tr("innehåller tecken som registret inte godtar: %1.").arg(listCharacters(refused));
    case FieldRule::Phone:
        return Text::tr(
            "ska vara ett telefonnummer med 2–12 siffror, eller + och landsnummer följt av 3–12 "
            "siffror, till exempel 08-123 456 78 eller +46 70 123 45 67. Siffrorna får skiljas åt "
            "med ett mellanslag eller bindestreck; parenteser är inte tillåtna.");
    case FieldRule::Email:
        return Text::tr("ska vara en e-postadress, till exempel anna@foretaget.se.");
    case FieldRule::Postcode:
        return Text::tr("ska vara fem siffror, till exempel 116 45.");
    case FieldRule::MunicipalityCode:
        return Text::tr("ska vara en kommunkod med fyra siffror, till exempel 0180.");
    case FieldRule::CfarNumber:
        return Text::tr("ska vara åtta siffror.");
    case FieldRule::CfarNumberOrPlaceholder:
        return Text::tr("ska vara åtta siffror, eller SAKNAS om ni inte har något CFAR-nummer.");
    case FieldRule::WasteCode:
        return Text::tr("ska vara sex siffror, till exempel 16 06 01.");
    case FieldRule::CountryCode:
        return Text::tr("ska vara en landskod med två bokstäver, till exempel NO.");
    default:
        return Text::tr("har fel format.");
    }
}

void Checker::checkText(const Field &field, const QString &written, const QString &path)
{
    const int invalid = codeFor(path, false);
    // Judge what is sent: trimmed, NFC, "116 45" as 11645, "r4" as R4, a VAT number without dots.
    const QString value = notejson::normalizedText(field, written);
    // An identity's length (max 14) is the identity check's business, after its normalisation.
    if (field.maxLength > 0 && field.rule != FieldRule::PartyIdentity && value.size() > field.maxLength) {
        add(path, Text::tr("får vara högst %n tecken (nu %1).", nullptr, field.maxLength).arg(value.size()),
            invalid);
        return;
    }
    if (const QRegularExpression *expression = formats::expressionFor(field.rule)) {
        if (!expression->match(value).hasMatch()) {
            add(path, formatProblem(field, value), invalid);
            return;
        }
    }

    switch (field.rule) {
    case FieldRule::PartyIdentity: {
        const IdentityCheck check = identity::check(value, field.identities);
        if (!check.isValid())
            add(path, check.problem, invalid);
        break;
    }
    case FieldRule::WasteCode:
        checkWasteCode(value, path);
        break;
    case FieldRule::Guid:
        if (!formats::isGuid(value))
            add(path,
                Text::tr("ska vara ett id från registret i formen 8-4-4-4-12 tecken, till exempel "
                         "3f2504e0-4f89-11d3-9a0c-0305e82c3301."),
                invalid);
        break;
    case FieldRule::Phone: {
        const auto digits = std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
        // The contract takes two digits; no Swedish number is that short, so say so but let it go.
        if (digits < 7)
            warn(path, Text::tr("har bara %n siffror. Kontrollera att riktnummer och hela numret kom med.",
                                nullptr, int(digits)));
        break;
    }
    case FieldRule::Postcode:
        if (value.startsWith(QLatin1Char('0')))
            warn(path, Text::tr("%1 ser inte ut som ett svenskt postnummer (de börjar med 1–9). Kontrollera "
                                "numret; registret tar fem siffror.")
                           .arg(value));
        break;
    case FieldRule::MunicipalityCode:
        if (!m_lists.municipality(value))
            add(path, Text::tr("%1 är inte en svensk kommunkod.").arg(value), 1051);
        break;
    case FieldRule::CountryCode:
        if (value == QLatin1String("SE"))
            add(path,
                Text::tr("SE ska inte anges. En plats i Sverige anges med kommun och adress, koordinat eller "
                         "CFAR-nummer."),
                1702);
        else if (!m_lists.country(value))
            add(path, Text::tr("%1 är inte en landskod enligt ISO 3166-1.").arg(value), 1701);
        break;
    case FieldRule::TransportMode:
        if (!m_lists.hasTransportMode(value))
            add(path,
                Text::tr("%1 är inte ett transportsätt i registrets lista (R, T, S, A, W eller P).")
                    .arg(value),
                1132);
        break;
    case FieldRule::RecoveryResultType:
        if (!m_lists.recoveryResultType(value))
            add(path, Text::tr("%1 finns inte i listan över typer av återvinningsresultat.").arg(value),
                1513);
        break;
    case FieldRule::Timestamp:
    case FieldRule::EventDate:
        if (!formats::parseDateTime(value))
            add(path, Text::tr("ska vara datum och tid, till exempel 2026-11-27T14:05:00+01:00."), invalid);
        break;
    default:
        break;
    }
}

// The list the register judges a note by: the one fetched from it, or the sandbox's own (which
// stands in for the register and, like it, holds the wording in force today).
const WasteCodeList *Checker::registersList() const
{
    if (m_actsAsRegister)
        return &m_lists.wasteCodesOn(m_now.date());
    // A list fetched before the register changed its wording no longer says what it holds.
    const WasteCodeList *fetched = m_lists.registerWasteCodes();
    return fetched && fetched->isValidOn(m_now.date()) ? fetched : nullptr;
}

WasteCodeJudgement Checker::judgedWasteCode(const QString &code) const
{
    if (const WasteCodeList *list = registersList())
        return {list->find(code), list->isFromRegister() || m_actsAsRegister};
    const WasteCodeList &list = m_lists.wasteCodesOn(NoteValidator::noteDate(m_note, m_now));
    return {list.find(code), list.isFromRegister()};
}

// The code against the list in force on the note's date and, once fetched, against the one list the
// register holds. Where they disagree the register's list decides, and the user is told why.
void Checker::checkWasteCode(const QString &value, const QString &path)
{
    const QDate date = NoteValidator::noteDate(m_note, m_now);
    const WasteCodeList &dateList = m_lists.wasteCodesOn(date);
    const WasteCodeList *registers = registersList();
    const WasteCode *onDate = dateList.find(value);
    const WasteCode *entry = onDate;
    if (registers && registers != &dateList) {
        const WasteCode *inRegister = registers->find(value);
        const QString since =
            dayText(registers->validFrom().isValid() ? registers->validFrom()
                                                     : m_lists.registerWasteCodesFetchedAt().date());
        if (onDate && !inRegister) {
            add(path,
                m_actsAsRegister
                    ? Text::tr("%1 finns inte i avfallsförteckningen.").arg(onDate->ewc)
                    : Text::tr(
                          "%1 gällde den %2, men registret använder nu förteckningen som gäller från %3, "
                          "och där finns koden inte. Registret kommer att avvisa anteckningen. Välj den "
                          "kod som gäller nu för samma avfall.")
                          .arg(onDate->ewc, dayText(date), since),
                1111);
            return;
        }
        if (!onDate && inRegister && !m_actsAsRegister)
            warn(path,
                 Text::tr("%1 fanns inte i förteckningen som gällde den %2, men registrets lista (från %3) "
                          "har koden och godtar den. Registrets lista avgör; anteckningen kan skickas.")
                     .arg(inRegister->ewc, dayText(date), since));
        entry = inRegister;
    } else if (onDate && !registers) {
        // Not fetched yet: the register changes its list on the day the new wording comes into force.
        for (const WasteCodeList &other : m_lists.wasteCodeLists()) {
            if (&other != &dateList && other.validFrom() > date && other.validFrom() <= m_now.date() &&
                !other.find(value))
                warn(path, Text::tr("%1 gällde den %2 men finns inte i förteckningen som gäller från %3. Har "
                                    "registret redan bytt lista avvisar det anteckningen. Hämta registrets "
                                    "värdelistor för att få veta säkert.")
                               .arg(onDate->ewc, dayText(date), dayText(other.validFrom())));
        }
    }
    if (!entry) {
        const bool existsInAnother =
            std::any_of(m_lists.wasteCodeLists().cbegin(), m_lists.wasteCodeLists().cend(),
                        [&](const WasteCodeList &other) { return &other != &dateList && other.find(value); });
        add(path,
            existsInAnother
                ? Text::tr(
                      "%1 gäller inte den %2. Koden finns bara i avfallsförteckningen för en annan period.")
                      .arg(value, dayText(date))
                : Text::tr("%1 finns inte i avfallsförordningens förteckning.").arg(value),
            1111);
    } else if (!entry->isReportable()) {
        add(path, Text::tr("%1 är ett kapitel eller underkapitel. Välj en sexsiffrig avfallskod.").arg(value),
            1113);
    } else if (!entry->hazardous) {
        warn(path,
             Text::tr("%1 är inte farligt avfall. Avfallsregistret gäller farligt avfall.").arg(entry->ewc));
    }
}

void Checker::checkNumber(const Field &field, const QJsonValue &value, const QString &path)
{
    const int invalid = codeFor(path, false);
    if (!value.isDouble()) {
        add(path, Text::tr("ska vara ett tal."), invalid);
        return;
    }
    const double number = value.toDouble();
    if (field.kind == FieldKind::Integer && number != std::floor(number)) {
        add(path, Text::tr("ska vara ett heltal."), invalid);
        return;
    }
    switch (field.rule) {
    case FieldRule::Quantity: {
        const int decimals = formats::decimalPlaces(number);
        if (number <= 0) {
            // Each quantity has its own "≤ 0" code; the invalid code works for the others.
            const int code = path == QLatin1String("avfall.mangd")                ? 1121
                             : path.startsWith(QLatin1String("mangdIckeFarligt")) ? 1301
                             : path.startsWith(QLatin1String("mangdMaterial"))    ? 1321
                                                                                  : invalid + 2;
            add(path, Text::tr("ska vara större än 0 kg."), code);
        } else if (decimals > 3 || decimals < 0) {
            // The decimals of the number as it is sent, whatever its size (1000.0004 has four).
            add(path,
                Text::tr("får ha högst tre decimaler (gram), men %1 har %n.", nullptr, decimals)
                    .arg(QString::number(number, 'f', QLocale::FloatingPointShortest)),
                invalid);
        }
        break;
    }
    case FieldRule::NorthCoordinate:
    case FieldRule::EastCoordinate: {
        // The contract's rule is the digit count ("7 siffror", "6 siffror"); Sweden's extent is ours,
        // so a point outside it is worth a look but not a refusal.
        const bool north = field.rule == FieldRule::NorthCoordinate;
        const qint64 position = qint64(number);
        if (formats::digitCount(position) != (north ? 7 : 6) || position < 0)
            add(path,
                north ? Text::tr("ska vara sju siffror (SWEREF 99 TM, meter norrut).")
                      : Text::tr("ska vara sex siffror (SWEREF 99 TM, meter österut)."),
                invalid);
        else if (!(north ? formats::isSwedishNorthing(position) : formats::isSwedishEasting(position)))
            warn(path,
                 north ? Text::tr("%1 ligger utanför Sverige i SWEREF 99 TM (6090340–7689479). Kontrollera "
                                  "att nord och ost inte har bytt plats.")
                             .arg(position)
                       : Text::tr("%1 ligger utanför Sverige i SWEREF 99 TM (181896–999999). Kontrollera "
                                  "att nord och ost inte har bytt plats.")
                             .arg(position));
        break;
    }
    case FieldRule::Year: {
        const int year = int(number);
        if (year < 2020 || year > m_now.date().year())
            add(path, Text::tr("ska vara ett år från 2020 till i år."), invalid);
        break;
    }
    case FieldRule::Quarter:
        if (number < 1 || number > 4)
            add(path, Text::tr("ska vara 1, 2, 3 eller 4."), invalid);
        break;
    default:
        break;
    }
}

void Checker::checkPlace(const Field &field, const QJsonObject &place, const QString &path)
{
    checkBlock(catalogue::plats(), place, path + QLatin1Char('.'));
    const auto given = [&place](const char *name) { return !isBlank(place.value(QLatin1String(name))); };
    const bool hasMunicipality = given("kommunkod");
    const bool hasAddress = given("adress");
    const bool hasCoordinate = given("koordinat");
    const bool hasCfar = given("cfarNR");
    const int family = field.placeCodes;

    // Abroad: land alone (see the comment on Plats in the field catalogue: 1704/1705).
    if (given("land")) {
        if (hasMunicipality)
            add(path + QStringLiteral(".land"),
                Text::tr(
                    "anges bara för en plats utanför Sverige, och då utan kommun. Töm kommunen för en plats "
                    "utomlands, eller landet för en plats i Sverige."),
                1705);
        else if (hasAddress || hasCoordinate || hasCfar)
            add(path,
                Text::tr("adress, koordinat och CFAR-nummer gäller platser i Sverige. För en plats utomlands "
                         "anges bara landet."),
                family);
        return;
    }
    if (!hasMunicipality) {
        add(path + QStringLiteral(".kommunkod"),
            Text::tr("måste fyllas i för en plats i Sverige. För en plats utomlands anges landet i stället."),
            family + 6);
        return;
    }

    // Both parts of an address or a coordinate are needed once that way is chosen.
    const auto requireParts = [&](const char *object, std::initializer_list<const char *> parts) {
        const QJsonObject value = place.value(QLatin1String(object)).toObject();
        for (const char *part : parts) {
            const QString partPath =
                path + QLatin1Char('.') + QLatin1String(object) + QLatin1Char('.') + QLatin1String(part);
            if (isBlank(value.value(QLatin1String(part))))
                addMissing(partPath, codeFor(partPath, true));
        }
    };
    if (hasAddress)
        requireParts("adress", {"adressrad", "postnummer"});
    if (hasCoordinate)
        requireParts("koordinat", {"nposition", "eposition"});
    if (hasCfar && !field.placeAcceptsCfar) {
        // No CfarNr code for this place in the register's catalogue (only 4513, 4613, 4713).
        add(path + QStringLiteral(".cfarNR"),
            Text::tr("kan inte anges för den här platsen; registret tar CFAR-nummer bara för uppkomstplats, "
                     "slutplats och senaste hanteringsplats. Ange adress eller koordinat."),
            family);
        return;
    }
    const int ways = int(hasAddress) + int(hasCoordinate) + int(hasCfar);
    if (ways > 1) {
        // The register checks every part that is given; nothing says it refuses more than one way.
        warn(path, Text::tr("anges på flera sätt (adress, koordinat eller CFAR-nummer). Allt skickas och "
                            "kontrolleras; räcker ett sätt kan du tömma de andra."));
        return;
    }
    if (ways == 0) {
        // Municipality only: allowed where the waste's origin is unknown or many households.
        const QString holder =
            m_note.value(QLatin1String("tidigareInnehavare")).toString().trimmed().toUpper();
        const bool holderAllows = holder == QStringLiteral("OKÄND") || holder == QLatin1String("KOMMUN");
        if (!(field.originPlace && holderAllows)) {
            add(path,
                field.originPlace
                    ? Text::tr(
                          "ange adress, koordinat, CFAR-nummer eller land. Bara kommun räcker när tidigare "
                          "innehavare är OKÄND eller KOMMUN.")
                : field.placeAcceptsCfar
                    ? Text::tr("ange adress, koordinat, CFAR-nummer eller land, inte bara kommun.")
                    : Text::tr("ange adress, koordinat eller land, inte bara kommun."),
                family + 2);
        }
    }
}

void Checker::checkTreatments(const QJsonValue &value)
{
    const QString path = QStringLiteral("behandlingar");
    if (!value.isArray()) {
        add(path, Text::tr("ska vara en lista med behandlingar."), 5100);
        return;
    }
    const QJsonArray treatments = value.toArray();
    if (treatments.isEmpty()) {
        add(path, Text::tr("ange minst en behandlingsmetod."), 5100);
        return;
    }
    const Block &block = catalogue::behandling();
    QSet<QString> seen;
    for (qsizetype i = 0; i < treatments.size(); ++i) {
        const QString itemPath = QStringLiteral("behandlingar[%1]").arg(i);
        if (!treatments.at(i).isObject()) {
            add(itemPath, Text::tr("ska vara en behandling med kod och underkod."), 1146);
            continue;
        }
        const QJsonObject treatment = treatments.at(i).toObject();
        const int before = int(m_problems.size());
        checkBlock(block, treatment, itemPath + QLatin1Char('.'));
        if (m_problems.size() != before)
            continue;
        // As sent: "r4" is R4.
        const QString code = notejson::normalizedText(*block.field(QStringLiteral("kod")),
                                                      treatment.value(QLatin1String("kod")).toString());
        const QString subcode = notejson::normalizedText(
            *block.field(QStringLiteral("underkod")), treatment.value(QLatin1String("underkod")).toString());
        const TreatmentMethod *method = m_lists.treatmentMethod(code);
        if (!method) {
            const bool looksLikeMethod =
                code.startsWith(QLatin1Char('R')) || code.startsWith(QLatin1Char('D'));
            add(itemPath + QStringLiteral(".kod"),
                looksLikeMethod ? Text::tr("%1 finns inte bland metoderna R1–R13 och D1–D15.").arg(code)
                                : Text::tr("ska vara en R-kod eller D-kod, till exempel R9 eller D10."),
                looksLikeMethod ? 1148 : 1145);
            continue;
        }
        if (!subcode.isEmpty() && !method->allowsSubcode(subcode)) {
            add(itemPath + QStringLiteral(".underkod"),
                method->subcodes.isEmpty()
                    ? Text::tr("%1 har inga underkoder. Lämna underkoden tom.").arg(code)
                    : Text::tr("%1 går inte ihop med %2. Möjliga underkoder: %3.")
                          .arg(subcode, code,
                               [method] {
                                   QStringList letters;
                                   for (const TreatmentSubcode &entry : method->subcodes)
                                       letters << entry.code;
                                   return letters.join(QStringLiteral(", "));
                               }()),
                method->subcodes.isEmpty() ? 4061 : 4062);
            continue;
        }
        if (subcode.isEmpty() && !method->subcodes.isEmpty()) {
            add(itemPath + QStringLiteral(".underkod"),
                Text::tr("välj vilken sorts %1-behandling det var.").arg(code), 4063);
            continue;
        }
        // The same method with another subcode is another treatment (question B2 to the register).
        const QString key = code + QLatin1Char('/') + subcode;
        if (seen.contains(key))
            add(itemPath,
                Text::tr("%1 %2 finns redan i listan. Ange varje behandling en gång.")
                    .arg(code, subcode)
                    .trimmed(),
                5102);
        seen.insert(key);
    }
}

void Checker::checkAgent()
{
    static const QStringList agentFields = {
        QStringLiteral("ombudetsNamn"), QStringLiteral("ombudetsKontaktpersonNamn"),
        QStringLiteral("ombudetsKontaktpersonEpost"), QStringLiteral("ombudetsKontaktpersonTelefonnummer")};
    const bool hasAgent = !isBlank(m_note.value(QLatin1String("ombud")));
    for (const QString &name : agentFields) {
        const bool given = !isBlank(m_note.value(name));
        if (hasAgent && !given)
            addMissing(name, codeFor(name, true));
        else if (!hasAgent && given)
            add(name,
                Text::tr(
                    "ska bara fyllas i när ni rapporterar som ombud. Fyll i ombudets organisationsnummer "
                    "eller töm fältet."),
                4101 + int(agentFields.indexOf(name)));
    }
    if (hasAgent) {
        const IdentityCheck agent =
            identity::check(m_note.value(QLatin1String("ombud")).toString(),
                            catalogue::note(m_kind).field(QStringLiteral("ombud"))->identities);
        const IdentityCheck operatorId =
            identity::check(m_note.value(QLatin1String("verksamhetsutovare")).toString(),
                            catalogue::note(m_kind).field(QStringLiteral("verksamhetsutovare"))->identities);
        if (agent.isValid() && operatorId.isValid() && agent.normalized == operatorId.normalized)
            add(QStringLiteral("ombud"),
                Text::tr(
                    "är samma som verksamhetsutövaren. Lämna ombudsfälten tomma när ni rapporterar för egen "
                    "räkning."),
                1013);
    }
}

void Checker::checkDates()
{
    const auto timestamp = formats::parseDateTime(m_note.value(QLatin1String("tidpunkt")).toString());
    const QDateTime latest = m_now.addSecs(NoteValidator::kAllowedSkewSeconds);
    if (timestamp) {
        // 1032 "Tidpunkt utanför tillåtna gränsvärden": no note can be older than the register, which
        // opened on 2020-11-01 (the day in the note's own offset), nor lie in the future.
        if (timestamp->date() < kRegisterStart)
            add(QStringLiteral("tidpunkt"),
                Text::tr("%1 ligger före den 1 november 2020, då avfallsregistret startade. Ange när "
                         "anteckningen faktiskt gjordes.")
                    .arg(dayText(timestamp->date())),
                1032);
        else if (*timestamp > latest)
            add(QStringLiteral("tidpunkt"),
                Text::tr("ligger i framtiden. Ange när anteckningen faktiskt gjordes."), 1032);
    }

    const NoteType &type = noteType(m_kind);
    if (type.eventField.isEmpty() || !timestamp)
        return;
    const QString eventText = m_note.value(type.eventField).toString().trimmed();
    const auto event = formats::parseDateTime(eventText);
    if (!event)
        return;
    // The order of events is the law's (6 kap. avfallsförordningen), not the contract's: a warning.
    // Moments are compared as moments, whatever their offsets; a bare date as the day it names.
    const bool dayOnly = eventText.size() == 10;
    const auto isAfter = [&](const QDateTime &moment) {
        return dayOnly ? event->date() > moment.date() : *event > moment;
    };
    const auto isBefore = [&](const QDateTime &moment) {
        return dayOnly ? event->date() < moment.date() : *event < moment;
    };
    if (type.deadlineBasis == DeadlineBasis::AfterEvent) {
        // A receipt or a deal is noted after it happened.
        if (isAfter(latest))
            warn(type.eventField, Text::tr("ligger i framtiden. Kontrollera datumet; det som antecknas ska "
                                           "ha hänt."));
        else if (isAfter(*timestamp))
            warn(type.eventField, Text::tr("är senare än när anteckningen gjordes. Anteckningen görs normalt "
                                           "efter att det har hänt – kontrollera båda tiderna."));
    } else if (type.deadlineBasis == DeadlineBasis::BeforeTransport && isBefore(*timestamp)) {
        // The law wants the note before the transport starts; a late note is still worth sending.
        warn(type.eventField,
             Text::tr(
                 "är före anteckningens tidpunkt. Anteckningen ska göras innan transporten börjar – skicka "
                 "ändå om uppgifterna stämmer, så blir rapporten inte ännu senare."));
    }
}

void Checker::checkQuarterResult()
{
    const int year = m_note.value(QLatin1String("rapporteringsar")).toInt();
    const int quarter = m_note.value(QLatin1String("rapporteringskvartalNr")).toInt();
    if (year >= 2020 && quarter >= 1 && quarter <= 4 && QDate(year, (quarter - 1) * 3 + 1, 1) > m_now.date())
        add(QStringLiteral("rapporteringskvartalNr"), Text::tr("kvartalet har inte börjat ännu."), 5021);

    // "Anges om MangdMaterialProdukt inte anges" and the other way round: at least one. Whether both
    // may be given is question B3 to the register; nothing in the contract forbids it.
    const bool hasNonHazardous = !isBlank(m_note.value(QLatin1String("mangdIckeFarligtAvfall")));
    const bool hasProduct = !isBlank(m_note.value(QLatin1String("mangdMaterialProdukt")));
    if (!hasNonHazardous && !hasProduct)
        add(QStringLiteral("mangdIckeFarligtAvfall"),
            Text::tr("fyll i mängden icke-farligt avfall eller mängden material/produkt (eller båda)."),
            1302);

    const QJsonValue typeValue = m_note.value(QLatin1String("atervinningsresultattypkod"));
    if (!isBlank(typeValue) && !typeValue.isString())
        return; // "ska vara text" is said already; nothing else can be judged about it
    const QString typeCode = typeValue.toString().trimmed();

    // Waste oil: the result of recovery is stated for codes that call for it (angeResultatAvAtervinning).
    // Our bundled list infers that flag, so until the register's own list is fetched a mismatch is a
    // warning, never a refusal either way.
    const QString codeText = notejson::normalizedText(
        *catalogue::avfall().field(QStringLiteral("kod")),
        m_note.value(QLatin1String("avfall")).toObject().value(QLatin1String("kod")).toString());
    const WasteCodeJudgement judged = judgedWasteCode(codeText);
    const bool recoveryExpected = judged.entry && judged.entry->recoveryResultRequired;
    const Problem::Severity severity =
        judged.registersWord ? Problem::Severity::Error : Problem::Severity::Warning;
    const QString unconfirmed =
        judged.registersWord ? QString()
                             : Text::tr(" (Enligt vår egen tolkning av förteckningen; registrets lista är "
                                        "inte hämtad.)");
    const bool anyOil = std::any_of(kOilFields.cbegin(), kOilFields.cend(), [this](const OilField &oil) {
        return !isBlank(m_note.value(QLatin1String(oil.json)));
    });
    if (!recoveryExpected) {
        if (!typeCode.isEmpty())
            add(QStringLiteral("atervinningsresultattypkod"),
                Text::tr("anges bara för avfallskoder som kräver resultat av återvinning (spillolja).") +
                    unconfirmed,
                1511, severity);
        for (const OilField &oil : kOilFields) {
            const QString name = QString::fromLatin1(oil.json);
            if (!isBlank(m_note.value(name)))
                add(name,
                    Text::tr("anges bara för spillolja med en typ av återvinningsresultat.") + unconfirmed,
                    oil.base + (oil.base == 1560 ? 3 : 4), severity);
        }
        return;
    }
    if (typeCode.isEmpty()) {
        add(QStringLiteral("atervinningsresultattypkod"),
            (anyOil ? Text::tr("måste fyllas i när mängder för spillolja anges.")
                    : Text::tr("måste fyllas i: avfallskoden kräver resultat av återvinning (spillolja).")) +
                unconfirmed,
            1512, severity);
        return;
    }
    if (const RecoveryResultType *type = m_lists.recoveryResultType(typeCode))
        checkWasteOil(*type);
}

// The flags of a result type say which quantities "kan användas" with it: a quantity it does not
// name must be left out, the ones it names may be given. Only specifikationOvrigt is "obligatoriskt
// om det kan anges". Flags we have not had from the register are our proposal: warnings only.
void Checker::checkWasteOil(const RecoveryResultType &type)
{
    const Problem::Severity severity = type.confirmed ? Problem::Severity::Error : Problem::Severity::Warning;
    const QString unconfirmed =
        type.confirmed
            ? QString()
            : Text::tr(" (Enligt vår egen lista över resultattyper, som registret inte har bekräftat.)");
    bool anyQuantity = false;
    bool anyAllowed = false;
    for (const OilField &oil : kOilFields) {
        const QString name = QString::fromLatin1(oil.json);
        const bool given = !isBlank(m_note.value(name));
        const bool allowed = type.*(oil.expected);
        const bool isSpecification = oil.base == 1560;
        if (!isSpecification) {
            anyQuantity = anyQuantity || given;
            anyAllowed = anyAllowed || allowed;
        }
        if (!allowed && given)
            add(name, Text::tr("ska inte anges för resultattypen %1.").arg(type.description) + unconfirmed,
                oil.base + (isSpecification ? 3 : 4), severity);
        else if (allowed && !given && isSpecification)
            add(name, Text::tr("måste fyllas i för resultattypen %1.").arg(type.description) + unconfirmed,
                oil.base + 2, severity);
    }
    if (anyAllowed && !anyQuantity)
        warn(QStringLiteral("atervinningsresultattypkod"),
             Text::tr("ingen mängd spillolja är ifylld för resultattypen %1. Fyll i de mängder som gäller.")
                 .arg(type.description));
}

} // namespace

bool hasErrors(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &problem) { return problem.isError(); });
}

NoteValidator::NoteValidator(const ValueLists &lists)
    : m_lists(lists)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

QList<Problem> NoteValidator::validate(NoteKind kind, const QJsonObject &note) const
{
    // As the register reads it: names without regard to case, unknown fields ignored, numbers from
    // text. What binding had to do is told as warnings; the rules judge the bound note.
    const notejson::Bound bound = notejson::bind(kind, note);
    return Checker(kind, bound.note, m_lists, m_clock(), m_actsAsRegister).run(bound.notices);
}

QList<Problem> NoteValidator::validateValue(const Field &field, const QJsonValue &value) const
{
    const QJsonObject none;
    return Checker(NoteKind::Transportplanering, none, m_lists, m_clock(), m_actsAsRegister)
        .runValue(field, value);
}

QList<Problem> NoteValidator::validateCancellation(const QJsonObject &body) const
{
    QList<Problem> problems;
    const Block &block = catalogue::cancellation();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!block.field(it.key()))
            problems.append(
                {it.key(), Text::tr("Fältet \"%1\" finns inte i en makulering.").arg(it.key()), 1000});
    }
    const QString id = body.value(QLatin1String("avfallsId")).toString();
    if (id.isEmpty())
        problems.append({QStringLiteral("avfallsId"), Text::tr("AvfallsId: måste fyllas i."), 1117});
    else if (!formats::isGuid(id))
        problems.append({QStringLiteral("avfallsId"), Text::tr("AvfallsId: har fel format."), 1118});
    const QString reason = body.value(QLatin1String("makuleringsorsak")).toString();
    const auto &reasons = catalogue::cancellationReasons();
    if (std::none_of(reasons.cbegin(), reasons.cend(),
                     [&](const catalogue::CancellationReason &entry) { return entry.code == reason; }))
        problems.append(
            {QStringLiteral("makuleringsorsak"),
             Text::tr("Orsak: ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt."), 1000});
    return problems;
}

QDate NoteValidator::noteDate(const QJsonObject &note, const QDateTime &now)
{
    // The day of the physical event (the transport, the receipt, the deal) decides which wording of
    // the list applies; without one (Behandlingsresultat) or before it is filled in, the day the note
    // was made. Always the day in the note's own offset, never in this machine's time zone.
    for (const NoteType &type : noteTypes()) {
        if (type.eventField.isEmpty() || !note.contains(type.eventField))
            continue;
        if (const auto event = formats::parseDateTime(note.value(type.eventField).toString()))
            return event->date();
    }
    const auto timestamp = formats::parseDateTime(note.value(QLatin1String("tidpunkt")).toString());
    return timestamp ? timestamp->date() : now.date();
}

} // namespace avfall
