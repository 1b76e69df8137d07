#include "core/identitynumber.h"

#include <QSet>
#include <QTest>

using avfall::IdentityAllowance;
using avfall::IdentityAllowances;
using avfall::IdentityCheck;
using avfall::IdentityKind;
namespace identity = avfall::identity;

// Every number below was checked with the Luhn rule by a separate script before it was written
// down; the names say what each row is about, not whose number it is.
namespace {
const IdentityAllowances kEverything = IdentityAllowance::Organisation | IdentityAllowance::Person |
                                       IdentityAllowance::Vat | IdentityAllowance::UnknownHolder |
                                       IdentityAllowance::MunicipalityHolder;
const IdentityAllowances kParties =
    IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat;

// The sentences the user sees, written out so that a changed text is a visible test change.
const QString kEmpty = QStringLiteral("Inget nummer är ifyllt.");
const QString kNotDigits = QStringLiteral("Numret får bara innehålla siffror och ett bindestreck.");
const QString kSeparatorPlace = QStringLiteral("Bindestrecket ska stå före de fyra sista siffrorna.");
const QString kPlusOnOrganisation =
    QStringLiteral("Plustecken används bara i personnummer för den som har fyllt 100 år.");
const QString kWrongPrefix =
    QStringLiteral("Ett nummer med 12 siffror ska börja med 16 (organisationsnummer) "
                   "eller med 18, 19 eller 20 (personnummer).");
const QString kCheckDigit = QStringLiteral("Kontrollsiffran stämmer inte – kontrollera numret.");
const QString kImpossibleDate = QStringLiteral("Datumet i numret finns inte – kontrollera födelsedatumet.");
const QString kPersonNotAllowed = QStringLiteral("Här krävs ett organisationsnummer, inte ett personnummer.");
const QString kOrganisationNotAllowed =
    QStringLiteral("Här krävs ett personnummer, inte ett organisationsnummer.");
const QString kSwedishVat =
    QStringLiteral("Svenska företag anges med organisationsnummer (10 siffror), inte med VAT-nummer.");
const QString kVatFormat = QStringLiteral("Ett VAT-nummer består av landets två bokstäver och 5–12 bokstäver "
                                          "eller siffror, till exempel DK12345678.");
const QString kVatNotAllowed = QStringLiteral("Ett utländskt VAT-nummer kan inte anges här.");
const QString kUnknownSpelling = QStringLiteral("Skriv OKÄND med Ä.");
const QString kUnknownNotAllowed = QStringLiteral("OKÄND kan inte anges här.");
const QString kMunicipalityNotAllowed = QStringLiteral("KOMMUN kan inte anges här.");

QString wrongLength(int digits)
{
    return QStringLiteral("Numret ska ha 10 siffror, men har %1.").arg(digits);
}

QString swedishVatWithNumber(const QString &orgnr)
{
    return QStringLiteral("Svenska företag anges med organisationsnummer, inte med VAT-nummer – skriv %1.")
        .arg(orgnr);
}
} // namespace

class TestIdentityNumber : public QObject
{
    Q_OBJECT

private slots:
    void luhn_data();
    void luhn();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void everyMessageIsDistinct();
    void eachKindNeedsItsAllowance_data();
    void eachKindNeedsItsAllowance();
    void displayOfInvalidIsEmpty();
};

void TestIdentityNumber::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("orgnr 556000-0167") << QStringLiteral("5560000167") << true;
    QTest::newRow("orgnr 556006-5087") << QStringLiteral("5560065087") << true;
    QTest::newRow("orgnr 212000-0142") << QStringLiteral("2120000142") << true;
    QTest::newRow("orgnr 202100-5489") << QStringLiteral("2021005489") << true;
    QTest::newRow("personnummer 121212-1212") << QStringLiteral("1212121212") << true;
    QTest::newRow("personnummer 900101-2385") << QStringLiteral("9001012385") << true;
    QTest::newRow("samordningsnummer 701063-2342") << QStringLiteral("7010632342") << true;
    QTest::newRow("11 siffror 79927398713") << QStringLiteral("79927398713") << true;
    QTest::newRow("en nolla") << QStringLiteral("0") << true;
    QTest::newRow("fel sista siffra orgnr") << QStringLiteral("5560000168") << false;
    QTest::newRow("fel sista siffra 202100-5488") << QStringLiteral("2021005488") << false;
    QTest::newRow("fel sista siffra 212000-0141") << QStringLiteral("2120000141") << false;
    QTest::newRow("fel sista siffra personnummer") << QStringLiteral("1212121213") << false;
    QTest::newRow("omkastade siffror 5650000167") << QStringLiteral("5650000167") << false;
    QTest::newRow("omkastade siffror 5560000176") << QStringLiteral("5560000176") << false;
    QTest::newRow("11 siffror fel 79927398710") << QStringLiteral("79927398710") << false;
    // The Swedish check digit covers the ten digits only, never the century.
    QTest::newRow("sekel medräknat 1912121212") << QStringLiteral("1912121212") << false;
    QTest::newRow("tom") << QString() << false;
    QTest::newRow("bindestreck") << QStringLiteral("556000-0167") << false;
    QTest::newRow("bokstav") << QStringLiteral("55600a0167") << false;
}

void TestIdentityNumber::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(identity::luhnValid(digits), valid);
}

void TestIdentityNumber::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityKind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("display");

    const auto org = IdentityKind::Organisationsnummer;
    const QString orgnr = QStringLiteral("5560000167");
    const QString orgShown = QStringLiteral("556000-0167");
    QTest::newRow("orgnr tio siffror") << QStringLiteral("5560000167") << org << orgnr << orgShown;
    QTest::newRow("orgnr bindestreck") << QStringLiteral("556000-0167") << org << orgnr << orgShown;
    QTest::newRow("orgnr tankstreck") << QStringLiteral("556000–0167") << org << orgnr << orgShown;
    QTest::newRow("orgnr mellanslag") << QStringLiteral(" 556 000 0167 ") << org << orgnr << orgShown;
    QTest::newRow("orgnr hårt mellanslag och tabb")
        << QStringLiteral("556000\u00a00167\t") << org << orgnr << orgShown;
    QTest::newRow("orgnr 16 först") << QStringLiteral("165560000167") << org << orgnr << orgShown;
    QTest::newRow("orgnr 16 först bindestreck")
        << QStringLiteral("16556000-0167") << org << orgnr << orgShown;
    QTest::newRow("orgnr 556006-5087") << QStringLiteral("556006-5087") << org << QStringLiteral("5560065087")
                                       << QStringLiteral("556006-5087");
    QTest::newRow("orgnr 212000-0142") << QStringLiteral("2120000142") << org << QStringLiteral("2120000142")
                                       << QStringLiteral("212000-0142");
    QTest::newRow("orgnr 202100-5489") << QStringLiteral("202100-5489") << org << QStringLiteral("2021005489")
                                       << QStringLiteral("202100-5489");

    const auto person = IdentityKind::Personnummer;
    const QString pnr = QStringLiteral("1212121212");
    const QString pnrShown = QStringLiteral("121212-1212");
    QTest::newRow("personnummer tio siffror") << QStringLiteral("1212121212") << person << pnr << pnrShown;
    QTest::newRow("personnummer bindestreck") << QStringLiteral("121212-1212") << person << pnr << pnrShown;
    QTest::newRow("personnummer plus") << QStringLiteral("121212+1212") << person << pnr << pnrShown;
    QTest::newRow("personnummer sekel 19") << QStringLiteral("191212121212") << person << pnr << pnrShown;
    QTest::newRow("personnummer sekel bindestreck")
        << QStringLiteral("19121212-1212") << person << pnr << pnrShown;
    QTest::newRow("personnummer sekel 18") << QStringLiteral("18121212-1212") << person << pnr << pnrShown;
    QTest::newRow("personnummer mellanslag")
        << QStringLiteral("1912 1212 - 1212") << person << pnr << pnrShown;
    QTest::newRow("personnummer 900101-2385")
        << QStringLiteral("900101-2385") << person << QStringLiteral("9001012385")
        << QStringLiteral("900101-2385");
    QTest::newRow("personnummer 1990 med sekel")
        << QStringLiteral("199001012385") << person << QStringLiteral("9001012385")
        << QStringLiteral("900101-2385");
    // 29 February of year 00 exists in 2000 only; without a century that is enough.
    QTest::newRow("29 februari 00 utan sekel")
        << QStringLiteral("000229-1235") << person << QStringLiteral("0002291235")
        << QStringLiteral("000229-1235");
    QTest::newRow("29 februari 2000 med sekel")
        << QStringLiteral("20000229-1235") << person << QStringLiteral("0002291235")
        << QStringLiteral("000229-1235");

    const auto coordination = IdentityKind::Samordningsnummer;
    QTest::newRow("samordningsnummer") << QStringLiteral("701063-2342") << coordination
                                       << QStringLiteral("7010632342") << QStringLiteral("701063-2342");
    QTest::newRow("samordningsnummer sekel") << QStringLiteral("197010632342") << coordination
                                             << QStringLiteral("7010632342") << QStringLiteral("701063-2342");
    QTest::newRow("samordningsnummer 29 februari")
        << QStringLiteral("0002891232") << coordination << QStringLiteral("0002891232")
        << QStringLiteral("000289-1232");

    const auto vat = IdentityKind::VatNumber;
    QTest::newRow("vat dansk") << QStringLiteral("DK12345678") << vat << QStringLiteral("DK12345678")
                               << QStringLiteral("DK12345678");
    QTest::newRow("vat gemener och mellanslag")
        << QStringLiteral("dk 1234 5678") << vat << QStringLiteral("DK12345678")
        << QStringLiteral("DK12345678");
    QTest::newRow("vat punkter") << QStringLiteral("BE 0123.456.789") << vat << QStringLiteral("BE0123456789")
                                 << QStringLiteral("BE0123456789");
    QTest::newRow("vat bindestreck") << QStringLiteral("DE-123456789") << vat << QStringLiteral("DE123456789")
                                     << QStringLiteral("DE123456789");
    QTest::newRow("vat fem tecken") << QStringLiteral("AT12345") << vat << QStringLiteral("AT12345")
                                    << QStringLiteral("AT12345");
    QTest::newRow("vat fjorton tecken")
        << QStringLiteral("nl123456789b01") << vat << QStringLiteral("NL123456789B01")
        << QStringLiteral("NL123456789B01");

    const QString unknown = QStringLiteral("OKÄND");
    QTest::newRow("OKÄND") << QStringLiteral("OKÄND") << IdentityKind::Unknown << unknown << unknown;
    QTest::newRow("okänd") << QStringLiteral("okänd") << IdentityKind::Unknown << unknown << unknown;
    QTest::newRow("Okänd med mellanslag")
        << QStringLiteral(" Okänd ") << IdentityKind::Unknown << unknown << unknown;
    QTest::newRow("OKÄND med kombinerande prickar")
        << QStringLiteral("OKA\u0308ND") << IdentityKind::Unknown << unknown << unknown;

    const QString municipality = QStringLiteral("KOMMUN");
    QTest::newRow("KOMMUN") << QStringLiteral("KOMMUN") << IdentityKind::Municipality << municipality
                            << municipality;
    QTest::newRow("kommun") << QStringLiteral("kommun") << IdentityKind::Municipality << municipality
                            << municipality;
}

void TestIdentityNumber::accepted()
{
    QFETCH(QString, input);
    QFETCH(IdentityKind, kind);
    QFETCH(QString, normalized);
    QFETCH(QString, display);

    const IdentityCheck result = identity::check(input, kEverything);
    QCOMPARE(result.problem, QString());
    QVERIFY(result.isValid());
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(identity::display(result), display);

    // What is sent satisfies the register's contract: at most 14 characters,
    // ^(\d{10})$ or ^[A-Z]{2}[0-9A-Za-z]{5,12}$ (or one of the two words).
    QVERIFY(result.normalized.size() <= 14);
    // Checking the normalized form again gives the same answer.
    const IdentityCheck again = identity::check(result.normalized, kEverything);
    QCOMPARE(again.kind, kind);
    QCOMPARE(again.normalized, normalized);
}

void TestIdentityNumber::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityAllowances>("allowed");
    QTest::addColumn<QString>("problem");

    const IdentityAllowances all = kEverything;
    QTest::newRow("tom") << QString() << all << kEmpty;
    QTest::newRow("bara mellanslag") << QStringLiteral("  \t ") << all << kEmpty;

    QTest::newRow("bokstav bland siffror") << QStringLiteral("55600A0167") << all << kNotDigits;
    QTest::newRow("snedstreck") << QStringLiteral("556000/0167") << all << kNotDigits;
    QTest::newRow("helbreddssiffror") << QStringLiteral("５５６０００－０１６７") << all << kNotDigits;

    QTest::newRow("bindestreck mitt i") << QStringLiteral("5560-000167") << all << kSeparatorPlace;
    QTest::newRow("två bindestreck") << QStringLiteral("556-000-0167") << all << kSeparatorPlace;
    QTest::newRow("bindestreck sist") << QStringLiteral("5560000167-") << all << kSeparatorPlace;
    QTest::newRow("plus fel plats") << QStringLiteral("12121+21212") << all << kSeparatorPlace;
    QTest::newRow("plus på orgnr") << QStringLiteral("556000+0167") << all << kPlusOnOrganisation;

    QTest::newRow("nio siffror") << QStringLiteral("556000016") << all << wrongLength(9);
    QTest::newRow("elva siffror") << QStringLiteral("55600001670") << all << wrongLength(11);
    QTest::newRow("tretton siffror") << QStringLiteral("1655600001670") << all << wrongLength(13);
    QTest::newRow("en siffra") << QStringLiteral("5") << all << wrongLength(1);

    QTest::newRow("12 siffror 17 först") << QStringLiteral("175560000167") << all << kWrongPrefix;
    QTest::newRow("sekel före orgnr") << QStringLiteral("195560000167") << all << kWrongPrefix;
    QTest::newRow("16 före personnummer") << QStringLiteral("161212121212") << all << kWrongPrefix;
    QTest::newRow("21 före personnummer") << QStringLiteral("211212121212") << all << kWrongPrefix;

    QTest::newRow("kontrollsiffra orgnr") << QStringLiteral("556000-0168") << all << kCheckDigit;
    QTest::newRow("kontrollsiffra orgnr 16 först") << QStringLiteral("165560000168") << all << kCheckDigit;
    QTest::newRow("omkastade siffror orgnr") << QStringLiteral("5650000167") << all << kCheckDigit;
    QTest::newRow("kontrollsiffra personnummer") << QStringLiteral("121212-1213") << all << kCheckDigit;
    QTest::newRow("kontrollsiffra personnummer sekel")
        << QStringLiteral("19121212-1213") << all << kCheckDigit;
    QTest::newRow("kontrollsiffra samordningsnummer") << QStringLiteral("701063-2343") << all << kCheckDigit;

    QTest::newRow("månad 00") << QStringLiteral("1200121212") << all << kImpossibleDate;
    QTest::newRow("månad 13") << QStringLiteral("1213121212") << all << kImpossibleDate;
    QTest::newRow("dag 00") << QStringLiteral("1212001212") << all << kImpossibleDate;
    QTest::newRow("dag 32") << QStringLiteral("1212321212") << all << kImpossibleDate;
    QTest::newRow("31 april") << QStringLiteral("1204311212") << all << kImpossibleDate;
    QTest::newRow("dag 60") << QStringLiteral("1212601212") << all << kImpossibleDate;
    QTest::newRow("samordning dag 92") << QStringLiteral("1212921212") << all << kImpossibleDate;
    // The check digits of these are right: only the date is wrong.
    QTest::newRow("29 februari 99") << QStringLiteral("990229-1237") << all << kImpossibleDate;
    QTest::newRow("29 februari 01") << QStringLiteral("010229-1234") << all << kImpossibleDate;
    QTest::newRow("29 februari 00 med plus") << QStringLiteral("000229+1235") << all << kImpossibleDate;
    QTest::newRow("29 februari 1900") << QStringLiteral("19000229-1235") << all << kImpossibleDate;

    const IdentityAllowances companies = IdentityAllowance::Organisation | IdentityAllowance::Vat;
    QTest::newRow("personnummer där företag krävs")
        << QStringLiteral("121212-1212") << companies << kPersonNotAllowed;
    QTest::newRow("samordningsnummer där företag krävs")
        << QStringLiteral("701063-2342") << IdentityAllowances(IdentityAllowance::Organisation)
        << kPersonNotAllowed;
    // Not being allowed is said before anything else is wrong with the number.
    QTest::newRow("ogiltigt personnummer där företag krävs")
        << QStringLiteral("121312-1213") << companies << kPersonNotAllowed;
    QTest::newRow("orgnr där person krävs")
        << QStringLiteral("5560000167") << IdentityAllowances(IdentityAllowance::Person)
        << kOrganisationNotAllowed;

    QTest::newRow("svenskt vat") << QStringLiteral("SE556000016701") << all
                                 << swedishVatWithNumber(QStringLiteral("5560000167"));
    QTest::newRow("svenskt vat gemener")
        << QStringLiteral("se 5560 0001 6701") << all << swedishVatWithNumber(QStringLiteral("5560000167"));
    QTest::newRow("svenskt vat där vat inte får anges")
        << QStringLiteral("SE556000016701") << IdentityAllowances(IdentityAllowance::Organisation)
        << swedishVatWithNumber(QStringLiteral("5560000167"));
    QTest::newRow("svenskt vat utan 01") << QStringLiteral("SE5560000167") << all << kSwedishVat;
    QTest::newRow("svenskt vat med fel kontrollsiffra")
        << QStringLiteral("SE556000016801") << all << kSwedishVat;

    QTest::newRow("vat fyra tecken") << QStringLiteral("DK1234") << all << kVatFormat;
    QTest::newRow("vat femton tecken") << QStringLiteral("NL123456789B012") << all << kVatFormat;
    QTest::newRow("vat understreck") << QStringLiteral("DK12_345678") << all << kVatFormat;
    QTest::newRow("vat med Å") << QStringLiteral("DKÅ1234567") << all << kVatFormat;
    QTest::newRow("vat en bokstav") << QStringLiteral("D123456789") << all << kVatFormat;
    QTest::newRow("vat där det inte får anges")
        << QStringLiteral("DK12345678")
        << IdentityAllowances(IdentityAllowance::Organisation | IdentityAllowance::Person) << kVatNotAllowed;
    QTest::newRow("bokstäver där vat inte får anges")
        << QStringLiteral("abc") << IdentityAllowances(IdentityAllowance::Organisation) << kNotDigits;

    QTest::newRow("OKAND") << QStringLiteral("OKAND") << all << kUnknownSpelling;
    QTest::newRow("okand") << QStringLiteral("okand") << all << kUnknownSpelling;
    QTest::newRow("OKAEND") << QStringLiteral("OKAEND") << all << kUnknownSpelling;
    QTest::newRow("OKÄND där det inte får anges")
        << QStringLiteral("OKÄND") << kParties << kUnknownNotAllowed;
    QTest::newRow("OKAND där det inte får anges")
        << QStringLiteral("OKAND") << kParties << kUnknownNotAllowed;
    QTest::newRow("KOMMUN där det inte får anges")
        << QStringLiteral("KOMMUN") << kParties << kMunicipalityNotAllowed;
    QTest::newRow("KOMMUN där bara OKÄND får anges")
        << QStringLiteral("kommun") << (kParties | IdentityAllowance::UnknownHolder)
        << kMunicipalityNotAllowed;
}

void TestIdentityNumber::refused()
{
    QFETCH(QString, input);
    QFETCH(IdentityAllowances, allowed);
    QFETCH(QString, problem);

    const IdentityCheck result = identity::check(input, allowed);
    QCOMPARE(result.problem, problem);
    QVERIFY(!result.isValid());
    QCOMPARE(result.kind, IdentityKind::Invalid);
    QCOMPARE(result.normalized, QString());
}

void TestIdentityNumber::everyMessageIsDistinct()
{
    const QStringList messages = {kEmpty,
                                  kNotDigits,
                                  kSeparatorPlace,
                                  kPlusOnOrganisation,
                                  wrongLength(9),
                                  kWrongPrefix,
                                  kCheckDigit,
                                  kImpossibleDate,
                                  kPersonNotAllowed,
                                  kOrganisationNotAllowed,
                                  kSwedishVat,
                                  swedishVatWithNumber(QStringLiteral("5560000167")),
                                  kVatFormat,
                                  kVatNotAllowed,
                                  kUnknownSpelling,
                                  kUnknownNotAllowed,
                                  kMunicipalityNotAllowed};
    QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), messages.size());
    for (const QString &message : messages) {
        // Plain sentences: a capital first, a full stop last.
        QVERIFY2(message.front().isUpper(), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    }
}

void TestIdentityNumber::eachKindNeedsItsAllowance_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdentityAllowance>("needed");
    QTest::newRow("organisationsnummer") << QStringLiteral("5560000167") << IdentityAllowance::Organisation;
    QTest::newRow("personnummer") << QStringLiteral("1212121212") << IdentityAllowance::Person;
    QTest::newRow("samordningsnummer") << QStringLiteral("7010632342") << IdentityAllowance::Person;
    QTest::newRow("vat") << QStringLiteral("DK12345678") << IdentityAllowance::Vat;
    QTest::newRow("OKÄND") << QStringLiteral("OKÄND") << IdentityAllowance::UnknownHolder;
    QTest::newRow("KOMMUN") << QStringLiteral("KOMMUN") << IdentityAllowance::MunicipalityHolder;
}

void TestIdentityNumber::eachKindNeedsItsAllowance()
{
    QFETCH(QString, input);
    QFETCH(IdentityAllowance, needed);

    const IdentityCheck alone = identity::check(input, needed);
    QVERIFY2(alone.isValid(), qPrintable(alone.problem));

    IdentityAllowances others = kEverything;
    others.setFlag(needed, false);
    const IdentityCheck without = identity::check(input, others);
    QVERIFY(!without.isValid());
    QVERIFY(!without.problem.isEmpty());

    QVERIFY(!identity::check(input, IdentityAllowances()).isValid());
}

void TestIdentityNumber::displayOfInvalidIsEmpty()
{
    QCOMPARE(identity::display(IdentityCheck()), QString());
    QCOMPARE(identity::display(identity::check(u"556000-0168", kEverything)), QString());
}

QTEST_GUILESS_MAIN(TestIdentityNumber)
#include "tst_identitynumber.moc"
