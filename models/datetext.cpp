#include "models/datetext.h"

#include "models/searchtext.h"

#include <QRegularExpression>

namespace avfall::datetext {

namespace {

// Month names and their usual abbreviations, Swedish and English, folded ("maj", "okt", "oct").
int monthOf(QStringView word)
{
    static const char *const names[12][3] = {
        {"januari", "january", "jan"}, {"februari", "february", "feb"}, {"mars", "march", "mar"},
        {"april", "april", "apr"},     {"maj", "may", "maj"},           {"juni", "june", "jun"},
        {"juli", "july", "jul"},       {"augusti", "august", "aug"},    {"september", "september", "sep"},
        {"oktober", "october", "okt"}, {"november", "november", "nov"}, {"december", "december", "dec"}};
    const QString folded = foldForSearch(word);
    for (int month = 0; month < 12; ++month) {
        for (const char *name : names[month]) {
            if (folded == QLatin1String(name) ||
                (folded.size() >= 3 && QLatin1String(name).startsWith(folded)))
                return month + 1;
        }
        if (month == 9 && folded == QLatin1String("oct"))
            return 10;
    }
    return 0;
}

// "idag", "i dag", "igår", "i går", "imorgon", "i morgon", "i förrgår" and English: days from today.
std::optional<int> relativeDay(QString &rest)
{
    static const QList<QPair<QRegularExpression, int>> words = {
        {QRegularExpression(QStringLiteral("^i\\s*forrgar\\b")), -2},
        {QRegularExpression(QStringLiteral("^i\\s*gar\\b")), -1},
        {QRegularExpression(QStringLiteral("^i\\s*dag\\b")), 0},
        {QRegularExpression(QStringLiteral("^i\\s*morgon\\b")), 1},
        {QRegularExpression(QStringLiteral("^yesterday\\b")), -1},
        {QRegularExpression(QStringLiteral("^today\\b")), 0},
        {QRegularExpression(QStringLiteral("^tomorrow\\b")), 1},
    };
    for (const auto &[expression, days] : words) {
        const auto match = expression.match(rest);
        if (match.hasMatch()) {
            rest = rest.mid(match.capturedLength()).trimmed();
            return days;
        }
    }
    return std::nullopt;
}

// The time part: "13", "13:05", "13.05", "1305", "kl 13", "kl. 13:05". Empty text: no time.
std::optional<QTime> readTime(QString text, bool *given)
{
    static const QRegularExpression clock(QStringLiteral("^(?:kl\\.?\\s*)?(\\d{1,2})(?:[:.]?(\\d{2}))?$"));
    text = text.trimmed();
    *given = !text.isEmpty();
    if (text.isEmpty())
        return QTime();
    const auto match = clock.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// A day and month without a year: this year's, or last year's when this year's is more than half a
// year ahead (a note is about something that happened or is about to happen).
QDate nearest(int day, int month, const QDate &today)
{
    QDate date(today.year(), month, day);
    if (date.isValid() && date > today.addMonths(6))
        date = QDate(today.year() - 1, month, day);
    return date;
}

} // namespace

std::optional<QDateTime> parse(QStringView input, const QDateTime &now, QTime defaultTime)
{
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    if (!defaultTime.isValid())
        defaultTime = QTime(local.time().hour(), local.time().minute());
    QString rest = foldForSearch(input).simplified();
    rest.replace(QLatin1Char(','), QLatin1Char(' '));
    rest = rest.simplified();
    if (rest.isEmpty())
        return std::nullopt;
    if (rest == QLatin1String("nu") || rest == QLatin1String("now"))
        return QDateTime(today, QTime(local.time().hour(), local.time().minute()));

    QDate date;
    if (const auto days = relativeDay(rest)) {
        date = today.addDays(*days);
    } else {
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})-?(\\d{1,2})-?(\\d{1,2})(?:t|\\s+|$)"));
        static const QRegularExpression dayMonth(
            QStringLiteral("^(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?(?:\\s+|$)"));
        static const QRegularExpression named(
            QStringLiteral("^(\\d{1,2})\\s*([a-z]+)\\.?(?:\\s+(\\d{4}))?(?:\\s+|$)"));
        const auto isoMatch = iso.match(rest);
        const auto dayMonthMatch = dayMonth.match(rest);
        const auto namedMatch = named.match(rest);
        if (isoMatch.hasMatch()) {
            date = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(),
                         isoMatch.captured(3).toInt());
            rest = rest.mid(isoMatch.capturedLength());
        } else if (dayMonthMatch.hasMatch() && dayMonthMatch.captured(2).toInt() >= 1 &&
                   dayMonthMatch.captured(2).toInt() <= 12) {
            const int day = dayMonthMatch.captured(1).toInt();
            const int month = dayMonthMatch.captured(2).toInt();
            date = dayMonthMatch.captured(3).isEmpty() ? nearest(day, month, today)
                                                       : QDate(dayMonthMatch.captured(3).toInt(), month, day);
            rest = rest.mid(dayMonthMatch.capturedLength());
        } else if (namedMatch.hasMatch() && monthOf(namedMatch.captured(2))) {
            const int day = namedMatch.captured(1).toInt();
            const int month = monthOf(namedMatch.captured(2));
            date = namedMatch.captured(3).isEmpty() ? nearest(day, month, today)
                                                    : QDate(namedMatch.captured(3).toInt(), month, day);
            rest = rest.mid(namedMatch.capturedLength());
        } else {
            // Only a time: today.
            date = today;
            bool given = false;
            const auto time = readTime(rest, &given);
            if (!time || !given)
                return std::nullopt;
            return QDateTime(date, *time);
        }
    }
    if (!date.isValid())
        return std::nullopt;
    bool given = false;
    const auto time = readTime(rest, &given);
    if (!time)
        return std::nullopt;
    return QDateTime(date, given ? *time : defaultTime);
}

QString format(const QDateTime &moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace avfall::datetext
