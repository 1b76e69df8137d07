#include "core/workingdays.h"

#include <QCoreApplication>

#include <cstdlib>

namespace avfall {

namespace {

// The holidays of lag (1989:253) om allmänna helgdagar 1 §, in the law's order; holidayName()
// names the first that matches.
enum class Rule
{
    Fixed,       // month/day
    Easter,      // offset days from Easter Sunday
    SaturdayFrom // the Saturday in the seven days starting month/day
};

struct Holiday
{
    Rule rule;
    int month;
    int day; // or the offset from Easter Sunday
    const char *name;
};

constexpr Holiday kHolidays[] = {
    {Rule::Fixed, 1, 1, QT_TRANSLATE_NOOP("SwedishCalendar", "Nyårsdagen")},
    {Rule::Fixed, 1, 6, QT_TRANSLATE_NOOP("SwedishCalendar", "Trettondedag jul")},
    {Rule::Easter, 0, -2, QT_TRANSLATE_NOOP("SwedishCalendar", "Långfredagen")},
    {Rule::Easter, 0, 0, QT_TRANSLATE_NOOP("SwedishCalendar", "Påskdagen")},
    {Rule::Easter, 0, 1, QT_TRANSLATE_NOOP("SwedishCalendar", "Annandag påsk")},
    {Rule::Fixed, 5, 1, QT_TRANSLATE_NOOP("SwedishCalendar", "Första maj")},
    {Rule::Easter, 0, 39, QT_TRANSLATE_NOOP("SwedishCalendar", "Kristi himmelsfärdsdag")},
    {Rule::Fixed, 6, 6, QT_TRANSLATE_NOOP("SwedishCalendar", "Sveriges nationaldag")},
    {Rule::Easter, 0, 49, QT_TRANSLATE_NOOP("SwedishCalendar", "Pingstdagen")},
    {Rule::SaturdayFrom, 6, 20, QT_TRANSLATE_NOOP("SwedishCalendar", "Midsommardagen")},
    {Rule::SaturdayFrom, 10, 31, QT_TRANSLATE_NOOP("SwedishCalendar", "Alla helgons dag")},
    {Rule::Fixed, 12, 25, QT_TRANSLATE_NOOP("SwedishCalendar", "Juldagen")},
    {Rule::Fixed, 12, 26, QT_TRANSLATE_NOOP("SwedishCalendar", "Annandag jul")},
};

// The eves of lag (1930:173) om beräkning av lagstadgad tid 2 §.
constexpr Holiday kEves[] = {
    {Rule::SaturdayFrom, 6, 20, QT_TRANSLATE_NOOP("SwedishCalendar", "Midsommarafton")}, // the day before
    {Rule::Fixed, 12, 24, QT_TRANSLATE_NOOP("SwedishCalendar", "Julafton")},
    {Rule::Fixed, 12, 31, QT_TRANSLATE_NOOP("SwedishCalendar", "Nyårsafton")},
};

constexpr int kSaturday = 6;

// The Saturday among the seven days that start on month/day of the year.
QDate saturdayFrom(int year, int month, int day)
{
    const QDate first(year, month, day);
    return first.addDays((kSaturday - first.dayOfWeek() + 7) % 7);
}

QDate holidayDate(const Holiday &holiday, int year)
{
    switch (holiday.rule) {
    case Rule::Fixed:
        return QDate(year, holiday.month, holiday.day);
    case Rule::Easter: {
        const QDate easter = SwedishCalendar::easterSunday(year);
        return easter.isValid() ? easter.addDays(holiday.day) : QDate();
    }
    case Rule::SaturdayFrom:
        return saturdayFrom(year, holiday.month, holiday.day);
    }
    Q_UNREACHABLE();
}

const char *holidayOn(const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    for (const Holiday &holiday : kHolidays) {
        if (holidayDate(holiday, date.year()) == date)
            return holiday.name;
    }
    return nullptr;
}

const char *eveOn(const QDate &date)
{
    if (!date.isValid())
        return nullptr;
    for (const Holiday &eve : kEves) {
        QDate day = holidayDate(eve, date.year());
        if (eve.rule == Rule::SaturdayFrom)
            day = day.addDays(-1); // midsommarafton is the Friday before midsommardagen
        if (day == date)
            return eve.name;
    }
    return nullptr;
}

// Lag (1930:173) 2 §: when the last day of a time limit is a Saturday, Sunday, other public
// holiday, midsommarafton, julafton or nyårsafton, the act may be done on the next weekday. The
// dates passed here come from addWorkingDays and so are working days already; only the eves move.
QDate movePastEve(QDate date)
{
    while (date.isValid() && (SwedishCalendar::isEve(date) || !SwedishCalendar::isWorkingDay(date)))
        date = date.addDays(1);
    return date;
}

} // namespace

QDate SwedishCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8); valid for every
    // Gregorian year, so from 1583.
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool SwedishCalendar::isPublicHoliday(const QDate &date)
{
    return holidayOn(date) != nullptr;
}

bool SwedishCalendar::isWorkingDay(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() < kSaturday && !isPublicHoliday(date);
}

bool SwedishCalendar::isEve(const QDate &date)
{
    return eveOn(date) != nullptr;
}

QDate SwedishCalendar::addWorkingDays(const QDate &from, int days)
{
    if (!from.isValid())
        return {};
    // Counting starts the day after `from`: "two working days after" a Friday are Monday and
    // Tuesday, whatever kind of day the Friday itself was.
    const int step = days < 0 ? -1 : 1;
    int remaining = std::abs(days);
    QDate date = from;
    while (remaining > 0) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

QString SwedishCalendar::holidayName(const QDate &date)
{
    const char *name = holidayOn(date);
    return name ? QCoreApplication::translate("SwedishCalendar", name) : QString();
}

QString SwedishCalendar::eveName(const QDate &date)
{
    const char *name = eveOn(date);
    return name ? QCoreApplication::translate("SwedishCalendar", name) : QString();
}

QDate reportingDeadline(DeadlineBasis basis, const QDate &eventDate)
{
    if (!eventDate.isValid())
        return {};
    switch (basis) {
    case DeadlineBasis::BeforeTransport:
        // The note is due before the transport starts, i.e. on the transport date at the latest;
        // the register must have it two working days after that.
        return movePastEve(SwedishCalendar::addWorkingDays(eventDate, 2));
    case DeadlineBasis::AfterEvent:
        // The note is due two working days after the receipt or transaction, the report two
        // working days after that. The eve rule is applied to the final day only: it is the only
        // time limit the register enforces, and moving the intermediate day too could only make
        // the deadline later, never earlier.
        return movePastEve(SwedishCalendar::addWorkingDays(eventDate, 4));
    case DeadlineBasis::Quarter:
        return quarterlyReportingDeadline(eventDate.year(), (eventDate.month() - 1) / 3 + 1);
    }
    Q_UNREACHABLE();
}

QDate quarterlyReportingDeadline(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    // ASSUMPTION, not verified against the ordinance: 6 kap. 5 § 2 only says the treatment
    // result is compiled per calendar quarter. We take the compile date of the parallel rule for
    // non-hazardous waste (7 kap. 7 §: "senast den sista dagen i januari, april, juli och oktober
    // för det närmast föregående kvartalet"), i.e. the last day of the month after the quarter,
    // and add the two working days of 6 kap. 11 §. The compile date is used as it is, even on a
    // weekend: that gives the earlier of the two possible readings.
    const QDate firstOfNextQuarter = QDate(year, (quarter - 1) * 3 + 1, 1).addMonths(3);
    const QDate compileBy = firstOfNextQuarter.addMonths(1).addDays(-1);
    return movePastEve(SwedishCalendar::addWorkingDays(compileBy, 2));
}

} // namespace avfall
