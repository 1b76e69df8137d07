#include "services/statistics.h"
#include "tests/support/samplenotes.h"
#include "tests/support/storedriver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void monthsOfAPeriod_data();
    void monthsOfAPeriod();
    void sumsFourWays();
    void periodAndEnvironmentAndBusiness_data();
    void periodAndEnvironmentAndBusiness();
    void fixedRejectedNoteCountsWithItsNewPayload();
    void jsonShape();

private:
    void send(NoteKind kind, const QString &tidpunkt, const QString &code, double kilograms,
              Environment environment = Environment::Production, bool asAgent = false);
    QTemporaryDir m_dir;
    std::unique_ptr<NoteStore> m_store;
    int m_stores = 0;
};

void TestStatistics::init()
{
    // A store of its own for every test and every row of data.
    m_store = NoteStore::open(m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                                 .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                 .arg(++m_stores)));
    QVERIFY(m_store);
}

void TestStatistics::send(NoteKind kind, const QString &tidpunkt, const QString &code, double kilograms,
                          Environment environment, bool asAgent)
{
    QJsonObject note = samples::note(kind);
    note = withValue(note, QStringLiteral("tidpunkt"), tidpunkt);
    note = withValue(note, QStringLiteral("avfall.kod"), code);
    note = withValue(note, QStringLiteral("avfall.mangd"), kilograms);
    if (asAgent)
        note = samples::asAgent(note);
    StoreDriver driver(*m_store);
    QVERIFY(driver.sendNote(kind, environment, note));
}

void TestStatistics::monthsOfAPeriod_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("months");
    QTest::newRow("one month") << QStringLiteral("2026-03") << QStringLiteral("2026-03")
                               << QStringList{QStringLiteral("2026-03")};
    QTest::newRow("over New Year") << QStringLiteral("2025-11") << QStringLiteral("2026-02")
                                   << QStringList{QStringLiteral("2025-11"), QStringLiteral("2025-12"),
                                                  QStringLiteral("2026-01"), QStringLiteral("2026-02")};
    QTest::newRow("backwards") << QStringLiteral("2026-05") << QStringLiteral("2026-04") << QStringList();
    QTest::newRow("no month") << QStringLiteral("2026-13") << QStringLiteral("2026-12") << QStringList();
    QTest::newRow("a day, not a month")
        << QStringLiteral("2026-01-01") << QStringLiteral("2026-02") << QStringList();
}

void TestStatistics::monthsOfAPeriod()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, months);
    QCOMPARE(statistics::monthsBetween(from, to), months);
}

void TestStatistics::sumsFourWays()
{
    send(NoteKind::Transportplanering, QStringLiteral("2026-01-10T10:00:00+01:00"), QStringLiteral("160601"),
         100);
    // 23:30 UTC on 31 January is February in Sweden.
    send(NoteKind::Transportplanering, QStringLiteral("2026-01-31T23:30:00Z"), QStringLiteral("130205"),
         40.5);
    send(NoteKind::Handel, QStringLiteral("2026-02-14T09:00:00+01:00"), QStringLiteral("160601"), 60);
    send(NoteKind::Behandlingsmottagning, QStringLiteral("2026-04-01T08:00:00+02:00"),
         QStringLiteral("130205"), 9.5);
    const Statistics result = statistics::collect(
        *m_store, {Environment::Production, QStringLiteral("2026-01"), QStringLiteral("2026-04"), QString()});

    QCOMPARE(result.total.kilograms, 210.0);
    QCOMPARE(result.total.notes, 4);
    QCOMPARE(result.months.size(), 4);
    const double perMonth[] = {100, 100.5, 0, 9.5};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.months.at(i).first, QStringLiteral("2026-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        QCOMPARE(result.months.at(i).second.kilograms, perMonth[i]);
    }
    QCOMPARE(result.wasteCodes.value(QStringLiteral("160601")).kilograms, 160.0);
    QCOMPARE(result.wasteCodes.value(QStringLiteral("160601")).notes, 2);
    QCOMPARE(result.wasteCodes.value(QStringLiteral("130205")).kilograms, 50.0);
    QCOMPARE(result.noteTypes.value(NoteKind::Transportplanering).kilograms, 140.5);
    QCOMPARE(result.noteTypes.value(NoteKind::Handel).kilograms, 60.0);
    QCOMPARE(result.noteTypes.value(NoteKind::Behandlingsmottagning).kilograms, 9.5);
    QVERIFY(!result.noteTypes.contains(NoteKind::Transport));
    // The other party: the receiver of a handed-over note, the previous holder of a received one.
    QCOMPARE(result.parties.value(QStringLiteral("2021005489")).kilograms, 140.5); // nyInnehavare
    QCOMPARE(result.parties.value(QString::fromLatin1(samples::kCustomerOrganisation)).kilograms, 60.0);
    QCOMPARE(result.parties.value(QStringLiteral("OKÄND")).kilograms, 9.5); // tidigareInnehavare
    const auto ranked = statistics::byKilograms(result.wasteCodes);
    QCOMPARE(ranked.first().first, QStringLiteral("160601"));
    QCOMPARE(ranked.last().first, QStringLiteral("130205"));
}

void TestStatistics::periodAndEnvironmentAndBusiness_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("business");
    QTest::addColumn<double>("kilograms");
    QTest::addColumn<int>("notes");
    const QString own = QString::fromLatin1(samples::kOwnOrganisation);
    const QString customer = QString::fromLatin1(samples::kCustomerOrganisation);
    const int production = int(Environment::Production);
    QTest::newRow("the whole year") << production << QStringLiteral("2026-01") << QStringLiteral("2026-12")
                                    << QString() << 17.0 << 3;
    QTest::newRow("March only") << production << QStringLiteral("2026-03") << QStringLiteral("2026-03")
                                << QString() << 2.0 << 1;
    QTest::newRow("last year") << production << QStringLiteral("2025-01") << QStringLiteral("2025-12")
                               << QString() << 100.0 << 1;
    QTest::newRow("own business") << production << QStringLiteral("2026-01") << QStringLiteral("2026-12")
                                  << own << 3.0 << 2;
    QTest::newRow("as agent for a customer")
        << production << QStringLiteral("2026-01") << QStringLiteral("2026-12") << customer << 14.0 << 1;
    QTest::newRow("the sandbox alone") << int(Environment::Sandbox) << QStringLiteral("2026-01")
                                       << QStringLiteral("2026-12") << QString() << 1000.0 << 1;
    QTest::newRow("Test: nothing") << int(Environment::Test) << QStringLiteral("2026-01")
                                   << QStringLiteral("2026-12") << QString() << 0.0 << 0;
}

void TestStatistics::periodAndEnvironmentAndBusiness()
{
    QFETCH(int, environment);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, business);
    QFETCH(double, kilograms);
    QFETCH(int, notes);
    send(NoteKind::Handel, QStringLiteral("2026-02-01T12:00:00+01:00"), QStringLiteral("160601"), 1);
    send(NoteKind::Handel, QStringLiteral("2026-03-01T12:00:00+01:00"), QStringLiteral("160601"), 2);
    send(NoteKind::Handel, QStringLiteral("2026-05-01T12:00:00+02:00"), QStringLiteral("160601"), 14,
         Environment::Production, true);
    send(NoteKind::Handel, QStringLiteral("2025-06-01T12:00:00+02:00"), QStringLiteral("160601"), 100);
    send(NoteKind::Handel, QStringLiteral("2026-03-01T12:00:00+01:00"), QStringLiteral("160601"), 1000,
         Environment::Sandbox);
    const Statistics result = statistics::collect(*m_store, {Environment(environment), from, to, business});
    QCOMPARE(result.total.kilograms, kilograms);
    QCOMPARE(result.total.notes, notes);
    QCOMPARE(result.isEmpty(), notes == 0);
}

void TestStatistics::fixedRejectedNoteCountsWithItsNewPayload()
{
    QJsonObject note = samples::note(NoteKind::Handel);
    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-02-01T12:00:00+01:00"));
    StoreDriver driver(*m_store);
    const qint64 id = driver.sendNote(NoteKind::Handel, Environment::Production, note, NoteState::Rejected);
    QVERIFY(id);
    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-03-01T12:00:00+01:00"));
    note = withValue(note, QStringLiteral("avfall.kod"), QStringLiteral("130205"));
    note = withValue(note, QStringLiteral("avfall.mangd"), 7.25);
    QVERIFY(m_store->requeueRejected(id, note));
    QVERIFY(driver.answer(Environment::Production, NoteState::Sent));
    const Statistics result = statistics::collect(
        *m_store, {Environment::Production, QStringLiteral("2026-01"), QStringLiteral("2026-12"), QString()});
    QCOMPARE(result.total.kilograms, 7.25);
    QCOMPARE(result.months.at(2).second.kilograms, 7.25); // March, not February
    QCOMPARE(result.wasteCodes.keys(), QStringList{QStringLiteral("130205")});
}

void TestStatistics::jsonShape()
{
    send(NoteKind::Handel, QStringLiteral("2026-02-01T12:00:00+01:00"), QStringLiteral("160601"), 12.5);
    const QJsonObject json =
        statistics::toJson(statistics::collect(*m_store, {Environment::Production, QStringLiteral("2026-01"),
                                                          QStringLiteral("2026-02"), QString()}));
    QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-02"));
    QCOMPARE(json.value(QStringLiteral("kilograms")).toDouble(), 12.5);
    QCOMPARE(json.value(QStringLiteral("notes")).toInt(), 1);
    const QJsonArray months = json.value(QStringLiteral("months")).toArray();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).toObject(), (QJsonObject{{QStringLiteral("month"), QStringLiteral("2026-01")},
                                                   {QStringLiteral("kilograms"), 0},
                                                   {QStringLiteral("notes"), 0}}));
    QCOMPARE(months.at(1).toObject().value(QStringLiteral("kilograms")).toDouble(), 12.5);
    QCOMPARE(json.value(QStringLiteral("wasteCodes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("wasteCode")),
             QJsonValue(QStringLiteral("160601")));
    QCOMPARE(json.value(QStringLiteral("noteTypes")).toArray().at(0).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("handel")));
    QCOMPARE(json.value(QStringLiteral("parties")).toArray().at(0).toObject().value(QStringLiteral("party")),
             QJsonValue(QString::fromLatin1(samples::kCustomerOrganisation)));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
