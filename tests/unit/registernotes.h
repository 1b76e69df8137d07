#pragma once

#include "store/notestore.h"
#include "store/storednote.h"

#include <QList>

namespace avfall::test {

// Notes for the tests of the register export (issue 16): one sent note of each of the eight types
// dated by the samples (tidpunkt 2026-11-26), the Handel note corrected once, the Transport note
// cancelled, and what must stay out of the register: a draft, the cancellation's own row, a note
// of another environment and one from October. Texts a spreadsheet would run as formulas stand
// in the Behandlingsmottagning note's referens and the InsamlingsMottagning note's contact.
namespace registernotes {

inline constexpr auto kFormulaReferens = "=HYPERLINK(\"http://x.test\";\"Öppna\")";
inline constexpr auto kFormulaContact = "@SUM(1+1)";
inline constexpr auto kCancelReason = "FelAvfall";
inline constexpr auto kCancelExplanation = "Fel avfallskod; ny anteckning gjord";
inline constexpr double kCorrectedQuantity = 99.25;

// "00000000-0000-4000-8000-0000000000NN"
QString avfallId(int number);

// The payload the note of the kind carries here (the sample, with the formula texts above).
QJsonObject payload(NoteKind kind);

// In memory, as the store would return them: ids 1–8 the eight types in order, 9 the correction of
// 5 (Handel), 10 the cancellation of 2 (Transport), 11 a draft, 12 a sandbox note, 13 from October.
QList<StoredNote> inMemory(Environment environment);

// The same story written through a real store: every note sent (accepted with avfallId(n)), the
// Handel note corrected, the Transport note cancelled, a draft, and a note in the other
// environment. Returns false when the store refused a step.
struct Stored
{
    qint64 handel = 0;
    qint64 correction = 0;
    qint64 transport = 0;
};
bool fill(NoteStore &store, Environment environment, Stored *stored = nullptr);

} // namespace registernotes
} // namespace avfall::test
