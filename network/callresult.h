#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace avfall {

// What became of one call to the register. The queue decides on `outcome` alone, so every way a
// call can end maps to exactly one of these.
enum class Outcome
{
    Accepted,             // 200/201 with an avfallId that is a GUID (writes) or a readable answer (reads)
    Rejected,             // 4xx with the register's errors: the user must change something
    AuthenticationFailed, // 401/403 (after one fresh token): token, key/secret or agreement
    CertificateProblem,   // TLS failed: client certificate missing, expired or refused, server not trusted
    Unavailable,          // certainly not processed: nothing sent, the request cut short, 429, 503
    Uncertain,            // the request may have arrived: anything after its last byte left that does not
                          // prove otherwise (see outcomerules.h)
};

QString outcomeKey(
    Outcome outcome); // "accepted", "rejected", "authentication", "certificate", "unavailable", "uncertain"

struct RegisterErrorItem
{
    int code = 0;
    QString message; // the register's own text
};

struct CallResult
{
    Outcome outcome = Outcome::Uncertain;
    int httpStatus = 0; // 0: no HTTP answer
    QString avfallId;   // accepted writes
    QList<RegisterErrorItem> errors;
    QString traceId;
    QString trackingId; // NV-Client-Tracking-ID as the register echoed it
    QString summary;    // one or two plain Swedish sentences: what happened, what to do
    QByteArray body;    // the answer, at most a few MB (reads: the value list)
    qint64 durationMs = 0;
    bool requestSent = false; // false: certain that no byte of the request left the machine
    QDateTime retryAfter;     // Unavailable: when the register asked us to come back (Retry-After)

    bool isAccepted() const { return outcome == Outcome::Accepted; }
};

} // namespace avfall
