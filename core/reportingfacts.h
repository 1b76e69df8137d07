#pragma once

#include "core/notetype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace avfall::facts {

// What the statistics read of a note's payload, kept in columns of their own by the store so that
// counting 100,000 notes never parses a payload (services/reporting.h says what counts).

// Swedish civil time (CET, CEST from the last Sunday of March to the last Sunday of October, 01:00
// UTC, the EU rule Sweden follows since 1996), computed without the system's time-zone data.
QDateTime swedishTime(const QDateTime &moment);

// "yyyy-MM": the month of the note's tidpunkt in Swedish time; empty when it has none.
QString eventMonth(const QJsonObject &payload);

// The other business of the note, as written in it (an organisation number, personnummer, VAT
// number, OKÄND or KOMMUN): where the waste came from for a note on receiving it (Transport,
// InsamlingsMottagning, Behandlingsmottagning: tidigareInnehavare), where it went for a note on
// handing it over (Transportplanering, InsamlingsTransport, Handel, Behandlingsoverlamning:
// nyInnehavare). Behandlingsresultat names none: empty.
QString counterparty(NoteKind kind, const QJsonObject &payload);

// The business the note is kept for (verksamhetsutovare).
QString operatorNumber(const QJsonObject &payload);

} // namespace avfall::facts
