#include "testprofile.h"

#include <QProcess>
#include <QTest>

// The avfall command line is a public interface: its options, output and exit codes are tested
// by running the real executable.
class TestAvfallCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void guiVersion();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QString &program, const QStringList &arguments);
};

TestAvfallCli::Result TestAvfallCli::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(avfall::test::binaryDirectory() + QLatin1Char('/') + program, arguments);
    if (!process.waitForFinished(30000))
        return {-1, QString(), process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestAvfallCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("avfall " AVFALL_VERSION);
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                        << QStringLiteral("Avfallsrapport-" AVFALL_VERSION);
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Användning: avfall");
    QTest::newRow("--help lists exit codes") << QStringList{QStringLiteral("--help")} << QStringLiteral("64");
}

void TestAvfallCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = run(QStringLiteral("avfall"), arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestAvfallCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("okänt kommando 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Användning: avfall");
    QTest::newRow("profile without folder")
        << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
}

void TestAvfallCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(QStringLiteral("avfall"), arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestAvfallCli::guiVersion()
{
    const Result result = run(QStringLiteral("avfallsrapport"), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(AVFALL_VERSION)), qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestAvfallCli)
#include "tst_avfallcli.moc"
