#include "network/outcomerules.h"

#include <QTest>

using namespace avfall;

Q_DECLARE_METATYPE(avfall::Transport)
Q_DECLARE_METATYPE(avfall::WriteMethod)
Q_DECLARE_METATYPE(avfall::Outcome)

// The outcome rules as a table: (method, how the connection ended, was the last byte written,
// status, the register's error body, a valid avfallId) → what the queue does with the note.
class TestOutcomeRules : public QObject
{
    Q_OBJECT

private slots:
    void decideWrite_data();
    void decideWrite();
    void decideRead_data();
    void decideRead();
    void retryAfter_data();
    void retryAfter();
    void summariesAreReadable_data();
    void summariesAreReadable();
};

namespace {
const WriteMethod Post = WriteMethod::Post;
const WriteMethod Put = WriteMethod::Put;
const WriteMethod Delete = WriteMethod::Delete;
const Transport Answered = Transport::Answered;
const Outcome Accepted = Outcome::Accepted;
const Outcome Rejected = Outcome::Rejected;
const Outcome Authentication = Outcome::AuthenticationFailed;
const Outcome Certificate = Outcome::CertificateProblem;
const Outcome Unavailable = Outcome::Unavailable;
const Outcome Uncertain = Outcome::Uncertain;
} // namespace

void TestOutcomeRules::decideWrite_data()
{
    QTest::addColumn<WriteMethod>("method");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("registerBody");
    QTest::addColumn<bool>("validId");
    QTest::addColumn<Outcome>("outcome");

    // Success needs its proof.
    QTest::newRow("POST 200 med avfallsId") << Post << Answered << true << 200 << false << true << Accepted;
    QTest::newRow("POST 201 med avfallsId") << Post << Answered << true << 201 << false << true << Accepted;
    QTest::newRow("PUT 200 med avfallsId") << Put << Answered << true << 200 << false << true << Accepted;
    QTest::newRow("POST 200 utan avfallsId")
        << Post << Answered << true << 200 << false << false << Uncertain;
    QTest::newRow("PUT 202 med avfallsId") << Put << Answered << true << 202 << false << true << Uncertain;
    QTest::newRow("DELETE 200") << Delete << Answered << true << 200 << false << false << Accepted;
    QTest::newRow("DELETE 204") << Delete << Answered << true << 204 << false << false << Accepted;
    QTest::newRow("DELETE 202") << Delete << Answered << true << 202 << false << false << Uncertain;

    // Refusals that prove nothing was processed.
    QTest::newRow("401 efter skrivning")
        << Post << Answered << true << 401 << false << false << Authentication;
    QTest::newRow("403 efter skrivning") << Put << Answered << true << 403 << true << false << Authentication;
    QTest::newRow("400 med registrets fel") << Post << Answered << true << 400 << true << false << Rejected;
    QTest::newRow("400 PUT 3022") << Put << Answered << true << 400 << true << false << Rejected;
    QTest::newRow("DELETE 400 ProblemDetails")
        << Delete << Answered << true << 400 << true << false << Rejected;
    QTest::newRow("404 utan kropp") << Post << Answered << true << 404 << false << false << Rejected;
    QTest::newRow("413 för stor") << Post << Answered << true << 413 << false << false << Rejected;
    QTest::newRow("415 medietyp") << Post << Answered << true << 415 << false << false << Rejected;
    QTest::newRow("422 med registrets fel") << Post << Answered << true << 422 << true << false << Rejected;

    // A refusal from something in between proves nothing.
    QTest::newRow("400 utan registrets kropp")
        << Post << Answered << true << 400 << false << false << Uncertain;
    QTest::newRow("409 utan registrets kropp")
        << Put << Answered << true << 409 << false << false << Uncertain;
    QTest::newRow("400 före sista byten")
        << Post << Answered << false << 400 << false << false << Unavailable;

    // Throttling and maintenance: not processed, come back later.
    QTest::newRow("429 efter skrivning") << Post << Answered << true << 429 << false << false << Unavailable;
    QTest::newRow("503 efter skrivning")
        << Delete << Answered << true << 503 << false << false << Unavailable;
    QTest::newRow("421") << Post << Answered << true << 421 << false << false << Unavailable;

    // Gateway and server errors after the last byte left: it may have arrived.
    for (const int status : {500, 501, 502, 504, 507, 599}) {
        for (const WriteMethod method : {Post, Put, Delete})
            QTest::addRow("%d efter skrivning (%d)", status, int(method))
                << method << Answered << true << status << false << false << Uncertain;
        QTest::addRow("%d före sista byten", status)
            << Post << Answered << false << status << false << false << Unavailable;
    }
    QTest::newRow("502 med registrets kropp") << Put << Answered << true << 502 << true << false << Uncertain;
    QTest::newRow("408 efter skrivning") << Post << Answered << true << 408 << false << false << Uncertain;
    QTest::newRow("408 före sista byten")
        << Post << Answered << false << 408 << false << false << Unavailable;
    QTest::newRow("303 efter POST") << Post << Answered << true << 303 << false << false << Uncertain;
    QTest::newRow("418 okänd 4xx") << Post << Answered << true << 418 << false << false << Uncertain;
    QTest::newRow("418 okänd 4xx med registrets fel")
        << Post << Answered << true << 418 << true << false << Rejected;

    // No answer.
    QTest::newRow("ingen förbindelse")
        << Post << Transport::NotConnected << false << 0 << false << false << Unavailable;
    QTest::newRow("försöket inte sparat")
        << Put << Transport::NotRecorded << false << 0 << false << false << Unavailable;
    QTest::newRow("otillåtet huvud") << Post << Transport::InvalidRequest << false << 0 << false << false
                                     << Rejected;
    QTest::newRow("TLS nekad i handskakningen")
        << Post << Transport::TlsRefused << false << 0 << false << false << Certificate;
    QTest::newRow("dödligt TLS-larm efter skrivning")
        << Put << Transport::TlsRefused << true << 0 << false << false << Uncertain;
    for (const Transport transport :
         {Transport::ConnectionLost, Transport::TimedOut, Transport::Malformed, Transport::TooLarge}) {
        for (const WriteMethod method : {Post, Put, Delete})
            QTest::addRow("transport %d efter skrivning (%d)", int(transport), int(method))
                << method << transport << true << 0 << false << false << Uncertain;
        QTest::addRow("transport %d före sista byten", int(transport))
            << Post << transport << false << 0 << false << false << Unavailable;
    }
}

void TestOutcomeRules::decideWrite()
{
    QFETCH(WriteMethod, method);
    QFETCH(Transport, transport);
    QFETCH(bool, complete);
    QFETCH(int, status);
    QFETCH(bool, registerBody);
    QFETCH(bool, validId);
    QFETCH(Outcome, outcome);
    WriteFacts facts;
    facts.method = method;
    facts.transport = transport;
    facts.requestComplete = complete;
    facts.status = status;
    facts.registerErrorBody = registerBody;
    facts.validAvfallId = validId;
    const OutcomeDecision decision = outcomerules::decideWrite(facts);
    QCOMPARE(outcomeKey(decision.outcome), outcomeKey(outcome));
}

void TestOutcomeRules::decideRead_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<int>("status");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("200") << Answered << 200 << Accepted;
    QTest::newRow("401") << Answered << 401 << Authentication;
    QTest::newRow("404") << Answered << 404 << Rejected;
    QTest::newRow("429") << Answered << 429 << Unavailable;
    QTest::newRow("408") << Answered << 408 << Unavailable;
    QTest::newRow("502") << Answered << 502 << Unavailable;
    QTest::newRow("503") << Answered << 503 << Unavailable;
    QTest::newRow("TLS") << Transport::TlsRefused << 0 << Certificate;
    QTest::newRow("avbruten") << Transport::ConnectionLost << 0 << Unavailable;
}

void TestOutcomeRules::decideRead()
{
    QFETCH(Transport, transport);
    QFETCH(int, status);
    QFETCH(Outcome, outcome);
    QCOMPARE(outcomeKey(outcomerules::decideRead(transport, status)), outcomeKey(outcome));
}

void TestOutcomeRules::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // -1: none
    QTest::newRow("sekunder") << QByteArray("120") << qint64(120);
    QTest::newRow("noll") << QByteArray("0") << qint64(0);
    QTest::newRow("mellanslag") << QByteArray(" 7 ") << qint64(7);
    QTest::newRow("HTTP-datum") << QByteArray("Tue, 01 Dec 2026 10:00:30 GMT") << qint64(30);
    QTest::newRow("RFC 850") << QByteArray("Tuesday, 01-Dec-26 10:01:00 GMT") << qint64(60);
    QTest::newRow("asctime") << QByteArray("Tue Dec  1 10:00:05 2026") << qint64(5);
    QTest::newRow("datum i det förflutna") << QByteArray("Tue, 01 Dec 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("jättestort") << QByteArray("99999999999999") << qint64(86400);
    QTest::newRow("negativt") << QByteArray("-5") << qint64(-1);
    QTest::newRow("skräp") << QByteArray("snart") << qint64(-1);
    QTest::newRow("tomt") << QByteArray() << qint64(-1);
}

void TestOutcomeRules::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    const auto when = outcomerules::retryAfter(value, now);
    if (seconds < 0) {
        QVERIFY(!when);
        return;
    }
    QVERIFY(when);
    QCOMPARE(now.secsTo(*when), seconds);
}

void TestOutcomeRules::summariesAreReadable_data()
{
    QTest::addColumn<int>("why");
    for (int why = int(Why::Accepted); why <= int(Why::TooLargeAfterSending); ++why)
        QTest::addRow("%d", why) << why;
}

void TestOutcomeRules::summariesAreReadable()
{
    QFETCH(int, why);
    const QString text = outcomerules::summary({Outcome::Uncertain, Why(why)}, 502, QStringLiteral("detalj"),
                                               QDateTime::currentDateTimeUtc().addSecs(30));
    QVERIFY(text.size() > 20);
    QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1String("detalj")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestOutcomeRules)
#include "tst_outcomerules.moc"
