#include "services/ziparchive.h"
#include "tests/cli/clirunner.h"
#include "tests/support/testprofile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// `avfall support-bundle DIR` as a process: the zip lands in DIR, its path is printed (or given as
// JSON), and wrong use or an unwritable folder end with the documented exit codes.
class TestSupportBundleCommand : public QObject
{
    Q_OBJECT

private slots:
    void writesTheZipAndPrintsItsPath();
    void jsonGivesThePath();
    void wrongUse_data();
    void wrongUse();
    void helpListsTheCommand();
};

namespace {
test::CliResult run(const QStringList &arguments)
{
    return test::CliRunner().run(arguments);
}
} // namespace

void TestSupportBundleCommand::writesTheZipAndPrintsItsPath()
{
    test::TestProfile profile;
    QVERIFY(profile.profile().ensureDirectories());
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("till supporten"));
    const test::CliResult result =
        run({QStringLiteral("--profile"), profile.path(), QStringLiteral("support-bundle"), folder});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString path = result.out.trimmed();
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(folder).absolutePath());
    QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("avfallsrapport-supportpaket-")),
             qPrintable(path));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});

    QString error;
    const auto entries = readZip(path, &error);
    QVERIFY2(entries, qPrintable(error));
    QByteArray log;
    QJsonObject summary;
    for (const ZipEntry &entry : *entries) {
        if (entry.name == QLatin1String("logg/avfallsrapport.log"))
            log = entry.data;
        if (entry.name == QLatin1String("sammanfattning.json"))
            summary = QJsonDocument::fromJson(entry.data).object();
    }
    // The command's own start is in the log it packed.
    QVERIFY2(log.contains("avfall " AVFALL_VERSION " starts"), log.constData());
    QVERIFY2(log.contains("command: support-bundle"), log.constData());
    QCOMPARE(summary.value(QLatin1String("app")).toObject().value(QLatin1String("program")).toString(),
             QStringLiteral("avfallsrapport"));
}

void TestSupportBundleCommand::jsonGivesThePath()
{
    test::TestProfile profile;
    QTemporaryDir out;
    const test::CliResult result =
        run({QStringLiteral("--profile"), profile.path(), QStringLiteral("support-bundle"),
             QStringLiteral("--json"), out.path()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject answer = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(answer.keys(), QStringList{QStringLiteral("path")});
    QVERIFY(QFile::exists(answer.value(QLatin1String("path")).toString()));
    QVERIFY(answer.value(QLatin1String("path")).toString().startsWith(out.path()));
}

void TestSupportBundleCommand::wrongUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no folder") << QStringList{} << 64 << QStringLiteral("ange en mapp");
    QTest::newRow("two folders") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 64
                                 << QStringLiteral("ange en mapp");
    QTest::newRow("a file as folder")
        << QStringList{QStringLiteral("@file/under")} << 1 << QStringLiteral("Kan inte skapa mappen");
}

void TestSupportBundleCommand::wrongUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    test::TestProfile profile;
    QTemporaryDir out;
    QFile file(out.filePath(QStringLiteral("en-fil")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    arguments.replaceInStrings(QStringLiteral("@file"), file.fileName());
    const test::CliResult result =
        run(QStringList{QStringLiteral("--profile"), profile.path(), QStringLiteral("support-bundle")} +
            arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestSupportBundleCommand::helpListsTheCommand()
{
    test::TestProfile profile;
    const test::CliResult help = run({QStringLiteral("--profile"), profile.path(), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("  support-bundle  spara ett supportpaket")),
             qPrintable(help.out));
    const test::CliResult own = run({QStringLiteral("--profile"), profile.path(),
                                     QStringLiteral("support-bundle"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("--json")));
    QVERIFY(own.out.contains(QStringLiteral("MAPP")));
}

QTEST_GUILESS_MAIN(TestSupportBundleCommand)
#include "tst_supportbundlecommand.moc"
