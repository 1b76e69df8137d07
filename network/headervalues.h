#pragma once

#include <QByteArrayView>
#include <QStringView>

// What may go into an HTTP header. A value from elsewhere (a token from the token service or the
// user, the stored tracking id) is checked before it becomes part of a request: a CR or LF in it
// would end the header there and start another one of the sender's choosing.
namespace avfall::headervalues {

// Visible ASCII, spaces and tabs: no CR, LF, NUL, other control characters or bytes above 0x7e.
bool isSafe(QByteArrayView value);
bool isSafe(QStringView value);
// A bearer token as RFC 6750 defines it (b64token): letters, digits, "-._~+/", then "=" padding.
bool isBearerToken(QStringView token);

} // namespace avfall::headervalues
