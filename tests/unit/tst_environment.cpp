#include "core/environment.h"

#include <QTest>

using avfall::Environment;

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip_data();
    void keysRoundTrip();
    void publishedAddressesAreHttps();
    void unknownKey();
};

void TestEnvironment::keysRoundTrip_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("sandlåda") << Environment::Sandbox << QStringLiteral("sandbox")
                              << QStringLiteral("Sandlåda");
    QTest::newRow("test") << Environment::Test << QStringLiteral("test") << QStringLiteral("Test");
    QTest::newRow("produktion") << Environment::Production << QStringLiteral("production")
                                << QStringLiteral("Produktion");
    QTest::newRow("egen") << Environment::Custom << QStringLiteral("custom") << QStringLiteral("Egen adress");
}

void TestEnvironment::keysRoundTrip()
{
    QFETCH(Environment, environment);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(avfall::environmentKey(environment), key);
    QCOMPARE(avfall::environmentFromKey(key), std::optional<Environment>(environment));
    QCOMPARE(avfall::environmentDisplayName(environment), name);
}

void TestEnvironment::publishedAddressesAreHttps()
{
    QCOMPARE(avfall::defaultBaseUrl(Environment::Test).toString(),
             QStringLiteral("https://apimtest.naturvardsverket.se/btfa/anteckning/v1"));
    QCOMPARE(avfall::defaultTokenUrl(Environment::Test).toString(),
             QStringLiteral("https://apimtest.naturvardsverket.se/oauth2/token"));
    QCOMPARE(avfall::defaultBaseUrl(Environment::Production).toString(),
             QStringLiteral("https://apim.naturvardsverket.se/btfa/anteckning/v1"));
    QCOMPARE(avfall::defaultTokenUrl(Environment::Production).toString(),
             QStringLiteral("https://apim.naturvardsverket.se/oauth2/token"));
    // Test settings can never point at Production: the hosts differ.
    QVERIFY(avfall::defaultBaseUrl(Environment::Test).host() !=
            avfall::defaultBaseUrl(Environment::Production).host());
    QVERIFY(avfall::defaultBaseUrl(Environment::Sandbox).isEmpty());
}

void TestEnvironment::unknownKey()
{
    QCOMPARE(avfall::environmentFromKey(u"prod"), std::nullopt);
    QCOMPARE(avfall::environmentFromKey(u""), std::nullopt);
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
