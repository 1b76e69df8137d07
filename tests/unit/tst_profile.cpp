#include "core/profile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using avfall::Profile;

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void customProfileKeepsEverythingUnderItsFolder();
    void directoriesAreOwnerOnly();
    void twoProfilesDoNotShareFiles();
    void standardProfileFollowsStandardPaths();
    void commandLineOption();
};

void TestProfile::customProfileKeepsEverythingUnderItsFolder()
{
    QTemporaryDir dir;
    const Profile profile = Profile::inDirectory(dir.path());
    QVERIFY(profile.isCustom());
    const QString root = QFileInfo(dir.path()).absoluteFilePath() + QLatin1Char('/');
    for (const QString &path :
         {profile.dataDirectory(), profile.cacheDirectory(), profile.certificateDirectory(),
          profile.settingsFile(), profile.databaseFile()}) {
        QVERIFY2(path.startsWith(root), qPrintable(path));
    }
}

void TestProfile::directoriesAreOwnerOnly()
{
    QTemporaryDir dir;
    const Profile profile = Profile::inDirectory(dir.path() + QStringLiteral("/nested/profile"));
    QString error;
    QVERIFY2(profile.ensureDirectories(&error), qPrintable(error));
    for (const QString &path : {profile.rootDirectory(), profile.dataDirectory(), profile.cacheDirectory(),
                                profile.certificateDirectory()}) {
        const QFileInfo info(path);
        QVERIFY2(info.isDir(), qPrintable(path));
        QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
    }
}

void TestProfile::twoProfilesDoNotShareFiles()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const Profile first = Profile::inDirectory(a.path());
    const Profile second = Profile::inDirectory(b.path());
    QVERIFY(first.databaseFile() != second.databaseFile());
    QVERIFY(first.settingsFile() != second.settingsFile());
    QVERIFY(first.cacheDirectory() != second.cacheDirectory());
}

void TestProfile::standardProfileFollowsStandardPaths()
{
    QStandardPaths::setTestModeEnabled(true);
    const Profile profile = Profile::standard();
    QVERIFY(!profile.isCustom());
    QCOMPARE(profile.dataDirectory(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCOMPARE(profile.cacheDirectory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

void TestProfile::commandLineOption()
{
    QTemporaryDir dir;
    QCommandLineParser parser;
    Profile::addCommandLineOption(parser);
    QVERIFY(parser.parse({QStringLiteral("prog"), QStringLiteral("--profile"), dir.path()}));
    QCOMPARE(Profile::fromCommandLine(parser).rootDirectory(), QFileInfo(dir.path()).absoluteFilePath());

    QCommandLineParser withoutOption;
    Profile::addCommandLineOption(withoutOption);
    QVERIFY(withoutOption.parse({QStringLiteral("prog")}));
    QVERIFY(!Profile::fromCommandLine(withoutOption).isCustom());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
