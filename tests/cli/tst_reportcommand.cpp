#include "store/notestore.h"
#include "tests/cli/clirunner.h"
#include "tests/support/samplenotes.h"
#include "tests/support/storedriver.h"
#include "tests/support/testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// `avfall report --monthly`: the reported kilograms of a profile's notes, run as the real executable.
class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthlyJson();
    void monthlyText();
    void otherEnvironment();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult report(const QStringList &arguments) const;
    TestProfile m_profile;
};

CliResult TestReportCommand::report(const QStringList &arguments) const
{
    return CliRunner().profile(m_profile.path()).run(QStringList{QStringLiteral("report")} + arguments);
}

void TestReportCommand::initTestCase()
{
    QVERIFY(m_profile.profile().ensureDirectories());
    auto store = NoteStore::open(m_profile.profile().databaseFile());
    QVERIFY(store);
    StoreDriver driver(*store);
    const auto note = [](const char *tidpunkt, const char *code, double kilograms) {
        QJsonObject result = withValue(samples::note(NoteKind::Handel), QStringLiteral("tidpunkt"),
                                       QString::fromLatin1(tidpunkt));
        result = withValue(result, QStringLiteral("avfall.kod"), QString::fromLatin1(code));
        return withValue(result, QStringLiteral("avfall.mangd"), kilograms);
    };
    // January, and 31 January 23:30 UTC, which is February in Sweden.
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note("2026-01-15T10:00:00+01:00", "160601", 10)));
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note("2026-01-31T23:30:00Z", "130205", 2.5)));
    // Corrected from 7 to 70 kg, and the correction accepted: 70 counts.
    const qint64 corrected = driver.sendNote(NoteKind::Handel, Environment::Production,
                                             note("2026-03-02T08:00:00+01:00", "160601", 7));
    QVERIFY(store->enqueueCorrection(corrected, note("2026-03-02T08:00:00+01:00", "160601", 70)));
    QVERIFY(driver.answer(Environment::Production, NoteState::Sent));
    // Rejected, queued and sandbox notes do not count.
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note("2026-02-10T08:00:00+01:00", "160601", 500), NoteState::Rejected));
    QVERIFY(store->enqueue(NoteKind::Handel, Environment::Production,
                           note("2026-02-11T08:00:00+01:00", "160601", 600)));
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Sandbox,
                            note("2026-02-12T08:00:00+01:00", "160601", 5)));
}

void TestReportCommand::monthlyJson()
{
    const CliResult result =
        report({QStringLiteral("--monthly"), QStringLiteral("--from"), QStringLiteral("2026-01"),
                QStringLiteral("--to"), QStringLiteral("2026-03"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03"));
    QCOMPARE(json.value(QStringLiteral("kilograms")).toDouble(), 82.5);
    QCOMPARE(json.value(QStringLiteral("notes")).toInt(), 3);
    const QJsonArray months = json.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 3);
    const double kilograms[] = {10, 2.5, 70};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject month = months.at(i).toObject();
        QCOMPARE(month.value(QStringLiteral("month")).toString(), QStringLiteral("2026-0%1").arg(i + 1));
        QCOMPARE(month.value(QStringLiteral("kilograms")).toDouble(), kilograms[i]);
        QCOMPARE(month.value(QStringLiteral("notes")).toInt(), 1);
    }
    const QJsonArray codes = json.value(QStringLiteral("wasteCodes")).toArray();
    QCOMPARE(codes.size(), 2);
    QCOMPARE(codes.at(0).toObject(), (QJsonObject{{QStringLiteral("wasteCode"), QStringLiteral("160601")},
                                                  {QStringLiteral("kilograms"), 80},
                                                  {QStringLiteral("notes"), 2}}));
    QCOMPARE(json.value(QStringLiteral("noteTypes")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("handel")},
                                     {QStringLiteral("kilograms"), 82.5},
                                     {QStringLiteral("notes"), 3}}}));
    QCOMPARE(json.value(QStringLiteral("parties"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("party"))
                 .toString(),
             QString::fromLatin1(samples::kCustomerOrganisation));
}

void TestReportCommand::monthlyText()
{
    const CliResult result =
        report({QStringLiteral("--monthly"), QStringLiteral("--from"), QStringLiteral("2026-02"),
                QStringLiteral("--to"), QStringLiteral("2026-02")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Produktion")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("2026-02\\s+1\\s+2,500"))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("Totalt\\s+1\\s+2,500"))),
             qPrintable(result.out));
}

void TestReportCommand::otherEnvironment()
{
    const CliResult result =
        report({QStringLiteral("--monthly"), QStringLiteral("--env"), QStringLiteral("sandbox"),
                QStringLiteral("--from"), QStringLiteral("2026-01"), QStringLiteral("--to"),
                QStringLiteral("2026-12"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(json.value(QStringLiteral("kilograms")).toDouble(), 5.0);
    QCOMPARE(json.value(QStringLiteral("months")).toArray().size(), 12);
}

void TestReportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no report chosen") << QStringList{QStringLiteral("--json")} << QStringLiteral("--monthly");
    QTest::newRow("not a month") << QStringList{QStringLiteral("--monthly"), QStringLiteral("--to"),
                                                QStringLiteral("2026-13")}
                                 << QStringLiteral("--to");
    QTest::newRow("from after to") << QStringList{QStringLiteral("--monthly"), QStringLiteral("--from"),
                                                  QStringLiteral("2026-05"), QStringLiteral("--to"),
                                                  QStringLiteral("2026-04")}
                                   << QStringLiteral("--from");
    QTest::newRow("unknown environment")
        << QStringList{QStringLiteral("--monthly"), QStringLiteral("--env"), QStringLiteral("prod")}
        << QStringLiteral("prod");
}

void TestReportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliResult result = report(arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
