#pragma once

#include "core/notetype.h"

#include <QDate>
#include <QString>

namespace avfall {

// Swedish public holidays and working days under lag (1989:253) om allmänna helgdagar, as the law
// stands since 2005 (nationaldagen a holiday, annandag pingst not); earlier years are not modelled.
// Dates are Gregorian; easterSunday() is invalid before 1583.
class SwedishCalendar
{
public:
    // Gregorian computus (the anonymous algorithm, as in Meeus, Astronomical Algorithms).
    static QDate easterSunday(int year);

    // Nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi
    // himmelsfärdsdag, Sveriges nationaldag, pingstdagen, midsommardagen, alla helgons dag,
    // juldagen and annandag jul. Every Sunday is a holiday too under the law, but is not reported
    // here: isWorkingDay() excludes weekends on its own.
    static bool isPublicHoliday(const QDate &date);

    // Monday to Friday and not a public holiday. The eves (isEve) are working days.
    static bool isWorkingDay(const QDate &date);

    // Midsommarafton (the Friday 19–25 June), julafton and nyårsafton: not holidays, but a time
    // limit that ends on one of them runs to the next working day (lag (1930:173)).
    static bool isEve(const QDate &date);

    // The date `days` working days after `from` (before it when negative); `from` itself for 0.
    // `from` does not have to be a working day: from Saturday, one working day is Monday.
    static QDate addWorkingDays(const QDate &from, int days);

    // The Swedish name of the public holiday, or empty. When two holidays fall on the same day
    // (första maj and Kristi himmelsfärdsdag in 2008) the fixed one is named.
    static QString holidayName(const QDate &date);

    // "Midsommarafton", "Julafton", "Nyårsafton" or empty: to explain a moved deadline.
    static QString eveName(const QDate &date);
};

// The last day on which a note must reach the register (avfallsförordningen (2020:614) 6 kap.
// 11 §: "senast två arbetsdagar efter den tidpunkt när anteckningen ska göras eller sammanställas
// enligt 1–5 §§"). eventDate is the date in the note's eventField:
//   BeforeTransport: the transport date; the note is due before the transport starts, so the
//                    deadline is two working days after that date.
//   AfterEvent:      the receipt or transaction date; the note is due two working days after it,
//                    and the report two more: four working days after the event.
//   Quarter:         any date in the reported quarter (see quarterlyReportingDeadline).
// Invalid for an invalid date.
QDate reportingDeadline(DeadlineBasis basis, const QDate &eventDate);

// The deadline of a quarterly Behandlingsresultat; invalid unless quarter is 1–4.
QDate quarterlyReportingDeadline(int year, int quarter);

} // namespace avfall
