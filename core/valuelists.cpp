#include "core/valuelists.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace avfall {

namespace {

// The register sends "farligt" as a string ("True", "true", "ja", "*"); an asterisk in the
// display code also marks a hazardous entry.
bool isHazardous(const QJsonObject &node)
{
    const QJsonValue value = node.value(QLatin1String("farligt"));
    if (value.isBool() && value.toBool())
        return true;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("ja") || text == QLatin1String("*"))
        return true;
    return node.value(QLatin1String("ewc")).toString().contains(QLatin1Char('*'));
}

void collectWasteCodes(const QJsonArray &nodes, const QString &parent, QList<WasteCode> &out)
{
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        WasteCode code;
        code.code = node.value(QLatin1String("kod")).toString();
        if (code.code.isEmpty())
            continue;
        code.ewc = node.value(QLatin1String("ewc")).toString();
        code.description = node.value(QLatin1String("beskrivning")).toString();
        code.parent = parent;
        code.hazardous = isHazardous(node);
        code.recoveryResultRequired = node.value(QLatin1String("angeResultatAvAtervinning")).toBool();
        code.quantityLimit = node.value(QLatin1String("mangdGrans")).toDouble();
        if (code.ewc.isEmpty()) {
            for (qsizetype i = 0; i < code.code.size(); i += 2)
                code.ewc += (i ? QStringLiteral(" ") : QString()) + code.code.mid(i, 2);
            if (code.hazardous && code.isReportable())
                code.ewc += QLatin1Char('*');
        }
        out.append(code);
        // Leaves carry either [] or null as their list of children.
        collectWasteCodes(node.value(QLatin1String("avfallstyper")).toArray(), code.code, out);
    }
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Bundled value list %s is missing from the resources", qPrintable(path));
    return file.readAll();
}

QJsonArray arrayOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

WasteCodeList WasteCodeList::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    WasteCodeList list;
    if (document.isNull()) {
        if (error)
            *error = parseError.errorString();
        return list;
    }
    QJsonArray tree;
    if (document.isArray()) {
        tree = document.array(); // as the register sends it
        list.m_fromRegister = true;
    } else {
        const QJsonObject envelope = document.object(); // our bundled file
        tree = envelope.value(QLatin1String("avfallstyper")).toArray();
        list.m_validFrom =
            QDate::fromString(envelope.value(QLatin1String("giltigFran")).toString(), Qt::ISODate);
        list.m_validTo =
            QDate::fromString(envelope.value(QLatin1String("giltigTill")).toString(), Qt::ISODate);
    }
    collectWasteCodes(tree, QString(), list.m_codes);
    list.m_index.reserve(list.m_codes.size());
    for (qsizetype i = 0; i < list.m_codes.size(); ++i)
        list.m_index.insert(list.m_codes.at(i).code, i);
    if (list.m_codes.isEmpty() && error)
        *error = QCoreApplication::translate("ValueLists", "Listan över avfallskoder är tom.");
    return list;
}

const WasteCode *WasteCodeList::find(QStringView code) const
{
    const auto it = m_index.constFind(code.toString());
    return it == m_index.constEnd() ? nullptr : &m_codes.at(*it);
}

bool WasteCodeList::isValidOn(const QDate &date) const
{
    return (!m_validFrom.isValid() || date >= m_validFrom) && (!m_validTo.isValid() || date <= m_validTo);
}

int WasteCodeList::reportableCount() const
{
    return static_cast<int>(std::count_if(m_codes.cbegin(), m_codes.cend(),
                                          [](const WasteCode &code) { return code.isReportable(); }));
}

void WasteCodeList::setValidity(const QDate &from, const QDate &to)
{
    m_validFrom = from;
    m_validTo = to;
}

bool TreatmentMethod::allowsSubcode(QStringView subcode) const
{
    return std::any_of(subcodes.cbegin(), subcodes.cend(),
                       [subcode](const TreatmentSubcode &entry) { return entry.code == subcode; });
}

const ValueLists &ValueLists::bundled()
{
    static const ValueLists lists = [] {
        ValueLists result;
        result.m_wasteCodeLists = {
            WasteCodeList::fromJson(readResource(QStringLiteral(":/data/avfallstyper_2020.json"))),
            WasteCodeList::fromJson(readResource(QStringLiteral(":/data/avfallstyper_2026-12-09.json")))};
        result.m_treatmentMethods =
            treatmentMethodsFromJson(readResource(QStringLiteral(":/data/behandlingsmetoder.json")));
        result.m_transportModes =
            transportModesFromJson(readResource(QStringLiteral(":/data/transportsatt.json")));
        result.m_recoveryResultTypes = recoveryResultTypesFromJson(
            readResource(QStringLiteral(":/data/atervinningsresultattyper.json")));

        const QJsonObject municipalities =
            QJsonDocument::fromJson(readResource(QStringLiteral(":/data/kommuner.json"))).object();
        for (const QJsonValue &value : municipalities.value(QLatin1String("kommuner")).toArray()) {
            const QJsonObject entry = value.toObject();
            result.m_municipalities.append({entry.value(QLatin1String("kod")).toString(),
                                            entry.value(QLatin1String("namn")).toString(),
                                            entry.value(QLatin1String("lan")).toString()});
        }
        const QJsonObject countries =
            QJsonDocument::fromJson(readResource(QStringLiteral(":/data/landskoder.json"))).object();
        for (const QJsonValue &value : countries.value(QLatin1String("landskoder")).toArray()) {
            const QJsonObject entry = value.toObject();
            result.m_countries.append({entry.value(QLatin1String("kod")).toString(),
                                       entry.value(QLatin1String("namn")).toString(),
                                       entry.value(QLatin1String("namnEngelska")).toString()});
        }
        const QJsonObject postcodes =
            QJsonDocument::fromJson(readResource(QStringLiteral(":/data/postnummer.json"))).object();
        for (auto it = postcodes.constBegin(); it != postcodes.constEnd(); ++it) {
            for (const QJsonValue &postcode : it.value().toArray())
                result.m_postcodes[postcode.toString()].append(it.key());
        }
        return result;
    }();
    return lists;
}

const WasteCodeList &ValueLists::wasteCodesOn(const QDate &date) const
{
    for (const WasteCodeList &list : m_wasteCodeLists) {
        if (list.isValidOn(date))
            return list;
    }
    return m_wasteCodeLists.last(); // a list without dates (fetched from the register) is the newest
}

void ValueLists::setWasteCodeLists(QList<WasteCodeList> lists)
{
    m_wasteCodeLists = std::move(lists);
    m_registerWasteCodes = -1;
    m_registerFetchedAt = QDateTime();
}

const WasteCodeList *ValueLists::registerWasteCodes() const
{
    return m_registerWasteCodes >= 0 && m_registerWasteCodes < m_wasteCodeLists.size()
               ? &m_wasteCodeLists.at(m_registerWasteCodes)
               : nullptr;
}

void ValueLists::setRegisterWasteCodes(int index, const QDateTime &fetchedAt)
{
    m_registerWasteCodes = index;
    m_registerFetchedAt = fetchedAt;
}

const TreatmentMethod *ValueLists::treatmentMethod(QStringView code) const
{
    for (const TreatmentMethod &method : m_treatmentMethods) {
        if (method.code == code)
            return &method;
    }
    return nullptr;
}

bool ValueLists::hasTransportMode(QStringView code) const
{
    return std::any_of(m_transportModes.cbegin(), m_transportModes.cend(),
                       [code](const TransportMode &mode) { return mode.code == code; });
}

const RecoveryResultType *ValueLists::recoveryResultType(QStringView code) const
{
    for (const RecoveryResultType &type : m_recoveryResultTypes) {
        if (type.code == code)
            return &type;
    }
    return nullptr;
}

const Municipality *ValueLists::municipality(QStringView code) const
{
    for (const Municipality &entry : m_municipalities) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

const Country *ValueLists::country(QStringView code) const
{
    const auto it = std::lower_bound(m_countries.cbegin(), m_countries.cend(), code,
                                     [](const Country &entry, QStringView key) { return entry.code < key; });
    return it != m_countries.cend() && it->code == code ? &*it : nullptr;
}

QStringList ValueLists::municipalitiesForPostcode(QStringView postcode) const
{
    QString digits = postcode.toString();
    digits.remove(QLatin1Char(' '));
    return m_postcodes.value(digits);
}

QList<TreatmentMethod> ValueLists::treatmentMethodsFromJson(const QByteArray &json)
{
    QList<TreatmentMethod> methods;
    for (const QJsonValue &value : arrayOf(json)) {
        const QJsonObject entry = value.toObject();
        TreatmentMethod method;
        method.code = entry.value(QLatin1String("kod")).toString();
        method.description = entry.value(QLatin1String("beskrivning")).toString();
        for (const QJsonValue &sub : entry.value(QLatin1String("underkoder")).toArray()) {
            const QJsonObject subEntry = sub.toObject();
            method.subcodes.append({subEntry.value(QLatin1String("kod")).toString(),
                                    subEntry.value(QLatin1String("beskrivning")).toString()});
        }
        if (!method.code.isEmpty())
            methods.append(method);
    }
    return methods;
}

QList<TransportMode> ValueLists::transportModesFromJson(const QByteArray &json)
{
    QList<TransportMode> modes;
    for (const QJsonValue &value : arrayOf(json)) {
        const QJsonObject entry = value.toObject();
        const QString code = entry.value(QLatin1String("transportsatt")).toString();
        if (!code.isEmpty())
            modes.append({code, entry.value(QLatin1String("beskrivning")).toString()});
    }
    return modes;
}

QList<RecoveryResultType> ValueLists::recoveryResultTypesFromJson(const QByteArray &json)
{
    QList<RecoveryResultType> types;
    for (const QJsonValue &value : arrayOf(json)) {
        const QJsonObject entry = value.toObject();
        RecoveryResultType type;
        type.code = entry.value(QLatin1String("kod")).toString();
        type.description = entry.value(QLatin1String("beskrivning")).toString();
        type.regeneration = entry.value(QLatin1String("mangdRegenereringForvantas")).toBool();
        type.otherMaterialRecovery =
            entry.value(QLatin1String("mangdAnnanMaterialatervinningForvantas")).toBool();
        type.energyRecovery = entry.value(QLatin1String("mangdEnergiatervinningForvantas")).toBool();
        // The register spells this flag "Bortskanffande"; accept the correct spelling too.
        type.disposal = entry.value(QLatin1String("mangdBortskanffandeForvantas")).toBool() ||
                        entry.value(QLatin1String("mangdBortskaffandeForvantas")).toBool();
        type.otherSpecification = entry.value(QLatin1String("specifikationOvrigtForvantas")).toBool();
        // Lists from the register carry no "bekraftat": what it sends is confirmed by definition.
        type.confirmed = entry.value(QLatin1String("bekraftat")).toBool(true);
        if (!type.code.isEmpty())
            types.append(type);
    }
    return types;
}

} // namespace avfall
