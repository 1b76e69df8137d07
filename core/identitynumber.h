#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

namespace avfall {

// What an identity field of a note holds. The register's contract: "Anges utan bindestreck
// alternativt med VAT-nr för ex utländska företag. Max 14 tecken", regex ^(\d{10})$ or
// ^[A-Z]{2}[0-9A-Za-z]{5,12}$, plus the words OKÄND and KOMMUN where a field accepts them.
enum class IdentityKind
{
    Invalid,
    Organisationsnummer, // 10 digits, third digit >= 2, Luhn check digit
    Personnummer,        // YYMMDDNNNN, a real date, Luhn check digit
    Samordningsnummer,   // like a personnummer with the day + 60
    VatNumber,           // a foreign VAT number, e.g. DK12345678
    Unknown,             // "OKÄND": the previous holder is not known
    Municipality,        // "KOMMUN": waste from several households in the municipality
};

// Which kinds a field accepts. Person covers both personnummer and samordningsnummer.
enum class IdentityAllowance
{
    Organisation = 1,
    Person = 2,
    Vat = 4,
    UnknownHolder = 8,
    MunicipalityHolder = 16,
};
Q_DECLARE_FLAGS(IdentityAllowances, IdentityAllowance)
Q_DECLARE_OPERATORS_FOR_FLAGS(IdentityAllowances)

struct IdentityCheck
{
    IdentityKind kind = IdentityKind::Invalid;
    QString normalized; // what is sent: 10 digits, the VAT number (upper case), "OKÄND" or "KOMMUN"
    QString problem;    // empty when valid; otherwise a translated Swedish sentence without the field name
    bool isValid() const { return kind != IdentityKind::Invalid; }
};

namespace identity {

// The mod-10 (Luhn) rule over all digits, the last one being the check digit. False for an empty
// string or anything that is not ASCII digits only.
bool luhnValid(QStringView digits);

// Checks what the user typed. Accepted forms: spaces anywhere; one hyphen (or en dash) or plus sign
// before the last four digits; "16" before an organisationsnummer and the century (18, 19, 20)
// before a personnummer or samordningsnummer; VAT numbers in any case, with spaces, dots or
// hyphens; "okänd"/"kommun" in any case. The result says what to send or, in Swedish, what is wrong.
IdentityCheck check(QStringView input, IdentityAllowances allowed);

// How to show a valid number to the user: 556000-0167 for an organisationsnummer, YYMMDD-NNNN for
// a personnummer or samordningsnummer (always with a hyphen: the century is not kept), anything
// else as it is sent. Empty for an invalid check.
QString display(const IdentityCheck &check);

} // namespace identity

} // namespace avfall
