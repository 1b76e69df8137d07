#include "core/workingdays.h"

#include <QTest>

using avfall::DeadlineBasis;
using avfall::SwedishCalendar;

// The expected dates were worked out by hand from a wall calendar and cross-checked with an
// independent script (python-dateutil's Easter and a plain re-implementation of the rules).
class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void easterNeedsGregorianYear();
    void holidays_data();
    void holidays();
    void holidaysPerYear_data();
    void holidaysPerYear();
    void coincidingHolidaysGetOneName();
    void notHolidays_data();
    void notHolidays();
    void workingDay_data();
    void workingDay();
    void eves_data();
    void eves();
    void addWorkingDays_data();
    void addWorkingDays();
    void deadline_data();
    void deadline();
    void eveRuleMovesOnlyTheLastDay();
    void quarter_data();
    void quarter();
    void quarterFromAnyDateInIt_data();
    void quarterFromAnyDateInIt();
    void invalidInput();
};

void TestWorkingDays::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 12);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 17);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 9);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::newRow("2038 senast möjliga") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2285 tidigast möjliga") << 2285 << QDate(2285, 3, 22);
    QTest::newRow("2008 första maj") << 2008 << QDate(2008, 3, 23);
}

void TestWorkingDays::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(SwedishCalendar::easterSunday(year), easter);
    QCOMPARE(easter.dayOfWeek(), 7);
}

void TestWorkingDays::easterNeedsGregorianYear()
{
    QVERIFY(!SwedishCalendar::easterSunday(1582).isValid());
    QCOMPARE(SwedishCalendar::easterSunday(1583), QDate(1583, 4, 10));
}

void TestWorkingDays::holidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::newRow("2026 nyårsdagen") << QDate(2026, 1, 1) << QStringLiteral("Nyårsdagen");
    QTest::newRow("2026 trettondedag jul") << QDate(2026, 1, 6) << QStringLiteral("Trettondedag jul");
    QTest::newRow("2026 långfredagen") << QDate(2026, 4, 3) << QStringLiteral("Långfredagen");
    QTest::newRow("2026 påskdagen") << QDate(2026, 4, 5) << QStringLiteral("Påskdagen");
    QTest::newRow("2026 annandag påsk") << QDate(2026, 4, 6) << QStringLiteral("Annandag påsk");
    QTest::newRow("2026 första maj") << QDate(2026, 5, 1) << QStringLiteral("Första maj");
    QTest::newRow("2026 Kristi himmelsfärdsdag")
        << QDate(2026, 5, 14) << QStringLiteral("Kristi himmelsfärdsdag");
    QTest::newRow("2026 pingstdagen") << QDate(2026, 5, 24) << QStringLiteral("Pingstdagen");
    QTest::newRow("2026 nationaldagen") << QDate(2026, 6, 6) << QStringLiteral("Sveriges nationaldag");
    QTest::newRow("2026 midsommardagen") << QDate(2026, 6, 20) << QStringLiteral("Midsommardagen");
    QTest::newRow("2026 alla helgons dag") << QDate(2026, 10, 31) << QStringLiteral("Alla helgons dag");
    QTest::newRow("2026 juldagen") << QDate(2026, 12, 25) << QStringLiteral("Juldagen");
    QTest::newRow("2026 annandag jul") << QDate(2026, 12, 26) << QStringLiteral("Annandag jul");

    QTest::newRow("2027 nyårsdagen") << QDate(2027, 1, 1) << QStringLiteral("Nyårsdagen");
    QTest::newRow("2027 trettondedag jul") << QDate(2027, 1, 6) << QStringLiteral("Trettondedag jul");
    QTest::newRow("2027 långfredagen") << QDate(2027, 3, 26) << QStringLiteral("Långfredagen");
    QTest::newRow("2027 påskdagen") << QDate(2027, 3, 28) << QStringLiteral("Påskdagen");
    QTest::newRow("2027 annandag påsk") << QDate(2027, 3, 29) << QStringLiteral("Annandag påsk");
    QTest::newRow("2027 första maj") << QDate(2027, 5, 1) << QStringLiteral("Första maj");
    QTest::newRow("2027 Kristi himmelsfärdsdag")
        << QDate(2027, 5, 6) << QStringLiteral("Kristi himmelsfärdsdag");
    QTest::newRow("2027 pingstdagen") << QDate(2027, 5, 16) << QStringLiteral("Pingstdagen");
    QTest::newRow("2027 nationaldagen") << QDate(2027, 6, 6) << QStringLiteral("Sveriges nationaldag");
    QTest::newRow("2027 midsommardagen") << QDate(2027, 6, 26) << QStringLiteral("Midsommardagen");
    QTest::newRow("2027 alla helgons dag") << QDate(2027, 11, 6) << QStringLiteral("Alla helgons dag");
    QTest::newRow("2027 juldagen") << QDate(2027, 12, 25) << QStringLiteral("Juldagen");
    QTest::newRow("2027 annandag jul") << QDate(2027, 12, 26) << QStringLiteral("Annandag jul");
}

void TestWorkingDays::holidays()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QVERIFY(SwedishCalendar::isPublicHoliday(date));
    QVERIFY(!SwedishCalendar::isWorkingDay(date));
    QCOMPARE(SwedishCalendar::holidayName(date), name);
    QVERIFY(!SwedishCalendar::isEve(date));
}

void TestWorkingDays::holidaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("count");
    // Thirteen holidays a year, so the rows above are all of them; fewer days when two coincide.
    QTest::newRow("2026") << 2026 << 13;
    QTest::newRow("2027") << 2027 << 13;
    QTest::newRow("2008 Kristi himmelsfärd på första maj") << 2008 << 12;
    QTest::newRow("2049 pingstdagen på nationaldagen") << 2049 << 12;
}

void TestWorkingDays::holidaysPerYear()
{
    QFETCH(int, year);
    QFETCH(int, count);
    int found = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        if (SwedishCalendar::isPublicHoliday(date)) {
            ++found;
            QVERIFY(!SwedishCalendar::holidayName(date).isEmpty());
        } else {
            QCOMPARE(SwedishCalendar::holidayName(date), QString());
        }
    }
    QCOMPARE(found, count);
}

void TestWorkingDays::coincidingHolidaysGetOneName()
{
    QCOMPARE(SwedishCalendar::holidayName(QDate(2008, 5, 1)), QStringLiteral("Första maj"));
    QCOMPARE(SwedishCalendar::holidayName(QDate(2049, 6, 6)), QStringLiteral("Sveriges nationaldag"));
}

void TestWorkingDays::notHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("skärtorsdagen") << QDate(2026, 4, 2);
    QTest::newRow("påskafton") << QDate(2026, 4, 4);
    QTest::newRow("valborgsmässoafton") << QDate(2026, 4, 30);
    QTest::newRow("annandag pingst (sedan 2005)") << QDate(2026, 5, 25);
    QTest::newRow("midsommarafton") << QDate(2026, 6, 19);
    QTest::newRow("lördagen efter midsommardagen") << QDate(2026, 6, 27);
    QTest::newRow("1 november 2027 (alla helgon är 6:e)") << QDate(2027, 11, 1);
    QTest::newRow("julafton") << QDate(2026, 12, 24);
    QTest::newRow("nyårsafton") << QDate(2026, 12, 31);
    QTest::newRow("vanlig söndag") << QDate(2026, 3, 1);
}

void TestWorkingDays::notHolidays()
{
    QFETCH(QDate, date);
    QVERIFY(!SwedishCalendar::isPublicHoliday(date));
    QCOMPARE(SwedishCalendar::holidayName(date), QString());
}

void TestWorkingDays::workingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("måndag") << QDate(2026, 9, 28) << true;
    QTest::newRow("fredag") << QDate(2026, 9, 25) << true;
    QTest::newRow("lördag") << QDate(2026, 9, 26) << false;
    QTest::newRow("söndag") << QDate(2026, 9, 27) << false;
    QTest::newRow("långfredagen") << QDate(2026, 4, 3) << false;
    QTest::newRow("annandag påsk") << QDate(2026, 4, 6) << false;
    QTest::newRow("Kristi himmelsfärdsdag") << QDate(2026, 5, 14) << false;
    QTest::newRow("nationaldagen fredag 2025") << QDate(2025, 6, 6) << false;
    QTest::newRow("trettondedag jul onsdag 2027") << QDate(2027, 1, 6) << false;
    QTest::newRow("annandag pingst") << QDate(2026, 5, 25) << true;
    // The eves are working days; only a deadline that ends on one moves.
    QTest::newRow("midsommarafton") << QDate(2026, 6, 19) << true;
    QTest::newRow("julafton torsdag") << QDate(2026, 12, 24) << true;
    QTest::newRow("nyårsafton torsdag") << QDate(2026, 12, 31) << true;
    QTest::newRow("ogiltigt datum") << QDate() << false;
}

void TestWorkingDays::workingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(SwedishCalendar::isWorkingDay(date), working);
}

void TestWorkingDays::eves_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("name");
    QTest::newRow("midsommarafton 2024") << QDate(2024, 6, 21) << QStringLiteral("Midsommarafton");
    QTest::newRow("midsommarafton 2025") << QDate(2025, 6, 20) << QStringLiteral("Midsommarafton");
    QTest::newRow("midsommarafton 2026 (19:e)") << QDate(2026, 6, 19) << QStringLiteral("Midsommarafton");
    QTest::newRow("midsommarafton 2027 (25:e)") << QDate(2027, 6, 25) << QStringLiteral("Midsommarafton");
    QTest::newRow("midsommarafton 2028") << QDate(2028, 6, 23) << QStringLiteral("Midsommarafton");
    QTest::newRow("julafton") << QDate(2026, 12, 24) << QStringLiteral("Julafton");
    QTest::newRow("nyårsafton") << QDate(2026, 12, 31) << QStringLiteral("Nyårsafton");
    QTest::newRow("fredagen efter midsommar") << QDate(2026, 6, 26) << QString();
    QTest::newRow("fredagen före midsommarafton") << QDate(2026, 6, 12) << QString();
    QTest::newRow("torsdagen före midsommarafton 2027") << QDate(2027, 6, 24) << QString();
    QTest::newRow("dagen före julafton") << QDate(2026, 12, 23) << QString();
    QTest::newRow("påskafton (inte i lagen)") << QDate(2026, 4, 4) << QString();
    QTest::newRow("valborgsmässoafton (inte i lagen)") << QDate(2026, 4, 30) << QString();
}

void TestWorkingDays::eves()
{
    QFETCH(QDate, date);
    QFETCH(QString, name);
    QCOMPARE(SwedishCalendar::isEve(date), !name.isEmpty());
    QCOMPARE(SwedishCalendar::eveName(date), name);
    QVERIFY(!SwedishCalendar::isPublicHoliday(date));
}

void TestWorkingDays::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("noll dagar lördag") << QDate(2026, 9, 26) << 0 << QDate(2026, 9, 26);
    QTest::newRow("onsdag +2") << QDate(2026, 9, 23) << 2 << QDate(2026, 9, 25);
    QTest::newRow("fredag +1 är måndag") << QDate(2026, 9, 25) << 1 << QDate(2026, 9, 28);
    QTest::newRow("fredag +2 är tisdag") << QDate(2026, 9, 25) << 2 << QDate(2026, 9, 29);
    QTest::newRow("lördag +1 är måndag") << QDate(2026, 9, 26) << 1 << QDate(2026, 9, 28);
    QTest::newRow("måndag +5 är måndag") << QDate(2026, 9, 28) << 5 << QDate(2026, 10, 5);
    QTest::newRow("över påsken") << QDate(2026, 4, 2) << 1 << QDate(2026, 4, 7);
    // The eves count as working days when counting; only the result is moved (reportingDeadline).
    QTest::newRow("julafton räknas") << QDate(2026, 12, 23) << 1 << QDate(2026, 12, 24);
    QTest::newRow("över julen") << QDate(2026, 12, 21) << 5 << QDate(2026, 12, 29);
    QTest::newRow("bakåt från tisdag") << QDate(2026, 9, 29) << -2 << QDate(2026, 9, 25);
    QTest::newRow("bakåt över påsken") << QDate(2026, 4, 7) << -1 << QDate(2026, 4, 2);
}

void TestWorkingDays::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(SwedishCalendar::addWorkingDays(from, days), expected);
}

void TestWorkingDays::deadline_data()
{
    QTest::addColumn<DeadlineBasis>("basis");
    QTest::addColumn<QDate>("event");
    QTest::addColumn<QDate>("deadline");

    const auto before = DeadlineBasis::BeforeTransport;
    QTest::newRow("transport onsdag") << before << QDate(2026, 9, 23) << QDate(2026, 9, 25);
    QTest::newRow("transport fredag, tisdag") << before << QDate(2026, 9, 25) << QDate(2026, 9, 29);
    QTest::newRow("transport lördag") << before << QDate(2026, 9, 26) << QDate(2026, 9, 29);
    QTest::newRow("transport söndag") << before << QDate(2026, 9, 27) << QDate(2026, 9, 29);
    QTest::newRow("påsk 2026 onsdag") << before << QDate(2026, 4, 1) << QDate(2026, 4, 7);
    QTest::newRow("påsk 2026 skärtorsdag") << before << QDate(2026, 4, 2) << QDate(2026, 4, 8);
    QTest::newRow("påsk 2025 skärtorsdag") << before << QDate(2025, 4, 17) << QDate(2025, 4, 23);
    QTest::newRow("Kristi himmelsfärd 2026") << before << QDate(2026, 5, 13) << QDate(2026, 5, 18);
    QTest::newRow("Kristi himmelsfärd 2027") << before << QDate(2027, 5, 5) << QDate(2027, 5, 10);
    QTest::newRow("första maj 2024") << before << QDate(2024, 4, 30) << QDate(2024, 5, 3);
    QTest::newRow("nationaldagen 2025") << before << QDate(2025, 6, 5) << QDate(2025, 6, 10);
    QTest::newRow("trettondedag jul 2027") << before << QDate(2027, 1, 5) << QDate(2027, 1, 8);
    // The eve rule: the second working day is the eve, so the deadline runs to the next working day.
    QTest::newRow("midsommarafton 2024") << before << QDate(2024, 6, 19) << QDate(2024, 6, 24);
    QTest::newRow("midsommarafton 2026") << before << QDate(2026, 6, 17) << QDate(2026, 6, 22);
    QTest::newRow("midsommarafton 2027") << before << QDate(2027, 6, 23) << QDate(2027, 6, 28);
    QTest::newRow("transport på midsommarafton") << before << QDate(2026, 6, 19) << QDate(2026, 6, 23);
    QTest::newRow("julafton 2026 torsdag") << before << QDate(2026, 12, 22) << QDate(2026, 12, 28);
    QTest::newRow("över julafton 2026") << before << QDate(2026, 12, 23) << QDate(2026, 12, 28);
    QTest::newRow("transport på julafton") << before << QDate(2026, 12, 24) << QDate(2026, 12, 29);
    QTest::newRow("julafton 2027 fredag") << before << QDate(2027, 12, 22) << QDate(2027, 12, 27);
    QTest::newRow("jul 2028") << before << QDate(2028, 12, 21) << QDate(2028, 12, 27);
    QTest::newRow("nyårsafton 2025 onsdag") << before << QDate(2025, 12, 29) << QDate(2026, 1, 2);
    QTest::newRow("nyårsafton 2026 torsdag") << before << QDate(2026, 12, 29) << QDate(2027, 1, 4);
    QTest::newRow("över nyår 2026") << before << QDate(2026, 12, 30) << QDate(2027, 1, 4);
    QTest::newRow("nyårsafton 2027 fredag") << before << QDate(2027, 12, 29) << QDate(2028, 1, 3);

    const auto after = DeadlineBasis::AfterEvent;
    QTest::newRow("mottagning fredag") << after << QDate(2026, 9, 25) << QDate(2026, 10, 1);
    QTest::newRow("mottagning tisdag") << after << QDate(2026, 5, 12) << QDate(2026, 5, 19);
    QTest::newRow("mottagning före påsk 2027") << after << QDate(2027, 3, 24) << QDate(2027, 4, 1);
    QTest::newRow("mottagning före midsommar") << after << QDate(2026, 6, 15) << QDate(2026, 6, 22);
    QTest::newRow("mottagning före jul måndag") << after << QDate(2026, 12, 21) << QDate(2026, 12, 28);
    QTest::newRow("mottagning före jul fredag") << after << QDate(2026, 12, 18) << QDate(2026, 12, 28);
    QTest::newRow("mottagning på julafton") << after << QDate(2025, 12, 24) << QDate(2026, 1, 2);
}

void TestWorkingDays::deadline()
{
    QFETCH(DeadlineBasis, basis);
    QFETCH(QDate, event);
    QFETCH(QDate, deadline);
    const QDate result = avfall::reportingDeadline(basis, event);
    QCOMPARE(result, deadline);
    QVERIFY(SwedishCalendar::isWorkingDay(result));
    QVERIFY(!SwedishCalendar::isEve(result));
}

void TestWorkingDays::eveRuleMovesOnlyTheLastDay()
{
    // Two working days after Tuesday 22 December 2026 is julafton; lag (1930:173) moves the
    // deadline past juldagen, annandag jul and the weekend.
    QCOMPARE(SwedishCalendar::addWorkingDays(QDate(2026, 12, 22), 2), QDate(2026, 12, 24));
    QCOMPARE(avfall::reportingDeadline(DeadlineBasis::BeforeTransport, QDate(2026, 12, 22)),
             QDate(2026, 12, 28));
    // A deadline that merely passes an eve does not move: from 23 December the count is 24, 28.
    QCOMPARE(avfall::reportingDeadline(DeadlineBasis::BeforeTransport, QDate(2026, 12, 23)),
             QDate(2026, 12, 28));
    // After an event the intermediate day (when the note was due) may be an eve; it is not moved.
    // 18 December 2026: due on 22 December, reported by 24 December, which moves to 28 December.
    QCOMPARE(SwedishCalendar::addWorkingDays(QDate(2026, 12, 18), 2), QDate(2026, 12, 22));
    QCOMPARE(avfall::reportingDeadline(DeadlineBasis::AfterEvent, QDate(2026, 12, 18)), QDate(2026, 12, 28));
}

void TestWorkingDays::quarter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("quarter");
    QTest::addColumn<QDate>("deadline");
    // Assumption under test: compiled by the last day of the month after the quarter, then two
    // working days. The compile day is shown in the row name.
    QTest::newRow("2025 K1 (30 apr ons)") << 2025 << 1 << QDate(2025, 5, 5);
    QTest::newRow("2025 K2 (31 jul tor)") << 2025 << 2 << QDate(2025, 8, 4);
    QTest::newRow("2025 K3 (31 okt fre)") << 2025 << 3 << QDate(2025, 11, 4);
    QTest::newRow("2025 K4 (31 jan lör)") << 2025 << 4 << QDate(2026, 2, 3);
    QTest::newRow("2026 K1 (30 apr tor, 1 maj)") << 2026 << 1 << QDate(2026, 5, 5);
    QTest::newRow("2026 K2 (31 jul fre)") << 2026 << 2 << QDate(2026, 8, 4);
    QTest::newRow("2026 K3 (31 okt alla helgon)") << 2026 << 3 << QDate(2026, 11, 3);
    QTest::newRow("2026 K4 (31 jan sön)") << 2026 << 4 << QDate(2027, 2, 2);
    QTest::newRow("2027 K1 (30 apr fre)") << 2027 << 1 << QDate(2027, 5, 4);
    QTest::newRow("2027 K2 (31 jul lör)") << 2027 << 2 << QDate(2027, 8, 3);
    QTest::newRow("2027 K3 (31 okt sön)") << 2027 << 3 << QDate(2027, 11, 2);
    QTest::newRow("2027 K4 (31 jan mån)") << 2027 << 4 << QDate(2028, 2, 2);
    QTest::newRow("kvartal 0") << 2026 << 0 << QDate();
    QTest::newRow("kvartal 5") << 2026 << 5 << QDate();
}

void TestWorkingDays::quarter()
{
    QFETCH(int, year);
    QFETCH(int, quarter);
    QFETCH(QDate, deadline);
    QCOMPARE(avfall::quarterlyReportingDeadline(year, quarter), deadline);
}

void TestWorkingDays::quarterFromAnyDateInIt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("1 januari") << QDate(2026, 1, 1) << QDate(2026, 5, 5);
    QTest::newRow("31 mars") << QDate(2026, 3, 31) << QDate(2026, 5, 5);
    QTest::newRow("1 april") << QDate(2026, 4, 1) << QDate(2026, 8, 4);
    QTest::newRow("30 september") << QDate(2026, 9, 30) << QDate(2026, 11, 3);
    QTest::newRow("31 december") << QDate(2026, 12, 31) << QDate(2027, 2, 2);
}

void TestWorkingDays::quarterFromAnyDateInIt()
{
    QFETCH(QDate, date);
    QFETCH(QDate, deadline);
    QCOMPARE(avfall::reportingDeadline(DeadlineBasis::Quarter, date), deadline);
}

void TestWorkingDays::invalidInput()
{
    QVERIFY(!SwedishCalendar::addWorkingDays(QDate(), 2).isValid());
    QVERIFY(!avfall::reportingDeadline(DeadlineBasis::BeforeTransport, QDate()).isValid());
    QVERIFY(!avfall::reportingDeadline(DeadlineBasis::Quarter, QDate()).isValid());
    QVERIFY(!SwedishCalendar::isPublicHoliday(QDate()));
    QVERIFY(!SwedishCalendar::isEve(QDate()));
    QCOMPARE(SwedishCalendar::holidayName(QDate()), QString());
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
