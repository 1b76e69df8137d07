#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace avfall {

// One code of the register's error catalogue (the description of the contract's schema
// BTAvfall.PublicModels.V1.Response.ErrorObject), explained in our own words.
//
// Field paths: dot-separated JSON property names exactly as the contract spells them, starting at
// the top level of the note, e.g. "verksamhetsutovare", "avfall.kod",
// "mottagningsplats.adress.postnummer", "uppkomstplats.koordinat.nposition".
//  - A list is named by itself for an error about the list as a whole ("behandlingar") and by
//    "list.property" for an error about a property of its items ("behandlingar.kod"); the register
//    does not say which item.
//  - Wildcard: a first segment "*" stands for "a place field of the note" – any property of the
//    contract type Plats (see placeFields()). Generic codes that can concern any place use it:
//    "*.kommunkod" (1051, 1054, 1055), "*.adress.postnummer" (1081), "*.land" (1701–1705).
//    fieldFor() resolves "*" to the note's only place field; with none or several it gives up.
//  - Several candidates, most likely first, where the source is ambiguous: a code with two
//    meanings (4101–4104: the receiving place or an ombud field), a field with two spellings in
//    two models (46xx: senasteHanteringsPlats in InsamlingsMottagning, senasteHanteringsplats in
//    Behandlingsmottagning), two parties (1023) or two amounts (1321/1322).
//  - Empty when the code is not tied to a field the user fills in: a fault on the register's side,
//    a query parameter, the id in the address of a correction, or a part of the register that
//    this app does not use (the e-service, supervisory authorities).
struct RegisterError
{
    int code;
    const char *explanation; // QT_TRANSLATE_NOOP("RegisterError", ...): Swedish source text
    QStringList fieldPaths;  // candidate field paths; empty when not tied to a field

    QString displayExplanation() const; // translated
};

namespace errorcatalogue {

// Every code of the catalogue, sorted by code, each code once (the source's duplicates merged).
const QList<RegisterError> &all();

// The entry of a code, or nullptr when the code is not in the catalogue.
const RegisterError *find(int code);

// What to tell the user about a code the register returned: our explanation, or for a code we
// do not know a sentence that quotes the register's own message and the code.
QString explain(int code, const QString &serverMessage);

// The field a code points to in a note whose top-level JSON fields are noteFields: the first
// candidate path whose first segment is among noteFields ("*.x" resolves to "<place>.x" when
// exactly one of noteFields is a place field). Empty when no candidate fits or the code is unknown.
QString fieldFor(int code, const QStringList &noteFields);

// The top-level fields of type Plats in the eight note models (both spellings of the latest
// handling place); what the wildcard "*" stands for.
const QStringList &placeFields();

} // namespace errorcatalogue
} // namespace avfall
