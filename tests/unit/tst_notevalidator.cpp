#include "core/fieldcatalogue.h"
#include "core/notevalidator.h"
#include "tests/support/samplenotes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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
    void contractRules_data();
    void contractRules();
    void oneClearMessage_data();
    void oneClearMessage();
    void noteDate_data();
    void noteDate();
    void wasteCodeListOnTheEventDay_data();
    void wasteCodeListOnTheEventDay();
    void registersListDecides_data();
    void registersListDecides();
    void sandboxJudgesByTodaysList();
    void listFetchedBeforeTheChangeNoLongerDecides();
    void singleValue_data();
    void singleValue();

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
    QTest::newRow("uppkomstplats som CFAR")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("uppkomstplats"), samples::cfarPlace());
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
    row("avfallskod okänd", tp, set("avfall.kod", QStringLiteral("999999")), "avfall.kod",
        "finns inte i avfallsförordningens förteckning", 1111);
    row("avfallskod är ett kapitel", tp, set("avfall.kod", QStringLiteral("1606")), "avfall.kod",
        "Avfall – Avfallskod: ska vara sex siffror", 1113);
    row("mängd noll", tp, set("avfall.mangd", 0), "avfall.mangd",
        "Avfall – Mängd (kg): ska vara större än 0 kg", 1121);
    row("mängd negativ", tp, set("avfall.mangd", -3.5), "avfall.mangd", "ska vara större än 0 kg", 1121);
    row("mängd fyra decimaler", tp, set("avfall.mangd", 20.1255), "avfall.mangd",
        "Avfall – Mängd (kg): får ha högst tre decimaler", 1122);
    row("föregående avfallsId fel format", tp, set("avfall.foregaendeAvfallId", QStringLiteral("1234")),
        "avfall.foregaendeAvfallId", "Avfall – Föregående avfallsId: ska vara ett id", 1091);

    // Places
    row("postnummer fyra siffror", tp, set("mottagningsplats.adress.postnummer", QStringLiteral("1164")),
        "mottagningsplats.adress.postnummer", "Mottagningsplats – Adress – Postnummer: ska vara fem siffror",
        4105);
    row("kommunkod okänd", tp, set("mottagningsplats.kommunkod", QStringLiteral("0100")),
        "mottagningsplats.kommunkod", "Mottagningsplats – Kommun: 0100 är inte en svensk kommunkod", 1051);
    row("kommunkod tre siffror", tp, set("mottagningsplats.kommunkod", QStringLiteral("180")),
        "mottagningsplats.kommunkod", "ska vara en kommunkod med fyra siffror", 4107);
    row("kommunkod saknas", tp, drop("mottagningsplats.kommunkod"), "mottagningsplats.kommunkod",
        "Mottagningsplats – Kommun: måste fyllas i", 4106);
    row("ostkoordinat sju siffror", tp, set("uppkomstplats.koordinat.eposition", 1319350),
        "uppkomstplats.koordinat.eposition",
        "Uppkomstplats – Koordinat – Ostkoordinat (E): ska vara sex siffror", 4711);
    row("ostkoordinat saknas", tp, drop("uppkomstplats.koordinat.eposition"),
        "uppkomstplats.koordinat.eposition", "måste fyllas i", 4712);
    row("plats bara kommun", tp, set("mottagningsplats", samples::municipalityOnlyPlace()),
        "mottagningsplats", "Mottagningsplats: ange adress, koordinat eller land, inte bara kommun", 4102);
    row("bara kommun när innehavaren är känd", NoteKind::Behandlingsmottagning,
        withValue(samples::note(NoteKind::Behandlingsmottagning), QStringLiteral("tidigareInnehavare"),
                  QStringLiteral("5560065087")),
        "senasteHanteringsplats", "Bara kommun räcker när tidigare innehavare är OKÄND eller KOMMUN", 4602);
    row("plats CFAR sju siffror", tp,
        set("uppkomstplats",
            withValue(samples::cfarPlace(), QStringLiteral("cfarNR"), QStringLiteral("1234567"))),
        "uppkomstplats.cfarNR", "Uppkomstplats – CFAR-nummer: ska vara åtta siffror", 4713);
    row("land SE", tp,
        set("mottagningsplats",
            withValue(samples::foreignPlace(), QStringLiteral("land"), QStringLiteral("SE"))),
        "mottagningsplats.land", "Mottagningsplats – Land: SE ska inte anges", 1702);
    row("land okänt", tp,
        set("mottagningsplats",
            withValue(samples::foreignPlace(), QStringLiteral("land"), QStringLiteral("XX"))),
        "mottagningsplats.land", "XX är inte en landskod", 1701);

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
    auto oil = withValue(res("avfall.kod", QStringLiteral("130205")),
                         QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01"));
    row("resultattyp okänd", br,
        withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("99")),
        "atervinningsresultattypkod", "99 finns inte i listan", 1513);
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
    note = withValue(note, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-02T10:00:00+01:00"));
    QList<Problem> problems = validator.validate(NoteKind::Transportplanering, note);
    QVERIFY(hasErrors(problems));
    QCOMPARE(problems.first().path, QStringLiteral("avfall.kod"));
    QVERIFY2(problems.first().message.contains(QStringLiteral("gäller inte den")),
             qPrintable(problems.first().message));

    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T10:00:00+01:00"));
    note = withValue(note, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-11T08:00:00+01:00"));
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

// ---- Issue 13: the contract, exactly (one or more rows per numbered item; each failed before)

namespace {
enum class Expect
{
    Valid,   // no error anywhere (warnings allowed)
    Error,   // an error at path with the code
    Warning, // a warning at path, and no error anywhere
};

QString listed(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << QStringLiteral("%1 [%2 %3]: %4")
                     .arg(problem.path, problem.isError() ? QStringLiteral("fel") : QStringLiteral("varning"))
                     .arg(problem.registerCode)
                     .arg(problem.message);
    return lines.join(QLatin1Char('\n'));
}

// Empty when the problems are what a row expects (code -1: any code); otherwise what differs.
QString unexpected(const QList<Problem> &problems, Expect expect, const QString &path, int code,
                   const QString &message)
{
    if (hasErrors(problems) != (expect == Expect::Error))
        return QStringLiteral("expected %1 error; got:\n%2")
            .arg(expect == Expect::Error ? QStringLiteral("an") : QStringLiteral("no"), listed(problems));
    if (expect == Expect::Valid)
        return {};
    const auto match = std::find_if(problems.cbegin(), problems.cend(), [&](const Problem &problem) {
        return problem.path == path && problem.isError() == (expect == Expect::Error);
    });
    if (match == problems.cend())
        return QStringLiteral("nothing at %1; got:\n%2").arg(path, listed(problems));
    if (!match->message.contains(message) || (code >= 0 && match->registerCode != code))
        return QStringLiteral("expected code %1 and \"%2\"; got:\n%3")
            .arg(code)
            .arg(message, listed(problems));
    return {};
}
} // namespace
Q_DECLARE_METATYPE(Expect)

namespace {
// The columns of a row that expects a result of a whole note (see unexpected()).
void addExpectationColumns()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
}
} // namespace

void TestNoteValidator::contractRules_data()
{
    addExpectationColumns();

    const NoteKind tp = NoteKind::Transportplanering;
    const NoteKind br = NoteKind::Behandlingsresultat;
    const QJsonObject planning = samples::note(tp);
    const QJsonObject result = samples::note(br);
    auto set = [](QJsonObject note, const char *path, const QJsonValue &value) {
        return withValue(std::move(note), QString::fromUtf8(path), value);
    };
    auto row = [](const char *name, NoteKind kind, const QJsonObject &note, Expect expect,
                  const char *path = "", int code = 0, const char *message = "") {
        QTest::newRow(name) << kind << note << expect << QString::fromUtf8(path) << code
                            << QString::fromUtf8(message);
    };

    // 1. Quantities: the decimals of the number as sent, whatever its size.
    row("1: 1000.0004 kg", tp, set(planning, "avfall.mangd", 1000.0004), Expect::Error, "avfall.mangd", 1122,
        "högst tre decimaler");
    row("1: 500.1234 kg", tp, set(planning, "avfall.mangd", 500.1234), Expect::Error, "avfall.mangd", 1122,
        "500.1234 har 4");
    row("1: 100.0004 kg", tp, set(planning, "avfall.mangd", 100.0004), Expect::Error, "avfall.mangd", 1122);
    row("1: 0.0001 kg", tp, set(planning, "avfall.mangd", 0.0001), Expect::Error, "avfall.mangd", 1122);
    row("1: 1234567.125 kg", tp, set(planning, "avfall.mangd", 1234567.125), Expect::Valid);
    row("1: 98765.001 kg", tp, set(planning, "avfall.mangd", 98765.001), Expect::Valid);
    row("1: icke-farligt 2500.0005 kg", br, set(result, "mangdIckeFarligtAvfall", 2500.0005), Expect::Error,
        "mangdIckeFarligtAvfall", 1302, "högst tre decimaler");

    // 2. tidpunkt inside the register's lifetime (1032).
    row("2: tidpunkt år 0001", tp, set(planning, "tidpunkt", QStringLiteral("0001-01-01T00:00:00+00:00")),
        Expect::Error, "tidpunkt", 1032, "före den 1 november 2020");
    row("2: tidpunkt år 1900", tp, set(planning, "tidpunkt", QStringLiteral("1900-06-01T12:00:00+01:00")),
        Expect::Error, "tidpunkt", 1032, "avfallsregistret startade");
    row("2: tidpunkt dagen före registret", tp,
        set(planning, "tidpunkt", QStringLiteral("2020-10-31T23:30:00+01:00")), Expect::Error, "tidpunkt",
        1032);
    row("2: tidpunkt registrets första dag", tp,
        set(planning, "tidpunkt", QStringLiteral("2020-11-01T00:00:00+01:00")), Expect::Valid);

    // 3. Country codes: the ISO 3166-1 list, not Qt's territories.
    const NoteKind bo = NoteKind::Behandlingsoverlamning;
    const QJsonObject handover = samples::note(bo);
    for (const char *code : {"EU", "XK", "QO", "AC", "EA", "IC"}) {
        QTest::addRow("3: land %s", code)
            << bo << set(handover, "mottagningsplats.land", QString::fromLatin1(code)) << Expect::Error
            << QStringLiteral("mottagningsplats.land") << 1701 << QStringLiteral("ISO 3166-1");
    }
    row("3: land AX (Åland)", bo, set(handover, "mottagningsplats.land", QStringLiteral("AX")),
        Expect::Valid);

    // 4. CFAR per place: only where the register has a CfarNr code (4513, 4613, 4713).
    row("4: CFAR för mottagningsplats", tp, set(planning, "mottagningsplats", samples::cfarPlace()),
        Expect::Error, "mottagningsplats.cfarNR", 4100, "registret tar CFAR-nummer bara för");
    row("4: felaktigt CFAR för mottagningsplats", tp,
        set(planning, "mottagningsplats", set(samples::cfarPlace(), "cfarNR", QStringLiteral("1234567"))),
        Expect::Error, "mottagningsplats.cfarNR", 4100);
    row("4: CFAR för kommande hanteringsplats", NoteKind::InsamlingsMottagning,
        set(samples::note(NoteKind::InsamlingsMottagning), "kommandeHanteringsPlats", samples::cfarPlace()),
        Expect::Error, "kommandeHanteringsPlats.cfarNR", 4200);
    row("4: CFAR för behandlingsplats", NoteKind::Behandlingsmottagning,
        set(samples::note(NoteKind::Behandlingsmottagning), "behandlingsPlats", samples::cfarPlace()),
        Expect::Error, "behandlingsPlats.cfarNR", 4300);
    row("4: felaktigt CFAR för startplats", NoteKind::Transport,
        set(samples::note(NoteKind::Transport), "transportStartplats",
            set(samples::cfarPlace(), "cfarNR", QStringLiteral("12"))),
        Expect::Error, "transportStartplats.cfarNR", 4400);
    row("4: felaktigt CFAR för slutplats", NoteKind::Transport,
        set(samples::note(NoteKind::Transport), "transportSlutplats.cfarNR", QStringLiteral("12")),
        Expect::Error, "transportSlutplats.cfarNR", 4513);
    row("4: CFAR för senaste hanteringsplats", NoteKind::Behandlingsmottagning,
        set(set(samples::note(NoteKind::Behandlingsmottagning), "senasteHanteringsplats",
                samples::cfarPlace()),
            "tidigareInnehavare", QStringLiteral("5560065087")),
        Expect::Valid);

    // 5. OKÄND and KOMMUN only in notes with a place they can stand for.
    const QJsonObject deal = samples::note(NoteKind::Handel);
    row("5: Handel med OKÄND", NoteKind::Handel, set(deal, "tidigareInnehavare", QStringLiteral("OKÄND")),
        Expect::Error, "tidigareInnehavare", 1241, "OKÄND kan inte anges här");
    row("5: Handel med KOMMUN", NoteKind::Handel, set(deal, "tidigareInnehavare", QStringLiteral("kommun")),
        Expect::Error, "tidigareInnehavare", 1241, "KOMMUN kan inte anges här");
    row("5: Transport med OKÄND och bara kommun", NoteKind::Transport,
        set(set(samples::note(NoteKind::Transport), "tidigareInnehavare", QStringLiteral("OKÄND")),
            "transportStartplats", samples::municipalityOnlyPlace()),
        Expect::Valid);

    // 6. Waste oil, type 12 "Annat": the quantities may be given, the specification must.
    QJsonObject oil = set(result, "avfall.kod", QStringLiteral("130205"));
    oil = set(oil, "atervinningsresultattypkod", QStringLiteral("12"));
    oil = set(oil, "specifikationAnnan", QStringLiteral("Blandad behandling"));
    row("6: typ 12 med en mängd", br, set(oil, "mangdRegenerering", 80.0), Expect::Valid);
    row("6: typ 12 med två mängder", br,
        set(set(oil, "mangdEnergiatervinning", 10.0), "mangdBortskaffande", 2.5), Expect::Valid);
    row("6: typ 12 med mängd 0", br, set(set(oil, "mangdRegenerering", 80.0), "mangdEnergiatervinning", 0),
        Expect::Error, "mangdEnergiatervinning", 1543, "större än 0");

    // 7. Which codes call for a recovery result is our inference until the register's list is in.
    row("7: spillolja utan resultattyp", br, set(result, "avfall.kod", QStringLiteral("130205")),
        Expect::Warning, "atervinningsresultattypkod", 1512, "registrets lista är inte hämtad");
    row("7: resultattyp för annat än spillolja", br,
        set(result, "atervinningsresultattypkod", QStringLiteral("01")), Expect::Warning,
        "atervinningsresultattypkod", 1511, "anges bara för avfallskoder");
    row("7: oljemängd för annat än spillolja", br, set(result, "mangdRegenerering", 3.0), Expect::Warning,
        "mangdRegenerering", 1524, "anges bara för spillolja");

    // 8. A place abroad is land alone.
    row("8: Norge utan kommun", bo, handover, Expect::Valid);
    row("8: land bredvid kommun", bo, set(handover, "mottagningsplats.kommunkod", QStringLiteral("1780")),
        Expect::Error, "mottagningsplats.land", 1705, "utan kommun");
    row("8: land bredvid adress", bo,
        set(handover, "mottagningsplats.adress", samples::addressPlace().value(QStringLiteral("adress"))),
        Expect::Error, "mottagningsplats", 4100, "För en plats utomlands anges bara landet");
    row("8: tom plats", tp, set(planning, "mottagningsplats", QJsonObject()), Expect::Error,
        "mottagningsplats.kommunkod", 4106, "För en plats utomlands anges landet");

    // 9. Identity lengths after normalising.
    row("9: belgiskt momsnummer med punkter", tp,
        set(planning, "nyInnehavare", QStringLiteral("BE 0123.456.789")), Expect::Valid);
    row("9: nederländskt momsnummer med mellanslag", tp,
        set(planning, "transportor", QStringLiteral("NL 8594 21 733 B01")), Expect::Valid);

    // 10. Phone separators are the contract's [-\s].
    row("10: telefon med tabb", tp,
        set(planning, "verksamhetensKontaktpersonTelefonnummer", QStringLiteral("08\t123 456 78")),
        Expect::Valid);
    row("10: telefon med hårt mellanslag", tp,
        set(planning, "verksamhetensKontaktpersonTelefonnummer",
            QStringLiteral("08\u00A0123\u00A0456\u00A078")),
        Expect::Valid);

    // 11. Digit counts are the contract's; Sweden's extent and the first digit are ours: warnings.
    row("11: integrationsguidens koordinat", tp,
        set(set(planning, "uppkomstplats.koordinat.nposition", 1234567), "uppkomstplats.koordinat.eposition",
            123456),
        Expect::Warning, "uppkomstplats.koordinat.nposition", 0, "utanför Sverige");
    row("11: ostkoordinat utanför Sverige", tp, set(planning, "uppkomstplats.koordinat.eposition", 123456),
        Expect::Warning, "uppkomstplats.koordinat.eposition", 0, "utanför Sverige");
    row("11: nordkoordinat åtta siffror", tp, set(planning, "uppkomstplats.koordinat.nposition", 12345678),
        Expect::Error, "uppkomstplats.koordinat.nposition", 4709, "sju siffror");
    row("11: postnummer 01103", tp,
        set(planning, "mottagningsplats.adress.postnummer", QStringLiteral("01103")), Expect::Warning,
        "mottagningsplats.adress.postnummer", 0, "ser inte ut som ett svenskt postnummer");

    // 12. Hand-written JSON: what ASP.NET Core binds is taken, with a warning.
    QJsonObject pascal = without(planning, QStringLiteral("mottagningsplats"));
    pascal.insert(QStringLiteral("Mottagningsplats"), samples::addressPlace());
    row("12: PascalCase", tp, pascal, Expect::Warning, "mottagningsplats", 0, "Registret godtar det");
    row("12: okänt fält", tp, set(planning, "kommentar", QStringLiteral("hej")), Expect::Warning, "kommentar",
        0, "Registret bortser från det");
    row("12: okänt fält i plats", tp, set(planning, "mottagningsplats.gata", QStringLiteral("x")),
        Expect::Warning, "mottagningsplats.gata", 0, "finns inte i Plats");
    row("12: mängd som text", tp, set(planning, "avfall.mangd", QStringLiteral("120.5")), Expect::Warning,
        "avfall.mangd", 0, "skickas som tal");
    row("12: kvartal som text", br, set(result, "rapporteringskvartalNr", QStringLiteral("3")),
        Expect::Warning, "rapporteringskvartalNr", 0, "skickas som tal");
    row("12: plats på två sätt", tp,
        set(planning, "mottagningsplats.koordinat",
            samples::coordinatePlace().value(QStringLiteral("koordinat"))),
        Expect::Warning, "mottagningsplats", 0, "anges på flera sätt");
    QJsonObject twice = planning;
    twice.insert(QStringLiteral("Avfall"), planning.value(QStringLiteral("avfall")));
    row("12: samma fält två gånger", tp, twice, Expect::Error, "avfall", 1000, "flera gånger");
    row("12: mängd med decimalkomma som text", tp, set(planning, "avfall.mangd", QStringLiteral("120,5")),
        Expect::Error, "avfall.mangd", 1122, "ska vara ett tal");

    // 13. Order of events: moments, not calendar days; the law's order is a warning.
    const NoteKind im = NoteKind::InsamlingsMottagning;
    QJsonObject receipt = set(samples::note(im), "tidpunkt", QStringLiteral("2026-11-25T23:05:00+00:00"));
    row("13: mottagning 15 minuter före, annan tidszon", im,
        set(receipt, "mottagningsDatum", QStringLiteral("2026-11-26T00:50:00+02:00")), Expect::Valid);
    row("13: affär dagen efter", NoteKind::Handel,
        set(deal, "transaktionsDatum", QStringLiteral("2026-11-27")), Expect::Warning, "transaktionsDatum", 0,
        "senare än när anteckningen gjordes");
    row("13: mottagning efter anteckningen", im,
        set(samples::note(im), "mottagningsDatum", QStringLiteral("2026-11-26T11:00:00+01:00")),
        Expect::Warning, "mottagningsDatum", 0, "senare än när anteckningen gjordes");
    row("13: mottagning i framtiden", im,
        set(samples::note(im), "mottagningsDatum", QStringLiteral("2026-11-29T10:00:00+01:00")),
        Expect::Warning, "mottagningsDatum", 0, "ligger i framtiden");

    // 16. The postcode as the help writes it.
    row("16: postnummer 116 45", tp,
        set(planning, "mottagningsplats.adress.postnummer", QStringLiteral("116 45")), Expect::Valid);

    // 17. Messages that say what is wrong, and text as people type it.
    row("17: metod r4", br, set(result, "behandlingar[0].kod", QStringLiteral("r4")), Expect::Valid);
    row("17: O’Brien", tp,
        set(planning, "verksamhetensKontaktpersonNamn", QStringLiteral("Sean O\u2019Brien")), Expect::Valid);
    row("17: citattecken i namn", tp,
        set(planning, "verksamhetensKontaktpersonNamn", QStringLiteral("Anna \u201CBosse\u201D Berg")),
        Expect::Error, "verksamhetensKontaktpersonNamn", 4022,
        "tecken som registret inte godtar: \u201C \u201D");
    row("17: Å i två delar", tp, set(planning, "verksamhetensNamn", QStringLiteral("A\u030Akeriet AB")),
        Expect::Valid);
    row("17: Å i två delar i kontaktperson", tp,
        set(planning, "verksamhetensKontaktpersonNamn", QStringLiteral("A\u030Asa Berg")), Expect::Valid);
    row("17: telefon 08", tp, set(planning, "verksamhetensKontaktpersonTelefonnummer", QStringLiteral("08")),
        Expect::Warning, "verksamhetensKontaktpersonTelefonnummer", 0, "har bara 2 siffror");
    row("17: telefonens regel i felet", tp,
        set(planning, "verksamhetensKontaktpersonTelefonnummer", QStringLiteral("08-123 45x")), Expect::Error,
        "verksamhetensKontaktpersonTelefonnummer", 4026, "2–12 siffror");
}

void TestNoteValidator::contractRules()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(Expect, expect);
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString mismatch = unexpected(validate(kind, note), expect, path, code, message);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestNoteValidator::oneClearMessage_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("notInMessage");

    QJsonObject oil = withValue(samples::note(NoteKind::Behandlingsresultat), QStringLiteral("avfall.kod"),
                                QStringLiteral("130205"));
    QTest::newRow("17: resultattyp som tal")
        << NoteKind::Behandlingsresultat << withValue(oil, QStringLiteral("atervinningsresultattypkod"), 1)
        << QStringLiteral("atervinningsresultattypkod") << QStringLiteral("ska vara text inom citattecken")
        << QStringLiteral("måste fyllas i");
    QTest::newRow("17: citattecken skylls inte på siffror")
        << NoteKind::Transportplanering
        << withValue(samples::note(NoteKind::Transportplanering),
                     QStringLiteral("verksamhetensKontaktpersonNamn"),
                     QStringLiteral("Anna \u201CBosse\u201D Berg"))
        << QStringLiteral("verksamhetensKontaktpersonNamn") << QStringLiteral("\u201C")
        << QStringLiteral("utan siffror");
    QTest::newRow("17: utropstecken i företagsnamn")
        << NoteKind::Transportplanering
        << withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("verksamhetensNamn"),
                     QStringLiteral("Bilverkstan!"))
        << QStringLiteral("verksamhetensNamn") << QStringLiteral("godtar: !")
        << QStringLiteral("utan siffror");
    QTest::newRow("17: telefonen 3–12 siffror sägs inte")
        << NoteKind::Transportplanering
        << withValue(samples::note(NoteKind::Transportplanering),
                     QStringLiteral("verksamhetensKontaktpersonTelefonnummer"), QStringLiteral("(08) 123"))
        << QStringLiteral("verksamhetensKontaktpersonTelefonnummer") << QStringLiteral("2–12 siffror")
        << QStringLiteral("med 3–12 siffror");
}

void TestNoteValidator::oneClearMessage()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QString, notInMessage);
    QList<Problem> atPath;
    for (const Problem &problem : validate(kind, note)) {
        if (problem.path == path)
            atPath << problem;
    }
    QVERIFY2(atPath.size() == 1, qPrintable(describe(atPath)));
    QVERIFY2(atPath.first().message.contains(message), qPrintable(atPath.first().message));
    QVERIFY2(!atPath.first().message.contains(notInMessage), qPrintable(atPath.first().message));
}

void TestNoteValidator::noteDate_data()
{
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<QDate>("date");
    const QJsonObject planning = samples::note(NoteKind::Transportplanering);
    // 14. The note's own offset decides the day (+14:00: no machine's local day agrees).
    QTest::newRow("14: tidpunkt +14:00") << without(withValue(planning, QStringLiteral("tidpunkt"),
                                                              QStringLiteral("2026-12-09T05:00:00+14:00")),
                                                    QStringLiteral("borttransportDatum"))
                                         << QDate(2026, 12, 9);
    QTest::newRow("14: tidpunkt -10:00") << without(withValue(planning, QStringLiteral("tidpunkt"),
                                                              QStringLiteral("2026-12-08T20:00:00-10:00")),
                                                    QStringLiteral("borttransportDatum"))
                                         << QDate(2026, 12, 8);
    // 15. The event decides the wording, not the day the note was written down.
    QTest::newRow("15: borttransportens dag")
        << withValue(
               withValue(planning, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00")),
               QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-08T07:00:00+01:00"))
        << QDate(2026, 12, 8);
    QTest::newRow("15: mottagningens dag")
        << withValue(samples::note(NoteKind::InsamlingsMottagning), QStringLiteral("mottagningsDatum"),
                     QStringLiteral("2026-12-08T23:30:00+01:00"))
        << QDate(2026, 12, 8);
    QTest::newRow("15: affärens dag") << samples::note(NoteKind::Handel) << QDate(2026, 11, 25);
    QTest::newRow("15: kvartalsresultat: tidpunkten")
        << samples::note(NoteKind::Behandlingsresultat) << QDate(2026, 11, 26);
}

void TestNoteValidator::noteDate()
{
    QFETCH(QJsonObject, note);
    QFETCH(QDate, date);
    QCOMPARE(NoteValidator::noteDate(note, samples::now()), date);
}

void TestNoteValidator::wasteCodeListOnTheEventDay_data()
{
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("message");
    QJsonObject planning = withValue(samples::note(NoteKind::Transportplanering),
                                     QStringLiteral("avfall.kod"), QStringLiteral("160607"));
    // 14. A new code (16 06 07*, from 2026-12-09) on the 9th in the note's own offset.
    QJsonObject ownOffset =
        withValue(planning, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-09T05:00:00+14:00"));
    ownOffset = withValue(ownOffset, QStringLiteral("borttransportDatum"),
                          QStringLiteral("2026-12-09T06:00:00+14:00"));
    QTest::newRow("14: ny kod den 9:e i anteckningens tidszon") << ownOffset << Expect::Valid << QString();
    // 15. A late note, written on the 10th about a transport on the 8th, with a code removed on the 9th:
    // valid on its day, but the register has probably changed its list. Said plainly, not refused.
    QJsonObject late = withValue(planning, QStringLiteral("avfall.kod"), QStringLiteral("200133"));
    late = withValue(late, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00"));
    late = withValue(late, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-08T07:00:00+01:00"));
    QTest::newRow("15: borttagen kod, sen anteckning")
        << late << Expect::Warning << QStringLiteral("Har registret redan bytt lista");
    QTest::newRow("15: ny kod före bytet")
        << withValue(late, QStringLiteral("avfall.kod"), QStringLiteral("160607")) << Expect::Error
        << QStringLiteral("gäller inte den 8 december 2026");
}

void TestNoteValidator::wasteCodeListOnTheEventDay()
{
    QFETCH(QJsonObject, note);
    QFETCH(Expect, expect);
    QFETCH(QString, message);
    NoteValidator validator;
    validator.setClock([] { return QDateTime(QDate(2026, 12, 10), QTime(12, 0), QTimeZone(3600)); });
    const QString mismatch = unexpected(validator.validate(NoteKind::Transportplanering, note), expect,
                                        QStringLiteral("avfall.kod"), -1, message);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

namespace {
// The bundled lists, with the wording from 2026-12-09 as if fetched from the register on the 10th
// (the register's own tree format, so its angeResultatAvAtervinning counts as the register's word),
// and the result types confirmed as the register would send them.
const ValueLists &fetchedLists()
{
    static const ValueLists lists = [] {
        ValueLists result = ValueLists::bundled();
        QFile file(QStringLiteral(":/data/avfallstyper_2026-12-09.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("bundled list missing");
        const QJsonArray tree =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("avfallstyper")).toArray();
        WasteCodeList fetched = WasteCodeList::fromJson(QJsonDocument(tree).toJson());
        QList<WasteCodeList> wasteLists = result.wasteCodeLists();
        fetched.setValidity(wasteLists.at(1).validFrom(), wasteLists.at(1).validTo());
        wasteLists[1] = fetched;
        result.setWasteCodeLists(wasteLists);
        result.setRegisterWasteCodes(1, QDateTime(QDate(2026, 12, 10), QTime(8, 0), QTimeZone(3600)));
        QList<RecoveryResultType> types = result.recoveryResultTypes();
        for (RecoveryResultType &type : types)
            type.confirmed = true;
        result.setRecoveryResultTypes(types);
        return result;
    }();
    return lists;
}
} // namespace

void TestNoteValidator::registersListDecides_data()
{
    addExpectationColumns();

    QJsonObject late = samples::note(NoteKind::Transportplanering);
    late = withValue(late, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00"));
    late = withValue(late, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-08T07:00:00+01:00"));
    auto code = [&late](const char *wasteCode) {
        return withValue(late, QStringLiteral("avfall.kod"), QString::fromLatin1(wasteCode));
    };
    const NoteKind tp = NoteKind::Transportplanering;
    // 15. Valid on the 8th, gone from the register's list: the register will refuse it.
    QTest::newRow("15: 20 01 33* den 8:e, registret har ny lista")
        << tp << code("200133") << Expect::Error << QStringLiteral("avfall.kod") << 1111
        << QStringLiteral("20 01 33* gällde den 8 december 2026, men registret använder nu förteckningen som "
                          "gäller från 9 december 2026");
    // 15. Not valid on the 8th, but the register's list has it: the register decides.
    QTest::newRow("15: 16 06 07* den 8:e, registret har ny lista")
        << tp << code("160607") << Expect::Warning << QStringLiteral("avfall.kod") << 0
        << QStringLiteral("registrets lista (från 9 december 2026) har koden");
    QTest::newRow("15: kod i båda listorna")
        << tp << code("160601") << Expect::Valid << QString() << 0 << QString();

    // 7. With the register's own list the recovery result is its rule: errors both ways.
    QJsonObject result = samples::note(NoteKind::Behandlingsresultat);
    result = withValue(result, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00"));
    const NoteKind br = NoteKind::Behandlingsresultat;
    QTest::newRow("7: registrets lista: spillolja utan resultattyp")
        << br << withValue(result, QStringLiteral("avfall.kod"), QStringLiteral("130205")) << Expect::Error
        << QStringLiteral("atervinningsresultattypkod") << 1512 << QStringLiteral("måste fyllas i");
    QTest::newRow("7: registrets lista: resultattyp för annat avfall")
        << br << withValue(result, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01"))
        << Expect::Error << QStringLiteral("atervinningsresultattypkod") << 1511
        << QStringLiteral("anges bara för avfallskoder");

    // 6. With confirmed result types: what a type does not name is refused, the specification is
    // required where it may be given, and the quantities it names may be left out.
    QJsonObject oil = withValue(result, QStringLiteral("avfall.kod"), QStringLiteral("130205"));
    QTest::newRow("6: bekräftad typ 12 utan specifikation")
        << br
        << withValue(withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("12")),
                     QStringLiteral("mangdRegenerering"), 10.0)
        << Expect::Error << QStringLiteral("specifikationAnnan") << 1562 << QStringLiteral("måste fyllas i");
    QTest::newRow("6: bekräftad typ 12 med specifikation och en mängd")
        << br
        << withValue(
               withValue(withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("12")),
                         QStringLiteral("mangdBortskaffande"), 10.0),
               QStringLiteral("specifikationAnnan"), QStringLiteral("Förbränning"))
        << Expect::Valid << QString() << 0 << QString();
    QTest::newRow("6: bekräftad typ 01 med energiåtervinning")
        << br
        << withValue(withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01")),
                     QStringLiteral("mangdEnergiatervinning"), 2.0)
        << Expect::Error << QStringLiteral("mangdEnergiatervinning") << 1544
        << QStringLiteral("ska inte anges");
}

void TestNoteValidator::registersListDecides()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(Expect, expect);
    QFETCH(QString, path);
    QFETCH(int, code);
    QFETCH(QString, message);
    NoteValidator validator(fetchedLists());
    validator.setClock([] { return QDateTime(QDate(2026, 12, 10), QTime(12, 0), QTimeZone(3600)); });
    const QString mismatch = unexpected(validator.validate(kind, note), expect, path, code, message);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestNoteValidator::sandboxJudgesByTodaysList()
{
    // 15. The sandbox, like the register, holds today's wording only: on the 10th a code removed on
    // the 9th is refused whatever the note's date, and a code new on the 9th is taken.
    NoteValidator validator;
    validator.setActsAsRegister(true);
    validator.setClock([] { return QDateTime(QDate(2026, 12, 10), QTime(12, 0), QTimeZone(3600)); });
    QJsonObject late = samples::note(NoteKind::Transportplanering);
    late = withValue(late, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00"));
    late = withValue(late, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-08T07:00:00+01:00"));
    QList<Problem> problems =
        validator.validate(NoteKind::Transportplanering,
                           withValue(late, QStringLiteral("avfall.kod"), QStringLiteral("200133")));
    QVERIFY2(hasErrors(problems), qPrintable(describe(problems)));
    QCOMPARE(problems.first().registerCode, 1111);
    problems = validator.validate(NoteKind::Transportplanering,
                                  withValue(late, QStringLiteral("avfall.kod"), QStringLiteral("160607")));
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
}

void TestNoteValidator::listFetchedBeforeTheChangeNoLongerDecides()
{
    // 15. Fetched on the 6th, the register's list is the old wording; on the 10th the register has
    // changed it, so that fetch no longer says what the register holds and a new code is not refused.
    ValueLists lists = ValueLists::bundled();
    lists.setRegisterWasteCodes(0, QDateTime(QDate(2026, 12, 6), QTime(8, 0), QTimeZone(3600)));
    NoteValidator validator(lists);
    validator.setClock([] { return QDateTime(QDate(2026, 12, 10), QTime(12, 0), QTimeZone(3600)); });
    QJsonObject note = withValue(samples::note(NoteKind::Transportplanering), QStringLiteral("avfall.kod"),
                                 QStringLiteral("160607"));
    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-10T09:00:00+01:00"));
    note = withValue(note, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-10T11:00:00+01:00"));
    const QList<Problem> problems = validator.validate(NoteKind::Transportplanering, note);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
    // On the 8th the same fetch still decides.
    validator.setClock([] { return QDateTime(QDate(2026, 12, 8), QTime(12, 0), QTimeZone(3600)); });
    note = withValue(note, QStringLiteral("tidpunkt"), QStringLiteral("2026-12-08T09:00:00+01:00"));
    note = withValue(note, QStringLiteral("borttransportDatum"), QStringLiteral("2026-12-09T11:00:00+01:00"));
    QVERIFY(hasErrors(validator.validate(NoteKind::Transportplanering, note)));
}

void TestNoteValidator::singleValue_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *model, const char *path, const QJsonValue &value,
                  Expect expect, const char *message = "") {
        QTest::newRow(name) << QString::fromLatin1(model) << QString::fromLatin1(path) << value << expect
                            << QString::fromUtf8(message);
    };
    // 18. The settings' own company and saved places are judged by the catalogue's rules.
    row("18: e-post utan toppdomän", "Transportplanering", "verksamhetensKontaktpersonEpost",
        QStringLiteral("anna@firma.s"), Expect::Error, "E-post: ska vara en e-postadress");
    row("18: e-post", "Transportplanering", "verksamhetensKontaktpersonEpost",
        QStringLiteral("anna@firma.se"), Expect::Valid);
    row("18: namn med utropstecken", "Transportplanering", "verksamhetensNamn", QStringLiteral("Firma!"),
        Expect::Error, "godtar: !");
    row("18: telefon med parentes", "Transportplanering", "verksamhetensKontaktpersonTelefonnummer",
        QStringLiteral("(08) 123 45"), Expect::Error, "Telefon:");
    row("18: CFAR SAKNAS", "Transportplanering", "cfarNR", QStringLiteral("SAKNAS"), Expect::Valid);
    row("18: CFAR fyra siffror", "Transportplanering", "cfarNR", QStringLiteral("1234"), Expect::Error,
        "åtta siffror");
    row("18: kommunkod som inte finns", "Plats", "kommunkod", QStringLiteral("0100"), Expect::Error,
        "Kommun: 0100 är inte en svensk kommunkod");
    row("18: postnummer 01234", "Adress", "postnummer", QStringLiteral("01234"), Expect::Warning,
        "ser inte ut som ett svenskt postnummer");
    row("18: postnummer 116 45", "Adress", "postnummer", QStringLiteral("116 45"), Expect::Valid);
}

void TestNoteValidator::singleValue()
{
    QFETCH(QString, model);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(Expect, expect);
    QFETCH(QString, message);
    const Block &block = model == QLatin1String("Plats")    ? catalogue::plats()
                         : model == QLatin1String("Adress") ? catalogue::adress()
                                                            : catalogue::note(NoteKind::Transportplanering);
    const Field *field = block.field(path);
    QVERIFY(field);
    NoteValidator validator;
    validator.setClock(&samples::now);
    const QList<Problem> problems = validator.validateValue(*field, value);
    QCOMPARE(hasErrors(problems), expect == Expect::Error);
    if (expect == Expect::Valid) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    QVERIFY2(!problems.isEmpty() && problems.first().message.contains(message),
             qPrintable(describe(problems)));
}

QTEST_GUILESS_MAIN(TestNoteValidator)
#include "tst_notevalidator.moc"
