#include "core/settings.h"
#include "network/registerclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/accesstoken.h"
#include "secrets/connectionstore.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace avfall;
using namespace avfall::test;

// Assembling the connection of an environment from settings, files and keychain, and what a change
// of certificate or environment does to a running client: its connections and tokens are dropped
// and the next call goes out with the new identity. Two sandboxes with a CA each: a server accepts
// only client certificates from its own CA, so a kept-alive connection or a stale certificate would
// show at once.
class TestConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void missingPiecesAreNamed();
    void sandboxNeedsItsProvider();
    void customAddressMustBeHttps();
    void assemblesFromSettingsFilesAndKeychain();
    void tokenModeUsesThePastedToken();
    void expiredPastedTokenIsReported();
    void changingTheCertificateDropsConnectionsAndTokens();
    void changingTheEnvironmentUsesTheOtherIdentity();
    void withoutKeychainSecretsAreAskedForThisSession();

private:
    CallResult submit(RegisterClient &client, const QJsonObject &note);
    QString p12File(const pki::KeyPair &pair, const QByteArray &password);
    void useSandboxA(ConnectionStore &store, const QByteArray &password);
    ConnectionAssembly apply(ConnectionStore &store, RegisterClient &client, Environment environment);

    std::unique_ptr<TestPki> m_pkiA;
    std::unique_ptr<TestPki> m_pkiB;
    std::unique_ptr<SandboxServer> m_serverA;
    std::unique_ptr<SandboxServer> m_serverB;
    QTemporaryDir m_files;
};

void TestConnectionStore::initTestCase()
{
    m_pkiA = std::make_unique<TestPki>();
    m_pkiB = std::make_unique<TestPki>();
    m_serverA = std::make_unique<SandboxServer>(m_pkiA->sandboxPki(), QString());
    m_serverB = std::make_unique<SandboxServer>(m_pkiB->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_serverA->listen(0, &error), qPrintable(error));
    QVERIFY2(m_serverB->listen(0, &error), qPrintable(error));
}

void TestConnectionStore::init()
{
    clearSessionSecrets();
}

CallResult TestConnectionStore::submit(RegisterClient &client, const QJsonObject &note)
{
    std::optional<CallResult> result;
    client.submit(NoteKind::Handel, note, QUuid::createUuid().toString(QUuid::WithoutBraces),
                  [&result](const CallResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qWarning("no answer");
    return result.value_or(CallResult());
}

QString TestConnectionStore::p12File(const pki::KeyPair &pair, const QByteArray &password)
{
    const QString path =
        m_files.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".p12"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(pki::exportPkcs12(pair, password, QStringLiteral("test")));
    return path;
}

// Egen adress pointing at sandbox A, with a certificate of A's CA and the sandbox's key and secret.
void TestConnectionStore::useSandboxA(ConnectionStore &store, const QByteArray &password)
{
    store.setCustomAddress(m_serverA->baseUrl(), m_serverA->tokenUrl(), m_pkiA->sandboxPki().caFile);
    const IdentityResult imported = store.identities()->importPkcs12Blocking(
        Environment::Custom, p12File(m_pkiA->client(pki::sandboxOrganisationNumber()), password), password);
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    bool stored = false;
    store.storeKeyAndSecret(Environment::Custom, SandboxServer::consumerKey(),
                            SandboxServer::consumerSecret(), [&](bool ok, const QString &error) {
                                QVERIFY2(ok, qPrintable(error));
                                stored = true;
                            });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
}

ConnectionAssembly TestConnectionStore::apply(ConnectionStore &store, RegisterClient &client,
                                              Environment environment)
{
    std::optional<ConnectionAssembly> assembly;
    store.applyTo(&client, environment, [&](const ConnectionAssembly &answer) { assembly = answer; });
    if (!QTest::qWaitFor([&] { return assembly.has_value(); }, 15000))
        qWarning("no assembly");
    return assembly.value_or(ConnectionAssembly());
}

void TestConnectionStore::missingPiecesAreNamed()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    const ConnectionAssembly custom = store.assembleBlocking(Environment::Custom);
    QVERIFY(!custom.ok());
    QVERIFY2(custom.error.contains(QStringLiteral("https://")), qPrintable(custom.error));
    QVERIFY2(custom.error.contains(QStringLiteral("Inget certifikat")), qPrintable(custom.error));
    QVERIFY2(custom.error.contains(QStringLiteral("Nyckel och hemlighet saknas")), qPrintable(custom.error));

    const ConnectionAssembly production = store.assembleBlocking(Environment::Production);
    QCOMPARE(production.settings.baseUrl, defaultBaseUrl(Environment::Production));
    QCOMPARE(production.settings.tokenUrl, defaultTokenUrl(Environment::Production));
    QVERIFY(!production.error.contains(QStringLiteral("https://")));
    QVERIFY(production.error.contains(QStringLiteral("Produktion")));
}

void TestConnectionStore::sandboxNeedsItsProvider()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    QVERIFY(!store.hasSandboxProvider());
    QVERIFY(!store.assembleBlocking(Environment::Sandbox).ok());
    store.setSandboxProvider([this](ConnectionSettings *settings, QString *) {
        *settings = m_pkiB->settings(m_serverB->baseUrl(), m_serverB->tokenUrl(),
                                     m_pkiB->client(pki::sandboxOrganisationNumber()));
        return true;
    });
    const ConnectionAssembly sandbox = store.assembleBlocking(Environment::Sandbox);
    QVERIFY2(sandbox.ok(), qPrintable(sandbox.error));
    QCOMPARE(sandbox.settings.environment, Environment::Sandbox);
    QCOMPARE(sandbox.settings.baseUrl, m_serverB->baseUrl());

    store.setSandboxProvider([](ConnectionSettings *, QString *error) {
        *error = QStringLiteral("porten är upptagen");
        return false;
    });
    QCOMPARE(store.assembleBlocking(Environment::Sandbox).error, QStringLiteral("porten är upptagen"));
}

void TestConnectionStore::customAddressMustBeHttps()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    QSignalSpy changed(&store, &ConnectionStore::changed);
    store.setCustomAddress(QUrl(QStringLiteral("http://example.se/api")),
                           QUrl(QStringLiteral("https://example.se/t")), QString());
    QCOMPARE(changed.count(), 1);
    store.setCustomAddress(QUrl(QStringLiteral("http://example.se/api")),
                           QUrl(QStringLiteral("https://example.se/t")), QString());
    QCOMPARE(changed.count(), 1); // nothing changed
    QVERIFY(store.assembleBlocking(Environment::Custom).error.contains(QStringLiteral("https://")));
    store.setCustomAddress(QUrl(QStringLiteral("https://example.se/api")),
                           QUrl(QStringLiteral("https://example.se/t")),
                           m_files.filePath(QStringLiteral("saknas.pem")));
    QVERIFY(store.assembleBlocking(Environment::Custom).error.contains(QStringLiteral("CA-certifikat")));
    // A file far too large to be a CA file (a sparse 4 GB) is refused unread.
    const QString huge = m_files.filePath(QStringLiteral("stor-ca.pem"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024));
    }
    store.setCustomAddress(QUrl(QStringLiteral("https://example.se/api")),
                           QUrl(QStringLiteral("https://example.se/t")), huge);
    const QString error = store.assembleBlocking(Environment::Custom).error;
    QVERIFY2(error.contains(QStringLiteral("för stor")), qPrintable(error));
}

void TestConnectionStore::assemblesFromSettingsFilesAndKeychain()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    useSandboxA(store, "lösen-a");
    const ConnectionAssembly assembly = store.assembleBlocking(Environment::Custom);
    QVERIFY2(assembly.ok(), qPrintable(assembly.error));
    QCOMPARE(assembly.settings.environment, Environment::Custom);
    QCOMPARE(assembly.settings.baseUrl, m_serverA->baseUrl());
    QCOMPARE(assembly.settings.tokenUrl, m_serverA->tokenUrl());
    QCOMPARE(assembly.settings.consumerKey, SandboxServer::consumerKey());
    QCOMPARE(assembly.settings.consumerSecret, SandboxServer::consumerSecret());
    QVERIFY(assembly.settings.accessToken.isEmpty());
    QCOMPARE(assembly.settings.extraCaCertificates, QSslCertificate::fromPath(m_pkiA->sandboxPki().caFile));
    QVERIFY(!assembly.settings.clientKey.isNull());
    QVERIFY(assembly.certificateWarning.isEmpty());

    RegisterClient client;
    client.setConnection(assembly.settings);
    const CallResult result = submit(client, samples::note(NoteKind::Handel));
    QVERIFY2(result.isAccepted(), qPrintable(result.summary));
}

void TestConnectionStore::tokenModeUsesThePastedToken()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    useSandboxA(store, "lösen-t");
    // A real token from sandbox A, pasted with the clutter a copy often brings.
    RegisterClient fetcher;
    fetcher.setConnection(store.assembleBlocking(Environment::Custom).settings);
    QVERIFY(submit(fetcher, samples::note(NoteKind::Handel)).isAccepted());

    bool stored = false;
    const QString token =
        QStringLiteral("eyJhbGciOiJub25lIn0.") +
        QString::fromLatin1(QByteArray(R"({"exp":4102444800,"sub":"x"})")
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
        QStringLiteral(".c2ln");
    store.storeAccessToken(Environment::Custom, QStringLiteral("Bearer ") + token + QStringLiteral("\n"),
                           [&](bool ok, const QString &) { stored = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    QCOMPARE(Settings(profile.profile()).accessMode(Environment::Custom), AccessMode::Token);
    const ConnectionAssembly assembly = store.assembleBlocking(Environment::Custom);
    QVERIFY2(assembly.ok(), qPrintable(assembly.error));
    QCOMPARE(assembly.settings.accessToken, token);
    // Only what is used is kept: the key and secret are gone from the keychain.
    QVERIFY(assembly.settings.consumerKey.isEmpty());
    QVERIFY(!store.secrets()->readBlocking(Environment::Custom, SecretKind::ConsumerSecret).found);
    QCOMPARE(inspectAccessToken(token).expiresAt.date(), QDate(2100, 1, 1));
}

void TestConnectionStore::expiredPastedTokenIsReported()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    useSandboxA(store, "lösen-e");
    const QString expired =
        QStringLiteral("eyJhbGciOiJub25lIn0.") +
        QString::fromLatin1(QByteArray(R"({"exp":1600000000})")
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
        QStringLiteral(".c2ln");
    bool stored = false;
    store.storeAccessToken(Environment::Custom, expired, [&](bool ok, const QString &) { stored = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    const ConnectionAssembly assembly = store.assembleBlocking(Environment::Custom);
    QVERIFY(assembly.error.contains(QStringLiteral("gick ut")));
}

void TestConnectionStore::changingTheCertificateDropsConnectionsAndTokens()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    useSandboxA(store, "lösen-1");
    RegisterClient client;
    QVERIFY(apply(store, client, Environment::Custom).ok());
    const int receivedBefore = m_serverA->received().size();
    QVERIFY(submit(client, samples::note(NoteKind::Handel)).isAccepted()); // a kept-alive connection now
    QCOMPARE(client.tokenFetchCount(), 1);
    QCOMPARE(m_serverA->received().size(), receivedBefore + 1);

    // The owner of the client listens for changes and re-applies, as the app does.
    QObject::connect(&store, &ConnectionStore::changed, &client,
                     [&](Environment environment) { store.applyTo(&client, environment); });
    QSignalSpy changed(&store, &ConnectionStore::changed);
    // A certificate of another CA: sandbox A must now refuse the handshake. Had the old connection
    // been kept, or the old certificate been used, the call would get through.
    const IdentityResult imported = store.identities()->importPkcs12Blocking(
        Environment::Custom, p12File(m_pkiB->client(QStringLiteral("5560065087")), "lösen-2"), "lösen-2");
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE(client.connection().clientCertificate, imported.identity.certificate);
    const int requestsBefore = m_serverA->requestCount();
    const CallResult refused = submit(client, samples::note(NoteKind::Handel));
    QVERIFY(!refused.isAccepted());
    QVERIFY(!refused.requestSent);
    // (With TLS 1.3 the refusal comes after the client's handshake; the token call reports it as
    // "unavailable" or as a certificate problem.)
    QVERIFY2(refused.outcome == Outcome::CertificateProblem || refused.outcome == Outcome::Unavailable,
             qPrintable(outcomeKey(refused.outcome)));
    QCOMPARE(m_serverA->requestCount(), requestsBefore); // not one HTTP request got through
    QCOMPARE(m_serverA->received().size(), receivedBefore + 1);

    // Back to a certificate of A's CA for another organisation: a new token, the new organisation.
    const pki::KeyPair customer = m_pkiA->client(QString::fromLatin1(samples::kCustomerOrganisation));
    QVERIFY(store.identities()
                ->importPkcs12Blocking(Environment::Custom, p12File(customer, "lösen-3"), "lösen-3")
                .ok());
    QTRY_COMPARE(client.connection().clientCertificate, QSslCertificate(customer.certificatePem));
    const int fetchesBefore = client.tokenFetchCount();
    const QJsonObject own = withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                                      QString::fromLatin1(samples::kCustomerOrganisation));
    const CallResult accepted = submit(client, own);
    QVERIFY2(accepted.isAccepted(), qPrintable(accepted.summary));
    QCOMPARE(client.tokenFetchCount(), fetchesBefore + 1);
    QCOMPARE(m_serverA->received().last().organisationNumber,
             QString::fromLatin1(samples::kCustomerOrganisation));
}

void TestConnectionStore::changingTheEnvironmentUsesTheOtherIdentity()
{
    TestProfile profile;
    ConnectionStore store(profile.profile());
    useSandboxA(store, "lösen-x");
    const pki::KeyPair sandboxIdentity = m_pkiB->client(pki::sandboxOrganisationNumber());
    store.setSandboxProvider([this, sandboxIdentity](ConnectionSettings *settings, QString *) {
        *settings = m_pkiB->settings(m_serverB->baseUrl(), m_serverB->tokenUrl(), sandboxIdentity);
        return true;
    });
    store.setEnvironment(Environment::Custom);
    RegisterClient client;
    QObject::connect(&store, &ConnectionStore::changed, &client,
                     [&](Environment environment) { store.applyTo(&client, environment); });
    QVERIFY(apply(store, client, Environment::Custom).ok());
    QVERIFY(submit(client, samples::note(NoteKind::Handel)).isAccepted());
    const int receivedA = m_serverA->received().size();
    const int receivedB = m_serverB->received().size();

    QSignalSpy changed(&store, &ConnectionStore::changed);
    store.setEnvironment(Environment::Sandbox);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Sandbox);
    QTRY_COMPARE(client.connection().environment, Environment::Sandbox);
    QCOMPARE(client.connection().clientCertificate, QSslCertificate(sandboxIdentity.certificatePem));
    const CallResult inSandbox = submit(client, samples::note(NoteKind::Handel));
    QVERIFY2(inSandbox.isAccepted(), qPrintable(inSandbox.summary));
    QCOMPARE(m_serverB->received().size(), receivedB + 1);
    QCOMPARE(m_serverA->received().size(), receivedA);
    QCOMPARE(client.tokenFetchCount(), 2);

    store.setEnvironment(Environment::Custom);
    QTRY_COMPARE(client.connection().environment, Environment::Custom);
    QVERIFY(submit(client, samples::note(NoteKind::Handel)).isAccepted());
    QCOMPARE(m_serverA->received().size(), receivedA + 1);
    QCOMPARE(m_serverB->received().size(), receivedB + 1);
}

void TestConnectionStore::withoutKeychainSecretsAreAskedForThisSession()
{
    TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    {
        SecretStore firstSession(profile.profile(), std::make_unique<FakeSecretBackend>(state));
        ConnectionStore store(profile.profile(), &firstSession);
        useSandboxA(store, "lösen-s");
        QVERIFY(store.assembleBlocking(Environment::Custom).ok());
    }
    clearSessionSecrets(); // a new session
    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    ConnectionStore store(profile.profile(), &secrets);
    const ConnectionAssembly assembly = store.assembleBlocking(Environment::Custom);
    QVERIFY(!assembly.ok());
    QVERIFY(assembly.needsSecretsThisSession);
    QVERIFY(state->entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
