#pragma once

#include <QString>

namespace avfall {

// A last line of defence for the log: nothing secret is written on purpose, but a message from a
// library or a future mistake might carry one. Masks bearer and basic credentials, Authorization
// headers, JWTs, PEM private keys, "password=…"-like pairs and long opaque strings that mix upper
// case, lower case and digits the way generated tokens and secrets do. GUIDs (trackingId, traceId,
// avfallId), dates and paths stay readable.
QString redactSecrets(const QString &text);

} // namespace avfall
