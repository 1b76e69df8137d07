#pragma once

#include "core/identitynumber.h"
#include "core/notetype.h"

#include <QList>
#include <QString>

namespace avfall {

// What kind of JSON value a field holds.
enum class FieldKind
{
    Text,
    DateTime,
    Integer,
    Decimal,
    Object,
    List
};

// Whether a field must be given.
enum class Presence
{
    Required,    // always
    Optional,    // may be left out
    AgentOnly,   // required when `ombud` is given, must be left out otherwise (all or nothing)
    Conditional, // decided by a rule across fields (see NoteValidator)
};

// The format rule a value must follow (NoteValidator knows what each means).
enum class FieldRule
{
    None,
    PartyIdentity, // organisationsnummer / personnummer / VAT, see Field::identities
    CompanyName,   // verksamhetensNamn, ombudetsNamn
    ContactName,   // ...KontaktpersonNamn
    Email,
    Phone,
    Reference,             // referens: up to 40 characters from a fixed set
    OtherSpecification,    // specifikationAnnan: 1–100 characters from the same set
    AddressLine,           // adressrad
    CoordinateDescription, // koordinat.beskrivning
    WasteCode,             // a reportable six-digit code in the list valid on the note's date
    Quantity,              // kg, > 0, at most three decimals
    Guid,
    MunicipalityCode,        // one of the 290 four-digit codes
    Postcode,                // five digits
    NorthCoordinate,         // SWEREF 99 TM northing, 7 digits inside Sweden
    EastCoordinate,          // SWEREF 99 TM easting, 6 digits inside Sweden
    CfarNumber,              // 8 digits
    CfarNumberOrPlaceholder, // 8 digits, "SAKNAS" or "KOMMUN"
    CountryCode,             // ISO 3166-1 alpha-2, never SE
    TransportMode,
    TreatmentMethod,
    TreatmentSubcode,
    Year,
    Quarter,
    RecoveryResultType,
    Timestamp, // when the note was made: not in the future
    EventDate, // a date of the physical event
};

// The form sections, in the order a form shows them.
enum class Section
{
    Operator,
    Agent,
    Waste,
    Parties,
    Places,
    Treatment,
    DateAndReference
};

struct Block;

// One field of the contract, described once. Forms, the validator, the JSON writer and the
// sandbox all read this.
struct Field
{
    Field(QString jsonName, const char *labelText, const char *helpText, FieldKind fieldKind,
          Presence fieldPresence, FieldRule fieldRule, Section fieldSection)
        : json(std::move(jsonName))
        , label(labelText)
        , help(helpText)
        , kind(fieldKind)
        , presence(fieldPresence)
        , rule(fieldRule)
        , section(fieldSection)
    {}

    QString json;      // exact JSON name, case included
    const char *label; // Swedish label (translated in context "Field")
    const char *help;  // our own help text: what to write, an example (context "FieldHelp")
    FieldKind kind;
    Presence presence;
    FieldRule rule;
    Section section;
    int maxLength = 0;               // 0: no limit of its own
    IdentityAllowances identities{}; // for PartyIdentity
    const Block *block = nullptr;    // for Object and List
    QString valueList;               // the value list it draws from, e.g. "avfallstyper"
    bool originPlace = false;        // a place that may be given by municipality only (OKÄND/KOMMUN)
    int placeCodes = 0;              // a place's family of register codes: 4100 mottagningsplats … 4700
    bool placeAcceptsCfar = false;   // a place that may be given by kommunkod + cfarNR

    QString displayLabel() const;
    QString displayHelp() const;
    bool isPlace() const;
};

// A group of fields: one of the shared blocks (Avfall, Plats, Adress, Koordinat, Behandling) or a
// whole note model.
struct Block
{
    QString name; // the contract's model name
    QList<Field> fields;

    const Field *field(QStringView json) const;
    QStringList fieldNames() const;
};

namespace catalogue {

const Block &note(NoteKind kind);
const Block &avfall();
const Block &plats();
const Block &adress();
const Block &koordinat();
const Block &behandling();
const Block &cancellation(); // the body of DELETE /anteckningar

// The field at a dotted path ("mottagningsplats.adress.postnummer"); list items are addressed
// without an index ("behandlingar.kod"). nullptr when the note has no such field.
const Field *fieldAt(NoteKind kind, QStringView path);

// "Mottagningsplats – postnummer": the labels along a path, for messages.
QString labelOfPath(NoteKind kind, QStringView path);

// The reasons a note may be cancelled for (makuleringsorsak), with Swedish explanations.
struct CancellationReason
{
    QString code;
    const char *label; // context "CancellationReason"
    QString displayLabel() const;
};
const QList<CancellationReason> &cancellationReasons();

} // namespace catalogue

QString sectionTitle(Section section);

} // namespace avfall
