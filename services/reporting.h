#pragma once

#include "store/notestore.h"
#include "store/storednote.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace avfall::reporting {

// The one definition of a reported note, for the statistics, `avfall report` and the lists.
//
// A note counts as reported when the register holds it as it stands:
//  - it was sent and accepted (state Sent) and is no cancellation itself;
//  - it is not cancelled (a cancelled note has state Cancelled);
//  - it is the latest version of its correction chain that the register holds: a later version
//    replaces it only once the register accepted that version (Sent, or Cancelled after it); a
//    correction that waits (queued, sending, uncertain) or was refused does not take its place.
// Its quantity belongs to the month of its event date (monthOf), not to when it was written.
bool isReported(NoteState state, Operation operation, std::optional<NoteState> successorState);
bool isReported(const StoredNote &note, const NoteStore &store);

// The state of the version that corrects the note (correctedById), if there is one.
std::optional<NoteState> successorState(const StoredNote &note, const NoteStore &store);

// A later version has taken the note's place in the register.
bool isReplaced(std::optional<NoteState> successorState);

// The note may be corrected or cancelled now: it is reported and no correction of it waits.
bool canBeChanged(const StoredNote &note, const NoteStore &store);

// "yyyy-MM": the month of the note's tidpunkt in Swedish time (the store keeps it as event_month).
QString monthOf(const QJsonObject &payload);

} // namespace avfall::reporting
