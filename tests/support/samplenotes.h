#pragma once

#include "core/notetype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace avfall::test {

// Realistic notes that pass every rule, for tests of the validator, JSON, client, sandbox and
// forms. The operator is Testbolaget AB 556000-0167 (the sandbox certificate's organisation).
namespace samples {

inline constexpr auto kOwnOrganisation = "5560000167";
inline constexpr auto kCustomerOrganisation = "5560065087";

// The moment the samples are valid at (their dates lie just before it).
QDateTime now();

// A valid note of the kind, filed by the operator itself.
QJsonObject note(NoteKind kind);
// The same note filed by Testbolaget AB as ombud for the customer 556006-5087.
QJsonObject asAgent(QJsonObject note);

// A place in each of the variants the contract describes. A CFAR place only where the register
// has a CfarNr code (transportSlutplats, senasteHanteringsPlats/-plats, uppkomstplats); a foreign
// place is land alone; municipality only only where the previous holder is OKÄND or KOMMUN.
QJsonObject addressPlace();
QJsonObject coordinatePlace();
QJsonObject cfarPlace();
QJsonObject foreignPlace();
QJsonObject municipalityOnlyPlace();

} // namespace samples

// Sets (or with an undefined value removes) the value at a dotted path, creating objects on the
// way; "behandlingar[0].kod" addresses a list item.
QJsonObject withValue(QJsonObject object, const QString &path, const QJsonValue &value);
QJsonObject without(QJsonObject object, const QString &path);

} // namespace avfall::test
