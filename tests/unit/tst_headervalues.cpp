#include "network/headervalues.h"

#include <QTest>

using namespace avfall;

// What may become an HTTP header value, and what a bearer token may be.
class TestHeaderValues : public QObject
{
    Q_OBJECT

private slots:
    void safe_data();
    void safe();
    void bearerToken_data();
    void bearerToken();
};

void TestHeaderValues::safe_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("safe");
    QTest::newRow("guid") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
    QTest::newRow("system-id") << QStringLiteral("Avfallsrapport-0.1.0") << true;
    QTest::newRow("mellanslag och tab") << QStringLiteral("Bearer a\tb") << true;
    QTest::newRow("CR LF") << QStringLiteral("abc\r\nX-Evil: 1") << false;
    QTest::newRow("bara LF") << QStringLiteral("abc\nX-Evil: 1") << false;
    QTest::newRow("bara CR") << QStringLiteral("abc\r") << false;
    QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3) << false;
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << false;
    QTest::newRow("icke-ASCII") << QStringLiteral("spårnings-id") << false;
}

void TestHeaderValues::safe()
{
    QFETCH(QString, value);
    QFETCH(bool, safe);
    QCOMPARE(headervalues::isSafe(value), safe);
    // The same answer for the bytes as they would be sent (UTF-8 bytes above 0x7e are unsafe).
    QCOMPARE(headervalues::isSafe(QByteArrayView(value.toUtf8())), safe);
}

void TestHeaderValues::bearerToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("valid");
    QTest::newRow("guid") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
    QTest::newRow("jwt") << QStringLiteral("eyJhbGciOi.eyJzdWIiOi.SflKxw_RJS-MeKK") << true;
    QTest::newRow("base64 med utfyllnad") << QStringLiteral("YWJj+/x==") << true;
    QTest::newRow("tom") << QString() << false;
    QTest::newRow("bara utfyllnad") << QStringLiteral("==") << false;
    QTest::newRow("utfyllnad i mitten") << QStringLiteral("ab=cd") << false;
    QTest::newRow("CR LF och ett huvud") << QStringLiteral("abc\r\nX-Injected: yes") << false;
    QTest::newRow("mellanslag") << QStringLiteral("abc def") << false;
    QTest::newRow("å") << QStringLiteral("påhittad") << false;
}

void TestHeaderValues::bearerToken()
{
    QFETCH(QString, token);
    QFETCH(bool, valid);
    QCOMPARE(headervalues::isBearerToken(token), valid);
}

QTEST_GUILESS_MAIN(TestHeaderValues)
#include "tst_headervalues.moc"
