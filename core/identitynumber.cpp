#include "core/identitynumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

using namespace Qt::StringLiterals;

namespace avfall {

namespace {

// Every way a check can fail, each with its own sentence. The sentences leave out the field's
// name: the form shows them under the field.
enum class Problem
{
    Empty,
    NotDigits,
    SeparatorPlace,
    PlusOnOrganisation,
    WrongLength,
    WrongPrefix,
    CheckDigit,
    ImpossibleDate,
    PersonNotAllowed,
    OrganisationNotAllowed,
    SwedishVat,
    SwedishVatWithNumber,
    VatFormat,
    VatNotAllowed,
    UnknownSpelling,
    UnknownNotAllowed,
    MunicipalityNotAllowed,
};

QString message(Problem problem)
{
    switch (problem) {
    case Problem::Empty:
        return QCoreApplication::translate("IdentityNumber", "Inget nummer är ifyllt.");
    case Problem::NotDigits:
        return QCoreApplication::translate("IdentityNumber",
                                           "Numret får bara innehålla siffror och ett bindestreck.");
    case Problem::SeparatorPlace:
        return QCoreApplication::translate("IdentityNumber",
                                           "Bindestrecket ska stå före de fyra sista siffrorna.");
    case Problem::PlusOnOrganisation:
        return QCoreApplication::translate(
            "IdentityNumber", "Plustecken används bara i personnummer för den som har fyllt 100 år.");
    case Problem::WrongLength:
        return QCoreApplication::translate("IdentityNumber", "Numret ska ha 10 siffror, men har %1.");
    case Problem::WrongPrefix:
        return QCoreApplication::translate("IdentityNumber",
                                           "Ett nummer med 12 siffror ska börja med 16 (organisationsnummer) "
                                           "eller med 18, 19 eller 20 (personnummer).");
    case Problem::CheckDigit:
        return QCoreApplication::translate("IdentityNumber",
                                           "Kontrollsiffran stämmer inte – kontrollera numret.");
    case Problem::ImpossibleDate:
        return QCoreApplication::translate("IdentityNumber",
                                           "Datumet i numret finns inte – kontrollera födelsedatumet.");
    case Problem::PersonNotAllowed:
        return QCoreApplication::translate("IdentityNumber",
                                           "Här krävs ett organisationsnummer, inte ett personnummer.");
    case Problem::OrganisationNotAllowed:
        return QCoreApplication::translate("IdentityNumber",
                                           "Här krävs ett personnummer, inte ett organisationsnummer.");
    case Problem::SwedishVat:
        return QCoreApplication::translate(
            "IdentityNumber",
            "Svenska företag anges med organisationsnummer (10 siffror), inte med VAT-nummer.");
    case Problem::SwedishVatWithNumber:
        return QCoreApplication::translate(
            "IdentityNumber",
            "Svenska företag anges med organisationsnummer, inte med VAT-nummer – skriv %1.");
    case Problem::VatFormat:
        return QCoreApplication::translate(
            "IdentityNumber", "Ett VAT-nummer består av landets två bokstäver och 5–12 bokstäver "
                              "eller siffror, till exempel DK12345678.");
    case Problem::VatNotAllowed:
        return QCoreApplication::translate("IdentityNumber", "Ett utländskt VAT-nummer kan inte anges här.");
    case Problem::UnknownSpelling:
        return QCoreApplication::translate("IdentityNumber", "Skriv OKÄND med Ä.");
    case Problem::UnknownNotAllowed:
        return QCoreApplication::translate("IdentityNumber", "OKÄND kan inte anges här.");
    case Problem::MunicipalityNotAllowed:
        return QCoreApplication::translate("IdentityNumber", "KOMMUN kan inte anges här.");
    }
    Q_UNREACHABLE();
}

IdentityCheck accepted(IdentityKind kind, const QString &normalized)
{
    IdentityCheck result;
    result.kind = kind;
    result.normalized = normalized;
    return result;
}

IdentityCheck refused(Problem problem)
{
    IdentityCheck result;
    result.problem = message(problem);
    return result;
}

IdentityCheck refused(Problem problem, const QString &argument)
{
    IdentityCheck result;
    result.problem = message(problem).arg(argument);
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// A hyphen as people type or paste it: hyphen-minus, the Unicode hyphens, the en dash (word
// processors turn "-" into "–") and the minus sign.
bool isHyphen(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
        return true;
    default:
        return false;
    }
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

int twoDigits(QStringView digits, qsizetype at)
{
    return (digits[at].unicode() - u'0') * 10 + (digits[at + 1].unicode() - u'0');
}

// An organisationsnummer has its "month" group at 20 or above, which no date can have; that is
// how the two kinds are told apart.
bool looksLikeOrganisation(QStringView tenDigits)
{
    return tenDigits[2] >= u'2';
}

// The date of a personnummer or samordningsnummer (day + 60) is checked in every century the
// number may belong to; February 29 has to exist in one of them.
bool hasRealDate(QStringView tenDigits, const QList<int> &centuries, bool *coordination)
{
    const int yy = twoDigits(tenDigits, 0);
    const int month = twoDigits(tenDigits, 2);
    int day = twoDigits(tenDigits, 4);
    *coordination = day > 60;
    if (*coordination)
        day -= 60;
    for (int century : centuries) {
        if (QDate(century * 100 + yy, month, day).isValid())
            return true;
    }
    return false;
}

IdentityCheck checkOrganisation(const QString &tenDigits, IdentityAllowances allowed)
{
    if (!allowed.testFlag(IdentityAllowance::Organisation))
        return refused(Problem::OrganisationNotAllowed);
    if (!identity::luhnValid(tenDigits))
        return refused(Problem::CheckDigit);
    return accepted(IdentityKind::Organisationsnummer, tenDigits);
}

IdentityCheck checkPerson(const QString &tenDigits, const QList<int> &centuries, IdentityAllowances allowed)
{
    // Asked first: when a person may not be named here, the date and the check digit do not matter.
    if (!allowed.testFlag(IdentityAllowance::Person))
        return refused(Problem::PersonNotAllowed);
    bool coordination = false;
    if (!hasRealDate(tenDigits, centuries, &coordination))
        return refused(Problem::ImpossibleDate);
    if (!identity::luhnValid(tenDigits))
        return refused(Problem::CheckDigit);
    return accepted(coordination ? IdentityKind::Samordningsnummer : IdentityKind::Personnummer, tenDigits);
}

// OKÄND and KOMMUN, in any case. Returns nothing when the input is neither word.
std::optional<IdentityCheck> checkWord(const QString &upper, IdentityAllowances allowed)
{
    const bool unknownAllowed = allowed.testFlag(IdentityAllowance::UnknownHolder);
    if (upper == u"OKÄND"_s)
        return unknownAllowed ? accepted(IdentityKind::Unknown, upper) : refused(Problem::UnknownNotAllowed);
    // The register knows the word only with Ä ("OKÄND", not "OKAND"); it is not corrected silently
    // because the user may have meant something else.
    if (upper == u"OKAND"_s || upper == u"OKAEND"_s)
        return refused(unknownAllowed ? Problem::UnknownSpelling : Problem::UnknownNotAllowed);
    if (upper == u"KOMMUN"_s) {
        return allowed.testFlag(IdentityAllowance::MunicipalityHolder)
                   ? accepted(IdentityKind::Municipality, upper)
                   : refused(Problem::MunicipalityNotAllowed);
    }
    return std::nullopt;
}

IdentityCheck checkVat(const QString &compact, IdentityAllowances allowed)
{
    // Spaces are gone already; dots and hyphens are common in written VAT numbers
    // (BE 0123.456.789) and carry nothing, so they go too.
    QString vat;
    bool plainAscii = true;
    for (QChar c : compact) {
        if (c == u'.' || isHyphen(c))
            continue;
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            plainAscii = false;
        vat.append(c.toUpper());
    }

    // Swedish companies are known to the register by their organisationsnummer; a Swedish VAT
    // number (SE + orgnr + 01) would match neither the certificate nor earlier notes.
    if (vat.startsWith(u"SE"_s) && allDigits(QStringView(vat).mid(2))) {
        // Suggest the organisationsnummer only when it is one.
        const QString orgnr = vat.mid(2, 10);
        if (vat.size() == 14 && vat.endsWith(u"01"_s) && looksLikeOrganisation(orgnr) &&
            identity::luhnValid(orgnr))
            return refused(Problem::SwedishVatWithNumber, orgnr);
        return refused(Problem::SwedishVat);
    }

    // ^[A-Z]{2}[0-9A-Za-z]{5,12}$ after upper-casing.
    const bool wellFormed =
        plainAscii && vat.size() >= 7 && vat.size() <= 14 && isAsciiUpper(vat[0]) && isAsciiUpper(vat[1]);
    if (!allowed.testFlag(IdentityAllowance::Vat))
        return refused(wellFormed ? Problem::VatNotAllowed : Problem::NotDigits);
    if (!wellFormed)
        return refused(Problem::VatFormat);
    return accepted(IdentityKind::VatNumber, vat);
}

IdentityCheck checkDigits(const QString &compact, IdentityAllowances allowed)
{
    QString digits;
    qsizetype separatorAt = -1;
    bool plus = false;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const QChar c = compact[i];
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+' || isHyphen(c)) {
            if (separatorAt >= 0)
                return refused(Problem::SeparatorPlace);
            separatorAt = i;
            plus = c == u'+';
        } else {
            return refused(Problem::NotDigits);
        }
    }
    // 556000-0167, 121212-1212, 121212+1212, 19121212-1212, 16556000-0167: always before the last four.
    if (separatorAt >= 0 && separatorAt != compact.size() - 5)
        return refused(Problem::SeparatorPlace);

    QString ten;
    QList<int> centuries = {19, 20};
    if (digits.size() == 10) {
        ten = digits;
        // "+" marks a person who has turned 100, so the number belongs to the century before.
        if (plus)
            centuries = {18, 19};
    } else if (digits.size() == 12) {
        const QStringView prefix = QStringView(digits).left(2);
        ten = digits.mid(2);
        // Swedish certificate authorities write an organisationsnummer as 16 + the ten digits; a
        // personnummer may be written with its century (which then decides, and a "+" adds
        // nothing). Any other pairing is a typing error.
        const bool organisation = looksLikeOrganisation(ten);
        if (prefix == u"16" && organisation)
            centuries.clear();
        else if ((prefix == u"18" || prefix == u"19" || prefix == u"20") && !organisation)
            centuries = {twoDigits(prefix, 0)};
        else
            return refused(Problem::WrongPrefix);
    } else {
        return refused(Problem::WrongLength, QString::number(digits.size()));
    }

    if (looksLikeOrganisation(ten)) {
        if (plus)
            return refused(Problem::PlusOnOrganisation);
        return checkOrganisation(ten, allowed);
    }
    return checkPerson(ten, centuries, allowed);
}

} // namespace

namespace identity {

bool luhnValid(QStringView digits)
{
    if (!allDigits(digits))
        return false;
    // From the right: the check digit counts once, its neighbour twice, and so on; a doubled
    // digit above 9 counts as the sum of its digits (that is, minus 9).
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digits[i].unicode() - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

IdentityCheck check(QStringView input, IdentityAllowances allowed)
{
    // NFC first, so that an Ä typed as A + combining diaeresis is the same Ä.
    const QString text = input.toString().normalized(QString::NormalizationForm_C);
    QString compact;
    for (QChar c : text) {
        if (!c.isSpace())
            compact.append(c);
    }
    if (compact.isEmpty())
        return refused(Problem::Empty);

    if (const auto word = checkWord(compact.toUpper(), allowed))
        return *word;

    if (compact[0].isLetter())
        return checkVat(compact, allowed);
    return checkDigits(compact, allowed);
}

QString display(const IdentityCheck &check)
{
    switch (check.kind) {
    case IdentityKind::Invalid:
        return {};
    case IdentityKind::Organisationsnummer:
    case IdentityKind::Personnummer:
    case IdentityKind::Samordningsnummer:
        return check.normalized.left(6) + u'-' + check.normalized.mid(6);
    case IdentityKind::VatNumber:
    case IdentityKind::Unknown:
    case IdentityKind::Municipality:
        return check.normalized;
    }
    return {};
}

} // namespace identity

} // namespace avfall
