#include "store/notestore.h"
#include "tests/cli/clirunner.h"
#include "tests/support/testprofile.h"
#include "tests/unit/registernotes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
namespace notes = avfall::test::registernotes;

// `avfall export` (issue 16) as a process: the register of a period written as XLSX or CSV, the
// options it refuses and its exit codes (0 written, 1 failed, 64 wrong usage).
class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongUsageExits64_data();
    void wrongUsageExits64();
    void writesTheWorkbook();
    void writesCsvUnderItsOwnName();
    void environmentsNeverMix();
    void unwritableFileExits1();

private:
    test::CliResult run(const QStringList &arguments, const QString &workingDirectory = QString()) const;

    test::TestProfile m_profile;
    QTemporaryDir m_out;
};

test::CliResult TestExportCommand::run(const QStringList &arguments, const QString &workingDirectory) const
{
    return test::CliRunner()
        .profile(m_profile.path())
        .workingDirectory(workingDirectory)
        .run(QStringList{QStringLiteral("export")} + arguments);
}

void TestExportCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_profile.profile().ensureDirectories(&error), qPrintable(error));
    auto store = NoteStore::open(m_profile.profile().databaseFile(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(notes::fill(*store, Environment::Production));
}

void TestExportCommand::wrongUsageExits64_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no period") << QStringList{} << QStringLiteral("ange --from och --to");
    QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01")}
                             << QStringLiteral("ange --from och --to");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                                               QStringLiteral("--to"), QStringLiteral("2026-12-31")}
                                << QStringLiteral("ogiltigt datum '2026-13-01'");
    QTest::newRow("backwards") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-12-31"),
                                              QStringLiteral("--to"), QStringLiteral("2026-01-01")}
                               << QStringLiteral("slutar före den börjar");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--from"),   QStringLiteral("2026-01-01"),
                                                   QStringLiteral("--to"),     QStringLiteral("2026-12-31"),
                                                   QStringLiteral("--format"), QStringLiteral("pdf")}
                                    << QStringLiteral("okänt format 'pdf'");
    QTest::newRow("unknown environment")
        << QStringList{QStringLiteral("--from"),     QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-12-31"), QStringLiteral("--env"),      QStringLiteral("prod")}
        << QStringLiteral("Okänd miljö 'prod'");
}

void TestExportCommand::wrongUsageExits64()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliResult result = run(arguments, m_out.path());
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(QDir(m_out.path()).isEmpty());
}

void TestExportCommand::writesTheWorkbook()
{
    const QString file = m_out.filePath(QStringLiteral("register.xlsx"));
    const test::CliResult result =
        run({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--from"),
             QStringLiteral("2026-11-26"), QStringLiteral("--to"), QStringLiteral("2026-11-26"),
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains(QStringLiteral("Registret 2026-11-26 – 2026-11-26 i miljön Produktion (antal "
                                           "anteckningar: 9) sparades i")),
        qPrintable(result.out));
    QFile workbook(file);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(workbook.read(4), QByteArray("PK\x03\x04"));
    QVERIFY(QFile::remove(file));
}

void TestExportCommand::writesCsvUnderItsOwnName()
{
    const test::CliResult result =
        run({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
             QStringLiteral("--format"), QStringLiteral("csv")},
            m_out.path());
    QCOMPARE(result.exitCode, 0);
    QFile csv(m_out.filePath(QStringLiteral("anteckningar-2026-11-01--2026-11-30.csv")));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(result.out + result.err));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 9);
    QVERIFY(lines.first().contains(QStringLiteral("Anteckningstyp;Lokalt id;Tillstånd;AvfallsId")));
    QVERIFY(text.contains(notes::avfallId(9)));
    QVERIFY(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://x.test\"\";\"\"Öppna\"\")\";")));
    QVERIFY(text.contains(QString::fromUtf8(notes::kCancelExplanation)));
    csv.close();
    QVERIFY(csv.remove());
}

void TestExportCommand::environmentsNeverMix()
{
    // The sandbox holds one queued Handel note: only that one is exported from there.
    const QString file = m_out.filePath(QStringLiteral("sandbox.csv"));
    const test::CliResult result =
        run({QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--from"),
             QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("(antal anteckningar: 1)")), qPrintable(result.out));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 2);
    QVERIFY(!text.contains(notes::avfallId(1)));
    csv.close();
    QVERIFY(csv.remove());
}

void TestExportCommand::unwritableFileExits1()
{
    const test::CliResult result =
        run({QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
             QStringLiteral("--output"), m_out.filePath(QStringLiteral("saknas/register.xlsx"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("kunde inte skrivas")), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
