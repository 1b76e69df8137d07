#pragma once

#include "core/notetype.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace avfall {
struct Field;
}

namespace avfall::notejson {

// Flat form values keyed by field path: "avfall.kod", "mottagningsplats.adress.postnummer",
// "behandlingar[0].underkod". The forms edit these; build() turns them into JSON typed by the
// field catalogue.
using FlatValues = QMap<QString, QString>;

// What binding a note written by someone else (a JSON file for the command line, a request to the
// sandbox) changed or could not decide, at a path of the bound note (or of the input, for a field
// that was left out).
struct BindNotice
{
    enum class Kind
    {
        Renamed,        // "Mottagningsplats" bound to "mottagningsplats"
        Unknown,        // a field the model does not have: ignored, never sent
        NumberFromText, // "120.5" where a number is expected: read as the number
        Ambiguous,      // the same field twice in different case: which one the register takes is unknown
    };
    Kind kind;
    QString path;    // contract path, with list indexes ("behandlingar[0].kod")
    QString written; // the name or the text as written
    QString model;   // the model the field was looked for in (Unknown)
};

struct Bound
{
    QJsonObject note; // contract names only, numbers as numbers
    QList<BindNotice> notices;
};

// Reads a note the way the register's ASP.NET Core model binding does (System.Text.Json with the
// web defaults): property names without regard to case, unknown properties ignored, numbers also
// from strings. What comes out carries only the contract's names; every liberty taken is a notice.
Bound bind(NoteKind kind, const QJsonObject &note);

// The payload exactly as it will be sent: bound as above, identity numbers as ten digits (hyphen,
// century and "16" prefix removed), VAT numbers upper-case, codes upper-case, postcodes without a
// space, text in Unicode NFC, dates in ISO 8601 with the UTC offset, blank optional fields left
// out, and no ombud field at all when `ombud` is empty.
QJsonObject normalized(NoteKind kind, const QJsonObject &note);

// One text value as it is sent (the part of normalized() for a text field); the validator checks
// this, so that what the user may type and what goes out are judged the same way.
QString normalizedText(const Field &field, const QString &text);

FlatValues flatten(NoteKind kind, const QJsonObject &note);
QJsonObject build(NoteKind kind, const FlatValues &values);

// Parses a decimal written the Swedish way ("20,125") or the JSON way ("20.125").
bool parseDecimal(QStringView text, double *value);

} // namespace avfall::notejson
