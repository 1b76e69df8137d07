#include "notevalidator.h"

#include "fieldcatalogue.h"
#include "fieldformats.h"
#include "identitynumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

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

// Places have a family of codes each: 41xx mottagningsplats ... 47xx uppkomstplats.
int placeFamily(const QString &placeField)
{
    static const QHash<QString, int> families = {
        {QStringLiteral("mottagningsplats"), 4100},       {QStringLiteral("kommandeHanteringsPlats"), 4200},
        {QStringLiteral("behandlingsPlats"), 4300},       {QStringLiteral("transportStartplats"), 4400},
        {QStringLiteral("transportSlutplats"), 4500},     {QStringLiteral("senasteHanteringsPlats"), 4600},
        {QStringLiteral("senasteHanteringsplats"), 4600}, {QStringLiteral("uppkomstplats"), 4700},
    };
    return families.value(placeField, 0);
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

class Checker
{
public:
    Checker(NoteKind kind, const QJsonObject &note, const ValueLists &lists, const QDateTime &now)
        : m_kind(kind)
        , m_note(note)
        , m_lists(lists)
        , m_now(now)
    {}

    QList<Problem> run();

private:
    void add(const QString &path, const QString &text, int code,
             Problem::Severity severity = Problem::Severity::Error);
    void addMissing(const QString &path, int code);
    void checkBlock(const Block &block, const QJsonObject &object, const QString &prefix);
    void checkField(const Field &field, const QJsonValue &value, const QString &path);
    void checkText(const Field &field, const QString &value, const QString &path);
    void checkNumber(const Field &field, const QJsonValue &value, const QString &path);
    void checkPlace(const Field &field, const QJsonObject &place, const QString &path);
    void checkTreatments(const QJsonValue &value);
    void checkAgent();
    void checkDates();
    void checkQuarterResult();
    int codeFor(const QString &path, bool missing) const;

    NoteKind m_kind;
    const QJsonObject &m_note;
    const ValueLists &m_lists;
    QDateTime m_now;
    QList<Problem> m_problems;
};

void Checker::add(const QString &path, const QString &text, int code, Problem::Severity severity)
{
    const QString label = catalogue::labelOfPath(m_kind, indexFreePath(path));
    m_problems.append({path, label + QStringLiteral(": ") + text, code, severity});
}

void Checker::addMissing(const QString &path, int code)
{
    add(path, Text::tr("måste fyllas i."), code);
}

int Checker::codeFor(const QString &path, bool missing) const
{
    const QString plain = indexFreePath(path);
    const QString top = plain.section(QLatin1Char('.'), 0, 0);
    if (const int family = placeFamily(top)) {
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
            return family + 13;
        if (rest == QLatin1String("land"))
            return missing ? 1704 : 1701;
        return family;
    }
    const Codes codes = codesFor(plain);
    return missing ? codes.missing : codes.invalid;
}

QList<Problem> Checker::run()
{
    checkBlock(catalogue::note(m_kind), m_note, QString());
    checkAgent();
    checkDates();
    if (m_kind == NoteKind::Behandlingsresultat)
        checkQuarterResult();
    return m_problems;
}

void Checker::checkBlock(const Block &block, const QJsonObject &object, const QString &prefix)
{
    // Fields the contract does not know are refused, never sent.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!block.field(it.key())) {
            m_problems.append(
                {prefix + it.key(),
                 Text::tr("Fältet \"%1\" finns inte i %2 och kan inte skickas.").arg(it.key(), block.name),
                 1000, Problem::Severity::Error});
        }
    }
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
            add(path, Text::tr("ska vara text."), codeFor(path, false));
            return;
        }
        checkText(field, value.toString(), path);
        return;
    }
}

void Checker::checkText(const Field &field, const QString &value, const QString &path)
{
    const int invalid = codeFor(path, false);
    if (field.maxLength > 0 && value.size() > field.maxLength) {
        add(path, Text::tr("får vara högst %n tecken (nu %1).", nullptr, field.maxLength).arg(value.size()),
            invalid);
        return;
    }
    if (const QRegularExpression *expression = formats::expressionFor(field.rule)) {
        if (!expression->match(value).hasMatch()) {
            QString text;
            switch (field.rule) {
            case FieldRule::CompanyName:
            case FieldRule::AddressLine:
                text = Text::tr(
                    "innehåller tecken som registret inte godtar. Använd bokstäver, siffror, mellanslag och "
                    ". , ? : - / ( ) & + '");
                break;
            case FieldRule::ContactName:
                text = Text::tr("ska vara ett namn med bokstäver, utan siffror, till exempel Anna Svensson.");
                break;
            case FieldRule::Phone:
                text = Text::tr(
                    "ska vara ett telefonnummer med 3–12 siffror, gärna med riktnummer, till exempel "
                    "08-123 456 78 eller +46 70 123 45 67. Parenteser är inte tillåtna.");
                break;
            case FieldRule::Email:
                text = Text::tr("ska vara en e-postadress, till exempel anna@foretaget.se.");
                break;
            case FieldRule::Reference:
                text = Text::tr("innehåller tecken som registret inte godtar (till exempel : # + eller ü).");
                break;
            case FieldRule::OtherSpecification:
                text = Text::tr("ska vara 1–100 tecken utan specialtecken som : # +.");
                break;
            case FieldRule::CoordinateDescription:
                text = Text::tr("innehåller tecken som registret inte godtar.");
                break;
            case FieldRule::Postcode:
                text = Text::tr("ska vara fem siffror utan mellanslag, till exempel 11645.");
                break;
            case FieldRule::MunicipalityCode:
                text = Text::tr("ska vara en kommunkod med fyra siffror, till exempel 0180.");
                break;
            case FieldRule::CfarNumber:
                text = Text::tr("ska vara åtta siffror.");
                break;
            case FieldRule::CfarNumberOrPlaceholder:
                text = Text::tr("ska vara åtta siffror, eller SAKNAS om ni inte har något CFAR-nummer.");
                break;
            case FieldRule::WasteCode:
                text = Text::tr("ska vara sex siffror utan mellanslag och stjärna, till exempel 160601.");
                break;
            case FieldRule::CountryCode:
                text = Text::tr("ska vara en landskod med två stora bokstäver, till exempel NO.");
                break;
            default:
                text = Text::tr("har fel format.");
                break;
            }
            add(path, text, invalid);
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
    case FieldRule::WasteCode: {
        const QDate date = NoteValidator::noteDate(m_note, m_now);
        const WasteCodeList &list = m_lists.wasteCodesOn(date);
        const WasteCode *code = list.find(value);
        if (!code) {
            const bool existsInAnother =
                std::any_of(m_lists.wasteCodeLists().cbegin(), m_lists.wasteCodeLists().cend(),
                            [&](const WasteCodeList &other) { return &other != &list && other.find(value); });
            add(path,
                existsInAnother
                    ? Text::tr("%1 gäller inte den %2. Koden finns bara i avfallsförteckningen för en annan "
                               "period.")
                          .arg(value, QLocale(QLocale::Swedish).toString(date, QLocale::ShortFormat))
                    : Text::tr("%1 finns inte i avfallsförordningens förteckning.").arg(value),
                1111);
        } else if (!code->isReportable()) {
            add(path,
                Text::tr("%1 är ett kapitel eller underkapitel. Välj en sexsiffrig avfallskod.").arg(value),
                1113);
        } else if (!code->hazardous) {
            add(path,
                Text::tr("%1 är inte farligt avfall. Avfallsregistret gäller farligt avfall.").arg(code->ewc),
                0, Problem::Severity::Warning);
        }
        break;
    }
    case FieldRule::Guid:
        if (!formats::isGuid(value))
            add(path,
                Text::tr("ska vara ett id från registret i formen 8-4-4-4-12 tecken, till exempel "
                         "3f2504e0-4f89-11d3-9a0c-0305e82c3301."),
                invalid);
        break;
    case FieldRule::MunicipalityCode:
        if (!m_lists.municipality(value))
            add(path, Text::tr("%1 är inte en svensk kommunkod.").arg(value), 1051);
        break;
    case FieldRule::CountryCode:
        if (value == QLatin1String("SE"))
            add(path,
                Text::tr(
                    "SE ska inte anges. En plats i Sverige anges med adress, koordinat eller CFAR-nummer."),
                1702);
        else if (!formats::isCountryCode(value))
            add(path, Text::tr("%1 är inte en landskod enligt ISO 3166.").arg(value), 1701);
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
    case FieldRule::Quantity:
        if (number <= 0) {
            // Each quantity has its own "≤ 0" code; the invalid code works for the others.
            const int code = path == QLatin1String("avfall.mangd")                ? 1121
                             : path.startsWith(QLatin1String("mangdIckeFarligt")) ? 1301
                             : path.startsWith(QLatin1String("mangdMaterial"))    ? 1321
                                                                                  : invalid + 2;
            add(path, Text::tr("ska vara större än 0 kg."), code);
        } else if (!formats::hasAtMostThreeDecimals(number)) {
            add(path, Text::tr("får ha högst tre decimaler (gram)."), invalid);
        }
        break;
    case FieldRule::NorthCoordinate:
        if (!formats::isSwedishNorthing(qint64(number)))
            add(path,
                Text::tr("ska vara sju siffror i SWEREF 99 TM inom Sverige (mellan 6090340 och 7689479)."),
                invalid);
        break;
    case FieldRule::EastCoordinate:
        if (!formats::isSwedishEasting(qint64(number)))
            add(path,
                Text::tr("ska vara sex siffror i SWEREF 99 TM inom Sverige (mellan 181896 och 999999)."),
                invalid);
        break;
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
    const bool hasAddress = !isBlank(place.value(QLatin1String("adress")));
    const bool hasCoordinate = !isBlank(place.value(QLatin1String("koordinat")));
    const bool hasCfar = !isBlank(place.value(QLatin1String("cfarNR")));
    const bool hasCountry = !isBlank(place.value(QLatin1String("land")));
    const int variants = int(hasAddress) + int(hasCoordinate) + int(hasCfar) + int(hasCountry);
    // Both parts of an address or a coordinate are needed once that variant is chosen.
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
    if (variants > 1) {
        add(path,
            Text::tr("ange platsen på ett sätt: adress, koordinat, CFAR-nummer eller land – inte flera."),
            placeFamily(field.json));
        return;
    }
    if (variants == 0) {
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
                    : Text::tr("ange adress, koordinat, CFAR-nummer eller land, inte bara kommun."),
                placeFamily(field.json) + 2);
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
    QSet<QString> seen;
    for (qsizetype i = 0; i < treatments.size(); ++i) {
        const QString itemPath = QStringLiteral("behandlingar[%1]").arg(i);
        if (!treatments.at(i).isObject()) {
            add(itemPath, Text::tr("ska vara en behandling med kod och underkod."), 1146);
            continue;
        }
        const QJsonObject treatment = treatments.at(i).toObject();
        const int before = int(m_problems.size());
        checkBlock(catalogue::behandling(), treatment, itemPath + QLatin1Char('.'));
        if (m_problems.size() != before)
            continue;
        const QString code = treatment.value(QLatin1String("kod")).toString();
        const QString subcode = treatment.value(QLatin1String("underkod")).toString();
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
    if (timestamp && *timestamp > latest)
        add(QStringLiteral("tidpunkt"),
            Text::tr("ligger i framtiden. Ange när anteckningen faktiskt gjordes."), 1032);

    const NoteType &type = noteType(m_kind);
    if (type.eventField.isEmpty() || !timestamp)
        return;
    const auto event = formats::parseDateTime(m_note.value(type.eventField).toString());
    if (!event)
        return;
    if (type.deadlineBasis == DeadlineBasis::AfterEvent) {
        // A receipt or a deal is noted after it happened, and cannot lie in the future.
        if (*event > latest)
            add(type.eventField, Text::tr("ligger i framtiden."), codeFor(type.eventField, false));
        else if (event->date() > timestamp->date())
            add(type.eventField,
                Text::tr("är senare än när anteckningen gjordes. Det som antecknas måste ha hänt först."),
                codeFor(type.eventField, false));
    } else if (type.deadlineBasis == DeadlineBasis::BeforeTransport && event->date() < timestamp->date()) {
        // The law wants the note before the transport starts; a late note is still worth sending.
        add(type.eventField,
            Text::tr(
                "är före anteckningens tidpunkt. Anteckningen ska göras innan transporten börjar – skicka "
                "ändå om "
                "uppgifterna stämmer, så blir rapporten inte ännu senare."),
            0, Problem::Severity::Warning);
    }
}

void Checker::checkQuarterResult()
{
    const int year = m_note.value(QLatin1String("rapporteringsar")).toInt();
    const int quarter = m_note.value(QLatin1String("rapporteringskvartalNr")).toInt();
    if (year >= 2020 && quarter >= 1 && quarter <= 4 && QDate(year, (quarter - 1) * 3 + 1, 1) > m_now.date())
        add(QStringLiteral("rapporteringskvartalNr"), Text::tr("kvartalet har inte börjat ännu."), 5021);

    const bool hasNonHazardous = !isBlank(m_note.value(QLatin1String("mangdIckeFarligtAvfall")));
    const bool hasProduct = !isBlank(m_note.value(QLatin1String("mangdMaterialProdukt")));
    if (!hasNonHazardous && !hasProduct)
        add(QStringLiteral("mangdIckeFarligtAvfall"),
            Text::tr("fyll i mängden icke-farligt avfall eller mängden material/produkt (eller båda)."),
            1302);

    // Waste oil: the result of recovery is stated only for codes that call for it, and only the
    // quantities that the chosen result type expects.
    const QString codeText =
        m_note.value(QLatin1String("avfall")).toObject().value(QLatin1String("kod")).toString();
    const WasteCode *code = m_lists.wasteCodesOn(NoteValidator::noteDate(m_note, m_now)).find(codeText);
    const bool recoveryExpected = code && code->recoveryResultRequired;
    const QString typeCode = m_note.value(QLatin1String("atervinningsresultattypkod")).toString();
    const RecoveryResultType *type = m_lists.recoveryResultType(typeCode);
    struct OilField
    {
        const char *json;
        bool RecoveryResultType::*expected;
        int base;
    };
    static const OilField oilFields[] = {
        {"mangdRegenerering", &RecoveryResultType::regeneration, 1520},
        {"mangdAnnanMaterialatervinning", &RecoveryResultType::otherMaterialRecovery, 1530},
        {"mangdEnergiatervinning", &RecoveryResultType::energyRecovery, 1540},
        {"mangdBortskaffande", &RecoveryResultType::disposal, 1550},
        {"specifikationAnnan", &RecoveryResultType::otherSpecification, 1560},
    };
    if (!recoveryExpected) {
        if (!typeCode.isEmpty())
            add(QStringLiteral("atervinningsresultattypkod"),
                Text::tr("anges bara för avfallskoder som kräver resultat av återvinning (spillolja)."),
                1511);
        for (const OilField &oil : oilFields) {
            const QString name = QString::fromLatin1(oil.json);
            if (!isBlank(m_note.value(name)))
                add(name, Text::tr("anges bara för spillolja med en typ av återvinningsresultat."),
                    oil.base + (oil.base == 1560 ? 3 : 4));
        }
        return;
    }
    if (typeCode.isEmpty()) {
        addMissing(QStringLiteral("atervinningsresultattypkod"), 1512);
        return;
    }
    if (!type)
        return; // already reported as unknown
    for (const OilField &oil : oilFields) {
        const QString name = QString::fromLatin1(oil.json);
        const bool given = !isBlank(m_note.value(name));
        const bool expected = type->*(oil.expected);
        if (expected && !given)
            addMissing(name, oil.base + 2);
        else if (!expected && given)
            add(name, Text::tr("ska inte anges för resultattypen %1.").arg(type->description),
                oil.base + (oil.base == 1560 ? 3 : 4));
    }
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
    return Checker(kind, note, m_lists, m_clock()).run();
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
    const auto timestamp = formats::parseDateTime(note.value(QLatin1String("tidpunkt")).toString());
    return timestamp ? timestamp->toLocalTime().date() : now.date();
}

} // namespace avfall
