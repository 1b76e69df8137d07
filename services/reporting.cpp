#include "services/reporting.h"

#include "core/reportingfacts.h"

namespace avfall::reporting {

bool isReplaced(std::optional<NoteState> successorState)
{
    // Accepted by the register: sent, or sent and cancelled since (then the chain counts no more).
    return successorState == NoteState::Sent || successorState == NoteState::Cancelled;
}

bool isReported(NoteState state, Operation operation, std::optional<NoteState> successorState)
{
    return state == NoteState::Sent && operation != Operation::Cancel && !isReplaced(successorState);
}

std::optional<NoteState> successorState(const StoredNote &note, const NoteStore &store)
{
    if (!note.correctedById)
        return std::nullopt;
    const auto successor = store.note(note.correctedById);
    return successor ? std::optional<NoteState>(successor->state) : std::nullopt;
}

bool isReported(const StoredNote &note, const NoteStore &store)
{
    // Only a sent note can count: the look-up of its successor is needed only then.
    return note.state == NoteState::Sent &&
           isReported(note.state, note.operation, successorState(note, store));
}

bool canBeChanged(const StoredNote &note, const NoteStore &store)
{
    return isReported(note, store) && !note.correctedById;
}

QString monthOf(const QJsonObject &payload)
{
    return facts::eventMonth(payload);
}

} // namespace avfall::reporting
