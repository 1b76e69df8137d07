#include "secrets/secretstore.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/childtest.h"
#include "tests/support/testprofile.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace avfall;
using avfall::test::FakeSecretBackend;

// The keychain of a profile: a round trip through the real Secret Service (gnome-keyring inside
// scripts/with-keyring.sh), separate profiles, and the session-only fallback without a keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serviceNamesDifferPerProfile();
    void keysNameEnvironmentAndKind();
    void roundTripThroughTheRealKeychain();
    void profilesNeverShareSecrets();
    void noKeychainInAChildProcess();
    void noKeychainChild();
    void missingBackendFallsBackToTheSession();
    void lockedKeyringFallsBackToTheSession();
    void sessionSecretsAreSharedWithinTheProcess();
    void operationsWaitForTheProbe();
    void failedWriteIsReported();

private:
    static const QList<SecretKind> &kinds();
};

const QList<SecretKind> &TestSecretStore::kinds()
{
    static const QList<SecretKind> all = {SecretKind::AccessToken, SecretKind::ConsumerKey,
                                          SecretKind::ConsumerSecret, SecretKind::CertificatePassword};
    return all;
}

void TestSecretStore::init()
{
    clearSessionSecrets();
}

void TestSecretStore::serviceNamesDifferPerProfile()
{
    test::TestProfile first;
    test::TestProfile second;
    const QString a = SecretStore::serviceNameFor(first.profile());
    const QString b = SecretStore::serviceNameFor(second.profile());
    QVERIFY(a.startsWith(QStringLiteral("Avfallsrapport-")));
    QVERIFY(a != b);
    // Stable for the same folder, however it is spelled.
    QCOMPARE(SecretStore::serviceNameFor(Profile::inDirectory(first.path() + QStringLiteral("/."))), a);
    QVERIFY(SecretStore::serviceNameFor(Profile::standard()) != a);
}

void TestSecretStore::keysNameEnvironmentAndKind()
{
    QCOMPARE(SecretStore::keyFor(Environment::Production, SecretKind::ConsumerSecret),
             QStringLiteral("production/consumer-secret"));
    QCOMPARE(SecretStore::keyFor(Environment::Test, SecretKind::AccessToken),
             QStringLiteral("test/access-token"));
    QCOMPARE(SecretStore::keyFor(Environment::Custom, SecretKind::CertificatePassword),
             QStringLiteral("custom/certificate-password"));
    QCOMPARE(SecretStore::keyFor(Environment::Test, SecretKind::ConsumerKey),
             QStringLiteral("test/consumer-key"));
}

void TestSecretStore::roundTripThroughTheRealKeychain()
{
    test::TestProfile profile;
    SecretStore store(profile.profile());
    QVERIFY(store.openBlocking());
    if (store.mode() != SecretStore::Mode::Keychain) {
        if (test::insideKeyringSession())
            QFAIL(qPrintable(QStringLiteral("Ingen nyckelring trots with-keyring.sh: ") +
                             store.keychainProblem()));
        QSKIP("No Secret Service here; run the tests through scripts/with-keyring.sh.");
    }
    QVERIFY(store.isPersistent());
    QVERIFY(store.keychainProblem().isEmpty());

    QSignalSpy changed(&store, &SecretStore::secretChanged);
    // Binary data, UTF-8 and a long token all survive.
    const QByteArray binary("\x00\x01\xffsecret\n\t", 11);
    const QByteArray utf8 = QStringLiteral("lösenord-åäö-€").toUtf8();
    const QByteArray longToken = QByteArray(4000, 'x') + "end";
    for (Environment environment : {Environment::Test, Environment::Production}) {
        for (SecretKind kind : kinds()) {
            const QByteArray value = kind == SecretKind::AccessToken ? longToken
                                     : kind == SecretKind::CertificatePassword
                                         ? binary
                                         : utf8 + environmentKey(environment).toUtf8();
            const SecretResult written = store.writeBlocking(environment, kind, value);
            QVERIFY2(written.ok, qPrintable(written.error));
        }
    }
    QCOMPARE(changed.count(), 8);

    // A second store on the same profile (a later session) reads them from the keychain.
    SecretStore later(profile.profile());
    for (Environment environment : {Environment::Test, Environment::Production}) {
        for (SecretKind kind : kinds()) {
            const SecretResult read = later.readBlocking(environment, kind);
            QVERIFY2(read.ok, qPrintable(read.error));
            QVERIFY(read.found);
            const QByteArray expected = kind == SecretKind::AccessToken ? longToken
                                        : kind == SecretKind::CertificatePassword
                                            ? binary
                                            : utf8 + environmentKey(environment).toUtf8();
            QCOMPARE(read.data, expected);
        }
    }
    QCOMPARE(later.mode(), SecretStore::Mode::Keychain);

    // Overwrite, then delete; deleting what is gone is fine.
    QVERIFY(store.writeBlocking(Environment::Test, SecretKind::AccessToken, "ny").ok);
    QCOMPARE(later.readBlocking(Environment::Test, SecretKind::AccessToken).data, QByteArray("ny"));
    for (Environment environment : {Environment::Test, Environment::Production}) {
        for (SecretKind kind : kinds())
            QVERIFY(store.removeBlocking(environment, kind).ok);
    }
    const SecretResult gone = later.readBlocking(Environment::Test, SecretKind::AccessToken);
    QVERIFY(gone.ok);
    QVERIFY(!gone.found);
    QVERIFY(store.removeBlocking(Environment::Test, SecretKind::AccessToken).ok);

    // The asynchronous interface gives the same.
    bool done = false;
    store.write(Environment::Custom, SecretKind::ConsumerKey, "k", [&](const SecretResult &result) {
        QVERIFY(result.ok);
        store.read(Environment::Custom, SecretKind::ConsumerKey, [&](const SecretResult &read) {
            QCOMPARE(read.data, QByteArray("k"));
            store.remove(Environment::Custom, SecretKind::ConsumerKey,
                         [&](const SecretResult &) { done = true; });
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
}

void TestSecretStore::profilesNeverShareSecrets()
{
    test::TestProfile first;
    test::TestProfile second;
    SecretStore a(first.profile());
    SecretStore b(second.profile());
    QVERIFY(a.openBlocking());
    QVERIFY(b.openBlocking());
    AVFALL_REQUIRE_KEYCHAIN(first.profile());
    QCOMPARE(a.mode(), SecretStore::Mode::Keychain);
    QVERIFY(a.writeBlocking(Environment::Production, SecretKind::ConsumerSecret, "bara-a").ok);
    const SecretResult fromB = b.readBlocking(Environment::Production, SecretKind::ConsumerSecret);
    QVERIFY(fromB.ok);
    QVERIFY(!fromB.found);
    QVERIFY(a.readBlocking(Environment::Production, SecretKind::ConsumerSecret).found);
    // The other environment of the same profile is separate as well.
    QVERIFY(!a.readBlocking(Environment::Test, SecretKind::ConsumerSecret).found);
    QVERIFY(a.removeBlocking(Environment::Production, SecretKind::ConsumerSecret).ok);
}

// The parent starts this executable again with a D-Bus address that leads nowhere: QtKeychain then
// fails with OtherError ("Could not connect…"), which must lead to the session-only mode.
void TestSecretStore::noKeychainInAChildProcess()
{
    test::TestProfile profile;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       test::sessionBusThatIsNotThere(profile.path()));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("AVFALL_SECRETSTORE_CHILD"), profile.path());
    const test::ChildRun child =
        test::runTestFunctionInChild(QStringLiteral("noKeychainChild"), environment, 60000);
    QVERIFY2(child.passed, qPrintable(child.output));

    // Nothing of the secret was written anywhere in the profile.
    QDirIterator files(profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("sessionshemlighet"), qPrintable(file.fileName()));
    }
}

void TestSecretStore::noKeychainChild()
{
    const QString directory = qEnvironmentVariable("AVFALL_SECRETSTORE_CHILD");
    if (directory.isEmpty())
        QSKIP("Runs only as the child of noKeychainInAChildProcess.");
    const Profile profile = Profile::inDirectory(directory);
    SecretStore store(profile);
    QSignalSpy modeChanged(&store, &SecretStore::modeChanged);
    QVERIFY(store.openBlocking());
    QCOMPARE(store.mode(), SecretStore::Mode::SessionOnly);
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.keychainProblem().isEmpty());
    QCOMPARE(modeChanged.count(), 1);
    qInfo("keychain problem: %s", qPrintable(store.keychainProblem()));

    QVERIFY(store.writeBlocking(Environment::Production, SecretKind::ConsumerSecret, "sessionshemlighet").ok);
    QCOMPARE(store.readBlocking(Environment::Production, SecretKind::ConsumerSecret).data,
             QByteArray("sessionshemlighet"));
    // Asked once per session: another store of the same profile in this process knows it …
    SecretStore other(profile);
    QCOMPARE(other.readBlocking(Environment::Production, SecretKind::ConsumerSecret).data,
             QByteArray("sessionshemlighet"));
    // … but another profile does not.
    test::TestProfile stranger;
    SecretStore strangers(stranger.profile());
    QVERIFY(!strangers.readBlocking(Environment::Production, SecretKind::ConsumerSecret).found);
}

void TestSecretStore::missingBackendFallsBackToTheSession()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    SecretStore store(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    QCOMPARE(store.mode(), SecretStore::Mode::Unknown);
    QVERIFY(store.writeBlocking(Environment::Test, SecretKind::AccessToken, "t").ok);
    QCOMPARE(store.mode(), SecretStore::Mode::SessionOnly);
    QVERIFY2(store.keychainProblem().contains(QStringLiteral("D-Bus")), qPrintable(store.keychainProblem()));
    QCOMPARE(store.readBlocking(Environment::Test, SecretKind::AccessToken).data, QByteArray("t"));
    QCOMPARE(state->writes, 1); // only the probe reached the broken keychain
    QVERIFY(state->entries.isEmpty());
}

void TestSecretStore::lockedKeyringFallsBackToTheSession()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::Locked;
    SecretStore store(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    QVERIFY(store.openBlocking());
    QCOMPARE(store.mode(), SecretStore::Mode::SessionOnly);
    QVERIFY(store.keychainProblem().contains(QStringLiteral("låst")));
}

void TestSecretStore::sessionSecretsAreSharedWithinTheProcess()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    {
        SecretStore first(profile.profile(), std::make_unique<FakeSecretBackend>(state));
        QVERIFY(first.writeBlocking(Environment::Custom, SecretKind::CertificatePassword, "p").ok);
    }
    SecretStore second(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    QCOMPARE(second.readBlocking(Environment::Custom, SecretKind::CertificatePassword).data, QByteArray("p"));
    clearSessionSecrets();
    QVERIFY(!second.readBlocking(Environment::Custom, SecretKind::CertificatePassword).found);
}

void TestSecretStore::operationsWaitForTheProbe()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    SecretStore store(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    int answered = 0;
    store.write(Environment::Test, SecretKind::ConsumerKey, "a",
                [&](const SecretResult &r) { answered += r.ok; });
    store.write(Environment::Test, SecretKind::ConsumerSecret, "b",
                [&](const SecretResult &r) { answered += r.ok; });
    QCOMPARE(store.mode(), SecretStore::Mode::Unknown);
    QTRY_COMPARE(answered, 2);
    QCOMPARE(store.mode(), SecretStore::Mode::Keychain);
    QCOMPARE(state->writes, 3);         // one probe, two secrets
    QCOMPARE(state->entries.size(), 2); // the probe entry was removed again
    QCOMPARE(state->entries.value(store.serviceName() + QStringLiteral("\ntest/consumer-key")),
             QByteArray("a"));
}

void TestSecretStore::failedWriteIsReported()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::FailWritesAfterProbe;
    SecretStore store(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    QSignalSpy changed(&store, &SecretStore::secretChanged);
    const SecretResult result = store.writeBlocking(Environment::Test, SecretKind::ConsumerKey, "a");
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.mode(), SecretStore::Mode::Keychain);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
