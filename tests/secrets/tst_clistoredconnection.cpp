#include "network/pki.h"
#include "sandbox/sandboxserver.h"
#include "secrets/connectionstore.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include "tests/secrets/fakesecretbackend.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// `avfall` without certificate or secret options uses what was saved in the app: the certificate
// in the profile, its password and the key and secret from the keychain (the blocking SecretStore
// helpers). The sandbox runs in this test process; the CLI reaches it as Egen adress.
class TestCliStoredConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshUsesTheSavedConnection();
    void withoutSavedCertificateTheMessageSaysWhatToDo();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
    };
    Result run(const test::TestProfile &profile, const QStringList &arguments);

    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_files;
};

void TestCliStoredConnection::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
}

TestCliStoredConnection::Result TestCliStoredConnection::run(const test::TestProfile &profile,
                                                             const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(test::binaryDirectory() + QStringLiteral("/avfall"),
                  QStringList{QStringLiteral("--profile"), profile.path()} + arguments);
    // The sandbox answers from this process's event loop while the CLI runs.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        process.kill();
    process.waitForFinished(5000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAll())};
}

void TestCliStoredConnection::refreshUsesTheSavedConnection()
{
    test::TestProfile profile;
    // A separate process cannot see secrets kept for this session only.
    AVFALL_REQUIRE_KEYCHAIN(profile.profile());
    ConnectionStore store(profile.profile());
    QVERIFY(store.secrets()->openBlocking());
    store.setCustomAddress(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_pki->sandboxPki().caFile);
    const QString p12 = m_files.filePath(QStringLiteral("cli.p12"));
    {
        QFile file(p12);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pki::exportPkcs12(m_pki->client(pki::sandboxOrganisationNumber()), "cli-lösen", {}));
    }
    QVERIFY(store.identities()->importPkcs12Blocking(Environment::Custom, p12, "cli-lösen").ok());
    bool stored = false;
    store.storeKeyAndSecret(Environment::Custom, SandboxServer::consumerKey(),
                            SandboxServer::consumerSecret(), [&](bool ok, const QString &) { stored = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    store.setEnvironment(Environment::Custom);

    const int before = m_sandbox->requestCount();
    const Result result = run(
        profile, {QStringLiteral("values"), QStringLiteral("transportsatt"), QStringLiteral("--refresh")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out));
    QVERIFY(m_sandbox->requestCount() > before); // token and list went to the sandbox
}

void TestCliStoredConnection::withoutSavedCertificateTheMessageSaysWhatToDo()
{
    test::TestProfile profile;
    const Result result = run(profile, {QStringLiteral("values"), QStringLiteral("--refresh"),
                                        QStringLiteral("--env"), QStringLiteral("production")});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.out.contains(QStringLiteral("--client-cert")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("Inställningar")), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCliStoredConnection)
#include "tst_clistoredconnection.moc"
