#include "network/callresult.h"

namespace avfall {

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::AuthenticationFailed:
        return QStringLiteral("authentication");
    case Outcome::CertificateProblem:
        return QStringLiteral("certificate");
    case Outcome::Unavailable:
        return QStringLiteral("unavailable");
    case Outcome::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QString();
}

} // namespace avfall
