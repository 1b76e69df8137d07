#pragma once

#include "network/callresult.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace avfall {

// How a request ended, as far as the connection could tell.
enum class Transport
{
    Answered,       // a complete, well-framed HTTP answer
    NotConnected,   // refused, no route, name not found, no connection in time: nothing sent
    NotRecorded,    // the queue could not record the attempt, so nothing was sent
    InvalidRequest, // a header value with forbidden characters: nothing sent
    TlsRefused,     // the handshake failed, or the server sent a fatal TLS alert
    ConnectionLost, // closed or reset without a complete answer
    TimedOut,       // no complete answer in time
    Malformed,      // not HTTP, or framing that cannot be trusted (see HttpAnswerParser)
    TooLarge,       // the answer exceeded the limit
};

enum class WriteMethod
{
    Post,   // a new note
    Put,    // a correction
    Delete, // a cancellation
};

// What the rules decide on: what the connection saw, and what the answer (if any) said.
struct WriteFacts
{
    WriteMethod method = WriteMethod::Post;
    Transport transport = Transport::Answered;
    bool requestComplete = false;   // the request's last byte was handed to the network
    int status = 0;                 // with Transport::Answered
    bool registerErrorBody = false; // the body is one of the register's own error shapes
    bool validAvfallId = false;     // a 2xx to POST or PUT names an avfallId that is a GUID
};

// Why the rules decided as they did; it picks the sentence the user reads.
enum class Why
{
    Accepted,
    NoValidId,               // 2xx without the id that proves what was stored
    RegisterRefused,         // the register's own errors: the user must change something
    RequestRefused,          // 404, 405, 413, …: whoever answered refused the request as such
    LoginRefused,            // 401, 403, 407
    Throttled,               // 429
    Maintenance,             // 503
    NotProcessed,            // 421, 425: the server says it did not process it
    ServerErrorAfterSending, // 5xx (not 503) once the request was complete
    TimeoutStatus,           // 408 once the request was complete
    UnexpectedAfterSending,  // any other answer once the request was complete
    CutShort,                // the request never left completely: it cannot have been processed
    NotConnected,
    NotRecorded,
    InvalidRequest,
    CertificateRefused,   // TLS refused before the request was complete
    TlsAlertAfterSending, // a fatal TLS alert once the request was complete
    LostAfterSending,
    TimedOutAfterSending,
    MalformedAfterSending,
    TooLargeAfterSending,
};

struct OutcomeDecision
{
    Outcome outcome = Outcome::Uncertain;
    Why why = Why::UnexpectedAfterSending;
};

// The one place that decides what became of a call to the register. The rule for writes: once
// the request's last byte has left, anything is uncertain unless the status proves that the
// register did not process it (a refused login, the register's own refusal, throttling or
// maintenance, a request refused as such). Only a request that certainly did not leave completely
// is sent again.
namespace outcomerules {

OutcomeDecision decideWrite(const WriteFacts &facts);
// Reads change nothing: whatever is not an answer or a refusal is "try again later".
Outcome decideRead(Transport transport, int status);

// A Retry-After value (delay in seconds, or an HTTP-date) as a point in time, never before now;
// nullopt when absent or unreadable.
std::optional<QDateTime> retryAfter(QByteArrayView value, const QDateTime &now);

// What the user reads, in plain Swedish. detail: the connection's error or the answer's text;
// retryAt: when the register asked us to come back, if it did.
QString summary(const OutcomeDecision &decision, int status, const QString &detail,
                const QDateTime &retryAt = QDateTime());

} // namespace outcomerules

} // namespace avfall
