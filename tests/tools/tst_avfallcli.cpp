#include "samplenotes.h"
#include "settings.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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
    void validate_data();
    void validate();
    void validateJsonOutput();
    void followsTheLanguageOfTheApp();
    void oversizedNoteFileIsRefusedUnread_data();
    void oversizedNoteFileIsRefusedUnread();
    void damagedDatabaseIsNamedPlainly();

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

namespace {
QString writeNote(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return file.fileName();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}
} // namespace

void TestAvfallCli::validate_data()
{
    using namespace avfall;
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    // Dates of the samples lie in November 2026; they are valid on any later day too.
    QTest::newRow("giltig transportplanering")
        << QStringLiteral("transportplaneringar") << json(test::samples::note(NoteKind::Transportplanering))
        << 0 << QString();
    QTest::newRow("giltig handel som ombud")
        << QStringLiteral("handel") << json(test::samples::asAgent(test::samples::note(NoteKind::Handel)))
        << 0 << QString();
    QTest::newRow("mängd noll")
        << QStringLiteral("transporter")
        << json(test::withValue(test::samples::note(NoteKind::Transport), QStringLiteral("avfall.mangd"), 0))
        << 2 << QStringLiteral("avfall.mangd: Avfall – Mängd (kg): ska vara större än 0 kg.");
    QTest::newRow("postnummer fel")
        << QStringLiteral("transportplaneringar")
        << json(test::withValue(test::samples::note(NoteKind::Transportplanering),
                                QStringLiteral("mottagningsplats.adress.postnummer"), QStringLiteral("1234")))
        << 2 << QStringLiteral("mottagningsplats.adress.postnummer: ");
    QTest::newRow("inte JSON") << QStringLiteral("handel") << QByteArray("{ inte json") << 1 << QString();
    QTest::newRow("JSON-lista") << QStringLiteral("handel") << QByteArray("[1, 2]") << 1 << QString();
    QTest::newRow("okänd typ") << QStringLiteral("kvitton") << QByteArray("{}") << 64 << QString();
}

void TestAvfallCli::validate()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString file = writeNote(dir, QStringLiteral("note.json"), content);
    const Result result = run(QStringLiteral("avfall"), {QStringLiteral("validate"), type, file});
    QCOMPARE(result.exitCode, exitCode);
    if (!output.isEmpty())
        QVERIFY2(result.out.contains(output), qPrintable(result.out));
    if (exitCode == 0)
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    if (exitCode == 1 || exitCode == 64)
        QVERIFY(!result.err.isEmpty());
}

void TestAvfallCli::validateJsonOutput()
{
    QTemporaryDir dir;
    const QJsonObject note = avfall::test::without(avfall::test::samples::note(avfall::NoteKind::Handel),
                                                   QStringLiteral("verksamhetensNamn"));
    const Result result = run(QStringLiteral("avfall"),
                              {QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("handel"),
                               writeNote(dir, QStringLiteral("n.json"), json(note))});
    QCOMPARE(result.exitCode, 2);
    const QJsonArray problems = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.first().toObject();
    QCOMPARE(problem.value(QStringLiteral("path")).toString(), QStringLiteral("verksamhetensNamn"));
    QCOMPARE(problem.value(QStringLiteral("code")).toInt(), 4027);
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
}

// Språk → English in the app applies to the command line of the same profile; the --json output
// stays the same (scripts depend on it), only the text for people changes.
void TestAvfallCli::followsTheLanguageOfTheApp()
{
    avfall::test::TestProfile profile;
    avfall::Settings(profile.profile()).setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString file =
        writeNote(dir, QStringLiteral("note.json"),
                  json(avfall::test::withValue(avfall::test::samples::note(avfall::NoteKind::Transport),
                                               QStringLiteral("avfall.mangd"), 0)));
    const QStringList profileOption{QStringLiteral("--profile"), profile.path()};
    const Result english =
        run(QStringLiteral("avfall"),
            profileOption + QStringList{QStringLiteral("validate"), QStringLiteral("transporter"), file});
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.out.contains(
                 QStringLiteral("avfall.mangd: Waste – Quantity (kg): should be more than 0 kg.")),
             qPrintable(english.out));
    const Result help = run(QStringLiteral("avfall"), profileOption + QStringList{QStringLiteral("--help")});
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: avfall")), qPrintable(help.out));

    const Result json = run(QStringLiteral("avfall"),
                            profileOption + QStringList{QStringLiteral("validate"), QStringLiteral("--json"),
                                                        QStringLiteral("transporter"), file});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject problem = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("path")).toString(), QStringLiteral("avfall.mangd"));
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // Swedish stays the language of a profile that has none set.
    avfall::test::TestProfile fresh;
    const Result swedish =
        run(QStringLiteral("avfall"), {QStringLiteral("--profile"), fresh.path(), QStringLiteral("validate"),
                                       QStringLiteral("transporter"), file});
    QVERIFY2(swedish.out.contains(QStringLiteral("ska vara större än 0 kg")), qPrintable(swedish.out));
}

void TestAvfallCli::oversizedNoteFileIsRefusedUnread_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("standardInput");
    QTest::newRow("validate FILE") << QStringList{QStringLiteral("validate"), QStringLiteral("handel")}
                                   << false;
    QTest::newRow("validate -") << QStringList{QStringLiteral("validate"), QStringLiteral("handel")} << true;
    QTest::newRow("submit FILE") << QStringList{QStringLiteral("submit"), QStringLiteral("handel")} << false;
}

void TestAvfallCli::oversizedNoteFileIsRefusedUnread()
{
    // A disk image (a sparse 16 GB file) or a stream without end, given where a note belongs.
    QFETCH(QStringList, command);
    QFETCH(bool, standardInput);
    avfall::test::TestProfile profile;
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("stor.json"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(16) * 1024 * 1024 * 1024));
    }
    QProcess process;
    process.start(avfall::test::binaryDirectory() + QStringLiteral("/avfall"),
                  QStringList{QStringLiteral("--profile"), profile.path()} + command
                      << (standardInput ? QStringLiteral("-") : big));
    QVERIFY(process.waitForStarted());
    if (standardInput) {
        const QByteArray chunk(1024 * 1024, ' ');
        for (int i = 0; i < 3 && process.state() == QProcess::Running; ++i) {
            process.write(chunk);
            process.waitForBytesWritten(10000);
        }
        process.closeWriteChannel();
    }
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(errors.contains(QStringLiteral("för stor för att vara en anteckning")), qPrintable(errors));
}

void TestAvfallCli::damagedDatabaseIsNamedPlainly()
{
    avfall::test::TestProfile profile;
    QVERIFY(profile.damageDatabase());
    const Result result = run(QStringLiteral("avfall"),
                              {QStringLiteral("--profile"), profile.path(), QStringLiteral("history")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("Databasen är skadad")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("file is not a database")));
}

QTEST_GUILESS_MAIN(TestAvfallCli)
#include "tst_avfallcli.moc"
