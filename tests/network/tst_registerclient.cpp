#include "errorcatalogue.h"
#include "fieldcatalogue.h"
#include "registerclient.h"
#include "samplenotes.h"
#include "sandboxserver.h"
#include "testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::NoteKind)

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
    settings.accessToken = QStringLiteral("ingen-token-behövs-för-handskakningen");
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
    QCOMPARE(outcomeKey(result.outcome), QStringLiteral("unavailable"));
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

QTEST_GUILESS_MAIN(TestRegisterClient)
#include "tst_registerclient.moc"
