#pragma once

#include "core/environment.h"
#include "core/notetype.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace avfall {

// Where a note is on its way to the register. The names are stored and printed by
// `avfall history --json`: they are a public interface.
enum class NoteState
{
    Draft,     // being filled in
    Queued,    // waiting to be sent (again)
    Sending,   // an attempt is under way
    Sent,      // the register accepted it and gave an avfallId
    Rejected,  // the register refused it; waits for the user to fix it
    Uncertain, // it may have arrived; waits for the user to decide
    Cancelled, // sent, then cancelled (makulerad) in the register
};

QString stateKey(NoteState state);
std::optional<NoteState> stateFromKey(QStringView key);
QString stateDisplayName(NoteState state);

// What a queued row asks of the register.
enum class Operation
{
    Create,  // POST: a new note
    Correct, // PUT: a new version of a sent note
    Cancel,  // DELETE /anteckningar: cancel a sent note
};

QString operationKey(Operation operation);
std::optional<Operation> operationFromKey(QStringView key);

// How far an attempt got before the process stopped: decides what a restart may assume.
enum class AttemptPhase
{
    Connecting, // nothing of the request has been written: certainly not received
    // Claimed and marked ahead, durably, by the sender; not handed to the network as far as the
    // database knows. After a killed process that is the truth (every commit survives); after a
    // restart of the machine (a power cut) the "written" mark that followed may be lost, so then
    // it counts as written.
    Reserved,
    Written, // the request was handed to the network: it may have arrived
    Finished,
};

struct Attempt
{
    qint64 id = 0;
    QDateTime startedAt;
    qint64 durationMs = 0;
    AttemptPhase phase = AttemptPhase::Connecting;
    int httpStatus = 0;
    QString outcome;    // outcomeKey() of the result, empty while running
    QJsonObject errors; // {"errors":[{"code":…, "message":…}]}
    QString traceId;
    QString summary;
};

struct StoredNote
{
    qint64 id = 0;
    NoteKind kind = NoteKind::Transportplanering;
    Environment environment = Environment::Sandbox;
    NoteState state = NoteState::Draft;
    Operation operation = Operation::Create;
    QJsonObject payload;    // exactly what is sent, frozen while queued
    QByteArray payloadJson; // the same as stored: the bytes that are sent
    QString trackingId;     // NV-Client-Tracking-ID, the same for every attempt
    QString avfallId;       // the register's id once sent
    QString targetAvfallId; // the id a correction replaces or a cancellation cancels
    qint64 correctsId = 0;  // the local note this version corrects
    qint64 cancelsId = 0;   // the local note this cancellation cancels
    qint64 correctedById = 0;
    QString cancelReason;
    QString cancelExplanation; // the user's own words, kept locally only
    QDateTime cancelledAt;
    QDate deadline;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt;
    int attemptCount = 0;
    QString lastSummary;
    QString referens;
    QString wasteCode;
    double quantity = 0;

    bool isOpen() const
    {
        return state == NoteState::Queued || state == NoteState::Sending || state == NoteState::Rejected ||
               state == NoteState::Uncertain;
    }
};

} // namespace avfall
