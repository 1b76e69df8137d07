#include "network/answerparser.h"

#include <QTest>

using namespace avfall;

// Error answers in every shape the register and its gateway use, and markup of any size.
class TestAnswerParser : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void unclosedScriptOfFourMegabytes();
    void parseError_data();
    void parseError();
    void avfallId_data();
    void avfallId();
};

void TestAnswerParser::plainText_data()
{
    QTest::addColumn<QByteArray>("markup");
    QTest::addColumn<QString>("text");
    QTest::newRow("proxysida") << QByteArray(
                                      "<!DOCTYPE HTML><html><head>\n<title>502 Proxy Error</title>\n"
                                      "</head><body>\n<h1>Proxy Error</h1>\n<p>The proxy server received "
                                      "an invalid response.</p>\n</body></html>\n")
                               << QStringLiteral("502 Proxy Error: Proxy Error The proxy server received an "
                                                 "invalid response.");
    QTest::newRow("skript och stil bort") << QByteArray("<html><style>p{x:1}</style><script>var a = '<p>';"
                                                        "</script><p>Underhåll</p></html>")
                                          << QStringLiteral("Underhåll");
    QTest::newRow("kommentar bort") << QByteArray("<p>a<!-- <b>hemligt</b> -->b</p>") << QStringLiteral("ab");
    QTest::newRow("entiteter") << QByteArray("<p>R&amp;D&nbsp;&lt;1&gt; &quot;x&quot;</p>")
                               << QStringLiteral("R&D <1> \"x\"");
    QTest::newRow("WSO2 XML") << QByteArray(
                                     "<am:fault xmlns:am=\"http://wso2.org/apimanager\"><am:code>101503"
                                     "</am:code><am:message>Runtime Error</am:message></am:fault>")
                              << QStringLiteral("101503 Runtime Error");
    QTest::newRow("oavslutat skript")
        << QByteArray("<title>500</title><p>Fel</p><script>var x = \"") + QByteArray(100000, 'y')
        << QStringLiteral("500: Fel");
    QTest::newRow("oavslutad tagg") << QByteArray("<p>Fel<br") << QStringLiteral("Fel");
    QTest::newRow("oavslutad kommentar")
        << QByteArray("Fel<!-- ") + QByteArray(5000, '-') << QStringLiteral("Fel");
    QTest::newRow("versaler") << QByteArray("<TITLE>Fel</TITLE><SCRIPT>x</SCRIPT>Text")
                              << QStringLiteral("Fel: Text");
    QTest::newRow("ren text") << QByteArray("Service  Unavailable\r\n")
                              << QStringLiteral("Service Unavailable");
    QTest::newRow("utf-8") << QByteArray("<p>Tj\xc3\xa4nsten \xc3\xa4r st\xc3\xa4ngd</p>")
                           << QStringLiteral("Tjänsten är stängd");
}

void TestAnswerParser::plainText()
{
    QFETCH(QByteArray, markup);
    QFETCH(QString, text);
    QCOMPARE(answers::plainText(markup), text);
}

void TestAnswerParser::unclosedScriptOfFourMegabytes()
{
    // The page that froze the app: 4 MB after an unclosed <script>. Its timing is in
    // bench_errorbody; here what comes out of it, and that the summary stays short.
    QByteArray page = "<html><head><title>500 Internal Server Error</title></head><body><h1>Fel</h1><script>";
    page += QByteArray(4 * 1024 * 1024, 'a');
    QCOMPARE(answers::plainText(page), QStringLiteral("500 Internal Server Error: Fel"));
    const answers::ParsedError parsed = answers::parseError(page, "text/html");
    QCOMPARE(parsed.summary, QStringLiteral("500 Internal Server Error: Fel"));
    QVERIFY(!parsed.fromRegister);
    // Long text is cut to the length asked for.
    const QString longText = answers::plainText(QByteArray(QByteArray("<p>") + QByteArray(10000, 'z')), 50);
    QCOMPARE(longText.size(), 50);
    QVERIFY(longText.endsWith(QChar(0x2026)));
}

void TestAnswerParser::parseError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fromRegister");
    QTest::addColumn<int>("errors");
    QTest::newRow("Felsvar") << QByteArray(R"({"title":"InputValidationException","statusCode":400,)"
                                           R"("traceId":"40010a3b","errors":[{"code":1023,"message":"x"}]})")
                             << true << 1;
    QTest::newRow("ProblemDetails") << QByteArray(
                                           R"({"type":"t","title":"Bad Request","status":400,)"
                                           R"("detail":"Det finns ingen anteckning","traceId":"00-a-b-00"})")
                                    << true << 0;
    QTest::newRow("ValidationProblemDetails")
        << QByteArray(R"({"title":"x","errors":{"avfallsId":["saknas"]}})") << true << 1;
    QTest::newRow("WSO2-fel") << QByteArray(R"({"fault":{"code":900802,"message":"Message throttled out"}})")
                              << false << 0;
    QTest::newRow("HTML") << QByteArray("<html><title>Bad Request</title></html>") << false << 0;
    QTest::newRow("tom") << QByteArray() << false << 0;
    QTest::newRow("json utan spår") << QByteArray(R"({"message":"Bad Request"})") << false << 0;
}

void TestAnswerParser::parseError()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fromRegister);
    QFETCH(int, errors);
    const answers::ParsedError parsed = answers::parseError(body, "application/json");
    QCOMPARE(parsed.fromRegister, fromRegister);
    QCOMPARE(parsed.errors.size(), errors);
}

void TestAnswerParser::avfallId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::newRow("avfallId") << QByteArray(R"({"avfallId":"0F8FAD5B-D9CB-469F-A165-70867728950E"})")
                              << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    QTest::newRow("AvfallsId") << QByteArray(R"({"AvfallsId":"0f8fad5b-d9cb-469f-a165-70867728950e"})")
                               << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    QTest::newRow("inte en GUID") << QByteArray(R"({"avfallId":"12"})") << QString();
    QTest::newRow("inget") << QByteArray("{}") << QString();
}

void TestAnswerParser::avfallId()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QCOMPARE(answers::avfallId(body), id);
}

QTEST_GUILESS_MAIN(TestAnswerParser)
#include "tst_answerparser.moc"
