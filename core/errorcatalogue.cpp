#include "core/errorcatalogue.h"

#include <QCoreApplication>

#include <algorithm>

namespace avfall {

QString RegisterError::displayExplanation() const
{
    return QCoreApplication::translate("RegisterError", explanation);
}

namespace errorcatalogue {

namespace {
const QLatin1String kWildcard("*");
} // namespace

const QList<RegisterError> &all()
{
    // The register's catalogue (BTFA.Anteckning.json build 1.2.8, schema ErrorObject) in our own
    // words; resources/data/error_codes.json (scripts/extract_error_codes.py) lists its codes and
    // tst_errorcatalogue checks that each has an entry here. Place families 41xx–47xx: x00 the
    // place as a whole, x01 missing place, x02/x03 street address, x04/x05 postcode, x06/x07
    // municipality code, x08 description of the position, x09/x10 northing, x11/x12 easting,
    // x13 CFAR number (only 45xx–47xx). 4101–4104 also mean "ombud field must not be given".
    static const QList<RegisterError> errors = {
        {1000,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Registret avvisade anteckningen utan att tala om vilken uppgift det gäller: antingen ett "
             "oväntat fel hos registret eller en uppgift som inte godtogs. Kontrollera uppgifterna och "
             "försök igen senare; kontakta Naturvårdsverket om felet kvarstår."),
         {}},
        {1011,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Ombudets organisationsnummer har fel form. Skriv tio siffror utan bindestreck, "
                           "eller momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("ombud")}},
        {1012,
         QT_TRANSLATE_NOOP("RegisterError", "Ombudets organisationsnummer saknas. Rapporterar ni för någon "
                                            "annan, fyll i ert eget organisationsnummer som ombud."),
         {QStringLiteral("ombud")}},
        {1013,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ombud ska inte fyllas i när ni rapporterar för er egen verksamhet. Töm uppgifterna om ombud."),
         {QStringLiteral("ombud")}},
        {1021,
         QT_TRANSLATE_NOOP("RegisterError", "Verksamhetsutövarens organisationsnummer saknas. Fyll i "
                                            "organisationsnumret för det företag som ska föra anteckningen."),
         {QStringLiteral("verksamhetsutovare")}},
        {1022,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Verksamhetsutövarens organisationsnummer har fel form. Skriv tio siffror utan "
                           "bindestreck, eller momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("verksamhetsutovare")}},
        {1023,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Varken verksamhetsutövaren eller ombudet har samma organisationsnummer som ert "
                           "certifikat. Rapporterar ni för någon annan, fyll i er själva som ombud."),
         {QStringLiteral("verksamhetsutovare"), QStringLiteral("ombud")}},
        {1031,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Tidpunkten då anteckningen gjordes saknas. Fyll i datum och klockslag."),
         {QStringLiteral("tidpunkt")}},
        {1032,
         QT_TRANSLATE_NOOP("RegisterError", "Tidpunkten då anteckningen gjordes ligger utanför det tillåtna, "
                                            "till exempel i framtiden. Kontrollera datum och klockslag."),
         {QStringLiteral("tidpunkt")}},
        {1042,
         QT_TRANSLATE_NOOP("RegisterError", "Er referens innehåller tecken som inte är tillåtna. Använd "
                                            "bokstäver, siffror och vanliga skiljetecken, högst 40 tecken."),
         {QStringLiteral("referens")}},
        {1051,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Registret känner inte till en kommunkod. Välj kommunen i listan; koden har fyra "
                           "siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("*.kommunkod")}},
        {1054,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Registret känner inte igen länet i en kommunkod (de två första siffrorna). Välj "
                           "kommunen i listan i stället för att skriva koden."),
         {QStringLiteral("*.kommunkod")}},
        {1055,
         QT_TRANSLATE_NOOP("RegisterError", "En kommunkod saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("*.kommunkod")}},
        {1081,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ett postnummer har inte fem siffror. Skriv postnumret utan mellanslag, till exempel 11452."),
         {QStringLiteral("*.adress.postnummer")}},
        {1091,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Id-numret för avfallet i föregående anteckning har fel form. Kopiera det "
                           "avfallId som registret gav, 36 tecken med bindestreck, utan ändringar."),
         {QStringLiteral("avfall.foregaendeAvfallId")}},
        {1111,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Avfallskoden finns inte i registrets lista. Välj avfallstypen i listan."),
         {QStringLiteral("avfall.kod")}},
        {1112,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Avfallskoden saknas. Välj vilken typ av avfall anteckningen gäller."),
         {QStringLiteral("avfall.kod")}},
        {1113,
         QT_TRANSLATE_NOOP("RegisterError", "Avfallskoden har fel form. Den ska ha sex siffror utan "
                                            "mellanslag och stjärna, till exempel 130205."),
         {QStringLiteral("avfall.kod")}},
        {1116,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Registret hittar ingen anteckning med det id-nummer (avfallId) som rättelsen gäller. "
             "Kontrollera att anteckningen togs emot i samma miljö, test eller produktion."),
         {}},
        {1117,
         QT_TRANSLATE_NOOP("RegisterError", "Id-numret (avfallId) för anteckningen som ska rättas saknas. "
                                            "Rätta bara anteckningar som registret har tagit emot."),
         {}},
        {1118,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Id-numret (avfallId) för anteckningen som ska rättas har fel form. Det ska vara "
                           "registrets avfallId, 36 tecken med bindestreck, utan ändringar."),
         {}},
        {1121,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden avfall måste vara större än noll. Ange vikten i kilo."),
         {QStringLiteral("avfall.mangd")}},
        {1122,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden avfall har fel form. Ange vikten i kilo som ett tal med högst tre decimaler."),
         {QStringLiteral("avfall.mangd")}},
        {1123,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden avfall saknas. Ange vikten i kilo."),
         {QStringLiteral("avfall.mangd")}},
        {1131,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Transportsättet saknas. Välj hur avfallet transporteras, till exempel på väg."),
         {QStringLiteral("transportsatt")}},
        {1132,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Transportsättet har en kod som inte finns. Välj transportsättet i listan."),
         {QStringLiteral("transportsatt")}},
        {1145,
         QT_TRANSLATE_NOOP("RegisterError", "En behandlingsmetod är varken en R-kod (återvinning) eller en "
                                            "D-kod (bortskaffande). Välj metoden i listan."),
         {QStringLiteral("behandlingar.kod")}},
        {1146,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "En behandlingsmetod har fel form. Välj metoden i listan, till exempel R9 eller D10."),
         {QStringLiteral("behandlingar.kod")}},
        {1147,
         QT_TRANSLATE_NOOP("RegisterError",
                           "En behandling saknar behandlingsmetod. Välj metoden för varje behandling."),
         {QStringLiteral("behandlingar.kod")}},
        {1148,
         QT_TRANSLATE_NOOP("RegisterError",
                           "En behandlingsmetod godtas inte av registret. Välj metoden i listan."),
         {QStringLiteral("behandlingar.kod")}},
        {1181,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Registret godtar inte tidpunkten då anteckningen kom in. Den fyller ni inte i "
                           "själva; försök skicka igen och kontakta Naturvårdsverket om felet kvarstår."),
         {}},
        {1182,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Registret saknar tidpunkten då anteckningen kom in. Den fyller ni inte i själva; "
                           "försök skicka igen och kontakta Naturvårdsverket om felet kvarstår."),
         {}},
        {1191,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mottagningsdatumet är felaktigt. Ange det datum då ni tog emot avfallet."),
         {QStringLiteral("mottagningsDatum")}},
        {1192,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mottagningsdatumet saknas. Ange det datum då ni tog emot avfallet."),
         {QStringLiteral("mottagningsDatum")}},
        {1211,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Startdatumet för transporten är felaktigt. Ange det datum då transporten börjar."),
         {QStringLiteral("transportStartDatum")}},
        {1212,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Startdatumet för transporten saknas. Ange det datum då transporten börjar."),
         {QStringLiteral("transportStartDatum")}},
        {1241,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den tidigare innehavarens organisationsnummer är felaktigt. Skriv tio siffror "
                           "utan bindestreck, eller momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("tidigareInnehavare")}},
        {1242,
         QT_TRANSLATE_NOOP("RegisterError", "Den tidigare innehavaren saknas. Fyll i organisationsnumret för "
                                            "den som hade avfallet före er."),
         {QStringLiteral("tidigareInnehavare")}},
        {1251,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nya innehavarens organisationsnummer är felaktigt. Skriv tio siffror utan "
                           "bindestreck, eller momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("nyInnehavare")}},
        {1252,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Den nya innehavaren saknas. Fyll i organisationsnumret för den som tar emot avfallet."),
         {QStringLiteral("nyInnehavare")}},
        {1261,
         QT_TRANSLATE_NOOP("RegisterError", "Transaktionsdatumet är felaktigt. Ange det datum då avfallet "
                                            "köptes, såldes eller förmedlades."),
         {QStringLiteral("transaktionsDatum")}},
        {1262,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Transaktionsdatumet saknas. Ange det datum då avfallet köptes, såldes eller förmedlades."),
         {QStringLiteral("transaktionsDatum")}},
        {1271,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mottagarens organisationsnummer är felaktigt. Kontrollera den som tar emot "
                           "avfallet (ny innehavare): skriv tio siffror utan bindestreck, eller "
                           "momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("nyInnehavare")}},
        {1272,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mottagarens organisationsnummer saknas. Fyll i organisationsnumret för den som "
                           "tar emot avfallet (ny innehavare)."),
         {QStringLiteral("nyInnehavare")}},
        {1281,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Avsändarens organisationsnummer är felaktigt. Kontrollera den som lämnar ifrån "
                           "sig avfallet (tidigare innehavare): skriv tio siffror utan bindestreck, eller "
                           "momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("tidigareInnehavare")}},
        {1282,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Avsändarens organisationsnummer saknas. Fyll i organisationsnumret för den som "
                           "lämnar ifrån sig avfallet (tidigare innehavare)."),
         {QStringLiteral("tidigareInnehavare")}},
        {1291,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Transportörens organisationsnummer är felaktigt. Skriv tio siffror utan "
                           "bindestreck, eller momsregistreringsnumret för ett utländskt företag."),
         {QStringLiteral("transportor")}},
        {1292,
         QT_TRANSLATE_NOOP("RegisterError", "Transportörens organisationsnummer saknas. Fyll i "
                                            "organisationsnumret för det företag som kör avfallet."),
         {QStringLiteral("transportor")}},
        {1301,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden icke farligt avfall som behandlingen gav måste vara större än noll. Ange vikten i "
             "kilo, eller töm fältet och ange mängden material eller produkt i stället."),
         {QStringLiteral("mangdIckeFarligtAvfall")}},
        {1302,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden icke farligt avfall som behandlingen gav har fel form. "
                                            "Ange vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdIckeFarligtAvfall")}},
        {1321,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) "
                           "måste vara större än noll. Ange vikten i kilo."),
         {QStringLiteral("mangdMaterialProdukt"), QStringLiteral("mangdIckeFarligtAvfall")}},
        {1322,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) "
                           "har fel form. Ange vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdMaterialProdukt"), QStringLiteral("mangdIckeFarligtAvfall")}},
        {1501,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Id-numret för ett formulär är felaktigt. Det gäller registrets e-tjänst och inte "
                           "det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {1511,
         QT_TRANSLATE_NOOP("RegisterError", "Typen av återvinningsresultat har fel form. Välj typen i "
                                            "listan; den anges bara för spillolja."),
         {QStringLiteral("atervinningsresultattypkod")}},
        {1512,
         QT_TRANSLATE_NOOP("RegisterError", "Typen av återvinningsresultat saknas. För spillolja ska ni "
                                            "välja vilket resultat återvinningen gav."),
         {QStringLiteral("atervinningsresultattypkod")}},
        {1513,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Typen av återvinningsresultat finns inte i registrets lista. Välj en typ i listan."),
         {QStringLiteral("atervinningsresultattypkod")}},
        {1521,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden regenererad spillolja har fel form. Ange vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdRegenerering")}},
        {1522,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden regenererad spillolja saknas. Den valda typen av "
                                            "återvinningsresultat kräver den; ange vikten i kilo."),
         {QStringLiteral("mangdRegenerering")}},
        {1523,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mängden regenererad spillolja måste vara större än noll. Ange vikten i kilo."),
         {QStringLiteral("mangdRegenerering")}},
        {1524,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden regenererad spillolja ska inte anges för den valda "
                                            "typen av återvinningsresultat. Töm fältet."),
         {QStringLiteral("mangdRegenerering")}},
        {1531,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till annan materialåtervinning har fel form. "
                                            "Ange vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdAnnanMaterialatervinning")}},
        {1532,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Mängden spillolja till annan materialåtervinning saknas. Den valda typen av "
                           "återvinningsresultat kräver den; ange vikten i kilo."),
         {QStringLiteral("mangdAnnanMaterialatervinning")}},
        {1533,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till annan materialåtervinning måste vara "
                                            "större än noll. Ange vikten i kilo."),
         {QStringLiteral("mangdAnnanMaterialatervinning")}},
        {1534,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till annan materialåtervinning ska inte anges "
                                            "för den valda typen av återvinningsresultat. Töm fältet."),
         {QStringLiteral("mangdAnnanMaterialatervinning")}},
        {1541,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till energiåtervinning har fel form. Ange "
                                            "vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdEnergiatervinning")}},
        {1542,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till energiåtervinning saknas. Den valda "
                                            "typen av återvinningsresultat kräver den; ange vikten i kilo."),
         {QStringLiteral("mangdEnergiatervinning")}},
        {1543,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden spillolja till energiåtervinning måste vara större än noll. Ange vikten i kilo."),
         {QStringLiteral("mangdEnergiatervinning")}},
        {1544,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja till energiåtervinning ska inte anges för den "
                                            "valda typen av återvinningsresultat. Töm fältet."),
         {QStringLiteral("mangdEnergiatervinning")}},
        {1551,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden spillolja som bortskaffats har fel form. Ange vikten i kilo med högst tre decimaler."),
         {QStringLiteral("mangdBortskaffande")}},
        {1552,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja som bortskaffats saknas. Den valda typen av "
                                            "återvinningsresultat kräver den; ange vikten i kilo."),
         {QStringLiteral("mangdBortskaffande")}},
        {1553,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Mängden spillolja som bortskaffats måste vara större än noll. Ange vikten i kilo."),
         {QStringLiteral("mangdBortskaffande")}},
        {1554,
         QT_TRANSLATE_NOOP("RegisterError", "Mängden spillolja som bortskaffats ska inte anges för den valda "
                                            "typen av återvinningsresultat. Töm fältet."),
         {QStringLiteral("mangdBortskaffande")}},
        {1561,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Beskrivningen av annan återvinning av spillolja godtas inte. Använd bokstäver, "
                           "siffror och vanliga skiljetecken, högst 100 tecken."),
         {QStringLiteral("specifikationAnnan")}},
        {1562,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Beskrivningen av annan återvinning av spillolja saknas. Den valda typen av "
                           "återvinningsresultat kräver att ni beskriver återvinningen."),
         {QStringLiteral("specifikationAnnan")}},
        {1563,
         QT_TRANSLATE_NOOP("RegisterError", "Beskrivningen av annan återvinning av spillolja ska inte anges "
                                            "för den valda typen av återvinningsresultat. Töm fältet."),
         {QStringLiteral("specifikationAnnan")}},
        {1701,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "En landskod är felaktig. Ange landet med två bokstäver, till exempel NO för Norge."),
         {QStringLiteral("*.land")}},
        {1702,
         QT_TRANSLATE_NOOP("RegisterError", "Landskod ska inte anges för en plats i Sverige. Töm landskoden "
                                            "och ange kommun och adress i stället."),
         {QStringLiteral("*.land")}},
        {1704,
         QT_TRANSLATE_NOOP("RegisterError", "En landskod saknas. För en plats utomlands, ange landet med två "
                                            "bokstäver, till exempel DK för Danmark."),
         {QStringLiteral("*.land")}},
        {1705,
         QT_TRANSLATE_NOOP("RegisterError", "Landskod ska inte anges för den här platsen. Töm landskoden och "
                                            "ange kommun och adress i stället."),
         {QStringLiteral("*.land")}},
        {2011,
         QT_TRANSLATE_NOOP("RegisterError", "Id-numret för anteckningen har fel form. Använd det avfallId "
                                            "som registret gav, 36 tecken med bindestreck, utan ändringar."),
         {}},
        {2021,
         QT_TRANSLATE_NOOP("RegisterError", "Id-numret för avfallet (avfallId) har fel form. Använd det som "
                                            "registret gav, 36 tecken med bindestreck, utan ändringar."),
         {}},
        {2031,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet bad registret om ett ogiltigt antal rader per sida. Det beror inte på era "
             "uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {2041,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet bad registret om en typ av anteckning som inte finns. Det beror inte på era "
             "uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {2051,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet bad registret om ett sidnummer som är noll eller mindre. Det beror inte på era "
             "uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {2061,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Ett organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller "
                           "momsregistreringsnumret för ett utländskt företag."),
         {}},
        {2062,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ett organisationsnummer saknas. Fyll i alla organisationsnummer som anteckningen kräver."),
         {}},
        {2071,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ett organisationsnamn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken."),
         {}},
        {2072,
         QT_TRANSLATE_NOOP("RegisterError", "Ett organisationsnamn saknas. Fyll i företagets namn."),
         {}},
        {3011,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Id-numret för en PDF-fil är felaktigt. Det gäller registrets e-tjänst och inte "
                           "det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {3022,
         QT_TRANSLATE_NOOP("RegisterError", "Anteckningen har redan rättats, så det finns en nyare version. "
                                            "Gör rättelsen utifrån den senaste versionen."),
         {}},
        {3023,
         QT_TRANSLATE_NOOP("RegisterError",
                           "En rättelse måste vara av samma typ som den ursprungliga anteckningen. Makulera "
                           "anteckningen och gör en ny av rätt typ i stället."),
         {}},
        {4021,
         QT_TRANSLATE_NOOP("RegisterError", "Namnet på verksamhetens kontaktperson saknas. Fyll i vem "
                                            "registret kan kontakta om anteckningen."),
         {QStringLiteral("verksamhetensKontaktpersonNamn")}},
        {4022,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Namnet på verksamhetens kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken."),
         {QStringLiteral("verksamhetensKontaktpersonNamn")}},
        {4023,
         QT_TRANSLATE_NOOP("RegisterError", "E-postadressen till verksamhetens kontaktperson saknas. Fyll i "
                                            "en adress där kontaktpersonen nås."),
         {QStringLiteral("verksamhetensKontaktpersonEpost")}},
        {4024,
         QT_TRANSLATE_NOOP("RegisterError", "E-postadressen till verksamhetens kontaktperson är felaktig. "
                                            "Kontrollera den, till exempel namn@foretag.se."),
         {QStringLiteral("verksamhetensKontaktpersonEpost")}},
        {4025,
         QT_TRANSLATE_NOOP("RegisterError", "Telefonnumret till verksamhetens kontaktperson saknas. Fyll i "
                                            "ett nummer där kontaktpersonen nås."),
         {QStringLiteral("verksamhetensKontaktpersonTelefonnummer")}},
        {4026,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Telefonnumret till verksamhetens kontaktperson är felaktigt. Skriv siffror med "
                           "riktnummer, till exempel 08-123 456 eller +46 8 123 456."),
         {QStringLiteral("verksamhetensKontaktpersonTelefonnummer")}},
        {4027,
         QT_TRANSLATE_NOOP("RegisterError", "Verksamhetsutövarens namn saknas. Fyll i företagets namn."),
         {QStringLiteral("verksamhetensNamn")}},
        {4028,
         QT_TRANSLATE_NOOP("RegisterError", "Verksamhetsutövarens namn godtas inte. Använd bokstäver, "
                                            "siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("verksamhetensNamn")}},
        {4031,
         QT_TRANSLATE_NOOP("RegisterError", "Ombudets namn saknas. När ni rapporterar för någon annan ska "
                                            "ert eget företagsnamn stå som ombud."),
         {QStringLiteral("ombudetsNamn")}},
        {4032,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Ombudets namn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken."),
         {QStringLiteral("ombudetsNamn")}},
        {4033,
         QT_TRANSLATE_NOOP("RegisterError", "Namnet på ombudets kontaktperson saknas. När ni rapporterar för "
                                            "någon annan, fyll i vem hos er som registret kan kontakta."),
         {QStringLiteral("ombudetsKontaktpersonNamn")}},
        {4034,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Namnet på ombudets kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken."),
         {QStringLiteral("ombudetsKontaktpersonNamn")}},
        {4035,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "E-postadressen till ombudets kontaktperson saknas. Fyll i en adress där kontaktpersonen nås."),
         {QStringLiteral("ombudetsKontaktpersonEpost")}},
        {4036,
         QT_TRANSLATE_NOOP("RegisterError", "E-postadressen till ombudets kontaktperson är felaktig. "
                                            "Kontrollera den, till exempel namn@foretag.se."),
         {QStringLiteral("ombudetsKontaktpersonEpost")}},
        {4037,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Telefonnumret till ombudets kontaktperson saknas. Fyll i ett nummer där kontaktpersonen nås."),
         {QStringLiteral("ombudetsKontaktpersonTelefonnummer")}},
        {4038,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Telefonnumret till ombudets kontaktperson är felaktigt. Skriv siffror med "
                           "riktnummer, till exempel 08-123 456 eller +46 8 123 456."),
         {QStringLiteral("ombudetsKontaktpersonTelefonnummer")}},
        {4040,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens namn saknas. Det gäller registrets e-tjänst och inte det här "
                           "programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4041,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens namn är felaktigt. Det gäller registrets e-tjänst och inte det "
                           "här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4042,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens e-postadress saknas. Det gäller registrets e-tjänst och inte "
                           "det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4043,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens e-postadress är felaktig. Det gäller registrets e-tjänst och "
                           "inte det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4044,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens telefonnummer saknas. Det gäller registrets e-tjänst och inte "
                           "det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4045,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgiftslämnarens telefonnummer är felaktigt. Det gäller registrets e-tjänst och "
                           "inte det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4047,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgifterna om uppgiftslämnaren är felaktiga. Det gäller registrets e-tjänst och "
                           "inte det här programmet; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4050,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Det organisationsnummer ni har angett som tidigare innehavare får inte stå där. "
                           "Kontrollera att det är den som hade avfallet före er."),
         {QStringLiteral("tidigareInnehavare")}},
        {4051,
         QT_TRANSLATE_NOOP("RegisterError", "Det organisationsnummer ni har angett som verksamhetsutövare "
                                            "får inte stå där. Ange det företag som ska föra anteckningen."),
         {QStringLiteral("verksamhetsutovare")}},
        {4052,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Det organisationsnummer ni har angett som avsändare får inte stå där. "
                           "Kontrollera den som lämnar ifrån sig avfallet (tidigare innehavare)."),
         {QStringLiteral("tidigareInnehavare")}},
        {4053,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Organisationen är redan registrerad som särskild organisation. Det gäller registrets "
             "administration och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4054,
         QT_TRANSLATE_NOOP("RegisterError",
                           "En särskild organisation saknas. Det gäller registrets administration och inte "
                           "era anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4061,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Underkoden för en behandling har fel form. Välj underkoden i listan för behandlingsmetoden."),
         {QStringLiteral("behandlingar.underkod")}},
        {4062,
         QT_TRANSLATE_NOOP("RegisterError", "Underkoden för en behandling finns inte för den "
                                            "behandlingsmetoden. Välj en underkod i listan."),
         {QStringLiteral("behandlingar.underkod")}},
        {4063,
         QT_TRANSLATE_NOOP("RegisterError", "Underkoden för en behandling saknas. Den valda "
                                            "behandlingsmetoden kräver en underkod; välj den i listan."),
         {QStringLiteral("behandlingar.underkod")}},
        {4071,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Tillsynsmyndigheten är redan registrerad. Det gäller registrering av tillsynsmyndigheter och "
             "inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4072,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Tillsynsmyndigheten saknas. Det gäller registrering av tillsynsmyndigheter och "
                           "inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4073,
         QT_TRANSLATE_NOOP("RegisterError",
                           "E-postadressen till tillsynsmyndighetens kontaktperson är felaktig. Det gäller "
                           "registrering av tillsynsmyndigheter och inte era anteckningar; kontakta "
                           "Naturvårdsverket om meddelandet visas."),
         {}},
        {4074,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Telefonnumret till tillsynsmyndighetens kontaktperson är felaktigt. Det gäller "
                           "registrering av tillsynsmyndigheter och inte era anteckningar; kontakta "
                           "Naturvårdsverket om meddelandet visas."),
         {}},
        {4075,
         QT_TRANSLATE_NOOP("RegisterError", "Namnet på tillsynsmyndighetens kontaktperson är felaktigt. Det "
                                            "gäller registrering av tillsynsmyndigheter och inte era "
                                            "anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4077,
         QT_TRANSLATE_NOOP("RegisterError", "Kommunkoden är redan kopplad till en tillsynsmyndighet. Det "
                                            "gäller registrering av tillsynsmyndigheter och inte era "
                                            "anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4078,
         QT_TRANSLATE_NOOP("RegisterError", "Landskoden är redan kopplad till en tillsynsmyndighet. Det "
                                            "gäller registrering av tillsynsmyndigheter och inte era "
                                            "anteckningar; kontakta Naturvårdsverket om meddelandet visas."),
         {}},
        {4081,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet skickade en söktext som registret inte godtar. Det beror inte på era uppgifter; "
             "försök igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {4082,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet bad registret om ett ogiltigt antal rader per sida. Det beror inte på era "
             "uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {4084,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Programmet bad registret om ett ogiltigt sidnummer. Det beror inte på era uppgifter; försök "
             "igen och rapportera felet till programmets leverantör om det kvarstår."),
         {}},
        {4095,
         QT_TRANSLATE_NOOP("RegisterError", "CFAR-numret är felaktigt. Skriv arbetsställets åttasiffriga "
                                            "nummer hos SCB, eller SAKNAS om det inte finns."),
         {QStringLiteral("cfarNR")}},
        {4096,
         QT_TRANSLATE_NOOP("RegisterError", "CFAR-numret saknas. Fyll i arbetsställets åttasiffriga nummer "
                                            "hos SCB, eller SAKNAS om det inte finns."),
         {QStringLiteral("cfarNR")}},
        {4097,
         QT_TRANSLATE_NOOP("RegisterError", "CFAR-numret ska ha åtta siffror. Kontrollera numret hos SCB, "
                                            "eller skriv SAKNAS om det inte finns."),
         {QStringLiteral("cfarNR")}},
        {4100,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Uppgifterna om mottagningsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, "
             "till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater."),
         {QStringLiteral("mottagningsplats")}},
        {4101,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Antingen saknas mottagningsplatsen, eller så har ombudets namn fyllts i fast "
                           "inget ombud ska anges. Fyll i mottagningsplatsen; rapporterar ni för er egen "
                           "verksamhet, töm uppgifterna om ombud."),
         {QStringLiteral("mottagningsplats"), QStringLiteral("ombudetsNamn")}},
        {4102,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Antingen saknas gatuadressen för mottagningsplatsen, eller så har namnet på "
                           "ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i adressen; "
                           "rapporterar ni för er egen verksamhet, töm uppgifterna om ombud."),
         {QStringLiteral("mottagningsplats.adress.adressrad"), QStringLiteral("ombudetsKontaktpersonNamn")}},
        {4103,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Antingen godtas inte gatuadressen för mottagningsplatsen, eller så har e-postadressen till "
             "ombudets kontaktperson fyllts i fast inget ombud ska anges. Rätta adressen; rapporterar ni för "
             "er egen verksamhet, töm uppgifterna om ombud."),
         {QStringLiteral("mottagningsplats.adress.adressrad"), QStringLiteral("ombudetsKontaktpersonEpost")}},
        {4104,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Antingen saknas postnumret för mottagningsplatsen, eller så har telefonnumret "
                           "till ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i "
                           "postnumret; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud."),
         {QStringLiteral("mottagningsplats.adress.postnummer"),
          QStringLiteral("ombudetsKontaktpersonTelefonnummer")}},
        {4105,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för mottagningsplatsen är felaktigt. Skriv fem "
                                            "siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("mottagningsplats.adress.postnummer")}},
        {4106,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för mottagningsplatsen saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("mottagningsplats.kommunkod")}},
        {4107,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för mottagningsplatsen är felaktig. Välj kommunen i listan; koden "
                           "har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("mottagningsplats.kommunkod")}},
        {4108,
         QT_TRANSLATE_NOOP("RegisterError", "Lägesbeskrivningen för mottagningsplatsen godtas inte. Korta "
                                            "texten till högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("mottagningsplats.koordinat.beskrivning")}},
        {4109,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sju "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("mottagningsplats.koordinat.nposition")}},
        {4110,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och "
                           "östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("mottagningsplats.koordinat.nposition")}},
        {4111,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sex "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("mottagningsplats.koordinat.eposition")}},
        {4112,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och "
                           "östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("mottagningsplats.koordinat.eposition")}},
        {4200,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgifterna om den kommande hanteringsplatsen går inte ihop. Ange platsen på ett "
                           "av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, "
                           "eller kommunkod med koordinater."),
         {QStringLiteral("kommandeHanteringsPlats")}},
        {4201,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Den kommande hanteringsplatsen saknas. Fyll i platsen dit avfallet ska föras härnäst."),
         {QStringLiteral("kommandeHanteringsPlats")}},
        {4202,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för den kommande hanteringsplatsen saknas. Fyll i "
                                            "adressen, eller ange platsen med koordinater i stället."),
         {QStringLiteral("kommandeHanteringsPlats.adress.adressrad")}},
        {4203,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Gatuadressen för den kommande hanteringsplatsen godtas inte. Använd bokstäver, "
                           "siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("kommandeHanteringsPlats.adress.adressrad")}},
        {4204,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för den kommande hanteringsplatsen saknas. Fyll i "
                                            "platsens postnummer, fem siffror."),
         {QStringLiteral("kommandeHanteringsPlats.adress.postnummer")}},
        {4205,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för den kommande hanteringsplatsen är felaktigt. "
                                            "Skriv fem siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("kommandeHanteringsPlats.adress.postnummer")}},
        {4206,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Kommunkoden för den kommande hanteringsplatsen saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("kommandeHanteringsPlats.kommunkod")}},
        {4207,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för den kommande hanteringsplatsen är felaktig. Välj kommunen i "
                           "listan; koden har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("kommandeHanteringsPlats.kommunkod")}},
        {4208,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Lägesbeskrivningen för den kommande hanteringsplatsen godtas inte. Korta texten "
                           "till högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("kommandeHanteringsPlats.koordinat.beskrivning")}},
        {4209,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska "
                           "ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("kommandeHanteringsPlats.koordinat.nposition")}},
        {4210,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både "
                           "nordlig och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("kommandeHanteringsPlats.koordinat.nposition")}},
        {4211,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska "
                           "ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("kommandeHanteringsPlats.koordinat.eposition")}},
        {4212,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både "
                           "nordlig och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("kommandeHanteringsPlats.koordinat.eposition")}},
        {4300,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Uppgifterna om behandlingsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, "
             "till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater."),
         {QStringLiteral("behandlingsPlats")}},
        {4301,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Behandlingsplatsen saknas. Fyll i platsen där avfallet behandlas."),
         {QStringLiteral("behandlingsPlats")}},
        {4302,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för behandlingsplatsen saknas. Fyll i adressen, "
                                            "eller ange platsen med koordinater i stället."),
         {QStringLiteral("behandlingsPlats.adress.adressrad")}},
        {4303,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för behandlingsplatsen godtas inte. Använd "
                                            "bokstäver, siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("behandlingsPlats.adress.adressrad")}},
        {4304,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Postnumret för behandlingsplatsen saknas. Fyll i platsens postnummer, fem siffror."),
         {QStringLiteral("behandlingsPlats.adress.postnummer")}},
        {4305,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för behandlingsplatsen är felaktigt. Skriv fem "
                                            "siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("behandlingsPlats.adress.postnummer")}},
        {4306,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för behandlingsplatsen saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("behandlingsPlats.kommunkod")}},
        {4307,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för behandlingsplatsen är felaktig. Välj kommunen i listan; koden "
                           "har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("behandlingsPlats.kommunkod")}},
        {4308,
         QT_TRANSLATE_NOOP("RegisterError", "Lägesbeskrivningen för behandlingsplatsen godtas inte. Korta "
                                            "texten till högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("behandlingsPlats.koordinat.beskrivning")}},
        {4309,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sju "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("behandlingsPlats.koordinat.nposition")}},
        {4310,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och "
                           "östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("behandlingsPlats.koordinat.nposition")}},
        {4311,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sex "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("behandlingsPlats.koordinat.eposition")}},
        {4312,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och "
                           "östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("behandlingsPlats.koordinat.eposition")}},
        {4400,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgifterna om transportens startplats går inte ihop. Ange platsen på ett av de "
                           "godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller "
                           "kommunkod med koordinater."),
         {QStringLiteral("transportStartplats")}},
        {4401,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Transportens startplats saknas. Fyll i platsen där transporten börjar."),
         {QStringLiteral("transportStartplats")}},
        {4402,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för transportens startplats saknas. Fyll i "
                                            "adressen, eller ange platsen med koordinater i stället."),
         {QStringLiteral("transportStartplats.adress.adressrad")}},
        {4403,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för transportens startplats godtas inte. Använd "
                                            "bokstäver, siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("transportStartplats.adress.adressrad")}},
        {4404,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Postnumret för transportens startplats saknas. Fyll i platsens postnummer, fem siffror."),
         {QStringLiteral("transportStartplats.adress.postnummer")}},
        {4405,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för transportens startplats är felaktigt. Skriv fem "
                                            "siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("transportStartplats.adress.postnummer")}},
        {4406,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Kommunkoden för transportens startplats saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("transportStartplats.kommunkod")}},
        {4407,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för transportens startplats är felaktig. Välj kommunen i listan; "
                           "koden har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("transportStartplats.kommunkod")}},
        {4408,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Lägesbeskrivningen för transportens startplats godtas inte. Korta texten till "
                           "högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("transportStartplats.koordinat.beskrivning")}},
        {4409,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för transportens startplats är felaktig. Den ska ha sju "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("transportStartplats.koordinat.nposition")}},
        {4410,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för transportens startplats saknas. Fyll i både nordlig "
                           "och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("transportStartplats.koordinat.nposition")}},
        {4411,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för transportens startplats är felaktig. Den ska ha sex "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("transportStartplats.koordinat.eposition")}},
        {4412,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för transportens startplats saknas. Fyll i både nordlig "
                           "och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("transportStartplats.koordinat.eposition")}},
        {4500,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgifterna om transportens slutplats går inte ihop. Ange platsen på ett av de "
                           "godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller "
                           "kommunkod med koordinater."),
         {QStringLiteral("transportSlutplats")}},
        {4501,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Transportens slutplats saknas. Fyll i platsen där transporten slutar."),
         {QStringLiteral("transportSlutplats")}},
        {4502,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för transportens slutplats saknas. Fyll i "
                                            "adressen, eller ange platsen med koordinater i stället."),
         {QStringLiteral("transportSlutplats.adress.adressrad")}},
        {4503,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för transportens slutplats godtas inte. Använd "
                                            "bokstäver, siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("transportSlutplats.adress.adressrad")}},
        {4504,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Postnumret för transportens slutplats saknas. Fyll i platsens postnummer, fem siffror."),
         {QStringLiteral("transportSlutplats.adress.postnummer")}},
        {4505,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för transportens slutplats är felaktigt. Skriv fem "
                                            "siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("transportSlutplats.adress.postnummer")}},
        {4506,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Kommunkoden för transportens slutplats saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("transportSlutplats.kommunkod")}},
        {4507,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för transportens slutplats är felaktig. Välj kommunen i listan; "
                           "koden har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("transportSlutplats.kommunkod")}},
        {4508,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Lägesbeskrivningen för transportens slutplats godtas inte. Korta texten till "
                           "högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("transportSlutplats.koordinat.beskrivning")}},
        {4509,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för transportens slutplats är felaktig. Den ska ha sju "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("transportSlutplats.koordinat.nposition")}},
        {4510,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för transportens slutplats saknas. Fyll i både nordlig "
                           "och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("transportSlutplats.koordinat.nposition")}},
        {4511,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för transportens slutplats är felaktig. Den ska ha sex "
                           "siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("transportSlutplats.koordinat.eposition")}},
        {4512,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för transportens slutplats saknas. Fyll i både nordlig "
                           "och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("transportSlutplats.koordinat.eposition")}},
        {4513,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "CFAR-numret för transportens slutplats är felaktigt. Det är arbetsställets nummer hos SCB och "
             "har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det."),
         {QStringLiteral("transportSlutplats.cfarNR")}},
        {4600,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Uppgifterna om den senaste hanteringsplatsen går inte ihop. Ange platsen på ett "
                           "av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, "
                           "eller kommunkod med koordinater."),
         {QStringLiteral("senasteHanteringsPlats"), QStringLiteral("senasteHanteringsplats")}},
        {4601,
         QT_TRANSLATE_NOOP("RegisterError", "Den senaste hanteringsplatsen saknas. Fyll i platsen där "
                                            "avfallet fanns innan det kom till er."),
         {QStringLiteral("senasteHanteringsPlats"), QStringLiteral("senasteHanteringsplats")}},
        {4602,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för den senaste hanteringsplatsen saknas. Fyll i "
                                            "adressen, eller ange platsen med koordinater i stället."),
         {QStringLiteral("senasteHanteringsPlats.adress.adressrad"),
          QStringLiteral("senasteHanteringsplats.adress.adressrad")}},
        {4603,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Gatuadressen för den senaste hanteringsplatsen godtas inte. Använd bokstäver, "
                           "siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("senasteHanteringsPlats.adress.adressrad"),
          QStringLiteral("senasteHanteringsplats.adress.adressrad")}},
        {4604,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Postnumret för den senaste hanteringsplatsen saknas. Fyll i platsens postnummer, fem siffror."),
         {QStringLiteral("senasteHanteringsPlats.adress.postnummer"),
          QStringLiteral("senasteHanteringsplats.adress.postnummer")}},
        {4605,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för den senaste hanteringsplatsen är felaktigt. "
                                            "Skriv fem siffror utan mellanslag, till exempel 11452."),
         {QStringLiteral("senasteHanteringsPlats.adress.postnummer"),
          QStringLiteral("senasteHanteringsplats.adress.postnummer")}},
        {4606,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Kommunkoden för den senaste hanteringsplatsen saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("senasteHanteringsPlats.kommunkod"),
          QStringLiteral("senasteHanteringsplats.kommunkod")}},
        {4607,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för den senaste hanteringsplatsen är felaktig. Välj kommunen i "
                           "listan; koden har fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("senasteHanteringsPlats.kommunkod"),
          QStringLiteral("senasteHanteringsplats.kommunkod")}},
        {4608,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Lägesbeskrivningen för den senaste hanteringsplatsen godtas inte. Korta texten "
                           "till högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("senasteHanteringsPlats.koordinat.beskrivning"),
          QStringLiteral("senasteHanteringsplats.koordinat.beskrivning")}},
        {4609,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska "
                           "ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("senasteHanteringsPlats.koordinat.nposition"),
          QStringLiteral("senasteHanteringsplats.koordinat.nposition")}},
        {4610,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både "
                           "nordlig och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("senasteHanteringsPlats.koordinat.nposition"),
          QStringLiteral("senasteHanteringsplats.koordinat.nposition")}},
        {4611,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska "
                           "ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("senasteHanteringsPlats.koordinat.eposition"),
          QStringLiteral("senasteHanteringsplats.koordinat.eposition")}},
        {4612,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både "
                           "nordlig och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("senasteHanteringsPlats.koordinat.eposition"),
          QStringLiteral("senasteHanteringsplats.koordinat.eposition")}},
        {4613,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "CFAR-numret för den senaste hanteringsplatsen är felaktigt. Det är arbetsställets nummer hos "
             "SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det."),
         {QStringLiteral("senasteHanteringsPlats.cfarNR"), QStringLiteral("senasteHanteringsplats.cfarNR")}},
        {4700,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Uppgifterna om uppkomstplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till "
             "exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater."),
         {QStringLiteral("uppkomstplats")}},
        {4701,
         QT_TRANSLATE_NOOP("RegisterError", "Uppkomstplatsen saknas. Fyll i platsen där avfallet uppstod."),
         {QStringLiteral("uppkomstplats")}},
        {4702,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för uppkomstplatsen saknas. Fyll i adressen, eller "
                                            "ange platsen med koordinater i stället."),
         {QStringLiteral("uppkomstplats.adress.adressrad")}},
        {4703,
         QT_TRANSLATE_NOOP("RegisterError", "Gatuadressen för uppkomstplatsen godtas inte. Använd bokstäver, "
                                            "siffror och vanliga skiljetecken, högst 250 tecken."),
         {QStringLiteral("uppkomstplats.adress.adressrad")}},
        {4704,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Postnumret för uppkomstplatsen saknas. Fyll i platsens postnummer, fem siffror."),
         {QStringLiteral("uppkomstplats.adress.postnummer")}},
        {4705,
         QT_TRANSLATE_NOOP("RegisterError", "Postnumret för uppkomstplatsen är felaktigt. Skriv fem siffror "
                                            "utan mellanslag, till exempel 11452."),
         {QStringLiteral("uppkomstplats.adress.postnummer")}},
        {4706,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för uppkomstplatsen saknas. Välj kommunen där platsen ligger."),
         {QStringLiteral("uppkomstplats.kommunkod")}},
        {4707,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kommunkoden för uppkomstplatsen är felaktig. Välj kommunen i listan; koden har "
                           "fyra siffror, till exempel 0180 för Stockholm."),
         {QStringLiteral("uppkomstplats.kommunkod")}},
        {4708,
         QT_TRANSLATE_NOOP("RegisterError", "Lägesbeskrivningen för uppkomstplatsen godtas inte. Korta "
                                            "texten till högst 1000 tecken och ta bort ovanliga tecken."),
         {QStringLiteral("uppkomstplats.koordinat.beskrivning")}},
        {4709,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sju siffror "
                           "i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("uppkomstplats.koordinat.nposition")}},
        {4710,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den nordliga koordinaten för uppkomstplatsen saknas. Fyll i både nordlig och "
                           "östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("uppkomstplats.koordinat.nposition")}},
        {4711,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Den östliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sex siffror "
                           "i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader."),
         {QStringLiteral("uppkomstplats.koordinat.eposition")}},
        {4712,
         QT_TRANSLATE_NOOP("RegisterError", "Den östliga koordinaten för uppkomstplatsen saknas. Fyll i både "
                                            "nordlig och östlig koordinat, eller ange en adress i stället."),
         {QStringLiteral("uppkomstplats.koordinat.eposition")}},
        {4713,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "CFAR-numret för uppkomstplatsen är felaktigt. Det är arbetsställets nummer hos SCB och har "
             "åtta siffror; töm fältet och ange adressen i stället om ni inte vet det."),
         {QStringLiteral("uppkomstplats.cfarNR")}},
        {5011,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Rapporteringsåret är felaktigt. Ange året som resultatet gäller, med fyra siffror."),
         {QStringLiteral("rapporteringsar")}},
        {5012,
         QT_TRANSLATE_NOOP("RegisterError", "Rapporteringsåret saknas. Ange året som resultatet gäller."),
         {QStringLiteral("rapporteringsar")}},
        {5021,
         QT_TRANSLATE_NOOP("RegisterError", "Kvartalet är felaktigt. Ange ett kvartal från 1 till 4."),
         {QStringLiteral("rapporteringskvartalNr")}},
        {5022,
         QT_TRANSLATE_NOOP("RegisterError",
                           "Kvartalet saknas. Ange vilket kvartal, 1 till 4, som resultatet gäller."),
         {QStringLiteral("rapporteringskvartalNr")}},
        {5100,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ingen behandling är angiven. Lägg till minst en behandlingsmetod som avfallet har genomgått."),
         {QStringLiteral("behandlingar")}},
        {5102,
         QT_TRANSLATE_NOOP("RegisterError", "Samma behandling står flera gånger. Ta bort dubbletterna så att "
                                            "varje behandlingsmetod bara finns med en gång."),
         {QStringLiteral("behandlingar")}},
        {5201,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Datumet för borttransporten är felaktigt. Ange det datum då avfallet ska transporteras bort."),
         {QStringLiteral("borttransportDatum")}},
        {5202,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Datumet för borttransporten saknas. Ange det datum då avfallet ska transporteras bort."),
         {QStringLiteral("borttransportDatum")}},
        {5301,
         QT_TRANSLATE_NOOP(
             "RegisterError",
             "Ett årtal saknas. Fyll i året, till exempel rapporteringsåret för ett behandlingsresultat."),
         {QStringLiteral("rapporteringsar")}},
    };
    return errors;
}

const RegisterError *find(int code)
{
    const QList<RegisterError> &errors = all();
    const auto it = std::lower_bound(errors.cbegin(), errors.cend(), code,
                                     [](const RegisterError &e, int c) { return e.code < c; });
    if (it == errors.cend() || it->code != code)
        return nullptr;
    return &*it;
}

QString explain(int code, const QString &serverMessage)
{
    if (const RegisterError *error = find(code))
        return error->displayExplanation();
    const QString message = serverMessage.trimmed();
    if (message.isEmpty()) {
        return QCoreApplication::translate("RegisterError",
                                           "Registret svarade med felkod %1, som det här programmet inte "
                                           "känner till, och gav ingen förklaring.")
            .arg(code);
    }
    return QCoreApplication::translate("RegisterError",
                                       "Registret svarade med felkod %1, som det här programmet inte känner "
                                       "till. Registrets förklaring: ”%2”")
        .arg(QString::number(code), message);
}

QString fieldFor(int code, const QStringList &noteFields)
{
    const RegisterError *error = find(code);
    if (!error)
        return {};
    for (const QString &path : error->fieldPaths) {
        const QStringView first = QStringView(path).left(path.indexOf(QLatin1Char('.')));
        if (first == kWildcard) {
            QStringList places;
            for (const QString &field : noteFields) {
                if (placeFields().contains(field) && !places.contains(field))
                    places.append(field);
            }
            if (places.size() == 1)
                return places.constFirst() + QStringView(path).mid(kWildcard.size());
        } else if (noteFields.contains(first)) {
            return path;
        }
    }
    return {};
}

const QStringList &placeFields()
{
    static const QStringList fields = {
        QStringLiteral("mottagningsplats"),       QStringLiteral("kommandeHanteringsPlats"),
        QStringLiteral("behandlingsPlats"),       QStringLiteral("transportStartplats"),
        QStringLiteral("transportSlutplats"),     QStringLiteral("senasteHanteringsPlats"),
        QStringLiteral("senasteHanteringsplats"), QStringLiteral("uppkomstplats"),
    };
    return fields;
}

} // namespace errorcatalogue
} // namespace avfall
