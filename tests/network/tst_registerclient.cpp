#include "core/errorcatalogue.h"
#include "core/fieldcatalogue.h"
#include "network/answerparser.h"
#include "network/registerclient.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::NoteKind)

namespace {

// A TLS 1.3 server that refuses every client certificate with a fatal alert (OpenSSL's own
// "unknown CA"), for one connection, on a thread of its own.
class AlertingTlsServer
{
public:
    explicit AlertingTlsServer(const pki::SandboxPki &pki)
        : m_context(SSL_CTX_new(TLS_server_method()))
    {
        SSL_CTX_set_min_proto_version(m_context, TLS1_3_VERSION);
        SSL_CTX_use_certificate_chain_file(m_context,
                                           QFile::encodeName(pki.serverCertificateFile).constData());
        SSL_CTX_use_PrivateKey_file(m_context, QFile::encodeName(pki.serverKeyFile).constData(),
                                    SSL_FILETYPE_PEM);
        // It trusts no CA at all, so the client's certificate is refused during the handshake.
        SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    }
    ~AlertingTlsServer()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
        SSL_CTX_free(m_context);
    }

    bool listen(quint16 port)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
            ::listen(m_listener, 1) != 0)
            return false;
        m_thread = std::thread([this] { serveOne(); });
        return true;
    }
    bool sentFatalAlert() const { return m_alerted; }

private:
    void serveOne()
    {
        pollfd waiting = {m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 20000) != 1)
            return; // nobody came: the test fails on its own, without hanging here
        const int connection = ::accept(m_listener, nullptr, nullptr);
        if (connection < 0)
            return;
        SSL *ssl = SSL_new(m_context);
        SSL_set_fd(ssl, connection);
        // Fails on the client's certificate; OpenSSL sends the fatal alert before it returns.
        m_alerted = SSL_accept(ssl) <= 0;
        SSL_free(ssl);
        ::close(connection);
    }

    SSL_CTX *m_context;
    int m_listener = -1;
    std::atomic<bool> m_alerted = false;
    std::thread m_thread;
};

} // namespace

// The client against the sandbox over real mutual TLS on 127.0.0.1: every outcome the queue
// depends on, produced by a real server.
class TestRegisterClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void acceptedForEveryType_data();
    void acceptedForEveryType();
    void correctionAndCancellation();
    void valueLists_data();
    void valueLists();
    void rejectedWithErrorsMappedToFields();
    void identityMismatchIsRejected();
    void refusedClientCertificates_data();
    void refusedClientCertificates();
    void untrustedServer_data();
    void untrustedServer();
    void expiredTokenIsRenewedOnce();
    void wrongKeyIsAnAuthenticationProblem();
    void gatewayUnavailable();
    void htmlGatewayPage();
    void timeoutAfterSendingIsUncertain();
    void closedAfterReadingIsUncertainAndNotResent();
    void connectionRefusedIsUnavailable();
    void identityChangeUsesTheNewCertificate();
    void writesReadyAtOnceCountsOpenConnections();
    void unrecordedAttemptIsNotSent();
    void gatewayFaultModes_data();
    void gatewayFaultModes();
    void errorBodiesAreKeptSmall();
    void tokenWithLineBreaksIsRefused_data();
    void tokenWithLineBreaksIsRefused();
    void fatalAlertAfterWritingIsUncertain();

private:
    CallResult call(const std::function<void(RegisterClient::Callback)> &start);
    CallResult submit(const QJsonObject &note, NoteKind kind = NoteKind::Handel);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RegisterClient> m_client;
    pki::KeyPair m_identity;
};

void TestRegisterClient::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    m_identity = m_pki->client(pki::sandboxOrganisationNumber());
}

void TestRegisterClient::init()
{
    m_client.reset();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    m_client = std::make_unique<RegisterClient>();
    m_client->setConnection(m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity));
}

CallResult TestRegisterClient::call(const std::function<void(RegisterClient::Callback)> &start)
{
    std::optional<CallResult> result;
    start([&result](const CallResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qWarning("no answer");
    return result.value_or(CallResult());
}

CallResult TestRegisterClient::submit(const QJsonObject &note, NoteKind kind)
{
    return call([&](RegisterClient::Callback done) {
        m_client->submit(kind, note, QUuid::createUuid().toString(QUuid::WithoutBraces), done);
    });
}

void TestRegisterClient::acceptedForEveryType_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (const NoteType &type : noteTypes())
        QTest::newRow(qPrintable(type.resource)) << type.kind;
}

void TestRegisterClient::acceptedForEveryType()
{
    QFETCH(NoteKind, kind);
    const QString trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const CallResult result = call([&](RegisterClient::Callback done) {
        m_client->submit(kind, samples::note(kind), trackingId, done);
    });
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("accepted"));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!QUuid::fromString(result.avfallId).isNull());
    QCOMPARE(result.trackingId, trackingId);
    QVERIFY(result.requestSent);
    QCOMPARE(m_sandbox->receivedCount(trackingId), 1);
    // The headers the register requires arrived.
    QCOMPARE(m_sandbox->received().last().organisationNumber, pki::sandboxOrganisationNumber());
}

void TestRegisterClient::correctionAndCancellation()
{
    const CallResult first = submit(samples::note(NoteKind::Handel));
    QVERIFY(first.isAccepted());
    const QJsonObject changed =
        withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 99.5);
    const CallResult second = call([&](RegisterClient::Callback done) {
        m_client->correct(NoteKind::Handel, first.avfallId, changed, QStringLiteral("t-2"), done);
    });
    QVERIFY(second.isAccepted());
    QVERIFY(second.avfallId != first.avfallId);

    // The old version has a newer one: 3022.
    const CallResult stale = call([&](RegisterClient::Callback done) {
        m_client->correct(NoteKind::Handel, first.avfallId, changed, QStringLiteral("t-3"), done);
    });
    QCOMPARE(outcomeKey(stale.outcome), QStringLiteral("rejected"));
    QCOMPARE(stale.errors.first().code, 3022);
    QVERIFY2(stale.summary.contains(QStringLiteral("nyare")), qPrintable(stale.summary));

    // Another note type: 3023.
    const CallResult wrongType = call([&](RegisterClient::Callback done) {
        m_client->correct(NoteKind::Transport, second.avfallId, samples::note(NoteKind::Transport),
                          QStringLiteral("t-4"), done);
    });
    QCOMPARE(wrongType.errors.first().code, 3023);

    const CallResult cancelled = call([&](RegisterClient::Callback done) {
        m_client->cancel(second.avfallId, QStringLiteral("SkickatDubbelt"), QStringLiteral("t-5"), done);
    });
    QVERIFY(cancelled.isAccepted());
    QCOMPARE(cancelled.avfallId, second.avfallId);
    QCOMPARE(m_sandbox->received().last().method, QStringLiteral("DELETE"));
}

void TestRegisterClient::valueLists_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"avfallstyper", "behandlingsmetoder", "atervinningsresultattyper",
                             "transportsatt", "anteckningstyper"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRegisterClient::valueLists()
{
    QFETCH(QString, name);
    const CallResult result =
        call([&](RegisterClient::Callback done) { m_client->fetchValueList(name, done); });
    QVERIFY2(result.isAccepted(), qPrintable(result.summary));
    const QJsonArray list = QJsonDocument::fromJson(result.body).array();
    QVERIFY(!list.isEmpty());
}

void TestRegisterClient::rejectedWithErrorsMappedToFields()
{
    QJsonObject note =
        withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("avfall.mangd"), 0);
    note = withValue(note, QStringLiteral("mottagningsplats.adress.postnummer"), QStringLiteral("1234"));
    const CallResult result = submit(note, NoteKind::Transportplanering);
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("rejected"));
    QCOMPARE(result.httpStatus, 400);
    QVERIFY(!result.traceId.isEmpty());
    QStringList fields;
    for (const RegisterErrorItem &error : result.errors)
        fields << errorcatalogue::fieldFor(error.code,
                                           catalogue::note(NoteKind::Transportplanering).fieldNames());
    QVERIFY2(fields.contains(QStringLiteral("avfall.mangd")), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY2(fields.contains(QStringLiteral("mottagningsplats.adress.postnummer")),
             qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(!result.summary.isEmpty());
}

void TestRegisterClient::identityMismatchIsRejected()
{
    const QJsonObject other = withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                                        QString::fromLatin1(samples::kCustomerOrganisation));
    const CallResult result = submit(other);
    QCOMPARE(result.errors.first().code, 1023);
    QVERIFY(submit(samples::asAgent(samples::note(NoteKind::Handel))).isAccepted());
}

void TestRegisterClient::refusedClientCertificates_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("utan klientcertifikat") << 0;
    QTest::newRow("certifikat från okänd CA") << 1;
    QTest::newRow("utgånget certifikat") << 2;
}

void TestRegisterClient::refusedClientCertificates()
{
    QFETCH(int, which);
    pki::KeyPair identity;
    if (which == 1)
        identity = TestPki::foreignClient(pki::sandboxOrganisationNumber());
    else if (which == 2)
        identity =
            m_pki->client(pki::sandboxOrganisationNumber(), QDateTime::currentDateTimeUtc().addDays(-2));
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), identity);
    settings.accessToken = QStringLiteral("ingen-token-behovs-for-handskakningen");
    m_client->setConnection(settings);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("certificate"));
    QVERIFY(!result.requestSent);
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestRegisterClient::untrustedServer_data()
{
    QTest::addColumn<bool>("wrongHost");
    QTest::newRow("servercertifikat från okänd CA") << false;
    QTest::newRow("servercertifikat för annat värdnamn") << true;
}

void TestRegisterClient::untrustedServer()
{
    QFETCH(bool, wrongHost);
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity);
    std::unique_ptr<TestPki> otherHostPki;
    std::unique_ptr<SandboxServer> otherHost;
    if (wrongHost) {
        // A server whose certificate names another host, from a CA the client trusts.
        otherHostPki = std::make_unique<TestPki>(QStringList{QStringLiteral("register.example")});
        otherHost = std::make_unique<SandboxServer>(otherHostPki->sandboxPki(), QString());
        QVERIFY(otherHost->listen());
        settings = otherHostPki->settings(otherHost->baseUrl(), otherHost->tokenUrl(),
                                          otherHostPki->client(pki::sandboxOrganisationNumber()));
    } else {
        settings.extraCaCertificates =
            QSslCertificate::fromData(TestPki::foreignClient(QStringLiteral("5560000167")).certificatePem);
    }
    settings.accessToken = QStringLiteral("token");
    m_client->setConnection(settings);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("certificate"));
    QVERIFY(!result.requestSent);
    QVERIFY2(result.summary.contains(QStringLiteral("servercertifikat")), qPrintable(result.summary));
}

void TestRegisterClient::expiredTokenIsRenewedOnce()
{
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
    QCOMPARE(m_client->tokenFetchCount(), 1);
    SandboxFaults faults;
    faults.expireTokens = 1;
    m_sandbox->setFaults(faults);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QVERIFY2(result.isAccepted(), qPrintable(result.summary));
    QCOMPARE(m_client->tokenFetchCount(), 2);
    QCOMPARE(m_sandbox->received().size(), 2);
}

void TestRegisterClient::wrongKeyIsAnAuthenticationProblem()
{
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity);
    settings.consumerSecret = QStringLiteral("fel-hemlighet");
    m_client->setConnection(settings);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("authentication"));
    QVERIFY(!result.requestSent);
    // A pasted token that the register refuses is not renewed.
    settings.accessToken = QStringLiteral("påhittad");
    m_client->setConnection(settings);
    QCOMPARE(outcomeKey(submit(samples::note(NoteKind::Handel)).outcome), QStringLiteral("authentication"));
}

void TestRegisterClient::gatewayUnavailable()
{
    SandboxFaults faults;
    faults.unavailableWrites = 1;
    m_sandbox->setFaults(faults);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("unavailable"));
    QCOMPARE(result.httpStatus, 503);
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
}

void TestRegisterClient::htmlGatewayPage()
{
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1;
    m_sandbox->setFaults(faults);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    // A 502 after the whole request left proves nothing about the register: it may have the note.
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("uncertain"));
    QCOMPARE(result.httpStatus, 502);
    QVERIFY2(!result.summary.contains(QLatin1Char('<')), qPrintable(result.summary));
    QVERIFY(result.summary.size() < 400);
}

void TestRegisterClient::timeoutAfterSendingIsUncertain()
{
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity);
    settings.timeoutMs = 700;
    m_client->setConnection(settings);
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted()); // token fetched before the delay
    SandboxFaults faults;
    faults.delayMs = 2500;
    m_sandbox->setFaults(faults);
    const QString trackingId = QStringLiteral("timeout-1");
    const CallResult result = call([&](RegisterClient::Callback done) {
        m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId, done);
    });
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("uncertain"));
    QVERIFY(result.requestSent);
    // It did arrive: exactly the case where a blind re-send would report the note twice.
    QTRY_COMPARE(m_sandbox->receivedCount(trackingId), 1);
}

void TestRegisterClient::closedAfterReadingIsUncertainAndNotResent()
{
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
    SandboxFaults faults;
    faults.closeAfterReadWrites = 3;
    m_sandbox->setFaults(faults);
    const QString trackingId = QStringLiteral("closed-1");
    const CallResult result = call([&](RegisterClient::Callback done) {
        m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId, done);
    });
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("uncertain"));
    // Qt 6.4's QNetworkAccessManager would have re-sent it up to twice on its own.
    QTest::qWait(300);
    QCOMPARE(m_sandbox->receivedCount(trackingId), 1);
}

void TestRegisterClient::connectionRefusedIsUnavailable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const QUrl base(QStringLiteral("https://127.0.0.1:%1/btfa/anteckning/v1").arg(port));
    ConnectionSettings settings = m_pki->settings(base, m_sandbox->tokenUrl(), m_identity);
    settings.accessToken = QStringLiteral("token");
    m_client->setConnection(settings);
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("unavailable"));
    QVERIFY(!result.requestSent);
}

void TestRegisterClient::identityChangeUsesTheNewCertificate()
{
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted()); // a kept-alive connection exists now
    const pki::KeyPair customer = m_pki->client(QString::fromLatin1(samples::kCustomerOrganisation));
    m_client->setConnection(m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), customer));
    // The customer's certificate: the same note (operator 556000-0167) is now someone else's.
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(result.errors.value(0).code, 1023);
    QCOMPARE(m_client->tokenFetchCount(), 2); // a fresh token for the new identity
    const QJsonObject own = withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                                      QString::fromLatin1(samples::kCustomerOrganisation));
    QVERIFY(submit(own).isAccepted());
    QCOMPARE(m_sandbox->received().last().organisationNumber,
             QString::fromLatin1(samples::kCustomerOrganisation));
}

void TestRegisterClient::writesReadyAtOnceCountsOpenConnections()
{
    // No token and no connection yet: nothing would go out at once.
    QCOMPARE(m_client->writesReadyAtOnce(), 0);
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
    // The token request's connection and the note's: both kept alive for the next writes.
    const int open = m_client->writesReadyAtOnce();
    QVERIFY2(open >= 1 && open <= 2, qPrintable(QString::number(open)));
    // Two notes at once take them; while they are on their way none is free.
    int answered = 0;
    for (int i = 0; i < open; ++i)
        m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel),
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         [&answered](const CallResult &) { ++answered; });
    QCOMPARE(m_client->writesReadyAtOnce(), 0);
    QTRY_COMPARE(answered, open);
    QCOMPARE(m_client->writesReadyAtOnce(), open);
    // Another identity never uses them.
    m_client->setConnection(
        m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(),
                        m_pki->client(QString::fromLatin1(samples::kCustomerOrganisation))));
    QCOMPARE(m_client->writesReadyAtOnce(), 0);
}

void TestRegisterClient::unrecordedAttemptIsNotSent()
{
    // The queue could not record that the request may leave: then it must not leave.
    const QString trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int asked = 0;
    const CallResult result = call([&](RegisterClient::Callback done) {
        m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId, done, [&asked] {
            ++asked;
            return false;
        });
    });
    QCOMPARE(asked, 1);
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("unavailable"));
    QVERIFY(!result.requestSent);
    QCOMPARE(m_sandbox->receivedCount(trackingId), 0);
}

void TestRegisterClient::gatewayFaultModes_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("stored");     // notes at the register afterwards
    QTest::addColumn<int>("retryAfter"); // seconds at least; -1: none
    QTest::newRow("store-then-502") << QStringLiteral("store-then-502") << QStringLiteral("uncertain") << 1
                                    << -1;
    QTest::newRow("store-then-504") << QStringLiteral("store-then-504") << QStringLiteral("uncertain") << 1
                                    << -1;
    QTest::newRow("store-then-reset")
        << QStringLiteral("store-then-reset") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("store-then-close")
        << QStringLiteral("store-then-close") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("429") << QStringLiteral("429:3") << QStringLiteral("unavailable") << 0 << 3;
    QTest::newRow("429-date") << QStringLiteral("429-date:3") << QStringLiteral("unavailable") << 0 << 2;
    QTest::newRow("503-maintenance") << QStringLiteral("503-maintenance:4") << QStringLiteral("unavailable")
                                     << 0 << 4;
    QTest::newRow("slow") << QStringLiteral("slow:2000") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("html-error 4 MB") << QStringLiteral("html-error:4194304") << QStringLiteral("uncertain")
                                     << 1 << -1;
    QTest::newRow("html-error över gränsen")
        << QStringLiteral("html-error:5000000") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("xml-error 1 MB") << QStringLiteral("xml-error:1048576") << QStringLiteral("uncertain") << 1
                                    << -1;
    QTest::newRow("negativ Content-Length")
        << QStringLiteral("store-then-negative-length") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("dubbel Content-Length")
        << QStringLiteral("store-then-double-length") << QStringLiteral("uncertain") << 1 << -1;
    QTest::newRow("jättestor chunk") << QStringLiteral("store-then-huge-chunk") << QStringLiteral("uncertain")
                                     << 1 << -1;
    QTest::newRow("ok") << QStringLiteral("ok") << QStringLiteral("accepted") << 1 << -1;
}

void TestRegisterClient::gatewayFaultModes()
{
    QFETCH(QString, mode);
    QFETCH(QString, outcome);
    QFETCH(int, stored);
    QFETCH(int, retryAfter);
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity);
    settings.timeoutMs = 1000; // "slow" answers after 2 s
    m_client->setConnection(settings);
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted()); // the token, before the fault
    QVERIFY(m_sandbox->setWriteModes(mode, false));
    const QString trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CallResult result = call([&](RegisterClient::Callback done) {
        m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId, done);
    });
    QCOMPARE(outcomeKey(result.outcome), outcome);
    QVERIFY(result.requestSent);
    QTRY_COMPARE(m_sandbox->receivedCount(trackingId), stored);
    QVERIFY2(!result.summary.contains(QLatin1Char('<')) && result.summary.size() < 600,
             qPrintable(result.summary));
    if (retryAfter >= 0) {
        QVERIFY(result.retryAfter.isValid());
        QVERIFY2(before.secsTo(result.retryAfter) >= retryAfter, qPrintable(result.retryAfter.toString()));
    } else {
        QVERIFY(!result.retryAfter.isValid());
    }
    // The mode was used up: the next note goes through as usual, on whatever connection is left.
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
}

void TestRegisterClient::errorBodiesAreKeptSmall()
{
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
    QVERIFY(m_sandbox->setWriteModes(QStringLiteral("html-error:4000000"), false));
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(result.httpStatus, 500);
    QVERIFY(result.body.size() <= answers::kMaxErrorBodyBytes);
    QCOMPARE(result.summary.contains(QStringLiteral("500 Internal Server Error")), true);
}

void TestRegisterClient::tokenWithLineBreaksIsRefused_data()
{
    QTest::addColumn<bool>("fromTokenService");
    QTest::newRow("från tokentjänsten") << true;
    QTest::newRow("inklistrad") << false;
}

void TestRegisterClient::tokenWithLineBreaksIsRefused()
{
    QFETCH(bool, fromTokenService);
    ConnectionSettings settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), m_identity);
    if (fromTokenService) {
        SandboxFaults faults;
        faults.headerInjectingTokens = 1;
        m_sandbox->setFaults(faults);
    } else {
        settings.accessToken = QStringLiteral("abc\r\nX-Injected: yes");
    }
    m_client->setConnection(settings);
    const int requestsBefore = m_sandbox->requestCount();
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("authentication"));
    QVERIFY(!result.requestSent);
    QVERIFY2(result.summary.contains(QStringLiteral("otillåtna tecken")), qPrintable(result.summary));
    QVERIFY(m_sandbox->received().isEmpty());
    // Only the token request reached the server; no note request carried the header.
    QCOMPARE(m_sandbox->requestCount(), requestsBefore + (fromTokenService ? 1 : 0));
}

void TestRegisterClient::fatalAlertAfterWritingIsUncertain()
{
    // The client has sent with this certificate to this server before, so on a new connection it
    // writes the request as soon as its side of the handshake is done. The server now refuses the
    // certificate with a fatal alert, which in TLS 1.3 comes after the client's Finished: after the
    // request went out. That must not count as "never processed". (Qt's own server closes without
    // an alert, so the refusing server here is OpenSSL's.)
    QVERIFY(submit(samples::note(NoteKind::Handel)).isAccepted());
    const quint16 port = m_sandbox->port();
    m_sandbox.reset();
    QTest::qWait(200); // the client notices that its kept-alive connection is gone
    AlertingTlsServer refusing(m_pki->sandboxPki());
    QVERIFY(refusing.listen(port));
    const CallResult result = submit(samples::note(NoteKind::Handel));
    QTRY_VERIFY2(refusing.sentFatalAlert(), "the server did not refuse with an alert");
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("uncertain"));
    QVERIFY(result.requestSent);
    QVERIFY2(result.summary.contains(QStringLiteral("avbröts av registret")), qPrintable(result.summary));
}

QTEST_GUILESS_MAIN(TestRegisterClient)
#include "tst_registerclient.moc"
