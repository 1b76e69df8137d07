#include "core/reportingfacts.h"

#include "core/fieldformats.h"

#include <QTimeZone>

namespace avfall::facts {

namespace {
// 01:00 UTC on the last Sunday of the month.
QDateTime lastSundayAtOneUtc(int year, int month)
{
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    day = day.addDays(-(day.dayOfWeek() % 7));
    return QDateTime(day, QTime(1, 0), QTimeZone::utc());
}
} // namespace

QDateTime swedishTime(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    const int year = utc.date().year();
    const bool summer = utc >= lastSundayAtOneUtc(year, 3) && utc < lastSundayAtOneUtc(year, 10);
    return utc.toOffsetFromUtc(summer ? 7200 : 3600);
}

QString eventMonth(const QJsonObject &payload)
{
    const auto moment = formats::parseDateTime(payload.value(QLatin1String("tidpunkt")).toString());
    if (!moment || !moment->isValid())
        return QString();
    // A time without an offset is already the user's (Swedish) time.
    const QDateTime local = moment->timeSpec() == Qt::LocalTime ? *moment : swedishTime(*moment);
    return local.date().toString(QStringLiteral("yyyy-MM"));
}

QString counterparty(NoteKind kind, const QJsonObject &payload)
{
    switch (kind) {
    case NoteKind::Transport:
    case NoteKind::InsamlingsMottagning:
    case NoteKind::Behandlingsmottagning:
        return payload.value(QLatin1String("tidigareInnehavare")).toString();
    case NoteKind::Transportplanering:
    case NoteKind::InsamlingsTransport:
    case NoteKind::Handel:
    case NoteKind::Behandlingsoverlamning:
        return payload.value(QLatin1String("nyInnehavare")).toString();
    case NoteKind::Behandlingsresultat:
        break;
    }
    return QString();
}

QString operatorNumber(const QJsonObject &payload)
{
    return payload.value(QLatin1String("verksamhetsutovare")).toString();
}

} // namespace avfall::facts
