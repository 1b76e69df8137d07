#include "core/settings.h"
#include "network/pki.h"
#include "secrets/identitystore.h"
#include "secrets/secretstore.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using avfall::test::FakeSecretBackend;

Q_DECLARE_METATYPE(avfall::IdentityError)

// Importing the client certificate: what is accepted is copied owner-only into the profile with its
// password in the keychain; each bad certificate gives its own message and leaves nothing behind.
class TestIdentityStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importCopiesTheFileOwnerOnly();
    void passwordLivesInTheKeychainOnly();
    void storedIdentityReadsBack();
    void badCertificatesStoreNothing_data();
    void badCertificatesStoreNothing();
    void pemIsStoredEncrypted();
    void pemWithEncryptedKey();
    void replacingRemovesThePreviousFile();
    void keychainFailureStoresNothing();
    void withoutKeychainThePasswordIsAskedPerSession();
    void oversizedFileIsRefusedUnread_data();
    void oversizedFileIsRefusedUnread();
    void pkcs12WithoutPasswordIsStoredEncrypted();
    void withoutKeychainAPasswordlessKeyIsRefusedAtImport_data();
    void withoutKeychainAPasswordlessKeyIsRefusedAtImport();
    void withoutKeychainAnEncryptedPemWorksAfterARestart();
    void sandboxHasNoImport();
    void expiryWarning();
    void environmentsAreSeparate();
    void removeForgetsFileAndPassword();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QByteArray p12(const pki::KeyPair &pair, const QByteArray &password) const;
    IdentityResult importPem(IdentityStore &store, const QString &certificate, const QString &key,
                             const QByteArray &keyPassword);
    static void checkNoPlainKey(const test::TestProfile &profile, const QByteArray &privateKeyPem);
    static QStringList profileFiles(const test::TestProfile &profile);

    std::unique_ptr<test::TestPki> m_pki;
    QTemporaryDir m_files;
    pki::KeyPair m_good;
    const QByteArray m_password = QByteArrayLiteral("Kl0ck-Lösen#2026");
};

void TestIdentityStore::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_good = m_pki->client(pki::sandboxOrganisationNumber());
    QVERIFY(!m_good.isNull());
}

void TestIdentityStore::init()
{
    clearSessionSecrets();
}

QString TestIdentityStore::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return path;
}

QByteArray TestIdentityStore::p12(const pki::KeyPair &pair, const QByteArray &password) const
{
    return pki::exportPkcs12(pair, password, QStringLiteral("test"));
}

QStringList TestIdentityStore::profileFiles(const test::TestProfile &profile)
{
    QStringList files;
    QDirIterator it(profile.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestIdentityStore::importCopiesTheFileOwnerOnly()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    QSignalSpy changed(&store, &IdentityStore::identityChanged);
    const QByteArray data = p12(m_good, m_password);
    const QString source = writeFile(QStringLiteral("foretag.p12"), data);

    const IdentityResult result = store.importPkcs12Blocking(Environment::Test, source, m_password);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.identity.organisationNumber(), pki::sandboxOrganisationNumber());
    QCOMPARE(changed.count(), 1);

    const QString stored = store.storedFile(Environment::Test);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(QFileInfo(stored).absolutePath(), QDir(profile.profile().certificateDirectory()).absolutePath());
    QFile copy(stored);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), data);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(stored) & others, QFile::Permissions());
    QVERIFY(QFile::permissions(stored) & QFile::ReadOwner);
    QCOMPARE(QFile::permissions(profile.profile().certificateDirectory()) & others, QFile::Permissions());
    QCOMPARE(Settings(profile.profile()).certificateFile(Environment::Test), QFileInfo(stored).fileName());
    // The original stays where it was.
    QVERIFY(QFile::exists(source));
}

void TestIdentityStore::passwordLivesInTheKeychainOnly()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const QString source = writeFile(QStringLiteral("pw.p12"), p12(m_good, m_password));
    QVERIFY(store.importPkcs12Blocking(Environment::Production, source, m_password).ok());
    const SecretResult password =
        secrets.readBlocking(Environment::Production, SecretKind::CertificatePassword);
    QVERIFY(password.found);
    QCOMPARE(password.data, m_password);
    for (const QString &path : profileFiles(profile)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(m_password), qPrintable(path));
        QVERIFY2(!bytes.contains(QString::fromUtf8(m_password).toUtf8().toPercentEncoding()),
                 qPrintable(path));
    }
}

void TestIdentityStore::storedIdentityReadsBack()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const QString source = writeFile(QStringLiteral("back.p12"), p12(m_good, m_password));
    QVERIFY(store.importPkcs12Blocking(Environment::Custom, source, m_password).ok());

    // A new session of the same profile.
    SecretStore laterSecrets(profile.profile());
    IdentityStore later(profile.profile(), &laterSecrets);
    const IdentityResult loaded = later.loadBlocking(Environment::Custom);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.identity.certificate, QSslCertificate(m_good.certificatePem));
    QVERIFY(!loaded.identity.privateKey.isNull());
    QVERIFY(loaded.identity.allowsClientAuthentication());

    const IdentityResult none = later.loadBlocking(Environment::Production);
    QVERIFY(!none.ok());
    QVERIFY(none.message.contains(QStringLiteral("Inget certifikat")));
}

void TestIdentityStore::badCertificatesStoreNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<IdentityError>("error");
    QTest::addColumn<QString>("phrase");

    const QDateTime now = QDateTime::currentDateTime();
    const pki::KeyPair expired = m_pki->client(pki::sandboxOrganisationNumber(), now.addDays(-2));
    pki::CertificateRequest future;
    future.commonName = QStringLiteral("Framtida AB");
    future.organisationNumber = pki::sandboxOrganisationNumber();
    future.clientAuth = true;
    future.notBefore = now.addDays(5);
    future.notAfter = now.addYears(1);
    const pki::KeyPair notYetValid = pki::createCertificate(future, &m_pki->ca());
    const pki::KeyPair serverOnly = m_pki->client(pki::sandboxOrganisationNumber(), QDateTime(), false);
    pki::KeyPair certificateOnly = m_good;
    certificateOnly.privateKeyPem.clear();

    QTest::newRow("wrong password") << p12(m_good, m_password) << QByteArray("fel-lösen")
                                    << IdentityError::WrongPassword
                                    << QStringLiteral("Lösenordet stämmer inte");
    QTest::newRow("no private key") << p12(certificateOnly, m_password) << m_password
                                    << IdentityError::NoPrivateKey << QStringLiteral("privata nyckel");
    QTest::newRow("expired") << p12(expired, m_password) << m_password << IdentityError::Expired
                             << QStringLiteral("gick ut");
    QTest::newRow("not yet valid") << p12(notYetValid, m_password) << m_password << IdentityError::NotYetValid
                                   << QStringLiteral("gäller först från");
    QTest::newRow("no client authentication")
        << p12(serverOnly, m_password) << m_password << IdentityError::NoClientAuthentication
        << QStringLiteral("klientautentisering saknas");
    QTest::newRow("not a certificate")
        << QByteArray("detta är ingen certifikatfil") << m_password << IdentityError::NotACertificate
        << QStringLiteral("inget certifikat");
}

void TestIdentityStore::badCertificatesStoreNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, password);
    QFETCH(IdentityError, error);
    QFETCH(QString, phrase);

    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    QSignalSpy changed(&store, &IdentityStore::identityChanged);
    const QString source = writeFile(QStringLiteral("bad.p12"), file);
    Settings(profile.profile()).sync(); // the file exists, stamped with its schema version
    const QByteArray settingsBefore = [&] {
        QFile settings(profile.profile().settingsFile());
        return settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray();
    }();

    const IdentityResult result = store.importPkcs12Blocking(Environment::Test, source, password);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY2(result.message.contains(phrase), qPrintable(result.message));
    QCOMPARE(result.message, identityErrorMessage(error, result.identity.certificate));

    // Nothing stored: no file, no setting, no secret.
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(!store.hasIdentity(Environment::Test));
    QCOMPARE(Settings(profile.profile()).certificateFile(Environment::Test), QString());
    QVERIFY(state->entries.isEmpty());
    QCOMPARE(state->writes, 0);
    QCOMPARE(changed.count(), 0);
    QFile settings(profile.profile().settingsFile());
    QCOMPARE(settings.open(QIODevice::ReadOnly) ? settings.readAll() : QByteArray(), settingsBefore);
}

void TestIdentityStore::pemIsStoredEncrypted()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const QString certificate =
        writeFile(QStringLiteral("cert.pem"), m_good.certificatePem + m_pki->ca().certificatePem);
    const QString key = writeFile(QStringLiteral("key.pem"), m_good.privateKeyPem);
    bool finished = false;
    IdentityResult result;
    store.importPem(Environment::Test, certificate, key, {}, [&](const IdentityResult &answer) {
        result = answer;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(result.ok(), qPrintable(result.message));

    // The key lies in the profile only encrypted: neither its PEM body nor its DER can be found.
    const QSslKey privateKey(m_good.privateKeyPem, QSsl::Ec);
    const QByteArray der = privateKey.toDer();
    QByteArray body = m_good.privateKeyPem;
    body = body.mid(body.indexOf('\n') + 1).left(64);
    QVERIFY(!der.isEmpty());
    const QStringList files = profileFiles(profile);
    QVERIFY(!files.isEmpty());
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(body), qPrintable(path));
        QVERIFY2(!bytes.contains(der), qPrintable(path));
    }

    const IdentityResult loaded = store.loadBlocking(Environment::Test);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.identity.certificate, QSslCertificate(m_good.certificatePem));
    QCOMPARE(loaded.identity.chain.size(), 1); // the CA that came with it
    QCOMPARE(loaded.identity.privateKey.toDer(), der);
}

void TestIdentityStore::pemWithEncryptedKey()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const QSslKey key(m_good.privateKeyPem, QSsl::Ec);
    const QString certificate = writeFile(QStringLiteral("c.pem"), m_good.certificatePem);
    const QString keyFile = writeFile(QStringLiteral("k.pem"), key.toPem("nyckel-lösen"));
    IdentityResult result;
    bool finished = false;
    store.importPem(Environment::Custom, certificate, keyFile, "fel", [&](const IdentityResult &answer) {
        result = answer;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QCOMPARE(result.error, IdentityError::WrongPassword);
    QVERIFY(!store.hasIdentity(Environment::Custom));

    finished = false;
    store.importPem(Environment::Custom, certificate, keyFile, "nyckel-lösen",
                    [&](const IdentityResult &answer) {
                        result = answer;
                        finished = true;
                    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(store.loadBlocking(Environment::Custom).ok());
    // The key's own password is not what the keychain keeps: that is a random one of ours.
    QVERIFY(secrets.readBlocking(Environment::Custom, SecretKind::CertificatePassword).data !=
            "nyckel-lösen");
}

void TestIdentityStore::replacingRemovesThePreviousFile()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    QVERIFY(store
                .importPkcs12Blocking(Environment::Test, writeFile(QStringLiteral("a.p12"), p12(m_good, "a")),
                                      "a")
                .ok());
    const QString first = store.storedFile(Environment::Test);
    const pki::KeyPair other = m_pki->client(QStringLiteral("5560065087"));
    QVERIFY(
        store
            .importPkcs12Blocking(Environment::Test, writeFile(QStringLiteral("b.p12"), p12(other, "b")), "b")
            .ok());
    const QString second = store.storedFile(Environment::Test);
    QVERIFY(first != second);
    QVERIFY(!QFile::exists(first));
    QCOMPARE(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files).size(), 1);
    QCOMPARE(store.loadBlocking(Environment::Test).identity.organisationNumber(),
             QStringLiteral("5560065087"));
}

void TestIdentityStore::keychainFailureStoresNothing()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::FailWritesAfterProbe;
    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    const IdentityResult result = store.importPkcs12Blocking(
        Environment::Test, writeFile(QStringLiteral("k.p12"), p12(m_good, m_password)), m_password);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("nyckelringen")), qPrintable(result.message));
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(!store.hasIdentity(Environment::Test));
}

void TestIdentityStore::withoutKeychainThePasswordIsAskedPerSession()
{
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    {
        SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
        IdentityStore store(profile.profile(), &secrets);
        QVERIFY(store
                    .importPkcs12Blocking(Environment::Test,
                                          writeFile(QStringLiteral("s.p12"), p12(m_good, m_password)),
                                          m_password)
                    .ok());
        QVERIFY(store.loadBlocking(Environment::Test).ok()); // this session knows it
    }
    clearSessionSecrets(); // the app was restarted

    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    const IdentityResult asked = store.loadBlocking(Environment::Test);
    QVERIFY(asked.needsPassword);
    QVERIFY(!asked.ok());
    QVERIFY2(asked.message.contains(QStringLiteral("ingen nyckelring")), qPrintable(asked.message));

    IdentityResult unlocked;
    bool finished = false;
    store.unlock(Environment::Test, "fel", [&](const IdentityResult &answer) {
        unlocked = answer;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(unlocked.error, IdentityError::WrongPassword);
    finished = false;
    store.unlock(Environment::Test, m_password, [&](const IdentityResult &answer) {
        unlocked = answer;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QVERIFY(unlocked.ok());
    QVERIFY(store.loadBlocking(Environment::Test).ok());
    QVERIFY(state->entries.isEmpty()); // the broken keychain never got anything
}

IdentityResult TestIdentityStore::importPem(IdentityStore &store, const QString &certificate,
                                            const QString &key, const QByteArray &keyPassword)
{
    std::optional<IdentityResult> result;
    store.importPem(Environment::Test, certificate, key, keyPassword,
                    [&](const IdentityResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return IdentityResult();
    return *result;
}

// Neither the key's PEM body nor its DER lies anywhere in the profile.
void TestIdentityStore::checkNoPlainKey(const test::TestProfile &profile, const QByteArray &privateKeyPem)
{
    const QByteArray der = QSslKey(privateKeyPem, QSsl::Ec).toDer();
    QByteArray body = privateKeyPem;
    body = body.mid(body.indexOf('\n') + 1).left(64);
    QVERIFY(!der.isEmpty());
    for (const QString &path : profileFiles(profile)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(body), qPrintable(path));
        QVERIFY2(!bytes.contains(der), qPrintable(path));
    }
}

void TestIdentityStore::oversizedFileIsRefusedUnread_data()
{
    QTest::addColumn<bool>("pem");
    QTest::newRow("PKCS#12") << false;
    QTest::newRow("PEM") << true;
}

void TestIdentityStore::oversizedFileIsRefusedUnread()
{
    // A disk image chosen by mistake: 8 GB (sparse), refused at once and nothing stored.
    QFETCH(bool, pem);
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    const QString path = m_files.filePath(pem ? QStringLiteral("stor.pem") : QStringLiteral("stor.p12"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(8) * 1024 * 1024 * 1024));
    }
    const IdentityResult result = pem ? importPem(store, path, QString(), QByteArray())
                                      : store.importPkcs12Blocking(Environment::Test, path, m_password);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("för stor")), qPrintable(result.message));
    QVERIFY(!store.hasIdentity(Environment::Test));
    QCOMPARE(state->writes, 0);
}

void TestIdentityStore::pkcs12WithoutPasswordIsStoredEncrypted()
{
    // A .p12 exported without a password holds its key as good as in plain text: it is stored
    // encrypted anew, with a password only the keychain knows.
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const QByteArray original = p12(m_good, QByteArray());
    QVERIFY(loadPkcs12(original, QByteArray(), QDateTime::currentDateTime()).ok());
    const IdentityResult result = store.importPkcs12Blocking(
        Environment::Test, writeFile(QStringLiteral("utan-losen.p12"), original), QByteArray());
    QVERIFY2(result.ok(), qPrintable(result.message));

    QFile stored(store.storedFile(Environment::Test));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray bytes = stored.readAll();
    QVERIFY(bytes != original);
    QCOMPARE(loadPkcs12(bytes, QByteArray(), QDateTime::currentDateTime()).error,
             IdentityError::WrongPassword);
    const SecretResult password = secrets.readBlocking(Environment::Test, SecretKind::CertificatePassword);
    QVERIFY(password.found);
    QVERIFY(password.data.size() >= 24);
    checkNoPlainKey(profile, m_good.privateKeyPem);
    // And it opens again in a later session.
    SecretStore laterSecrets(profile.profile());
    IdentityStore later(profile.profile(), &laterSecrets);
    const IdentityResult loaded = later.loadBlocking(Environment::Test);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(loaded.identity.certificate, QSslCertificate(m_good.certificatePem));
}

void TestIdentityStore::withoutKeychainAPasswordlessKeyIsRefusedAtImport_data()
{
    // Without a keychain a random password would be gone after a restart, and no password at all
    // would leave the key open: such an import is refused, with a way out.
    QTest::addColumn<bool>("pem");
    QTest::newRow("PEM key without password") << true;
    QTest::newRow("PKCS#12 without password") << false;
}

void TestIdentityStore::withoutKeychainAPasswordlessKeyIsRefusedAtImport()
{
    QFETCH(bool, pem);
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    const IdentityResult result =
        pem ? importPem(store, writeFile(QStringLiteral("c.pem"), m_good.certificatePem),
                        writeFile(QStringLiteral("k.pem"), m_good.privateKeyPem), QByteArray())
            : store.importPkcs12Blocking(Environment::Test,
                                         writeFile(QStringLiteral("n.p12"), p12(m_good, QByteArray())),
                                         QByteArray());
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("ingen nyckelring")), qPrintable(result.message));
    QVERIFY(!store.hasIdentity(Environment::Test));
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestIdentityStore::withoutKeychainAnEncryptedPemWorksAfterARestart()
{
    // Without a keychain the stored file is encrypted with the key's own password, which the user
    // knows and gives once per session.
    test::TestProfile profile;
    auto state = std::make_shared<FakeSecretBackend::State>();
    state->behaviour = FakeSecretBackend::Behaviour::NoKeychain;
    const QByteArray keyPassword = "nyckel-lösen";
    {
        SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
        IdentityStore store(profile.profile(), &secrets);
        const IdentityResult imported = importPem(
            store, writeFile(QStringLiteral("c.pem"), m_good.certificatePem),
            writeFile(QStringLiteral("k.pem"), QSslKey(m_good.privateKeyPem, QSsl::Ec).toPem(keyPassword)),
            keyPassword);
        QVERIFY2(imported.ok(), qPrintable(imported.message));
    }
    clearSessionSecrets(); // the app was restarted
    checkNoPlainKey(profile, m_good.privateKeyPem);

    SecretStore secrets(profile.profile(), std::make_unique<FakeSecretBackend>(state));
    IdentityStore store(profile.profile(), &secrets);
    const IdentityResult asked = store.loadBlocking(Environment::Test);
    QVERIFY(asked.needsPassword);
    std::optional<IdentityResult> unlocked;
    store.unlock(Environment::Test, keyPassword, [&](const IdentityResult &answer) { unlocked = answer; });
    QTRY_VERIFY(unlocked.has_value());
    QVERIFY2(unlocked->ok(), qPrintable(unlocked->message));
    QCOMPARE(unlocked->identity.certificate, QSslCertificate(m_good.certificatePem));
    QVERIFY(state->entries.isEmpty());
}

void TestIdentityStore::sandboxHasNoImport()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const IdentityResult result = store.importPkcs12Blocking(
        Environment::Sandbox, writeFile(QStringLiteral("x.p12"), p12(m_good, m_password)), m_password);
    QVERIFY(!result.ok());
    QVERIFY(result.message.contains(QStringLiteral("övningscertifikat")));
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files).isEmpty());
}

void TestIdentityStore::expiryWarning()
{
    const QDateTime now = QDateTime::currentDateTime();
    TlsIdentity soon;
    soon.certificate = QSslCertificate(
        m_pki->client(pki::sandboxOrganisationNumber(), now.addDays(10).addSecs(60)).certificatePem);
    const QString warning = IdentityStore::expiryWarning(soon, now);
    QVERIFY2(warning.contains(QStringLiteral("10 dagar")), qPrintable(warning));
    TlsIdentity later;
    later.certificate =
        QSslCertificate(m_pki->client(pki::sandboxOrganisationNumber(), now.addDays(60)).certificatePem);
    QVERIFY(IdentityStore::expiryWarning(later, now).isEmpty());
    TlsIdentity thirty;
    thirty.certificate = QSslCertificate(
        m_pki->client(pki::sandboxOrganisationNumber(), now.addDays(30).addSecs(60)).certificatePem);
    QVERIFY(!IdentityStore::expiryWarning(thirty, now).isEmpty());
}

void TestIdentityStore::environmentsAreSeparate()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    const pki::KeyPair other = m_pki->client(QStringLiteral("5560065087"));
    QVERIFY(store
                .importPkcs12Blocking(Environment::Test, writeFile(QStringLiteral("t.p12"), p12(m_good, "t")),
                                      "t")
                .ok());
    QVERIFY(store
                .importPkcs12Blocking(Environment::Production,
                                      writeFile(QStringLiteral("p.p12"), p12(other, "p")), "p")
                .ok());
    QCOMPARE(store.loadBlocking(Environment::Test).identity.organisationNumber(),
             pki::sandboxOrganisationNumber());
    QCOMPARE(store.loadBlocking(Environment::Production).identity.organisationNumber(),
             QStringLiteral("5560065087"));
    QVERIFY(!store.hasIdentity(Environment::Custom));
}

void TestIdentityStore::removeForgetsFileAndPassword()
{
    test::TestProfile profile;
    SecretStore secrets(profile.profile());
    IdentityStore store(profile.profile(), &secrets);
    QVERIFY(store
                .importPkcs12Blocking(Environment::Test, writeFile(QStringLiteral("r.p12"), p12(m_good, "r")),
                                      "r")
                .ok());
    bool removed = false;
    store.remove(Environment::Test, [&](bool ok, const QString &) { removed = ok; });
    QTRY_VERIFY(removed);
    QVERIFY(!store.hasIdentity(Environment::Test));
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files).isEmpty());
    QVERIFY(!secrets.readBlocking(Environment::Test, SecretKind::CertificatePassword).found);
}

QTEST_GUILESS_MAIN(TestIdentityStore)
#include "tst_identitystore.moc"
