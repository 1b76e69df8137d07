#include "network/pki.h"
#include "network/tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using avfall::IdentityError;
using avfall::IdentityLoad;
using avfall::pki::CertificateRequest;
using avfall::pki::KeyPair;
using avfall::pki::KeyType;

namespace {

constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr auto kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
// Qt's permission bits: 0x7000 owner, 0x0700 "user" (the current user: the owner here), 0x0070
// group, 0x0007 other. Only owner, group and other are the file's mode.
constexpr int kOwnerGroupOther = 0x7077;

// DER object identifiers as they appear unencrypted in a PKCS#12 file.
const QByteArray kRc2Oid = QByteArray::fromHex("060a2a864886f70d010c0106");  // pbeWithSHA1And40BitRC2-CBC
const QByteArray kSha1Oid = QByteArray::fromHex("06052b0e03021a");           // sha1 (the MAC)
const QByteArray kAes256Oid = QByteArray::fromHex("060960864801650304012a"); // aes-256-cbc (PBES2)

CertificateRequest clientRequest()
{
    CertificateRequest request;
    request.commonName = QStringLiteral("Sandlådebolaget AB");
    request.organisation = QStringLiteral("Sandlådebolaget AB");
    request.organisationNumber = QStringLiteral("5560000167");
    request.clientAuth = true;
    return request;
}

QSslCertificate certificateOf(const KeyPair &pair)
{
    return QSslCertificate(pair.certificatePem, QSsl::Pem);
}

QSslKey keyOf(const KeyPair &pair)
{
    return QSslKey(pair.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

QSslConfiguration tlsConfiguration(const QSslCertificate &certificate, const QSslKey &key,
                                   const QSslCertificate &trusted)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setCaCertificates({trusted});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

// Run as a child process of legacyProviderMissingIsExplained with OPENSSL_MODULES pointing at an
// empty folder, so that the legacy provider cannot load. Returns the exit code; complaints on stderr.
constexpr char kProbeVariable[] = "AVFALL_PKI_LEGACY_PROBE";

int legacyProbe(const QString &directory)
{
    QTextStream err(stderr);
    if (avfall::pki::loadLegacyProvider()) {
        err << "the legacy provider loaded although OPENSSL_MODULES points at an empty folder\n";
        return 2;
    }
    const auto read = [&](const QString &name) {
        QFile file(QDir(directory).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const IdentityLoad legacy = avfall::loadPkcs12(read(QStringLiteral("legacy.p12")), "lösen", now);
    const IdentityLoad wrong = avfall::loadPkcs12(read(QStringLiteral("legacy.p12")), "fel", now);
    const IdentityLoad modern = avfall::loadPkcs12(read(QStringLiteral("modern.p12")), "lösen", now);
    if (legacy.error != IdentityError::LegacyEncryptionUnsupported || !legacy.message.contains(u"-legacy")) {
        err << "legacy file: " << int(legacy.error) << ' ' << legacy.message << '\n';
        return 3;
    }
    if (wrong.error != IdentityError::WrongPassword) {
        err << "legacy file, wrong password: " << int(wrong.error) << '\n';
        return 4;
    }
    if (!modern.ok()) {
        err << "modern file: " << modern.message << '\n';
        return 5;
    }
    return 0;
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legacyProviderLoads();
    void chainVerifies();
    void clientSubjectCarriesOrganisationNumber();
    void legacyProviderMissingIsExplained();
    void pkcs12RoundTrip_data();
    void pkcs12RoundTrip();
    void wrongPassword_data();
    void wrongPassword();
    void pkcs12WithoutKey();
    void notAPkcs12File();
    void refusedCertificates_data();
    void refusedCertificates();
    void pemIdentity();
    void pemMismatchedKey();
    void pemEncryptedKey();
    void sandboxPkiIsIdempotent();
    void sandboxPkiRenewsIncompleteFiles();
    void mutualTlsHandshake();
    void foreignClientRefused_data();
    void foreignClientRefused();

private:
    KeyPair m_ca;
    KeyPair m_server;
    KeyPair m_client;
    KeyPair m_otherCa;
    KeyPair m_otherClient;
};

void TestPki::initTestCase()
{
    CertificateRequest ca;
    ca.commonName = QStringLiteral("Testets CA");
    ca.organisation = QStringLiteral("Avfallsrapport test");
    ca.isCa = true;
    m_ca = avfall::pki::createCertificate(ca, nullptr);
    QVERIFY(!m_ca.isNull());

    CertificateRequest server;
    server.commonName = QStringLiteral("localhost");
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QStringLiteral("127.0.0.1")};
    server.serverAuth = true;
    m_server = avfall::pki::createCertificate(server, &m_ca);
    QVERIFY(!m_server.isNull());

    m_client = avfall::pki::createCertificate(clientRequest(), &m_ca);
    QVERIFY(!m_client.isNull());

    ca.commonName = QStringLiteral("Någon annans CA");
    m_otherCa = avfall::pki::createCertificate(ca, nullptr);
    QVERIFY(!m_otherCa.isNull());
    m_otherClient = avfall::pki::createCertificate(clientRequest(), &m_otherCa);
    QVERIFY(!m_otherClient.isNull());
}

void TestPki::legacyProviderLoads()
{
    // Debian 12's libssl3 ships ossl-modules/legacy.so; without it RC2 files cannot be read.
    QVERIFY(avfall::pki::loadLegacyProvider());
    QVERIFY(avfall::pki::loadLegacyProvider()); // once is enough; a second call is harmless
}

void TestPki::legacyProviderMissingIsExplained()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QVERIFY(QDir(temporary.path()).mkdir(QStringLiteral("inga-moduler")));
    for (const bool legacy : {true, false}) {
        QFile file(temporary.filePath(legacy ? QStringLiteral("legacy.p12") : QStringLiteral("modern.p12")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(avfall::pki::exportPkcs12(m_client, "lösen", QStringLiteral("klient"), legacy));
    }

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kProbeVariable), temporary.path());
    environment.insert(QStringLiteral("OPENSSL_MODULES"), temporary.filePath(QStringLiteral("inga-moduler")));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(10000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             child.readAllStandardError().constData());
}

void TestPki::chainVerifies()
{
    const QSslCertificate ca = certificateOf(m_ca);
    const QSslCertificate server = certificateOf(m_server);
    QVERIFY(!ca.isNull());
    QVERIFY(!server.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(server.issuerInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("Testets CA")});

    const QMultiMap<QSsl::AlternativeNameEntryType, QString> names = server.subjectAlternativeNames();
    QVERIFY(names.contains(QSsl::DnsEntry, QStringLiteral("localhost")));
    QVERIFY(names.contains(QSsl::IpAddressEntry, QStringLiteral("127.0.0.1")));

    // QSslCertificate::verify trusts the default configuration's CAs: ours, for this test only.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.setCaCertificates({ca});
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QList<QSslError> serverErrors = QSslCertificate::verify({server}, QStringLiteral("localhost"));
    const QList<QSslError> clientErrors = QSslCertificate::verify({certificateOf(m_client)});
    const QList<QSslError> wrongHost = QSslCertificate::verify({server}, QStringLiteral("example.se"));
    const QList<QSslError> foreignErrors = QSslCertificate::verify({certificateOf(m_otherClient)});
    QSslConfiguration::setDefaultConfiguration(original);

    QVERIFY2(serverErrors.isEmpty(), qPrintable(serverErrors.value(0).errorString()));
    QVERIFY2(clientErrors.isEmpty(), qPrintable(clientErrors.value(0).errorString()));
    QVERIFY(!wrongHost.isEmpty());
    QCOMPARE(wrongHost.first().error(), QSslError::HostNameMismatch);
    QVERIFY(!foreignErrors.isEmpty());
}

void TestPki::clientSubjectCarriesOrganisationNumber()
{
    const IdentityLoad load =
        avfall::loadPem(m_client.certificatePem, m_client.privateKeyPem, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(load.ok(), qPrintable(load.message));
    const avfall::TlsIdentity &identity = load.identity;
    QCOMPARE(identity.certificate.subjectInfo(QSslCertificate::SerialNumber),
             QStringList{QStringLiteral("165560000167")});
    QCOMPARE(identity.organisationNumber(), QStringLiteral("5560000167"));
    QCOMPARE(identity.organisation(), QStringLiteral("Sandlådebolaget AB"));
    QCOMPARE(identity.subject(),
             QStringLiteral("CN=Sandlådebolaget AB, O=Sandlådebolaget AB, serialNumber=165560000167, C=SE"));
    QCOMPARE(identity.issuer(), QStringLiteral("CN=Testets CA, O=Avfallsrapport test, C=SE"));
    QVERIFY(identity.allowsClientAuthentication());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2}){31}$"))
                .match(identity.sha256Fingerprint())
                .hasMatch());

    // Leaf validity: two years from an hour ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(identity.validFrom() < now);
    QVERIFY(identity.validFrom() > now.addSecs(-2 * 3600));
    QVERIFY(identity.daysLeft(now) >= 729 && identity.daysLeft(now) <= 731);
    QCOMPARE(identity.daysLeft(identity.validTo().addDays(3)), -3);

    // The CA: ten years, basicConstraints CA:TRUE and keyCertSign.
    const QSslCertificate ca = certificateOf(m_ca);
    QVERIFY(ca.expiryDate() > now.addYears(10).addDays(-2));
    bool sawBasicConstraints = false;
    for (const QSslCertificateExtension &extension : ca.extensions()) {
        if (extension.name() == u"basicConstraints") {
            sawBasicConstraints = true;
            QVERIFY(extension.isCritical());
            QCOMPARE(extension.value().toMap().value(QStringLiteral("ca")).toBool(), true);
        }
        if (extension.name() == u"keyUsage")
            QVERIFY(extension.value().toStringList().contains(QStringLiteral("Certificate Sign")));
    }
    QVERIFY(sawBasicConstraints);

    // No organisationsnummer: nothing to find.
    CertificateRequest anonymous = clientRequest();
    anonymous.organisationNumber.clear();
    const KeyPair plain = avfall::pki::createCertificate(anonymous, &m_ca);
    avfall::TlsIdentity plainIdentity;
    plainIdentity.certificate = certificateOf(plain);
    QVERIFY(plainIdentity.certificate.subjectInfo(QSslCertificate::SerialNumber).isEmpty());
    QCOMPARE(plainIdentity.organisationNumber(), QString());
}

void TestPki::pkcs12RoundTrip_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<KeyType>("keyType");
    QTest::newRow("modern EC") << false << KeyType::EcP256;
    QTest::newRow("legacy RC2 EC") << true << KeyType::EcP256;
    QTest::newRow("legacy RC2 RSA") << true << KeyType::Rsa2048;
}

void TestPki::pkcs12RoundTrip()
{
    QFETCH(bool, legacy);
    QFETCH(KeyType, keyType);
    CertificateRequest request = clientRequest();
    request.keyType = keyType;
    const KeyPair pair = avfall::pki::createCertificate(request, &m_ca);
    QVERIFY(!pair.isNull());

    const QByteArray password = QByteArrayLiteral("hemligt lösenord");
    const QByteArray pkcs12 =
        avfall::pki::exportPkcs12(pair, password, QStringLiteral("Sandlådebolaget AB"), legacy);
    QVERIFY(!pkcs12.isEmpty());
    QCOMPARE(pkcs12.contains(kRc2Oid), legacy);
    QCOMPARE(pkcs12.contains(kSha1Oid), legacy);
    QCOMPARE(pkcs12.contains(kAes256Oid), !legacy);

    const IdentityLoad load = avfall::loadPkcs12(pkcs12, password, QDateTime::currentDateTimeUtc());
    QVERIFY2(load.ok(), qPrintable(load.message));
    QCOMPARE(load.message, QString());
    QCOMPARE(load.identity.certificate, certificateOf(pair));
    QCOMPARE(load.identity.privateKey.algorithm(), keyType == KeyType::Rsa2048 ? QSsl::Rsa : QSsl::Ec);
    QVERIFY(load.identity.chain.isEmpty());
    QCOMPARE(load.identity.organisationNumber(), QStringLiteral("5560000167"));
}

void TestPki::wrongPassword_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("modern") << false;
    QTest::newRow("legacy RC2") << true;
}

void TestPki::wrongPassword()
{
    QFETCH(bool, legacy);
    const QByteArray pkcs12 =
        avfall::pki::exportPkcs12(m_client, QByteArrayLiteral("rätt"), QStringLiteral("klient"), legacy);
    QVERIFY(!pkcs12.isEmpty());
    for (const QByteArray &wrong : {QByteArrayLiteral("fel"), QByteArray()}) {
        const IdentityLoad load = avfall::loadPkcs12(pkcs12, wrong, QDateTime::currentDateTimeUtc());
        QCOMPARE(load.error, IdentityError::WrongPassword);
        QVERIFY(load.message.contains(QStringLiteral("Lösenordet")));
    }
}

void TestPki::pkcs12WithoutKey()
{
    KeyPair certificateOnly = m_client;
    certificateOnly.privateKeyPem.clear();
    const QByteArray pkcs12 =
        avfall::pki::exportPkcs12(certificateOnly, QByteArrayLiteral("lösen"), QStringLiteral("utan nyckel"));
    QVERIFY(!pkcs12.isEmpty());
    const IdentityLoad load =
        avfall::loadPkcs12(pkcs12, QByteArrayLiteral("lösen"), QDateTime::currentDateTimeUtc());
    QCOMPARE(load.error, IdentityError::NoPrivateKey);
    QVERIFY(load.message.contains(QStringLiteral("privata nyckel")));
    QCOMPARE(load.identity.certificate, certificateOf(m_client)); // shown in the dialog all the same
}

void TestPki::notAPkcs12File()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    IdentityLoad load = avfall::loadPkcs12(QByteArrayLiteral("inte ett certifikat"), {}, now);
    QCOMPARE(load.error, IdentityError::NotACertificate);
    QVERIFY(!load.message.isEmpty());

    load = avfall::loadPkcs12(m_client.certificatePem, {}, now); // a PEM file chosen by mistake
    QCOMPARE(load.error, IdentityError::NotACertificate);

    load = avfall::loadPkcs12({}, {}, now);
    QCOMPARE(load.error, IdentityError::FileUnreadable);

    load = avfall::loadPkcs12File(QStringLiteral("/finns/inte/klient.p12"), {}, now);
    QCOMPARE(load.error, IdentityError::FileUnreadable);
    QVERIFY(!load.message.isEmpty());

    load = avfall::loadPem(QByteArrayLiteral("skräp"), m_client.privateKeyPem, {}, now);
    QCOMPARE(load.error, IdentityError::NotACertificate);
    load = avfall::loadPem(m_client.certificatePem, {}, {}, now);
    QCOMPARE(load.error, IdentityError::NoPrivateKey);
}

void TestPki::refusedCertificates_data()
{
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::addColumn<bool>("serverAuth");
    QTest::addColumn<bool>("clientAuth");
    QTest::addColumn<IdentityError>("error");
    QTest::addColumn<QString>("inMessage");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiry(QDate(2023, 3, 1), QTime(12, 0), Qt::UTC);
    const QDateTime start = now.addDays(10);
    QTest::newRow("utgånget") << expiry.addYears(-2) << expiry << false << true << IdentityError::Expired
                              << QStringLiteral("2023-03-01");
    QTest::newRow("ännu inte giltigt")
        << start << start.addYears(2) << false << true << IdentityError::NotYetValid
        << start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("bara serverAuth") << QDateTime() << QDateTime() << true << false
                                     << IdentityError::NoClientAuthentication
                                     << QStringLiteral("klientautentisering");
    QTest::newRow("server och klient")
        << QDateTime() << QDateTime() << true << true << IdentityError::None << QString();
    QTest::newRow("ingen extendedKeyUsage")
        << QDateTime() << QDateTime() << false << false << IdentityError::None << QString();
}

void TestPki::refusedCertificates()
{
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    QFETCH(bool, serverAuth);
    QFETCH(bool, clientAuth);
    QFETCH(IdentityError, error);
    QFETCH(QString, inMessage);

    CertificateRequest request = clientRequest();
    request.notBefore = notBefore;
    request.notAfter = notAfter;
    request.serverAuth = serverAuth;
    request.clientAuth = clientAuth;
    const KeyPair pair = avfall::pki::createCertificate(request, &m_ca);
    QVERIFY(!pair.isNull());
    const QByteArray pkcs12 = avfall::pki::exportPkcs12(pair, QByteArrayLiteral("x"), QStringLiteral("y"));

    const IdentityLoad load =
        avfall::loadPkcs12(pkcs12, QByteArrayLiteral("x"), QDateTime::currentDateTimeUtc());
    QCOMPARE(load.error, error);
    QVERIFY2(load.message.contains(inMessage), qPrintable(load.message));
    QCOMPARE(load.identity.certificate, certificateOf(pair));
}

void TestPki::pemIdentity()
{
    // Certificate followed by its CA in one file, the key in another.
    const IdentityLoad load = avfall::loadPem(m_client.certificatePem + m_ca.certificatePem,
                                              m_client.privateKeyPem, {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(load.ok(), qPrintable(load.message));
    QCOMPARE(load.identity.certificate, certificateOf(m_client));
    QCOMPARE(load.identity.chain, QList<QSslCertificate>{certificateOf(m_ca)});

    // Everything in one file.
    const IdentityLoad combined = avfall::loadPem(m_client.privateKeyPem + m_client.certificatePem, {}, {},
                                                  QDateTime::currentDateTimeUtc());
    QVERIFY2(combined.ok(), qPrintable(combined.message));
}

void TestPki::pemMismatchedKey()
{
    const IdentityLoad load = avfall::loadPem(m_client.certificatePem, m_otherClient.privateKeyPem, {},
                                              QDateTime::currentDateTimeUtc());
    QCOMPARE(load.error, IdentityError::KeyDoesNotMatch);
    QVERIFY(load.message.contains(QStringLiteral("hör inte till")));
}

void TestPki::pemEncryptedKey()
{
    const QByteArray encrypted = keyOf(m_client).toPem(QByteArrayLiteral("nyckellösen"));
    QVERIFY(encrypted.contains("ENCRYPTED"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const IdentityLoad right =
        avfall::loadPem(m_client.certificatePem, encrypted, QByteArrayLiteral("nyckellösen"), now);
    QVERIFY2(right.ok(), qPrintable(right.message));
    QCOMPARE(avfall::loadPem(m_client.certificatePem, encrypted, QByteArrayLiteral("fel"), now).error,
             IdentityError::WrongPassword);
    QCOMPARE(avfall::loadPem(m_client.certificatePem, encrypted, {}, now).error,
             IdentityError::WrongPassword);
}

void TestPki::sandboxPkiIsIdempotent()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString directory = temporary.filePath(QStringLiteral("sandlåda/pki"));

    QString error;
    const avfall::pki::SandboxPki first = avfall::pki::ensureSandboxPki(directory, &error);
    QVERIFY2(!first.caFile.isEmpty(), qPrintable(error));
    QCOMPARE(first.organisationNumber, QStringLiteral("5560000167"));
    QVERIFY(!first.clientPassword.isEmpty());

    const QStringList files = {first.caFile, first.serverCertificateFile, first.serverKeyFile,
                               first.clientPkcs12File,
                               QDir(directory).filePath(QStringLiteral("client.password"))};
    QCOMPARE(QFileInfo(directory).permissions() & kOwnerGroupOther, QFile::Permissions(kOwnerOnlyFolder));
    QMap<QString, QByteArray> contents;
    QMap<QString, QDateTime> modified;
    for (const QString &file : files) {
        const QFileInfo info(file);
        QVERIFY2(info.exists(), qPrintable(file));
        QCOMPARE(info.absolutePath(), QDir(directory).absolutePath());
        QCOMPARE(info.permissions() & kOwnerGroupOther, QFile::Permissions(kOwnerOnlyFile));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        contents.insert(file, f.readAll());
        modified.insert(file, info.lastModified());
    }
    QCOMPARE(contents.value(files.last()).trimmed(), first.clientPassword);
    // Nothing else was left behind (no lock file, no temporary files).
    QCOMPARE(QDir(directory).entryList(QDir::Files | QDir::Hidden).size(), files.size());

    // The client identity is what the sandbox expects, and the server key fits its certificate.
    const IdentityLoad client =
        avfall::loadPkcs12File(first.clientPkcs12File, first.clientPassword, QDateTime::currentDateTimeUtc());
    QVERIFY2(client.ok(), qPrintable(client.message));
    QCOMPARE(client.identity.organisationNumber(), QStringLiteral("5560000167"));
    QCOMPARE(client.identity.subject(),
             QStringLiteral("CN=Sandlådebolaget AB, O=Sandlådebolaget AB, serialNumber=165560000167, C=SE"));
    const IdentityLoad server =
        avfall::loadPem(contents.value(first.serverCertificateFile), contents.value(first.serverKeyFile), {},
                        QDateTime::currentDateTimeUtc().addYears(1));
    QCOMPARE(server.error, IdentityError::NoClientAuthentication); // key fits; serverAuth only

    // Someone loosened a permission: the second call narrows it again without rewriting anything.
    QFile::setPermissions(first.serverKeyFile, kOwnerOnlyFile | QFile::ReadGroup | QFile::ReadOther);

    const avfall::pki::SandboxPki second = avfall::pki::ensureSandboxPki(directory, &error);
    QCOMPARE(second.caFile, first.caFile);
    QCOMPARE(second.serverCertificateFile, first.serverCertificateFile);
    QCOMPARE(second.serverKeyFile, first.serverKeyFile);
    QCOMPARE(second.clientPkcs12File, first.clientPkcs12File);
    QCOMPARE(second.clientPassword, first.clientPassword);
    for (const QString &file : files) {
        const QFileInfo info(file);
        QCOMPARE(info.lastModified(), modified.value(file));
        QCOMPARE(info.permissions() & kOwnerGroupOther, QFile::Permissions(kOwnerOnlyFile));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), contents.value(file));
    }
}

void TestPki::sandboxPkiRenewsIncompleteFiles()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const avfall::pki::SandboxPki first = avfall::pki::ensureSandboxPki(temporary.path());
    QVERIFY(!first.caFile.isEmpty());
    QFile caFile(first.caFile);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray firstCa = caFile.readAll();
    caFile.close();

    QVERIFY(QFile::remove(first.serverKeyFile));
    const avfall::pki::SandboxPki second = avfall::pki::ensureSandboxPki(temporary.path());
    QVERIFY(QFileInfo::exists(second.serverKeyFile));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    QVERIFY(caFile.readAll() != firstCa); // all made anew, the CA too
    QVERIFY(second.clientPassword != first.clientPassword);
    QVERIFY(avfall::loadPkcs12File(second.clientPkcs12File, second.clientPassword,
                                   QDateTime::currentDateTimeUtc())
                .ok());
}

void TestPki::mutualTlsHandshake()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    QString error;
    const avfall::pki::SandboxPki pki = avfall::pki::ensureSandboxPki(temporary.path(), &error);
    QVERIFY2(!pki.caFile.isEmpty(), qPrintable(error));
    const QSslCertificate ca = QSslCertificate::fromPath(pki.caFile).value(0);
    const QSslCertificate serverCertificate = QSslCertificate::fromPath(pki.serverCertificateFile).value(0);
    QFile keyFile(pki.serverKeyFile);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey serverKey(&keyFile, QSsl::Ec);
    QVERIFY(!serverKey.isNull());
    const IdentityLoad client =
        avfall::loadPkcs12File(pki.clientPkcs12File, pki.clientPassword, QDateTime::currentDateTimeUtc());
    QVERIFY2(client.ok(), qPrintable(client.message));

    QSslServer server;
    server.setSslConfiguration(tlsConfiguration(serverCertificate, serverKey, ca));
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QSslSocket socket;
    socket.setSslConfiguration(tlsConfiguration(client.identity.certificate, client.identity.privateKey, ca));
    QSignalSpy clientErrors(&socket, &QSslSocket::sslErrors);
    QSignalSpy serverErrors(&server, &QSslServer::sslErrors);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());

    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState,
                             2000);
    QVERIFY2(socket.isEncrypted(), qPrintable(socket.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 2000);
    auto *peer = qobject_cast<QSslSocket *>(server.nextPendingConnection());
    QVERIFY(peer);
    QTRY_VERIFY_WITH_TIMEOUT(peer->isEncrypted(), 2000);
    QCOMPARE(clientErrors.count(), 0);
    QCOMPARE(serverErrors.count(), 0);

    // The server knows who is calling: the organisationsnummer in the client's subject.
    QCOMPARE(peer->peerCertificate().subjectInfo(QSslCertificate::SerialNumber),
             QStringList{QStringLiteral("165560000167")});
    QCOMPARE(socket.peerCertificate(), serverCertificate);
    QVERIFY(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3);

    socket.write("hej");
    QTRY_COMPARE_WITH_TIMEOUT(peer->bytesAvailable(), qint64(3), 2000);
    QCOMPARE(peer->readAll(), QByteArrayLiteral("hej"));
    socket.disconnectFromHost();
}

void TestPki::foreignClientRefused_data()
{
    QTest::addColumn<bool>("withCertificate");
    QTest::newRow("certifikat från annan CA") << true;
    QTest::newRow("inget certifikat") << false;
}

void TestPki::foreignClientRefused()
{
    QFETCH(bool, withCertificate);
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const QSslCertificate ca = certificateOf(m_ca);

    QSslServer server;
    server.setSslConfiguration(tlsConfiguration(certificateOf(m_server), keyOf(m_server), ca));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy serverErrors(&server, &QSslServer::errorOccurred);

    // The intruder trusts the right server; only its own certificate is wrong (or missing).
    QSslSocket socket;
    QSslConfiguration configuration =
        withCertificate ? tlsConfiguration(certificateOf(m_otherClient), keyOf(m_otherClient), ca)
                        : tlsConfiguration(QSslCertificate(), QSslKey(), ca);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());

    // With TLS 1.3 the client may believe it is through before the server has looked at its
    // certificate; the server's refusal then closes the connection.
    QTRY_VERIFY_WITH_TIMEOUT(serverErrors.count() > 0, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 2000);
    while (server.hasPendingConnections()) {
        auto *peer = qobject_cast<QSslSocket *>(server.nextPendingConnection());
        QVERIFY(peer);
        QVERIFY(!peer->isEncrypted());
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kProbeVariable))
        return legacyProbe(qEnvironmentVariable(kProbeVariable));
    TestPki test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pki.moc"
