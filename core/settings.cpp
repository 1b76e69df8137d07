#include "core/settings.h"

#include <QJsonDocument>

namespace avfall {

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QString kKeySecret = QStringLiteral("keySecret");
const QString kToken = QStringLiteral("token");

// Every key of the file and its default, in one place. Secrets have no key here, by design.
const KeyInfo &keyInfo(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::SchemaVersion, "meta/schemaVersion", 0},
        {Settings::Key::Environment, "connection/environment", QStringLiteral("sandbox")},
        {Settings::Key::CustomBaseUrl, "environments/custom/baseUrl", QString()},
        {Settings::Key::CustomTokenUrl, "environments/custom/tokenUrl", QString()},
        {Settings::Key::CustomCaFile, "environments/custom/caFile", QString()},
        {Settings::Key::Language, "ui/language", QStringLiteral("sv")},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::FirstStartDone, "ui/firstStartDone", false},
        {Settings::Key::CertificateFileTest, "environments/test/certificateFile", QString()},
        {Settings::Key::CertificateFileProduction, "environments/production/certificateFile", QString()},
        {Settings::Key::CertificateFileCustom, "environments/custom/certificateFile", QString()},
        {Settings::Key::AccessModeTest, "environments/test/accessMode", kKeySecret},
        {Settings::Key::AccessModeProduction, "environments/production/accessMode", kKeySecret},
        {Settings::Key::AccessModeCustom, "environments/custom/accessMode", kKeySecret},
        {Settings::Key::CompanyOrganisationNumber, "company/organisationNumber", QString()},
        {Settings::Key::CompanyName, "company/name", QString()},
        {Settings::Key::CompanyContactPerson, "company/contactPerson", QString()},
        {Settings::Key::CompanyEmail, "company/email", QString()},
        {Settings::Key::CompanyPhone, "company/phone", QString()},
        {Settings::Key::CompanyCfar, "company/cfar", QString()},
        {Settings::Key::AgentCompanies, "company/agentFor", QStringLiteral("[]")},
        {Settings::Key::SavedParties, "saved/parties", QStringLiteral("[]")},
        {Settings::Key::SavedPlaces, "saved/places", QStringLiteral("[]")},
        {Settings::Key::ReportedNoteTypes, "company/noteTypes", QStringLiteral("[]")},
        {Settings::Key::PassedTestRuns, "testrun/passed", QStringLiteral("[]")},
    };
    for (const auto &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

std::optional<Settings::Key> certificateKey(Environment environment)
{
    switch (environment) {
    case Environment::Test:
        return Settings::Key::CertificateFileTest;
    case Environment::Production:
        return Settings::Key::CertificateFileProduction;
    case Environment::Custom:
        return Settings::Key::CertificateFileCustom;
    case Environment::Sandbox:
        break;
    }
    return std::nullopt;
}

std::optional<Settings::Key> accessModeKey(Environment environment)
{
    switch (environment) {
    case Environment::Test:
        return Settings::Key::AccessModeTest;
    case Environment::Production:
        return Settings::Key::AccessModeProduction;
    case Environment::Custom:
        return Settings::Key::AccessModeCustom;
    case Environment::Sandbox:
        break;
    }
    return std::nullopt;
}

// "sv_SE", "Svenska", "en-GB" … as the two languages the app has.
QString normalisedLanguage(const QString &language)
{
    const QString lower = language.trimmed().toLower();
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QStringLiteral("sv");
}
} // namespace

QJsonObject Company::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *jsonName, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(jsonName), value);
    };
    put("organisationsnummer", organisationNumber);
    put("namn", name);
    put("kontaktperson", contactPerson);
    put("epost", email);
    put("telefon", phone);
    put("cfarNR", cfar);
    return object;
}

Company Company::fromJson(const QJsonObject &object)
{
    Company company;
    company.organisationNumber = object.value(QLatin1String("organisationsnummer")).toString();
    company.name = object.value(QLatin1String("namn")).toString();
    company.contactPerson = object.value(QLatin1String("kontaktperson")).toString();
    company.email = object.value(QLatin1String("epost")).toString();
    company.phone = object.value(QLatin1String("telefon")).toString();
    company.cfar = object.value(QLatin1String("cfarNR")).toString();
    return company;
}

Settings::Settings(const Profile &profile)
    : m_settings(std::make_unique<QSettings>(profile.settingsFile(), QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(keyInfo(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return keyInfo(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &info = keyInfo(key);
    return m_settings->value(QString::fromLatin1(info.name), info.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QString::fromLatin1(keyInfo(key).name), value);
}

void Settings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

avfall::Environment Settings::environment() const
{
    return environmentFromKey(value(Key::Environment).toString()).value_or(avfall::Environment::Sandbox);
}

void Settings::setEnvironment(avfall::Environment environment)
{
    setValue(Key::Environment, environmentKey(environment));
}

QString Settings::language() const
{
    return normalisedLanguage(value(Key::Language).toString());
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, normalisedLanguage(language));
}

bool Settings::firstStartDone() const
{
    return value(Key::FirstStartDone).toBool();
}

void Settings::setFirstStartDone(bool done)
{
    setValue(Key::FirstStartDone, done);
}

QUrl Settings::customBaseUrl() const
{
    return QUrl(value(Key::CustomBaseUrl).toString());
}

QUrl Settings::customTokenUrl() const
{
    return QUrl(value(Key::CustomTokenUrl).toString());
}

void Settings::setCustomUrls(const QUrl &baseUrl, const QUrl &tokenUrl)
{
    setValue(Key::CustomBaseUrl, baseUrl.toString());
    setValue(Key::CustomTokenUrl, tokenUrl.toString());
}

QString Settings::certificateFile(avfall::Environment environment) const
{
    const auto key = certificateKey(environment);
    return key ? value(*key).toString() : QString();
}

void Settings::setCertificateFile(avfall::Environment environment, const QString &fileName)
{
    const auto key = certificateKey(environment);
    if (!key)
        return;
    if (fileName.isEmpty())
        remove(*key);
    else
        setValue(*key, fileName);
}

AccessMode Settings::accessMode(avfall::Environment environment) const
{
    const auto key = accessModeKey(environment);
    return key && value(*key).toString() == kToken ? AccessMode::Token : AccessMode::KeyAndSecret;
}

void Settings::setAccessMode(avfall::Environment environment, AccessMode mode)
{
    if (const auto key = accessModeKey(environment))
        setValue(*key, mode == AccessMode::Token ? kToken : kKeySecret);
}

Company Settings::ownCompany() const
{
    Company company;
    company.organisationNumber = value(Key::CompanyOrganisationNumber).toString();
    company.name = value(Key::CompanyName).toString();
    company.contactPerson = value(Key::CompanyContactPerson).toString();
    company.email = value(Key::CompanyEmail).toString();
    company.phone = value(Key::CompanyPhone).toString();
    company.cfar = value(Key::CompanyCfar).toString();
    return company;
}

void Settings::setOwnCompany(const Company &company)
{
    setValue(Key::CompanyOrganisationNumber, company.organisationNumber);
    setValue(Key::CompanyName, company.name);
    setValue(Key::CompanyContactPerson, company.contactPerson);
    setValue(Key::CompanyEmail, company.email);
    setValue(Key::CompanyPhone, company.phone);
    setValue(Key::CompanyCfar, company.cfar);
}

QList<Company> Settings::agentCompanies() const
{
    QList<Company> companies;
    for (const QJsonValue &entry : jsonArray(Key::AgentCompanies)) {
        if (entry.isObject())
            companies << Company::fromJson(entry.toObject());
    }
    return companies;
}

void Settings::setAgentCompanies(const QList<Company> &companies)
{
    QJsonArray array;
    for (const Company &company : companies)
        array.append(company.toJson());
    setJsonArray(Key::AgentCompanies, array);
}

QJsonArray Settings::savedParties() const
{
    return jsonArray(Key::SavedParties);
}

void Settings::setSavedParties(const QJsonArray &parties)
{
    setJsonArray(Key::SavedParties, parties);
}

QJsonArray Settings::savedPlaces() const
{
    return jsonArray(Key::SavedPlaces);
}

void Settings::setSavedPlaces(const QJsonArray &places)
{
    setJsonArray(Key::SavedPlaces, places);
}

QList<NoteKind> Settings::reportedNoteKinds() const
{
    QList<NoteKind> kinds;
    for (const QJsonValue &entry : jsonArray(Key::ReportedNoteTypes)) {
        if (const NoteType *type = noteTypeByResource(entry.toString()); type && !kinds.contains(type->kind))
            kinds << type->kind;
    }
    return kinds;
}

void Settings::setReportedNoteKinds(const QList<NoteKind> &kinds)
{
    QJsonArray array;
    for (const NoteType &type : noteTypes()) {
        if (kinds.contains(type.kind))
            array.append(type.resource);
    }
    setJsonArray(Key::ReportedNoteTypes, array);
}

QDateTime Settings::lastPassedTestRun(const QString &organisationNumber) const
{
    for (const QJsonValue &entry : jsonArray(Key::PassedTestRuns)) {
        const QJsonObject run = entry.toObject();
        if (run.value(QLatin1String("organisationsnummer")).toString() == organisationNumber)
            return QDateTime::fromString(run.value(QLatin1String("datum")).toString(), Qt::ISODate);
    }
    return {};
}

void Settings::setLastPassedTestRun(const QString &organisationNumber, const QDateTime &when)
{
    QJsonArray runs;
    for (const QJsonValue &entry : jsonArray(Key::PassedTestRuns)) {
        if (entry.toObject().value(QLatin1String("organisationsnummer")).toString() != organisationNumber)
            runs.append(entry);
    }
    runs.append(QJsonObject{{QStringLiteral("organisationsnummer"), organisationNumber},
                            {QStringLiteral("datum"), when.toUTC().toString(Qt::ISODate)}});
    setJsonArray(Key::PassedTestRuns, runs);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QJsonArray Settings::jsonArray(Key key) const
{
    // Kept as compact JSON text: readable in the file and independent of QSettings' own encoding.
    return QJsonDocument::fromJson(value(key).toString().toUtf8()).array();
}

void Settings::setJsonArray(Key key, const QJsonArray &array)
{
    setValue(key, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

void Settings::migrate()
{
    const int version = value(Key::SchemaVersion).toInt();
    if (version >= kCurrentSchemaVersion)
        return;
    // Version 0 is an empty or pre-release file; it is converted like version 1.
    if (version < 2) {
        // The custom addresses moved from "connection/" to "environments/custom/".
        const struct
        {
            const char *from;
            Key to;
        } moved[] = {{"connection/customBaseUrl", Key::CustomBaseUrl},
                     {"connection/customTokenUrl", Key::CustomTokenUrl}};
        for (const auto &move : moved) {
            const QString from = QString::fromLatin1(move.from);
            if (m_settings->contains(from)) {
                if (!contains(move.to))
                    setValue(move.to, m_settings->value(from));
                m_settings->remove(from);
            }
        }
        // Language codes such as "sv_SE" or "en_GB" became the app's two languages.
        if (contains(Key::Language))
            setValue(Key::Language, normalisedLanguage(m_settings->value(keyName(Key::Language)).toString()));
    }
    setValue(Key::SchemaVersion, kCurrentSchemaVersion);
}

} // namespace avfall
