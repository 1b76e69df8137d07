#include "notevalidator.h"
#include "samplenotes.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::NoteKind)

class TestNoteValidator : public QObject
{
    Q_OBJECT

private slots:
    void validNotes_data();
    void validNotes();
    void invalidField_data();
    void invalidField();
    void newWasteCodeDependsOnTheNoteDate();
    void warningsDoNotBlock();
    void cancellation();

private:
    static QList<Problem> validate(NoteKind kind, const QJsonObject &note);
    static QString describe(const QList<Problem> &problems);
};

QList<Problem> TestNoteValidator::validate(NoteKind kind, const QJsonObject &note)
{
    NoteValidator validator;
    validator.setClock(&samples::now);
    return validator.validate(kind, note);
}

QString TestNoteValidator::describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.path + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

void TestNoteValidator::validNotes_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    for (const NoteType &type : noteTypes()) {
        const QJsonObject own = samples::note(type.kind);
        QTest::addRow("%s, egen räkning", qPrintable(type.resource)) << type.kind << own;
        QTest::addRow("%s, som ombud", qPrintable(type.resource)) << type.kind << samples::asAgent(own);
    }
    const QJsonObject planning = samples::note(NoteKind::Transportplanering);
    QTest::newRow("mottagningsplats som koordinat")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("mottagningsplats"), samples::coordinatePlace());
    QTest::newRow("mottagningsplats som CFAR")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("mottagningsplats"), samples::cfarPlace());
    QTest::newRow("mottagningsplats utomlands")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("mottagningsplats"), samples::foreignPlace());
    QTest::newRow("koordinat utan beskrivning")
        << NoteKind::Transportplanering
        << without(planning, QStringLiteral("uppkomstplats.koordinat.beskrivning"));
    QTest::newRow("cfarNR åtta siffror")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("cfarNR"), QStringLiteral("87654321"));
    QTest::newRow("cfarNR KOMMUN") << NoteKind::Transportplanering
                                   << withValue(planning, QStringLiteral("cfarNR"), QStringLiteral("KOMMUN"));
    QTest::newRow("organisationsnummer med bindestreck och 16")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("verksamhetsutovare"), QStringLiteral("16556000-0167"));
    QTest::newRow("transportör är en enskild firma")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("transportor"), QStringLiteral("121212-1212"));
    QTest::newRow("mottagare är en person")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("nyInnehavare"), QStringLiteral("19121212-1212"));
    QTest::newRow("mottagare med samordningsnummer")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("nyInnehavare"), QStringLiteral("701063-2391"));
    QTest::newRow("mottagare med momsnummer")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("nyInnehavare"), QStringLiteral("DE123456789"));
    QTest::newRow("telefon med landsnummer")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
                     QStringLiteral("+46701234567"));
    QTest::newRow("mängd med tre decimaler")
        << NoteKind::Transportplanering << withValue(planning, QStringLiteral("avfall.mangd"), 20.125);
    QTest::newRow("föregående avfallsId")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("avfall.foregaendeAvfallId"),
                     QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    QTest::newRow("utan referens") << NoteKind::Transportplanering
                                   << without(planning, QStringLiteral("referens"));
    QTest::newRow("tidpunkt utan tidszon")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("tidpunkt"), QStringLiteral("2026-11-26T10:15:00"));
    QTest::newRow("kommunen tidigare innehavare, bara kommun")
        << NoteKind::Behandlingsmottagning
        << withValue(samples::note(NoteKind::Behandlingsmottagning), QStringLiteral("tidigareInnehavare"),
                     QStringLiteral("KOMMUN"));
    QTest::newRow("överlämning med transportsätt")
        << NoteKind::Behandlingsoverlamning
        << withValue(samples::note(NoteKind::Behandlingsoverlamning), QStringLiteral("transportsatt"),
                     QStringLiteral("S"));

    // Waste oil: 13 02 05* calls for the result of recovery; type 01 expects regenerated oil only.
    QJsonObject oil = samples::note(NoteKind::Behandlingsresultat);
    oil = withValue(oil, QStringLiteral("avfall.kod"), QStringLiteral("130205"));
    oil = withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01"));
    oil = withValue(oil, QStringLiteral("mangdRegenerering"), 80.0);
    QTest::newRow("spillolja regenererad") << NoteKind::Behandlingsresultat << oil;
    QTest::newRow("bara material/produkt")
        << NoteKind::Behandlingsresultat
        << without(samples::note(NoteKind::Behandlingsresultat), QStringLiteral("mangdIckeFarligtAvfall"));
}

void TestNoteValidator::validNotes()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    const QList<Problem> problems = validate(kind, note);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
}

void TestNoteValidator::invalidField_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");

    const auto planning = samples::note(NoteKind::Transportplanering);
    const auto agent = samples::asAgent(planning);
    auto row = [](const char *name, NoteKind kind, const QJsonObject &note, const char *path,
                  const char *message, int code) {
        QTest::newRow(name) << kind << note << QString::fromUtf8(path) << QString::fromUtf8(message) << code;
    };
    const NoteKind tp = NoteKind::Transportplanering;
    auto set = [&](const char *path, const QJsonValue &value) {
        return withValue(planning, QString::fromUtf8(path), value);
    };
    auto drop = [&](const char *path) { return without(planning, QString::fromUtf8(path)); };

    // Required fields
    row("tidpunkt saknas", tp, drop("tidpunkt"), "tidpunkt", "Anteckningen gjordes: måste fyllas i", 1031);
    row("verksamhetsutövare saknas", tp, drop("verksamhetsutovare"), "verksamhetsutovare",
        "Organisationsnummer: måste fyllas i", 1021);
    row("verksamhetens namn saknas", tp, drop("verksamhetensNamn"), "verksamhetensNamn",
        "Verksamhetens namn: måste fyllas i", 4027);
    row("kontaktperson saknas", tp, set("verksamhetensKontaktpersonNamn", QStringLiteral("  ")),
        "verksamhetensKontaktpersonNamn", "Kontaktperson: måste fyllas i", 4021);
    row("e-post saknas", tp, drop("verksamhetensKontaktpersonEpost"), "verksamhetensKontaktpersonEpost",
        "E-post: måste fyllas i", 4023);
    row("telefon saknas", tp, drop("verksamhetensKontaktpersonTelefonnummer"),
        "verksamhetensKontaktpersonTelefonnummer", "Telefon: måste fyllas i", 4025);
    row("avfall saknas", tp, drop("avfall"), "avfall", "Avfall: måste fyllas i", 1112);
    row("avfallskod saknas", tp, drop("avfall.kod"), "avfall.kod", "Avfall – Avfallskod: måste fyllas i",
        1112);
    row("mängd saknas", tp, drop("avfall.mangd"), "avfall.mangd", "Avfall – Mängd (kg): måste fyllas i",
        1123);
    row("borttransport saknas", tp, drop("borttransportDatum"), "borttransportDatum",
        "Borttransport: måste fyllas i", 5202);
    row("transportör saknas", tp, drop("transportor"), "transportor", "Transportör: måste fyllas i", 1292);
    row("mottagare saknas", tp, drop("nyInnehavare"), "nyInnehavare",
        "Mottagare (ny innehavare): måste fyllas i", 1252);
    row("mottagningsplats saknas", tp, drop("mottagningsplats"), "mottagningsplats",
        "Mottagningsplats: måste fyllas i", 4101);
    row("transportsätt saknas", tp, drop("transportsatt"), "transportsatt", "Transportsätt: måste fyllas i",
        1131);
    row("uppkomstplats saknas", tp, drop("uppkomstplats"), "uppkomstplats", "Uppkomstplats: måste fyllas i",
        4701);
    row("cfarNR saknas", tp, drop("cfarNR"), "cfarNR", "Verksamhetens CFAR-nummer: måste fyllas i", 4096);
    row("transportsätt saknas i transport", NoteKind::Transport,
        without(samples::note(NoteKind::Transport), QStringLiteral("transportsatt")), "transportsatt",
        "Transportsätt: måste fyllas i", 1131);
    row("tidigare innehavare saknas", NoteKind::Handel,
        without(samples::note(NoteKind::Handel), QStringLiteral("tidigareInnehavare")), "tidigareInnehavare",
        "Tidigare innehavare: måste fyllas i", 1242);
    row("transaktionsdatum saknas", NoteKind::Handel,
        without(samples::note(NoteKind::Handel), QStringLiteral("transaktionsDatum")), "transaktionsDatum",
        "Affären gjordes: måste fyllas i", 1262);
    row("mottagningsdatum saknas", NoteKind::InsamlingsMottagning,
        without(samples::note(NoteKind::InsamlingsMottagning), QStringLiteral("mottagningsDatum")),
        "mottagningsDatum", "Mottaget: måste fyllas i", 1192);
    row("transportstart saknas", NoteKind::Transport,
        without(samples::note(NoteKind::Transport), QStringLiteral("transportStartDatum")),
        "transportStartDatum", "Transporten börjar: måste fyllas i", 1212);

    // Ombud: all or nothing
    row("ombudets namn saknas", tp, without(agent, QStringLiteral("ombudetsNamn")), "ombudetsNamn",
        "Ombudets namn: måste fyllas i", 4031);
    row("ombudets kontaktperson saknas", tp, without(agent, QStringLiteral("ombudetsKontaktpersonNamn")),
        "ombudetsKontaktpersonNamn", "Ombudets kontaktperson: måste fyllas i", 4033);
    row("ombudets e-post saknas", tp, without(agent, QStringLiteral("ombudetsKontaktpersonEpost")),
        "ombudetsKontaktpersonEpost", "Ombudets e-post: måste fyllas i", 4035);
    row("ombudets telefon saknas", tp, without(agent, QStringLiteral("ombudetsKontaktpersonTelefonnummer")),
        "ombudetsKontaktpersonTelefonnummer", "Ombudets telefon: måste fyllas i", 4037);
    row("ombudsfält utan ombud", tp, without(agent, QStringLiteral("ombud")), "ombudetsNamn",
        "Ombudets namn: ska bara fyllas i när ni rapporterar som ombud", 4101);
    row("ombud samma som verksamhetsutövare", tp,
        withValue(agent, QStringLiteral("ombud"), QStringLiteral("5560065087")), "ombud",
        "Ombudets organisationsnummer: är samma som verksamhetsutövaren", 1013);
    row("ombud med fel kontrollsiffra", tp,
        withValue(agent, QStringLiteral("ombud"), QStringLiteral("5560000168")), "ombud",
        "Ombudets organisationsnummer:", 1011);

    // Identity numbers
    row("orgnr fel kontrollsiffra", tp, set("verksamhetsutovare", QStringLiteral("5560000168")),
        "verksamhetsutovare", "Organisationsnummer:", 1022);
    row("orgnr för kort", tp, set("verksamhetsutovare", QStringLiteral("55600001")), "verksamhetsutovare",
        "Organisationsnummer:", 1022);
    row("transportör får inte vara OKÄND", tp, set("transportor", QStringLiteral("OKÄND")), "transportor",
        "Transportör:", 1291);
    row("postnummer saknas i adress", tp, drop("mottagningsplats.adress.postnummer"),
        "mottagningsplats.adress.postnummer", "Mottagningsplats – Adress – Postnummer: måste fyllas i", 4104);
    row("momsnummer fel format", tp, set("nyInnehavare", QStringLiteral("D1")), "nyInnehavare",
        "Mottagare (ny innehavare):", 1251);
    row("OKÄND inte tillåten som mottagare", tp, set("nyInnehavare", QStringLiteral("OKÄND")), "nyInnehavare",
        "Mottagare (ny innehavare):", 1251);
    row("personnummer med omöjligt datum", tp, set("nyInnehavare", QStringLiteral("19121312-1212")),
        "nyInnehavare", "Mottagare (ny innehavare):", 1251);

    // Names, contact data, reference
    row("namn med utropstecken", tp, set("verksamhetensNamn", QStringLiteral("Bilverkstan!")),
        "verksamhetensNamn", "Verksamhetens namn: innehåller tecken", 4028);
    row("namn för långt", tp, set("verksamhetensNamn", QString(251, QLatin1Char('A'))), "verksamhetensNamn",
        "Verksamhetens namn: får vara högst 250 tecken", 4028);
    row("kontaktperson med siffror", tp, set("verksamhetensKontaktpersonNamn", QStringLiteral("Anna 2")),
        "verksamhetensKontaktpersonNamn", "Kontaktperson: ska vara ett namn", 4022);
    row("e-post utan snabel-a", tp,
        set("verksamhetensKontaktpersonEpost", QStringLiteral("anna.testbolaget.se")),
        "verksamhetensKontaktpersonEpost", "E-post: ska vara en e-postadress", 4024);
    row("telefon med parentes", tp,
        set("verksamhetensKontaktpersonTelefonnummer", QStringLiteral("(08) 123 456")),
        "verksamhetensKontaktpersonTelefonnummer", "Telefon: ska vara ett telefonnummer", 4026);
    row("telefon för lång", tp,
        set("verksamhetensKontaktpersonTelefonnummer", QStringLiteral("0812345678901234")),
        "verksamhetensKontaktpersonTelefonnummer", "Telefon: ska vara ett telefonnummer", 4026);
    row("referens med kolon", tp, set("referens", QStringLiteral("Order: 12")), "referens",
        "Egen referens: innehåller tecken", 1042);
    row("referens för lång", tp, set("referens", QString(41, QLatin1Char('x'))), "referens",
        "Egen referens: får vara högst 40 tecken", 1042);
    row("adressrad med semikolon", tp,
        set("mottagningsplats.adress.adressrad", QStringLiteral("Gatan 1; bakom")),
        "mottagningsplats.adress.adressrad", "Mottagningsplats – Adress – Gatuadress: innehåller tecken",
        4103);
    row("koordinatbeskrivning med klammer", tp,
        set("uppkomstplats.koordinat.beskrivning", QStringLiteral("Norr {A}")),
        "uppkomstplats.koordinat.beskrivning", "Uppkomstplats – Koordinat – Beskrivning av platsen:", 4708);

    // Waste and quantity
    row("avfallskod med mellanslag", tp, set("avfall.kod", QStringLiteral("16 06 01")), "avfall.kod",
        "Avfall – Avfallskod: ska vara sex siffror", 1113);
    row("avfallskod okänd", tp, set("avfall.kod", QStringLiteral("999999")), "avfall.kod",
        "finns inte i avfallsförordningens förteckning", 1111);
    row("avfallskod är ett kapitel", tp, set("avfall.kod", QStringLiteral("1606")), "avfall.kod",
        "Avfall – Avfallskod: ska vara sex siffror", 1113);
    row("mängd noll", tp, set("avfall.mangd", 0), "avfall.mangd",
        "Avfall – Mängd (kg): ska vara större än 0 kg", 1121);
    row("mängd negativ", tp, set("avfall.mangd", -3.5), "avfall.mangd", "ska vara större än 0 kg", 1121);
    row("mängd fyra decimaler", tp, set("avfall.mangd", 20.1255), "avfall.mangd",
        "Avfall – Mängd (kg): får ha högst tre decimaler", 1122);
    row("mängd som text", tp, set("avfall.mangd", QStringLiteral("20")), "avfall.mangd",
        "Avfall – Mängd (kg): ska vara ett tal", 1122);
    row("föregående avfallsId fel format", tp, set("avfall.foregaendeAvfallId", QStringLiteral("1234")),
        "avfall.foregaendeAvfallId", "Avfall – Föregående avfallsId: ska vara ett id", 1091);

    // Places
    row("postnummer fyra siffror", tp, set("mottagningsplats.adress.postnummer", QStringLiteral("1164")),
        "mottagningsplats.adress.postnummer", "Mottagningsplats – Adress – Postnummer: ska vara fem siffror",
        4105);
    row("postnummer med mellanslag", tp, set("mottagningsplats.adress.postnummer", QStringLiteral("116 45")),
        "mottagningsplats.adress.postnummer", "ska vara fem siffror", 4105);
    row("kommunkod okänd", tp, set("mottagningsplats.kommunkod", QStringLiteral("0100")),
        "mottagningsplats.kommunkod", "Mottagningsplats – Kommun: 0100 är inte en svensk kommunkod", 1051);
    row("kommunkod tre siffror", tp, set("mottagningsplats.kommunkod", QStringLiteral("180")),
        "mottagningsplats.kommunkod", "ska vara en kommunkod med fyra siffror", 4107);
    row("kommunkod saknas", tp, drop("mottagningsplats.kommunkod"), "mottagningsplats.kommunkod",
        "Mottagningsplats – Kommun: måste fyllas i", 4106);
    row("nordkoordinat utanför Sverige", tp, set("uppkomstplats.koordinat.nposition", 5000000),
        "uppkomstplats.koordinat.nposition",
        "Uppkomstplats – Koordinat – Nordkoordinat (N): ska vara sju siffror", 4709);
    row("ostkoordinat sju siffror", tp, set("uppkomstplats.koordinat.eposition", 1319350),
        "uppkomstplats.koordinat.eposition",
        "Uppkomstplats – Koordinat – Ostkoordinat (E): ska vara sex siffror", 4711);
    row("ostkoordinat saknas", tp, drop("uppkomstplats.koordinat.eposition"),
        "uppkomstplats.koordinat.eposition", "måste fyllas i", 4712);
    row("plats både adress och koordinat", tp,
        set("mottagningsplats.koordinat", samples::coordinatePlace().value(QStringLiteral("koordinat"))),
        "mottagningsplats", "Mottagningsplats: ange platsen på ett sätt", 4100);
    row("plats bara kommun", tp, set("mottagningsplats", samples::municipalityOnlyPlace()),
        "mottagningsplats",
        "Mottagningsplats: ange adress, koordinat, CFAR-nummer eller land, inte bara kommun", 4102);
    row("bara kommun när innehavaren är känd", NoteKind::Behandlingsmottagning,
        withValue(samples::note(NoteKind::Behandlingsmottagning), QStringLiteral("tidigareInnehavare"),
                  QStringLiteral("5560065087")),
        "senasteHanteringsplats", "Bara kommun räcker när tidigare innehavare är OKÄND eller KOMMUN", 4602);
    row("plats CFAR sju siffror", tp,
        set("mottagningsplats",
            withValue(samples::cfarPlace(), QStringLiteral("cfarNR"), QStringLiteral("1234567"))),
        "mottagningsplats.cfarNR", "Mottagningsplats – CFAR-nummer: ska vara åtta siffror", 4113);
    row("land SE", tp,
        set("mottagningsplats",
            withValue(samples::foreignPlace(), QStringLiteral("land"), QStringLiteral("SE"))),
        "mottagningsplats.land", "Mottagningsplats – Land: SE ska inte anges", 1702);
    row("land okänt", tp,
        set("mottagningsplats",
            withValue(samples::foreignPlace(), QStringLiteral("land"), QStringLiteral("XX"))),
        "mottagningsplats.land", "XX är inte en landskod", 1701);
    row("land med små bokstäver", tp,
        set("mottagningsplats",
            withValue(samples::foreignPlace(), QStringLiteral("land"), QStringLiteral("no"))),
        "mottagningsplats.land", "ska vara en landskod med två stora bokstäver", 1701);

    // cfarNR in Transportplanering, transport mode
    row("cfarNR ogiltigt ord", tp, set("cfarNR", QStringLiteral("OKÄND")), "cfarNR",
        "Verksamhetens CFAR-nummer: ska vara åtta siffror, eller SAKNAS", 4095);
    row("transportsätt okänt", tp, set("transportsatt", QStringLiteral("X")), "transportsatt",
        "Transportsätt: X är inte ett transportsätt", 1132);

    // Dates
    row("tidpunkt i framtiden", tp, set("tidpunkt", QStringLiteral("2026-11-27T12:30:00+01:00")), "tidpunkt",
        "Anteckningen gjordes: ligger i framtiden", 1032);
    row("tidpunkt ogiltig", tp, set("tidpunkt", QStringLiteral("26/11/2026")), "tidpunkt",
        "Anteckningen gjordes: ska vara datum och tid", 1032);
    row("mottagning i framtiden", NoteKind::InsamlingsMottagning,
        withValue(samples::note(NoteKind::InsamlingsMottagning), QStringLiteral("mottagningsDatum"),
                  QStringLiteral("2026-11-29T10:00:00+01:00")),
        "mottagningsDatum", "Mottaget: ligger i framtiden", 1191);
    row("mottagning efter anteckningen", NoteKind::Behandlingsmottagning,
        withValue(samples::note(NoteKind::Behandlingsmottagning), QStringLiteral("mottagningsDatum"),
                  QStringLiteral("2026-11-27T09:00:00+01:00")),
        "mottagningsDatum", "Mottaget: är senare än när anteckningen gjordes", 1191);

    // Behandlingsresultat
    const auto result = samples::note(NoteKind::Behandlingsresultat);
    const NoteKind br = NoteKind::Behandlingsresultat;
    auto res = [&](const char *path, const QJsonValue &value) {
        return withValue(result, QString::fromUtf8(path), value);
    };
    row("kvartal 5", br, res("rapporteringskvartalNr", 5), "rapporteringskvartalNr",
        "Kvartal: ska vara 1, 2, 3 eller 4", 5021);
    row("kvartal i framtiden", br, res("rapporteringsar", 2027), "rapporteringsar",
        "År: ska vara ett år från 2020 till i år", 5011);
    row("kvartalet har inte börjat", br, res("rapporteringskvartalNr", 4), "", "",
        0); // Q4 2026 has begun: valid, checked below
    row("år saknas", br, without(result, QStringLiteral("rapporteringsar")), "rapporteringsar",
        "År: måste fyllas i", 5012);
    row("inga behandlingar", br, res("behandlingar", QJsonArray()), "behandlingar",
        "Behandlingar: ange minst en behandlingsmetod", 5100);
    row("metod okänd", br, res("behandlingar[0].kod", QStringLiteral("R14")), "behandlingar[0].kod",
        "Behandlingar – Behandlingsmetod: R14 finns inte bland metoderna", 1148);
    row("metod inte R eller D", br, res("behandlingar[0].kod", QStringLiteral("X1")), "behandlingar[0].kod",
        "ska vara en R-kod eller D-kod", 1145);
    row("underkod som inte hör till metoden", br, res("behandlingar[0].underkod", QStringLiteral("B")),
        "behandlingar[0].underkod", "Behandlingar – Underkod: B går inte ihop med R4", 4062);
    row("underkod saknas", br, without(result, QStringLiteral("behandlingar[0].underkod")),
        "behandlingar[0].underkod", "Behandlingar – Underkod: välj vilken sorts R4-behandling", 4063);
    row("behandling två gånger", br,
        res("behandlingar[1]", QJsonObject{{QStringLiteral("kod"), QStringLiteral("R4")},
                                           {QStringLiteral("underkod"), QStringLiteral("A")}}),
        "behandlingar[1]", "finns redan i listan", 5102);
    row("ingen mängd efter behandling", br,
        without(without(result, QStringLiteral("mangdIckeFarligtAvfall")),
                QStringLiteral("mangdMaterialProdukt")),
        "mangdIckeFarligtAvfall", "fyll i mängden icke-farligt avfall eller mängden material/produkt", 1302);
    row("mängd icke farligt noll", br, res("mangdIckeFarligtAvfall", 0), "mangdIckeFarligtAvfall",
        "ska vara större än 0 kg", 1301);
    row("spillolja utan resultattyp", br, res("avfall.kod", QStringLiteral("130205")),
        "atervinningsresultattypkod", "Typ av återvinningsresultat: måste fyllas i", 1512);
    auto oil = withValue(res("avfall.kod", QStringLiteral("130205")),
                         QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01"));
    row("spillolja utan regenererad mängd", br, oil, "mangdRegenerering",
        "Regenererad mängd (kg): måste fyllas i", 1522);
    row("spillolja med mängd som typen inte väntar", br,
        withValue(withValue(oil, QStringLiteral("mangdRegenerering"), 5.0),
                  QStringLiteral("mangdEnergiatervinning"), 2.0),
        "mangdEnergiatervinning", "Energiåtervinning (kg): ska inte anges", 1544);
    row("resultattyp för annat än spillolja", br, res("atervinningsresultattypkod", QStringLiteral("01")),
        "atervinningsresultattypkod", "anges bara för avfallskoder som kräver resultat av återvinning", 1511);
    row("oljemängd för annat än spillolja", br, res("mangdRegenerering", 3.0), "mangdRegenerering",
        "anges bara för spillolja", 1524);
    row("resultattyp okänd", br,
        withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("99")),
        "atervinningsresultattypkod", "99 finns inte i listan", 1513);

    // Fields the contract does not know
    row("okänt fält", tp, set("kommentar", QStringLiteral("hej")), "kommentar",
        "Fältet \"kommentar\" finns inte i Transportplanering", 1000);
    row("okänt fält i plats", tp, set("mottagningsplats.gata", QStringLiteral("x")), "mottagningsplats.gata",
        "Fältet \"gata\" finns inte i Plats", 1000);
    row("fältnamn med fel skiftläge", NoteKind::Behandlingsmottagning,
        withValue(
            without(samples::note(NoteKind::Behandlingsmottagning), QStringLiteral("senasteHanteringsplats")),
            QStringLiteral("senasteHanteringsPlats"), samples::addressPlace()),
        "senasteHanteringsPlats", "finns inte i Behandlingsmottagning", 1000);
}

void TestNoteValidator::invalidField()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(int, code);
    const QList<Problem> problems = validate(kind, note);
    if (path.isEmpty()) {
        QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        return;
    }
    const auto match = std::find_if(problems.cbegin(), problems.cend(),
                                    [&](const Problem &problem) { return problem.path == path; });
    QVERIFY2(match != problems.cend(),
             qPrintable(QStringLiteral("no problem at %1; got:\n%2").arg(path, describe(problems))));
    QVERIFY2(match->message.contains(message), qPrintable(match->message));
    QVERIFY(match->isError());
    QCOMPARE(match->registerCode, code);
}

void TestNoteValidator::newWasteCodeDependsOnTheNoteDate()
{
    // 16 06 07* (a new battery code) exists only in the wording from 2026-12-09.
    NoteValidator validator;
    validator.setClock([] { return QDateTime(QDate(2026, 12, 11), QTime(12, 0), QTimeZone(3600)); });
    QJsonObject note = withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("avfall.kod"),
                                 QStringLiteral("160607"));
    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-01T10:00:00+01:00"));
    QList<Problem> problems = validator.validate(NoteKind::Transportplanering, note);
    QVERIFY(hasErrors(problems));
    QCOMPARE(problems.first().path, QStringLiteral("avfall.kod"));
    QVERIFY2(problems.first().message.contains(QStringLiteral("gäller inte den")),
             qPrintable(problems.first().message));

    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T10:00:00+01:00"));
    problems = validator.validate(NoteKind::Transportplanering, note);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));

    // 16 06 05 was removed: accepted before, refused after.
    note = withValue(note, QStringLiteral("avfall.kod"), QStringLiteral("160605"));
    QVERIFY(hasErrors(validator.validate(NoteKind::Transportplanering, note)));
}

void TestNoteValidator::warningsDoNotBlock()
{
    // A transport noted after it started is late, not invalid: the report should still go in.
    QJsonObject note =
        withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("borttransportDatum"),
                  QStringLiteral("2026-11-24T08:00:00+01:00"));
    QList<Problem> problems = validate(NoteKind::Transportplanering, note);
    QVERIFY(!hasErrors(problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, QStringLiteral("borttransportDatum"));
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);

    // A non-hazardous code is allowed, with a warning.
    note = withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("avfall.kod"),
                     QStringLiteral("170101"));
    problems = validate(NoteKind::Transportplanering, note);
    QVERIFY(!hasErrors(problems));
    QVERIFY(problems.first().message.contains(QStringLiteral("inte farligt avfall")));
}

void TestNoteValidator::cancellation()
{
    NoteValidator validator;
    const QJsonObject valid{
        {QStringLiteral("avfallsId"), QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301")},
        {QStringLiteral("makuleringsorsak"), QStringLiteral("SkickatDubbelt")}};
    QVERIFY(validator.validateCancellation(valid).isEmpty());
    QCOMPARE(validator
                 .validateCancellation(
                     withValue(valid, QStringLiteral("makuleringsorsak"), QStringLiteral("Ånger")))
                 .first()
                 .path,
             QStringLiteral("makuleringsorsak"));
    QCOMPARE(
        validator.validateCancellation(withValue(valid, QStringLiteral("avfallsId"), QStringLiteral("x")))
            .first()
            .registerCode,
        1118);
    QCOMPARE(
        validator.validateCancellation(withValue(valid, QStringLiteral("orsakstext"), QStringLiteral("x")))
            .first()
            .path,
        QStringLiteral("orsakstext"));
}

QTEST_GUILESS_MAIN(TestNoteValidator)
#include "tst_notevalidator.moc"
