#include "secrets/expirycountdown.h"

#include <QCoreApplication>

namespace avfall {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryCountdown)
};
} // namespace

int daysUntil(const QDateTime &expiresAt, const QDateTime &now)
{
    constexpr qint64 day = 24 * 60 * 60;
    const qint64 seconds = now.secsTo(expiresAt);
    return int(seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day));
}

QString expiryCountdown(ExpiringItem item, const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return {};
    const bool certificate = item == ExpiringItem::Certificate;
    if (expiresAt <= now)
        return certificate ? Text::tr("Certifikatet har gått ut") : Text::tr("Åtkomsttoken har gått ut");
    const int days = daysUntil(expiresAt, now);
    if (days > kExpiryCountdownDays)
        return {};
    if (days == 0)
        return certificate ? Text::tr("Certifikatet går ut i dag") : Text::tr("Åtkomsttoken går ut i dag");
    if (days == 1)
        return certificate ? Text::tr("Certifikatet går ut i morgon")
                           : Text::tr("Åtkomsttoken går ut i morgon");
    return certificate ? Text::tr("Certifikatet går ut om %n dagar", nullptr, days)
                       : Text::tr("Åtkomsttoken går ut om %n dagar", nullptr, days);
}

} // namespace avfall
