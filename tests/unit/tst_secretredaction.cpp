#include "core/secretredaction.h"

#include <QTest>

using namespace avfall;

// What the log's filter masks, and what it must leave readable for support.
class TestSecretRedaction : public QObject
{
    Q_OBJECT

private slots:
    void masksSecrets_data();
    void masksSecrets();
    void keepsWhatSupportNeeds_data();
    void keepsWhatSupportNeeds();
};

void TestSecretRedaction::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    const QString jwt =
        QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJl");
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer abc123DEF456ghi")
                                   << QStringLiteral("abc123DEF456ghi");
    QTest::newRow("bearer alone") << QStringLiteral("sent with bearer tok.en-value_1")
                                  << QStringLiteral("tok.en-value_1");
    QTest::newRow("basic") << QStringLiteral("Basic c2FuZGxhZGE6aGVtbGlnaGV0")
                           << QStringLiteral("c2FuZGxhZGE6aGVtbGlnaGV0");
    QTest::newRow("jwt anywhere") << QStringLiteral("token was ") + jwt + QStringLiteral(" today") << jwt;
    QTest::newRow("password=") << QStringLiteral("password=hunter2-Lösen") << QStringLiteral("hunter2-Lösen");
    QTest::newRow("json secret") << QStringLiteral("{\"client_secret\": \"s3cr3t-value\"}")
                                 << QStringLiteral("s3cr3t-value");
    QTest::newRow("lösenord:") << QStringLiteral("lösenord: Sommar2026") << QStringLiteral("Sommar2026");
    QTest::newRow("access_token") << QStringLiteral("access_token=abcdef&x=1") << QStringLiteral("abcdef");
    QTest::newRow("opaque run") << QStringLiteral("key Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZg end")
                                << QStringLiteral("Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZg");
    QTest::newRow("private key")
        << QStringLiteral("x -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\n-----END PRIVATE KEY----- y")
        << QStringLiteral("MIIEvQIBADANBgkq");
    QTest::newRow("encrypted key") << QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkq")
                                   << QStringLiteral("MIIFHDBOBgkq");
}

void TestSecretRedaction::masksSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QVERIFY(text.contains(secret));
    const QString redacted = redactSecrets(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("***")) || redacted.contains(QStringLiteral("borttagen")),
             qPrintable(redacted));
}

void TestSecretRedaction::keepsWhatSupportNeeds_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("attempt line") << QStringLiteral(
        "attempt: note 12 (transporter create, test): accepted, HTTP 201, 230 ms, trackingId "
        "3f2c1d5e-8a9b-4c7d-9e0f-1a2b3c4d5e6f, traceId 00-4bf92f3577b34da6a3ce929d0e0e4736-01");
    QTest::newRow("upper-case guid") << QStringLiteral("avfallId 3F2C1D5E-8A9B-4C7D-9E0F-1A2B3C4D5E6F");
    QTest::newRow("path") << QStringLiteral(
        "/home/anna/.local/share/Avfallsrapport/avfallsrapport/anteckningar.sqlite");
    QTest::newRow("fingerprint") << QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    QTest::newRow("swedish") << QStringLiteral(
        "Ingen åtkomsttoken finns för Test. Klistra in den under Inställningar → Åtkomst.");
    QTest::newRow("token mode word") << QStringLiteral("access mode token chosen");
}

void TestSecretRedaction::keepsWhatSupportNeeds()
{
    QFETCH(QString, text);
    QCOMPARE(redactSecrets(text), text);
}

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
