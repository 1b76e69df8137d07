#include "models/datetext.h"

#include <QTest>

// Dates and times as people type them into the form's date fields.
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatPeopleType_data();
    void readsWhatPeopleType();
    void refusesWhatIsNoDate_data();
    void refusesWhatIsNoDate();
    void dateWithoutTimeKeepsTheGivenTime();
};

namespace {
// Friday 27 November 2026, 12:34 local time.
QDateTime now()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 34));
}
} // namespace

void TestDateText::readsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime twentieth(QDate(2026, 11, 20), QTime(13, 0));
    QTest::newRow("ISO") << QStringLiteral("2026-11-20 13:00") << twentieth;
    QTest::newRow("ISO, point in time") << QStringLiteral("2026-11-20 13.00") << twentieth;
    QTest::newRow("ISO with T") << QStringLiteral("2026-11-20T13:00") << twentieth;
    QTest::newRow("digits only") << QStringLiteral("20261120 1300") << twentieth;
    QTest::newRow("day/month") << QStringLiteral("20/11 13:00") << twentieth;
    QTest::newRow("day/month/year") << QStringLiteral("20/11/2026 13") << twentieth;
    QTest::newRow("day.month.year kl.") << QStringLiteral("20.11.2026 kl. 13") << twentieth;
    QTest::newRow("month name") << QStringLiteral("20 nov 13:00") << twentieth;
    QTest::newRow("month name, year") << QStringLiteral("20 november 2026, 13.00") << twentieth;
    QTest::newRow("yesterday") << QStringLiteral("igår 13") << QDateTime(QDate(2026, 11, 26), QTime(13, 0));
    QTest::newRow("yesterday, two words")
        << QStringLiteral("i går kl 13:30") << QDateTime(QDate(2026, 11, 26), QTime(13, 30));
    QTest::newRow("today") << QStringLiteral("idag 8") << QDateTime(QDate(2026, 11, 27), QTime(8, 0));
    QTest::newRow("tomorrow") << QStringLiteral("imorgon 7:30")
                              << QDateTime(QDate(2026, 11, 28), QTime(7, 30));
    QTest::newRow("English") << QStringLiteral("yesterday 13")
                             << QDateTime(QDate(2026, 11, 26), QTime(13, 0));
    QTest::newRow("now") << QStringLiteral("nu") << now();
    QTest::newRow("time only") << QStringLiteral("13:05") << QDateTime(QDate(2026, 11, 27), QTime(13, 5));
    QTest::newRow("time only, kl.") << QStringLiteral("kl. 13.05")
                                    << QDateTime(QDate(2026, 11, 27), QTime(13, 5));
    // Day and month, as Swedes write a date; the time alone is written with a colon or "kl.".
    QTest::newRow("day.month") << QStringLiteral("13.05") << QDateTime(QDate(2026, 5, 13), QTime(12, 34));
    // Without a year: the nearest such day, never more than half a year ahead.
    QTest::newRow("december is this year")
        << QStringLiteral("5/12 10") << QDateTime(QDate(2026, 12, 5), QTime(10, 0));
    QTest::newRow("August is this year")
        << QStringLiteral("5/8 10") << QDateTime(QDate(2026, 8, 5), QTime(10, 0));
}

void TestDateText::readsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = avfall::datetext::parse(text, now());
    QVERIFY2(parsed, qPrintable(text));
    QCOMPARE(*parsed, expected);
}

void TestDateText::refusesWhatIsNoDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("snart");
    QTest::newRow("31 November") << QStringLiteral("31/11 10");
    QTest::newRow("25 o'clock") << QStringLiteral("2026-11-20 25:00");
    QTest::newRow("trailing words") << QStringLiteral("2026-11-20 efter lunch");
}

void TestDateText::refusesWhatIsNoDate()
{
    QFETCH(QString, text);
    QVERIFY(!avfall::datetext::parse(text, now()));
}

void TestDateText::dateWithoutTimeKeepsTheGivenTime()
{
    QCOMPARE(*avfall::datetext::parse(u"2026-11-20", now(), QTime(9, 15)),
             QDateTime(QDate(2026, 11, 20), QTime(9, 15)));
    QCOMPARE(*avfall::datetext::parse(u"igår", now()), QDateTime(QDate(2026, 11, 26), QTime(12, 34)));
    // Early in the year, a December without a year is last December.
    QCOMPARE(*avfall::datetext::parse(u"20/12 10", QDateTime(QDate(2027, 1, 10), QTime(8, 0))),
             QDateTime(QDate(2026, 12, 20), QTime(10, 0)));
    QCOMPARE(avfall::datetext::format(QDateTime(QDate(2026, 11, 20), QTime(13, 0))),
             QStringLiteral("2026-11-20 13:00"));
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
