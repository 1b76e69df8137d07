#include "core/settings.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QTest>

using avfall::Environment;
using avfall::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsOnFirstStart();
    void valuesSurviveReopening();
    void unknownEnvironmentFallsBackToSandbox();
    void oldFileIsMigrated();
    void versionOneMovesTheCustomAddresses();
    void versionOneLanguageCodesAreNormalised();
    void migrationRunsOnce();
    void everyKeyHasADefaultAndAName();
    void perEnvironmentValues();
    void companiesAndSavedEntriesRoundTrip();
    void noSecretKeyExists();
};

void TestSettings::defaultsOnFirstStart()
{
    avfall::test::TestProfile profile;
    Settings settings(profile.profile());
    QCOMPARE(settings.environment(), Environment::Sandbox);
    QCOMPARE(settings.language(), QStringLiteral("sv"));
    QCOMPARE(settings.value(Settings::Key::SchemaVersion).toInt(), Settings::kCurrentSchemaVersion);
}

void TestSettings::valuesSurviveReopening()
{
    avfall::test::TestProfile profile;
    {
        Settings settings(profile.profile());
        settings.setEnvironment(Environment::Test);
        settings.setLanguage(QStringLiteral("en"));
    }
    Settings reopened(profile.profile());
    QCOMPARE(reopened.environment(), Environment::Test);
    QCOMPARE(reopened.language(), QStringLiteral("en"));
    QCOMPARE(reopened.fileName(), profile.profile().settingsFile());
}

void TestSettings::unknownEnvironmentFallsBackToSandbox()
{
    avfall::test::TestProfile profile;
    {
        QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("connection/environment"), QStringLiteral("mars"));
    }
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Sandbox);
}

void TestSettings::oldFileIsMigrated()
{
    avfall::test::TestProfile profile;
    {
        QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("connection/environment"), QStringLiteral("production"));
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.value(Settings::Key::SchemaVersion).toInt(), Settings::kCurrentSchemaVersion);
    QCOMPARE(Settings::kCurrentSchemaVersion, 2);
    QCOMPARE(settings.environment(), Environment::Production);
}

void TestSettings::versionOneMovesTheCustomAddresses()
{
    avfall::test::TestProfile profile;
    {
        QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("meta/schemaVersion"), 1);
        raw.setValue(QStringLiteral("connection/environment"), QStringLiteral("custom"));
        raw.setValue(QStringLiteral("connection/customBaseUrl"),
                     QStringLiteral("https://register.example/btfa/v1"));
        raw.setValue(QStringLiteral("connection/customTokenUrl"),
                     QStringLiteral("https://register.example/token"));
    }
    {
        Settings settings(profile.profile());
        QCOMPARE(settings.value(Settings::Key::SchemaVersion).toInt(), 2);
        QCOMPARE(settings.environment(), Environment::Custom);
        QCOMPARE(settings.customBaseUrl(), QUrl(QStringLiteral("https://register.example/btfa/v1")));
        QCOMPARE(settings.customTokenUrl(), QUrl(QStringLiteral("https://register.example/token")));
    }
    QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("connection/customBaseUrl")));
    QVERIFY(!raw.contains(QStringLiteral("connection/customTokenUrl")));
    QCOMPARE(raw.value(QStringLiteral("environments/custom/baseUrl")).toString(),
             QStringLiteral("https://register.example/btfa/v1"));
    QCOMPARE(raw.value(QStringLiteral("meta/schemaVersion")).toInt(), Settings::kCurrentSchemaVersion);
}

void TestSettings::versionOneLanguageCodesAreNormalised()
{
    avfall::test::TestProfile profile;
    {
        QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("meta/schemaVersion"), 1);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("en_GB"));
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.language(), QStringLiteral("en"));
    QCOMPARE(QSettings(profile.profile().settingsFile(), QSettings::IniFormat)
                 .value(QStringLiteral("ui/language"))
                 .toString(),
             QStringLiteral("en"));
    settings.setLanguage(QStringLiteral("sv_SE"));
    QCOMPARE(settings.language(), QStringLiteral("sv"));
}

void TestSettings::migrationRunsOnce()
{
    avfall::test::TestProfile profile;
    Settings(profile.profile())
        .setCustomUrls(QUrl(QStringLiteral("https://ny.example/api")),
                       QUrl(QStringLiteral("https://ny.example/token")));
    {
        // A stray old key in a current file is not moved over the current value.
        QSettings raw(profile.profile().settingsFile(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("connection/customBaseUrl"),
                     QStringLiteral("https://gammal.example/api"));
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.customBaseUrl(), QUrl(QStringLiteral("https://ny.example/api")));
}

void TestSettings::everyKeyHasADefaultAndAName()
{
    QSet<QString> names;
    for (int key = int(Settings::Key::SchemaVersion); key <= int(Settings::Key::SavedPlaces); ++key) {
        const QString name = Settings::keyName(Settings::Key(key));
        QVERIFY2(name.contains(QLatin1Char('/')), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY(Settings::defaultValue(Settings::Key(key)).isValid());
    }
    avfall::test::TestProfile profile;
    Settings settings(profile.profile());
    QVERIFY(!settings.firstStartDone());
    QCOMPARE(settings.accessMode(Environment::Production), avfall::AccessMode::KeyAndSecret);
    QVERIFY(settings.ownCompany().isEmpty());
    QVERIFY(settings.agentCompanies().isEmpty());
    QVERIFY(settings.savedParties().isEmpty());
    QVERIFY(settings.savedPlaces().isEmpty());
}

void TestSettings::perEnvironmentValues()
{
    avfall::test::TestProfile profile;
    {
        Settings settings(profile.profile());
        settings.setCertificateFile(Environment::Test, QStringLiteral("test-1.p12"));
        settings.setCertificateFile(Environment::Production, QStringLiteral("production-2.p12"));
        settings.setCertificateFile(Environment::Sandbox, QStringLiteral("ignored.p12"));
        settings.setAccessMode(Environment::Test, avfall::AccessMode::Token);
        settings.setFirstStartDone(true);
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.certificateFile(Environment::Test), QStringLiteral("test-1.p12"));
    QCOMPARE(settings.certificateFile(Environment::Production), QStringLiteral("production-2.p12"));
    QCOMPARE(settings.certificateFile(Environment::Custom), QString());
    QCOMPARE(settings.certificateFile(Environment::Sandbox), QString());
    QCOMPARE(settings.accessMode(Environment::Test), avfall::AccessMode::Token);
    QCOMPARE(settings.accessMode(Environment::Production), avfall::AccessMode::KeyAndSecret);
    QVERIFY(settings.firstStartDone());
    settings.setCertificateFile(Environment::Test, QString());
    QVERIFY(!settings.contains(Settings::Key::CertificateFileTest));
}

void TestSettings::companiesAndSavedEntriesRoundTrip()
{
    avfall::test::TestProfile profile;
    avfall::Company own;
    own.organisationNumber = QStringLiteral("5560000167");
    own.name = QStringLiteral("Verkstaden i Åre AB, \"Bilar\"");
    own.contactPerson = QStringLiteral("Åsa Öberg");
    own.email = QStringLiteral("asa@verkstaden.se");
    own.phone = QStringLiteral("0647-123 45");
    own.cfar = QStringLiteral("12345678");
    avfall::Company customer;
    customer.organisationNumber = QStringLiteral("5560065087");
    customer.name = QStringLiteral("Kunden AB");
    const QJsonArray parties{QJsonObject{{QStringLiteral("namn"), QStringLiteral("Åkeri, Nord")},
                                         {QStringLiteral("identitet"), QStringLiteral("2021005489")}}};
    const QJsonArray places{QJsonObject{
        {QStringLiteral("namn"), QStringLiteral("Lagret")},
        {QStringLiteral("plats"), QJsonObject{{QStringLiteral("kommunkod"), QStringLiteral("0180")}}}}};
    {
        Settings settings(profile.profile());
        settings.setOwnCompany(own);
        settings.setAgentCompanies({customer, own});
        settings.setSavedParties(parties);
        settings.setSavedPlaces(places);
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.ownCompany(), own);
    QCOMPARE(settings.agentCompanies(), (QList<avfall::Company>{customer, own}));
    QCOMPARE(settings.savedParties(), parties);
    QCOMPARE(settings.savedPlaces(), places);
}

void TestSettings::noSecretKeyExists()
{
    // Secrets live in the keychain: no key of the table may be meant for one.
    for (int key = int(Settings::Key::SchemaVersion); key <= int(Settings::Key::SavedPlaces); ++key) {
        const QString name = Settings::keyName(Settings::Key(key)).toLower();
        for (const char *word : {"password", "secret", "losen", "lösen", "hemlig"})
            QVERIFY2(!name.contains(QLatin1String(word)), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("token")) || name.endsWith(QLatin1String("tokenurl")),
                 qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
