#pragma once

#include "notetype.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace avfall::notejson {

// Flat form values keyed by field path: "avfall.kod", "mottagningsplats.adress.postnummer",
// "behandlingar[0].underkod". The forms edit these; build() turns them into JSON typed by the
// field catalogue.
using FlatValues = QMap<QString, QString>;

// The payload exactly as it will be sent: identity numbers as ten digits (hyphen, century and
// "16" prefix removed), VAT numbers upper-case, dates in ISO 8601 with the UTC offset, blank
// optional fields left out, and no ombud field at all when `ombud` is empty. Fields the contract
// does not know are dropped (the validator reports them before anything is sent).
QJsonObject normalized(NoteKind kind, const QJsonObject &note);

FlatValues flatten(NoteKind kind, const QJsonObject &note);
QJsonObject build(NoteKind kind, const FlatValues &values);

// Parses a decimal written the Swedish way ("20,125") or the JSON way ("20.125").
bool parseDecimal(QStringView text, double *value);

} // namespace avfall::notejson
