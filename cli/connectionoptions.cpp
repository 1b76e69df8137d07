#include "cli/connectionoptions.h"
#include "cli/clitext.h"

#include "core/inputfile.h"
#include "core/settings.h"
#include "network/pki.h"
#include "network/tlsidentity.h"
#include "sandbox/sandboxserver.h"
#include "secrets/identitystore.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFile>

namespace avfall::cli {

namespace {

// A secret from a file: the first line, without the line break.
bool readSecretFile(const QString &path, QByteArray *secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliText::tr("Kan inte läsa %1: %2").arg(path, file.errorString());
        return false;
    }
    *secret = file.readLine().trimmed();
    return true;
}

// The certificate named by --client-cert (and its --client-cert-password-file).
bool readCertificateOption(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error)
{
    QByteArray password;
    if (parser.isSet(QStringLiteral("client-cert-password-file")) &&
        !readSecretFile(parser.value(QStringLiteral("client-cert-password-file")), &password, error))
        return false;
    const QString certificateFile = parser.value(QStringLiteral("client-cert"));
    // Refused unread when it is far too large to be a certificate.
    const inputfile::Read file = inputfile::read(certificateFile, inputfile::Kind::Certificate);
    if (!file.ok()) {
        *error = file.error;
        return false;
    }
    const IdentityLoad identity =
        certificateFile.endsWith(QLatin1String(".pem"), Qt::CaseInsensitive)
            ? loadPem(file.data, QByteArray(), password, QDateTime::currentDateTime())
            : loadPkcs12(file.data, password, QDateTime::currentDateTime());
    if (!identity.ok()) {
        *error = identity.message;
        return false;
    }
    settings->clientCertificate = identity.identity.certificate;
    settings->clientKey = identity.identity.privateKey;
    settings->clientChain = identity.identity.chain;
    return true;
}

bool readStoredAccess(SecretStore &secrets, AccessMode mode, ConnectionSettings *settings)
{
    if (mode == AccessMode::Token) {
        const SecretResult token = secrets.readBlocking(settings->environment, SecretKind::AccessToken);
        settings->accessToken = QString::fromUtf8(token.data);
        return !settings->accessToken.isEmpty();
    }
    const SecretResult key = secrets.readBlocking(settings->environment, SecretKind::ConsumerKey);
    const SecretResult secret = secrets.readBlocking(settings->environment, SecretKind::ConsumerSecret);
    settings->consumerKey = QString::fromUtf8(key.data);
    settings->consumerSecret = QString::fromUtf8(secret.data);
    return !settings->consumerKey.isEmpty() && !settings->consumerSecret.isEmpty();
}

} // namespace

Connection::Connection() = default;
Connection::Connection(Connection &&) noexcept = default;
Connection::~Connection() = default;

QList<QCommandLineOption> connectionOptions()
{
    return {
        {QStringLiteral("env"),
         CliText::tr("miljö: sandbox, test, production eller custom (annars den sparade)"),
         CliText::tr("miljö")},
        {QStringLiteral("base-url"), CliText::tr("registrets bas-URL (https)"), QStringLiteral("URL")},
        {QStringLiteral("token-url"), CliText::tr("tokentjänstens URL (https)"), QStringLiteral("URL")},
        {QStringLiteral("ca-file"), CliText::tr("PEM-fil med CA-certifikat att lita på utöver systemets"),
         QStringLiteral("PEM")},
        {QStringLiteral("client-cert"),
         CliText::tr("klientcertifikat: PKCS#12 (.p12/.pfx) eller PEM med nyckel"), CliText::tr("fil")},
        {QStringLiteral("client-cert-password-file"), CliText::tr("fil med certifikatets lösenord"),
         CliText::tr("fil")},
        {QStringLiteral("token-file"), CliText::tr("fil med en åtkomsttoken som används som den är"),
         CliText::tr("fil")},
        {QStringLiteral("key-secret-file"), CliText::tr("fil med nyckel:hemlighet för tokentjänsten"),
         CliText::tr("fil")},
        {QStringLiteral("timeout"), CliText::tr("vänta högst så många sekunder på varje svar (annars 30)"),
         CliText::tr("sekunder")},
    };
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions(connectionOptions());
}

Connection connectionFromOptions(const QCommandLineParser &parser, const Profile &profile)
{
    Connection connection;
    ConnectionSettings &settings = connection.settings;
    settings.environment = Settings(profile).environment();
    if (parser.isSet(QStringLiteral("env"))) {
        const auto environment = environmentFromKey(parser.value(QStringLiteral("env")));
        if (!environment) {
            connection.error = CliText::tr("Okänd miljö '%1'. Välj sandbox, test, production eller custom.")
                                   .arg(parser.value(QStringLiteral("env")));
            return connection;
        }
        settings.environment = *environment;
    }

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            connection.error = CliText::tr("--timeout ska vara ett antal sekunder mellan 1 och 3600.");
            return connection;
        }
        settings.timeoutMs = seconds * 1000;
    }
    const bool explicitAddress = parser.isSet(QStringLiteral("base-url"));
    if (settings.environment == Environment::Sandbox && !explicitAddress) {
        QString error;
        const pki::SandboxPki sandboxPki =
            pki::ensureSandboxPki(profile.dataDirectory() + QStringLiteral("/sandbox-pki"), &error);
        if (sandboxPki.caFile.isEmpty()) {
            connection.error = error;
            return connection;
        }
        connection.sandbox =
            std::make_unique<SandboxServer>(sandboxPki, profile.dataDirectory() + QStringLiteral("/sandbox"));
        if (!connection.sandbox->listen(0, &error)) {
            connection.error = CliText::tr("Sandlådan kunde inte starta: %1").arg(error);
            return connection;
        }
        const IdentityLoad identity = loadPkcs12File(sandboxPki.clientPkcs12File, sandboxPki.clientPassword,
                                                     QDateTime::currentDateTime());
        if (!identity.ok()) {
            connection.error = identity.message;
            return connection;
        }
        settings.baseUrl = connection.sandbox->baseUrl();
        settings.tokenUrl = connection.sandbox->tokenUrl();
        settings.clientCertificate = identity.identity.certificate;
        settings.clientKey = identity.identity.privateKey;
        settings.extraCaCertificates = QSslCertificate::fromPath(sandboxPki.caFile);
        settings.consumerKey = SandboxServer::consumerKey();
        settings.consumerSecret = SandboxServer::consumerSecret();
        return connection;
    }

    // The published addresses of Test and Production cannot be changed: settings made for one can
    // never reach the other. Other addresses need --env custom (or sandbox with an address).
    settings.baseUrl = defaultBaseUrl(settings.environment);
    settings.tokenUrl = defaultTokenUrl(settings.environment);
    if (settings.environment == Environment::Custom || settings.environment == Environment::Sandbox) {
        settings.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
        settings.tokenUrl = QUrl(parser.value(QStringLiteral("token-url")));
        // Egen adress as saved in the app, unless the options say otherwise.
        if (settings.environment == Environment::Custom) {
            const Settings saved(profile);
            if (!parser.isSet(QStringLiteral("base-url")))
                settings.baseUrl = saved.customBaseUrl();
            if (!parser.isSet(QStringLiteral("token-url")))
                settings.tokenUrl = saved.customTokenUrl();
            const QString caFile = saved.value(Settings::Key::CustomCaFile).toString();
            if (!parser.isSet(QStringLiteral("ca-file")) && !caFile.isEmpty())
                settings.extraCaCertificates = QSslCertificate::fromData(
                    inputfile::read(caFile, inputfile::Kind::Certificate).data, QSsl::Pem);
        }
    } else if (explicitAddress || parser.isSet(QStringLiteral("token-url"))) {
        connection.error = CliText::tr(
            "--base-url och --token-url gäller bara --env custom; Test och Produktion har fasta adresser.");
        return connection;
    }
    for (const QUrl &url : {settings.baseUrl, settings.tokenUrl}) {
        if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
            connection.error =
                CliText::tr("Både --base-url och --token-url behövs och måste börja med https://.");
            return connection;
        }
    }
    if (parser.isSet(QStringLiteral("ca-file"))) {
        const inputfile::Read file =
            inputfile::read(parser.value(QStringLiteral("ca-file")), inputfile::Kind::Certificate);
        if (!file.ok()) {
            connection.error = file.error;
            return connection;
        }
        settings.extraCaCertificates = QSslCertificate::fromData(file.data, QSsl::Pem);
        if (settings.extraCaCertificates.isEmpty()) {
            connection.error =
                CliText::tr("Inga CA-certifikat i %1.").arg(parser.value(QStringLiteral("ca-file")));
            return connection;
        }
    }
    // Without options, what was saved in the app: the certificate in the profile, its password,
    // the token or the key and secret in the keychain (asked for synchronously).
    std::unique_ptr<SecretStore> secrets;
    const auto keychain = [&secrets, &profile]() -> SecretStore & {
        if (!secrets) {
            secrets = std::make_unique<SecretStore>(profile);
            secrets->openBlocking();
        }
        return *secrets;
    };
    if (!parser.isSet(QStringLiteral("client-cert"))) {
        if (!IdentityStore(profile, nullptr).hasIdentity(settings.environment)) {
            connection.error = CliText::tr(
                "Inget klientcertifikat. Ange --client-cert FIL (och --client-cert-password-file), "
                "eller importera certifikatet under Inställningar i programmet.");
            return connection;
        }
        IdentityStore identities(profile, &keychain());
        const IdentityResult stored = identities.loadBlocking(settings.environment);
        if (!stored.ok()) {
            connection.error = stored.message;
            return connection;
        }
        settings.clientCertificate = stored.identity.certificate;
        settings.clientKey = stored.identity.privateKey;
        settings.clientChain = stored.identity.chain;
    } else if (!readCertificateOption(parser, &settings, &connection.error)) {
        return connection;
    }

    if (parser.isSet(QStringLiteral("token-file"))) {
        QByteArray token;
        if (!readSecretFile(parser.value(QStringLiteral("token-file")), &token, &connection.error))
            return connection;
        settings.accessToken = QString::fromUtf8(token);
    } else if (parser.isSet(QStringLiteral("key-secret-file"))) {
        QByteArray keySecret;
        if (!readSecretFile(parser.value(QStringLiteral("key-secret-file")), &keySecret, &connection.error))
            return connection;
        const qsizetype colon = keySecret.indexOf(':');
        if (colon <= 0) {
            connection.error =
                CliText::tr("Filen med nyckel och hemlighet ska innehålla nyckel:hemlighet på första raden.");
            return connection;
        }
        settings.consumerKey = QString::fromUtf8(keySecret.left(colon));
        settings.consumerSecret = QString::fromUtf8(keySecret.mid(colon + 1));
    } else if (!readStoredAccess(keychain(), Settings(profile).accessMode(settings.environment), &settings)) {
        connection.error =
            CliText::tr("Ingen åtkomst: ange --token-file eller --key-secret-file, eller spara nyckel och "
                        "hemlighet under Inställningar → Åtkomst i programmet.");
    }
    return connection;
}

} // namespace avfall::cli
