#pragma once

#include <QDateTime>
#include <QString>

namespace avfall {

// What runs out: the client certificate or a pasted access token.
enum class ExpiringItem
{
    Certificate,
    AccessToken,
};

// The days shown before something runs out (the same 30 as the certificate's warning).
constexpr int kExpiryCountdownDays = 30;

// Whole days from now until expiresAt (rounded down); negative once it has passed.
int daysUntil(const QDateTime &expiresAt, const QDateTime &now);

// The short countdown the status bar and Inställningar show: "Certifikatet går ut om 12 dagar",
// "Åtkomsttoken går ut i morgon", "Certifikatet har gått ut". Empty when expiresAt is invalid or more
// than kExpiryCountdownDays away.
QString expiryCountdown(ExpiringItem item, const QDateTime &expiresAt, const QDateTime &now);

} // namespace avfall
