#include "settings.h"
#include "testprofile.h"

#include <QFile>
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
    QCOMPARE(settings.environment(), Environment::Production);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
