#pragma once

#include <QDateTime>
#include <QString>

namespace avfall {

// What can be read from a pasted access token without trusting it: a JWT's payload (the middle of
// three base64url parts) names its expiry in "exp" (seconds since 1970, UTC). The token is not
// verified here; the register decides whether it is valid.
struct AccessTokenInfo
{
    bool isJwt = false;  // three parts with a JSON payload
    QDateTime expiresAt; // invalid when there is no "exp"
    QString subject;     // "sub", when present

    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

AccessTokenInfo inspectAccessToken(const QString &token);

// Whitespace, line breaks and a leading "Bearer " removed, as a pasted token often has them.
QString cleanAccessToken(const QString &pasted);

} // namespace avfall
