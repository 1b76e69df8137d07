#include "services/supportbundle.h"

#include "core/messagelog.h"
#include "core/rotatinglogfile.h"
#include "core/secretredaction.h"
#include "core/settings.h"
#include "models/valuelistcache.h"
#include "secrets/accesstoken.h"
#include "secrets/connectionstore.h"
#include "secrets/expirycountdown.h"
#include "secrets/identitystore.h"
#include "secrets/secretstore.h"
#include "store/notestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSysInfo>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)
};

// The process environment that explains how the program behaves; anything else may be private.
const QStringList kEnvironmentVariables{
    QStringLiteral("LANG"),
    QStringLiteral("LANGUAGE"),
    QStringLiteral("LC_ALL"),
    QStringLiteral("LC_MESSAGES"),
    QStringLiteral("QT_QPA_PLATFORM"),
    QStringLiteral("QT_SCALE_FACTOR"),
    QStringLiteral("XDG_SESSION_TYPE"),
    QStringLiteral("XDG_CURRENT_DESKTOP"),
    QStringLiteral("DESKTOP_SESSION"),
    QStringLiteral("WAYLAND_DISPLAY"),
    QStringLiteral("DISPLAY"),
    QStringLiteral("TZ"),
};

const QList<Environment> kEnvironmentsWithIdentity{Environment::Test, Environment::Production,
                                                   Environment::Custom};

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue();
}

QJsonObject process()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QJsonObject variables;
    for (const QString &name : kEnvironmentVariables)
        if (environment.contains(name))
            variables.insert(name, redactSecrets(environment.value(name)));
    return {{QStringLiteral("variables"), variables},
            {QStringLiteral("sessionBus"), environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))}};
}

QJsonObject settingsWithoutSecrets(const Profile &profile)
{
    // Settings never hold a secret (settings.h); window geometry is noise. Redacted all the same.
    const QStringList skipped{Settings::keyName(Settings::Key::MainWindowGeometry),
                              Settings::keyName(Settings::Key::MainWindowState)};
    QSettings file(profile.settingsFile(), QSettings::IniFormat);
    QJsonObject settings;
    for (const QString &key : file.allKeys()) {
        if (skipped.contains(key))
            continue;
        const QVariant value = file.value(key);
        const QString text = value.typeId() == QMetaType::QStringList
                                 ? value.toStringList().join(QStringLiteral(", "))
                                 : value.toString();
        settings.insert(key, redactSecrets(text));
    }
    return settings;
}

QJsonObject certificateSummary(const TlsIdentity &identity, const QDateTime &now)
{
    return {{QStringLiteral("subject"), identity.subject()},
            {QStringLiteral("issuer"), identity.issuer()},
            {QStringLiteral("serialNumber"), QString::fromLatin1(identity.certificate.serialNumber())},
            {QStringLiteral("organisationNumber"), identity.organisationNumber()},
            {QStringLiteral("validFrom"), isoTime(identity.validFrom())},
            {QStringLiteral("validTo"), isoTime(identity.validTo())},
            {QStringLiteral("daysLeft"), identity.daysLeft(now)},
            {QStringLiteral("sha256Fingerprint"), identity.sha256Fingerprint()}};
}

QJsonArray errorCodes(const QJsonObject &errors)
{
    QJsonArray codes;
    for (const QJsonValue &error : errors.value(QLatin1String("errors")).toArray()) {
        const QJsonValue code = error.toObject().value(QLatin1String("code"));
        if (!code.isUndefined() && !code.isNull())
            codes.append(code.isString() ? code.toString() : QString::number(code.toInteger()));
    }
    return codes;
}

QJsonObject attemptJson(const NoteStore::RecentAttempt &recent)
{
    const Attempt &attempt = recent.attempt;
    return {{QStringLiteral("noteId"), recent.noteId},
            {QStringLiteral("noteType"), noteType(recent.kind).resource},
            {QStringLiteral("environment"), environmentKey(recent.environment)},
            {QStringLiteral("operation"), operationKey(recent.operation)},
            {QStringLiteral("startedAt"), timeOrNull(attempt.startedAt)},
            {QStringLiteral("durationMs"), attempt.durationMs},
            {QStringLiteral("trackingId"), recent.trackingId},
            {QStringLiteral("traceId"), attempt.traceId},
            {QStringLiteral("httpStatus"), attempt.httpStatus},
            {QStringLiteral("outcome"), attempt.outcome},
            {QStringLiteral("errorCodes"), errorCodes(attempt.errors)}};
}

} // namespace

SupportBundle::SupportBundle(const Profile &profile, ConnectionStore *connections)
    : m_profile(profile)
    , m_connections(connections)
{}

QString SupportBundle::defaultFileName(const QDateTime &at)
{
    return QStringLiteral("avfallsrapport-supportpaket-%1.zip")
        .arg(at.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QJsonObject SupportBundle::collect(const QDateTime &now) const
{
    QJsonObject summary{
        {QStringLiteral("format"), kFormatVersion},
        {QStringLiteral("createdAt"), isoTime(now)},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("version"), QStringLiteral(AVFALL_VERSION)},
                                            {QStringLiteral("systemId"), QStringLiteral(AVFALL_SYSTEM_ID)},
                                            {QStringLiteral("program"), QCoreApplication::applicationName()},
                                            {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
                                            {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)}}},
        {QStringLiteral("os"),
         QJsonObject{{QStringLiteral("name"), QSysInfo::prettyProductName()},
                     {QStringLiteral("kernel"),
                      QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion())},
                     {QStringLiteral("cpuArchitecture"), QSysInfo::currentCpuArchitecture()},
                     {QStringLiteral("buildAbi"), QSysInfo::buildAbi()}}},
        {QStringLiteral("process"), process()},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("custom"), m_profile.isCustom()},
                     {QStringLiteral("dataDirectory"), m_profile.dataDirectory()},
                     {QStringLiteral("environment"), environmentKey(Settings(m_profile).environment())}}},
        {QStringLiteral("settings"), settingsWithoutSecrets(m_profile)},
        {QStringLiteral("valueLists"), valueLists()},
    };
    if (m_connections) {
        SecretStore *secrets = m_connections->secrets();
        secrets->openBlocking();
        summary.insert(QStringLiteral("keychain"),
                       secrets->isPersistent() ? QStringLiteral("keychain") : QStringLiteral("sessionOnly"));
        summary.insert(QStringLiteral("certificates"), certificates(now));
        summary.insert(QStringLiteral("accessTokens"), accessTokens(now));
    }
    const QJsonObject stored = store();
    summary.insert(QStringLiteral("store"), stored.value(QLatin1String("store")));
    summary.insert(QStringLiteral("attempts"), stored.value(QLatin1String("attempts")));
    QJsonArray logFiles;
    for (const QString &file : RotatingLogFile::filesOf(messagelog::logFile(m_profile)))
        logFiles.append(QString(QStringLiteral("logg/") + QFileInfo(file).fileName()));
    summary.insert(QStringLiteral("logFiles"), logFiles);
    return summary;
}

QJsonObject SupportBundle::certificates(const QDateTime &now) const
{
    QJsonObject result;
    IdentityStore *identities = m_connections->identities();
    for (Environment environment : kEnvironmentsWithIdentity) {
        if (!identities->hasIdentity(environment))
            continue;
        const IdentityResult loaded = identities->loadBlocking(environment);
        QJsonObject entry;
        if (!loaded.identity.certificate.isNull())
            entry = certificateSummary(loaded.identity, now);
        if (!loaded.ok())
            entry.insert(QStringLiteral("problem"), redactSecrets(loaded.message));
        result.insert(environmentKey(environment), entry);
    }
    return result;
}

QJsonObject SupportBundle::accessTokens(const QDateTime &now) const
{
    QJsonObject result;
    const Settings settings(m_profile);
    for (Environment environment : kEnvironmentsWithIdentity) {
        QJsonObject entry;
        if (settings.accessMode(environment) == AccessMode::KeyAndSecret) {
            entry.insert(QStringLiteral("mode"), QStringLiteral("keySecret"));
        } else {
            entry.insert(QStringLiteral("mode"), QStringLiteral("token"));
            const SecretResult token =
                m_connections->secrets()->readBlocking(environment, SecretKind::AccessToken);
            entry.insert(QStringLiteral("stored"), token.found && !token.data.isEmpty());
            // Only what the token says about itself, never the token.
            const AccessTokenInfo info = inspectAccessToken(QString::fromUtf8(token.data));
            if (info.expiresAt.isValid()) {
                entry.insert(QStringLiteral("expiresAt"), isoTime(info.expiresAt));
                entry.insert(QStringLiteral("daysLeft"), daysUntil(info.expiresAt, now));
            }
        }
        result.insert(environmentKey(environment), entry);
    }
    return result;
}

QJsonObject SupportBundle::store() const
{
    if (!QFile::exists(m_profile.databaseFile()))
        return {{QStringLiteral("store"), QJsonObject{{QStringLiteral("exists"), false}}},
                {QStringLiteral("attempts"), QJsonArray()}};
    QString error;
    const std::unique_ptr<NoteStore> notes = NoteStore::open(m_profile.databaseFile(), &error);
    if (!notes)
        return {{QStringLiteral("store"), QJsonObject{{QStringLiteral("exists"), true},
                                                      {QStringLiteral("problem"), redactSecrets(error)}}},
                {QStringLiteral("attempts"), QJsonArray()}};
    QJsonObject counts;
    const QHash<NoteState, int> stateCounts = notes->stateCounts();
    for (auto it = stateCounts.cbegin(); it != stateCounts.cend(); ++it)
        counts.insert(stateKey(it.key()), it.value());
    QJsonArray attempts;
    for (const NoteStore::RecentAttempt &recent : notes->recentAttempts(kAttempts))
        attempts.append(attemptJson(recent));
    return {{QStringLiteral("store"), QJsonObject{{QStringLiteral("exists"), true},
                                                  {QStringLiteral("schemaVersion"), notes->schemaVersion()},
                                                  {QStringLiteral("notesPerState"), counts}}},
            {QStringLiteral("attempts"), attempts}};
}

QJsonObject SupportBundle::valueLists() const
{
    QJsonObject result;
    for (Environment environment :
         {Environment::Sandbox, Environment::Test, Environment::Production, Environment::Custom}) {
        const QString directory = m_profile.cacheDirectory() + QLatin1Char('/') + environmentKey(environment);
        if (!QFileInfo::exists(directory + QStringLiteral("/varden")))
            continue;
        const ValueListCache cache(directory);
        QJsonObject lists;
        for (const QString &name : ValueListCache::listNames())
            lists.insert(name, timeOrNull(cache.fetchedAt(name)));
        result.insert(environmentKey(environment), lists);
    }
    return result;
}

QList<ZipEntry> SupportBundle::entries(const QJsonObject &summary) const
{
    QList<ZipEntry> files{
        {QStringLiteral("sammanfattning.txt"), summaryText(summary).toUtf8()},
        {QStringLiteral("sammanfattning.json"), QJsonDocument(summary).toJson(QJsonDocument::Indented)},
    };
    for (const QString &path : RotatingLogFile::filesOf(messagelog::logFile(m_profile))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Redacted again: a log written by an older version must not leak through the bundle.
        files.append({QStringLiteral("logg/") + QFileInfo(path).fileName(),
                      redactSecrets(QString::fromUtf8(file.readAll())).toUtf8()});
    }
    return files;
}

bool SupportBundle::writeFile(const QString &file, QString *error) const
{
    return writeZip(file, entries(collect()), error);
}

QString SupportBundle::writeInto(const QString &directory, QString *error) const
{
    if (!QDir().mkpath(directory)) {
        *error = Text::tr("Kan inte skapa mappen %1.").arg(directory);
        return {};
    }
    const QString path = QDir(directory).absoluteFilePath(defaultFileName());
    return writeFile(path, error) ? path : QString();
}

namespace {

QString line(const QString &label, const QJsonValue &value)
{
    const QString text = value.isDouble() ? QString::number(value.toInteger())
                         : value.isBool() ? (value.toBool() ? QStringLiteral("ja") : QStringLiteral("nej"))
                         : value.isNull() ? QStringLiteral("–")
                                          : value.toString();
    return QStringLiteral("  %1: %2\n").arg(label, text);
}

QString section(const QString &title)
{
    return QStringLiteral("\n%1\n%2\n").arg(title, QString(title.size(), QLatin1Char('-')));
}

} // namespace

// Written for support staff who read Swedish; the JSON next to it carries the same for tools.
QString SupportBundle::summaryText(const QJsonObject &summary)
{
    const QJsonObject app = summary.value(QLatin1String("app")).toObject();
    const QJsonObject os = summary.value(QLatin1String("os")).toObject();
    const QJsonObject profile = summary.value(QLatin1String("profile")).toObject();
    QString text = QStringLiteral("Supportpaket från Avfallsrapport\n================================\n");
    text += line(QStringLiteral("Skapat"), summary.value(QLatin1String("createdAt")));
    text += line(QStringLiteral("Version"), app.value(QLatin1String("version")));
    text += line(QStringLiteral("System-id"), app.value(QLatin1String("systemId")));
    text += line(QStringLiteral("Qt"), app.value(QLatin1String("qtRuntime")));
    text += line(QStringLiteral("Operativsystem"), os.value(QLatin1String("name")));
    text += line(QStringLiteral("Kärna"), os.value(QLatin1String("kernel")));
    text += line(QStringLiteral("Arkitektur"), os.value(QLatin1String("cpuArchitecture")));
    text += line(QStringLiteral("Vald miljö"), profile.value(QLatin1String("environment")));
    text += line(QStringLiteral("Datamapp"), profile.value(QLatin1String("dataDirectory")));
    if (summary.contains(QLatin1String("keychain")))
        text += line(QStringLiteral("Hemligheter"),
                     summary.value(QLatin1String("keychain")).toString() == QLatin1String("keychain")
                         ? QStringLiteral("i datorns nyckelring")
                         : QStringLiteral("bara i minnet (ingen nyckelring)"));

    text += section(QStringLiteral("Miljövariabler"));
    const QJsonObject process = summary.value(QLatin1String("process")).toObject();
    const QJsonObject variables = process.value(QLatin1String("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        text += line(it.key(), it.value());
    text += line(QStringLiteral("D-Bus-session"), process.value(QLatin1String("sessionBus")));

    text += section(QStringLiteral("Certifikat"));
    const QJsonObject certificates = summary.value(QLatin1String("certificates")).toObject();
    if (certificates.isEmpty())
        text += QStringLiteral("  Inget importerat certifikat.\n");
    for (auto it = certificates.begin(); it != certificates.end(); ++it) {
        const QJsonObject certificate = it.value().toObject();
        text += QStringLiteral("  %1:\n").arg(it.key());
        text += line(QStringLiteral("  Subjekt"), certificate.value(QLatin1String("subject")));
        text += line(QStringLiteral("  Utfärdare"), certificate.value(QLatin1String("issuer")));
        text += line(QStringLiteral("  Serienummer"), certificate.value(QLatin1String("serialNumber")));
        text += line(QStringLiteral("  Giltigt från"), certificate.value(QLatin1String("validFrom")));
        text += line(QStringLiteral("  Giltigt till"), certificate.value(QLatin1String("validTo")));
        text += line(QStringLiteral("  Dagar kvar"), certificate.value(QLatin1String("daysLeft")));
        text += line(QStringLiteral("  SHA-256"), certificate.value(QLatin1String("sha256Fingerprint")));
        if (certificate.contains(QLatin1String("problem")))
            text += line(QStringLiteral("  Problem"), certificate.value(QLatin1String("problem")));
    }

    text += section(QStringLiteral("Åtkomst"));
    const QJsonObject tokens = summary.value(QLatin1String("accessTokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject token = it.value().toObject();
        QString what = token.value(QLatin1String("mode")).toString() == QLatin1String("token")
                           ? QStringLiteral("inklistrad token")
                           : QStringLiteral("nyckel och hemlighet");
        if (token.contains(QLatin1String("expiresAt")))
            what += QStringLiteral(", gäller till %1 (%2 dagar kvar)")
                        .arg(token.value(QLatin1String("expiresAt")).toString())
                        .arg(token.value(QLatin1String("daysLeft")).toInt());
        text += line(it.key(), what);
    }

    text += section(QStringLiteral("Databas"));
    const QJsonObject store = summary.value(QLatin1String("store")).toObject();
    text += line(QStringLiteral("Finns"), store.value(QLatin1String("exists")));
    text += line(QStringLiteral("Schemaversion"), store.value(QLatin1String("schemaVersion")));
    if (store.contains(QLatin1String("problem")))
        text += line(QStringLiteral("Problem"), store.value(QLatin1String("problem")));
    const QJsonObject counts = store.value(QLatin1String("notesPerState")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        text += line(QStringLiteral("Anteckningar, ") + it.key(), it.value());

    text += section(QStringLiteral("Värdelistor (hämtade)"));
    const QJsonObject valueLists = summary.value(QLatin1String("valueLists")).toObject();
    if (valueLists.isEmpty())
        text += QStringLiteral("  Inga hämtade listor: de inbyggda används.\n");
    for (auto it = valueLists.begin(); it != valueLists.end(); ++it) {
        text += QStringLiteral("  %1:\n").arg(it.key());
        const QJsonObject lists = it.value().toObject();
        for (auto list = lists.begin(); list != lists.end(); ++list)
            text += line(QStringLiteral("  ") + list.key(), list.value().isNull()
                                                                ? QJsonValue(QStringLiteral("inbyggd"))
                                                                : QJsonValue(list.value()));
    }

    const QJsonArray attempts = summary.value(QLatin1String("attempts")).toArray();
    text += section(QStringLiteral("De senaste försöken (%1, nyast först)").arg(attempts.size()));
    text += QStringLiteral(
        "  tid | anteckning | miljö | åtgärd | HTTP | utfall | felkoder | trackingId | traceId\n");
    for (const QJsonValue &value : attempts) {
        const QJsonObject attempt = value.toObject();
        QStringList codes;
        for (const QJsonValue &code : attempt.value(QLatin1String("errorCodes")).toArray())
            codes << code.toString();
        text += QStringLiteral("  %1 | %2 %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10\n")
                    .arg(attempt.value(QLatin1String("startedAt")).toString())
                    .arg(attempt.value(QLatin1String("noteType")).toString())
                    .arg(attempt.value(QLatin1String("noteId")).toInteger())
                    .arg(attempt.value(QLatin1String("environment")).toString(),
                         attempt.value(QLatin1String("operation")).toString())
                    .arg(attempt.value(QLatin1String("httpStatus")).toInt())
                    .arg(attempt.value(QLatin1String("outcome")).toString(), codes.join(QLatin1Char(',')),
                         attempt.value(QLatin1String("trackingId")).toString(),
                         attempt.value(QLatin1String("traceId")).toString());
    }

    text += section(QStringLiteral("Inställningar"));
    const QJsonObject settings = summary.value(QLatin1String("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        text += line(it.key(), it.value());

    text += section(QStringLiteral("Logg"));
    for (const QJsonValue &file : summary.value(QLatin1String("logFiles")).toArray())
        text += QStringLiteral("  %1\n").arg(file.toString());
    text += QStringLiteral(
        "\nPaketet innehåller inga anteckningar, tokens, nycklar, hemligheter eller lösenord.\n");
    return text;
}

} // namespace avfall
