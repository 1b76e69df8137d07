#include "core/fieldcatalogue.h"

#include <QCoreApplication>

namespace avfall {

namespace {

constexpr IdentityAllowances kCompanyOrPerson =
    IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat;
constexpr IdentityAllowances kPreviousHolder =
    kCompanyOrPerson | IdentityAllowance::UnknownHolder | IdentityAllowance::MunicipalityHolder;

Field text(const char *json, const char *label, const char *help, Presence presence, FieldRule rule,
           Section section, int maxLength = 0)
{
    Field field{QString::fromLatin1(json), label, help, FieldKind::Text, presence, rule, section};
    field.maxLength = maxLength;
    return field;
}

Field party(const char *json, const char *label, const char *help, Presence presence,
            IdentityAllowances allowed, Section section)
{
    Field field = text(json, label, help, presence, FieldRule::PartyIdentity, section, 14);
    field.identities = allowed;
    return field;
}

Field dateTime(const char *json, const char *label, const char *help, FieldRule rule, Section section)
{
    return {QString::fromLatin1(json), label, help, FieldKind::DateTime, Presence::Required, rule, section};
}

Field decimal(const char *json, const char *label, const char *help, Presence presence, Section section)
{
    return {QString::fromLatin1(json), label,  help, FieldKind::Decimal, presence,
            FieldRule::Quantity,       section};
}

Field object(const char *json, const char *label, const char *help, Presence presence, const Block &block,
             Section section)
{
    Field field{QString::fromLatin1(json), label,  help, FieldKind::Object, presence,
                FieldRule::None,           section};
    field.block = &block;
    return field;
}

// Which ways of giving a place each place field accepts. The contract lists five ways and warns
// that "godtagbara sätt beror på typen av anteckning och typen av plats" without saying which;
// what it does say is in its error catalogue: a CfarNr code exists only for the slutplats (4513),
// the senaste hanteringsplats (4613) and the uppkomstplats (4713), so only those take a CFAR
// number. Municipality only (way 5) needs tidigareInnehavare OKÄND or KOMMUN, so only a place
// the waste comes from in a note that names a previous holder takes it.
enum PlaceWays
{
    AddressCoordinateOrAbroad = 0,
    WithCfar = 1,
    MunicipalityOnly = 2,
};

Field place(const char *json, const char *label, const char *help, const Block &plats, int codes,
            int ways = AddressCoordinateOrAbroad)
{
    Field field = object(json, label, help, Presence::Required, plats, Section::Places);
    field.placeCodes = codes;
    field.placeAcceptsCfar = ways & WithCfar;
    field.originPlace = ways & MunicipalityOnly;
    return field;
}

Field withList(Field field, const char *valueList)
{
    field.valueList = QString::fromLatin1(valueList);
    return field;
}

// All blocks, built once. Fields point at blocks by address, so this object never moves.
struct Catalogue
{
    Block adress;
    Block koordinat;
    Block plats;
    Block avfall;
    Block behandling;
    Block cancellation;
    QList<Block> notes; // indexed by NoteKind

    Catalogue();
    QList<Field> commonFields() const;
    Field transportMode(Presence presence) const;
    Field transporter() const;
    Field newHolder() const;
    Field previousHolder(bool originWords) const;
    Field transportDate() const;
    Field receiptDate() const;
    Field receivingPlace() const;
};

const Catalogue &instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

Catalogue::Catalogue()
{
    // The contract gives Adress and Koordinat no required list; both parts are required when the
    // place is given in that variant (Presence::Conditional, checked by NoteValidator).
    adress = {QStringLiteral("Adress"),
              {text("adressrad", QT_TRANSLATE_NOOP("Field", "Gatuadress"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Gata och nummer, till exempel Verkstadsvägen 12."),
                    Presence::Conditional, FieldRule::AddressLine, Section::Places, 250),
               text("postnummer", QT_TRANSLATE_NOOP("Field", "Postnummer"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Fem siffror, till exempel 116 45."),
                    Presence::Conditional, FieldRule::Postcode, Section::Places)}};

    koordinat = {
        QStringLiteral("Koordinat"),
        {{QStringLiteral("nposition"), QT_TRANSLATE_NOOP("Field", "Nordkoordinat (N)"),
          QT_TRANSLATE_NOOP("FieldHelp", "SWEREF 99 TM, sju siffror i meter, till exempel 6580822. "
                                         "Omvandla först om du har en GPS-position i grader."),
          FieldKind::Integer, Presence::Conditional, FieldRule::NorthCoordinate, Section::Places},
         {QStringLiteral("eposition"), QT_TRANSLATE_NOOP("Field", "Ostkoordinat (E)"),
          QT_TRANSLATE_NOOP("FieldHelp", "SWEREF 99 TM, sex siffror i meter, till exempel 674032."),
          FieldKind::Integer, Presence::Conditional, FieldRule::EastCoordinate, Section::Places},
         text("beskrivning", QT_TRANSLATE_NOOP("Field", "Beskrivning av platsen"),
              QT_TRANSLATE_NOOP("FieldHelp", "Vid behov: var på platsen, till exempel Grusplanen norr om "
                                             "lagerhallen."),
              Presence::Optional, FieldRule::CoordinateDescription, Section::Places, 1000)}};

    // kommunkod is required for a place in Sweden and left out for a place abroad. The schema lists
    // kommunkod as required, but its description gives way 3 as "med landskod utanför Sverige" with
    // no kommunkod, and the error catalogue has 1704 "Landskod ska anges" and 1705 "Landskod ska ej
    // anges": the register tells a foreign place from a Swedish one by whether kommunkod is there,
    // asks for land when it is not (1704) and refuses land beside it (1705). So a place abroad is
    // sent as land alone (NoteValidator::checkPlace; question K1 in docs/fragor-till-naturvardsverket.md).
    plats = {
        QStringLiteral("Plats"),
        {withList(text("kommunkod", QT_TRANSLATE_NOOP("Field", "Kommun"),
                       QT_TRANSLATE_NOOP("FieldHelp", "Kommunen där platsen ligger. Välj på namn; koden, "
                                                      "till exempel 0180 för Stockholm, fylls i åt dig."),
                       Presence::Conditional, FieldRule::MunicipalityCode, Section::Places),
                  "kommuner"),
         object("adress", QT_TRANSLATE_NOOP("Field", "Adress"),
                QT_TRANSLATE_NOOP("FieldHelp", "Gatuadress och postnummer i Sverige."), Presence::Optional,
                adress, Section::Places),
         object("koordinat", QT_TRANSLATE_NOOP("Field", "Koordinat"),
                QT_TRANSLATE_NOOP("FieldHelp", "En punkt i SWEREF 99 TM, för platser utan adress."),
                Presence::Optional, koordinat, Section::Places),
         text("cfarNR", QT_TRANSLATE_NOOP("Field", "CFAR-nummer"),
              QT_TRANSLATE_NOOP("FieldHelp", "Arbetsställets nummer hos SCB, åtta siffror, om du känner till "
                                             "det för den som lämnar eller tar emot avfallet här."),
              Presence::Optional, FieldRule::CfarNumber, Section::Places),
         text("land", QT_TRANSLATE_NOOP("Field", "Land"),
              QT_TRANSLATE_NOOP("FieldHelp", "För en plats utanför Sverige: landets kod med två bokstäver, "
                                             "till exempel NO för Norge eller DE för Tyskland."),
              Presence::Optional, FieldRule::CountryCode, Section::Places)}};

    avfall = {QStringLiteral("Avfall"),
              {withList(text("kod", QT_TRANSLATE_NOOP("Field", "Avfallskod"),
                             QT_TRANSLATE_NOOP("FieldHelp",
                                               "Sex siffror ur avfallsförordningens bilaga 3. Sök på "
                                               "kod eller ord, till exempel 160601 eller blybatterier."),
                             Presence::Required, FieldRule::WasteCode, Section::Waste),
                        "avfallstyper"),
               decimal("mangd", QT_TRANSLATE_NOOP("Field", "Mängd (kg)"),
                       QT_TRANSLATE_NOOP("FieldHelp",
                                         "Vikten i kilogram, högst tre decimaler, till exempel 20,125."),
                       Presence::Required, Section::Waste),
               text("foregaendeAvfallId", QT_TRANSLATE_NOOP("Field", "Föregående avfallsId"),
                    QT_TRANSLATE_NOOP("FieldHelp",
                                      "Registrets id för samma avfall i närmast föregående anteckning, "
                                      "om du har det. Fylls i när du utgår från en tidigare anteckning."),
                    Presence::Optional, FieldRule::Guid, Section::Waste)}};

    behandling = {QStringLiteral("Behandling"),
                  {withList(text("kod", QT_TRANSLATE_NOOP("Field", "Behandlingsmetod"),
                                 QT_TRANSLATE_NOOP("FieldHelp", "R-kod för återvinning eller D-kod för "
                                                                "bortskaffande, till exempel R9."),
                                 Presence::Required, FieldRule::TreatmentMethod, Section::Treatment),
                            "behandlingsmetoder"),
                   withList(text("underkod", QT_TRANSLATE_NOOP("Field", "Underkod"),
                                 QT_TRANSLATE_NOOP("FieldHelp", "En bokstav som preciserar metoden. Bara de "
                                                                "kombinationer som registret godtar visas."),
                                 Presence::Conditional, FieldRule::TreatmentSubcode, Section::Treatment),
                            "behandlingsmetoder")}};

    cancellation = {QStringLiteral("MakuleraAnteckning"),
                    {text("avfallsId", QT_TRANSLATE_NOOP("Field", "AvfallsId"),
                          QT_TRANSLATE_NOOP("FieldHelp", "Registrets id för anteckningen som ska makuleras."),
                          Presence::Required, FieldRule::Guid, Section::Waste),
                     text("makuleringsorsak", QT_TRANSLATE_NOOP("Field", "Orsak"),
                          QT_TRANSLATE_NOOP("FieldHelp", "Varför anteckningen makuleras."),
                          Presence::Required, FieldRule::None, Section::Waste)}};

    const Field uppkomstplats =
        place("uppkomstplats", QT_TRANSLATE_NOOP("Field", "Uppkomstplats"),
              QT_TRANSLATE_NOOP("FieldHelp", "Där avfallet uppstod, till exempel verkstaden."), plats, 4700,
              WithCfar);
    const Field cfar =
        text("cfarNR", QT_TRANSLATE_NOOP("Field", "Verksamhetens CFAR-nummer"),
             QT_TRANSLATE_NOOP("FieldHelp", "Ert arbetsställenummer hos SCB, åtta siffror. Skriv "
                                            "SAKNAS om ni inte har något."),
             Presence::Required, FieldRule::CfarNumberOrPlaceholder, Section::Operator);
    const Field behandlingar = [this] {
        Field field =
            object("behandlingar", QT_TRANSLATE_NOOP("Field", "Behandlingar"),
                   QT_TRANSLATE_NOOP("FieldHelp", "Varje metod som avfallet har behandlats med under "
                                                  "kvartalet, en rad per metod."),
                   Presence::Required, behandling, Section::Treatment);
        field.kind = FieldKind::List;
        return field;
    }();
    auto quarterAmount = [](const char *json, const char *label, const char *help) {
        Field field = decimal(json, label, help, Presence::Conditional, Section::Treatment);
        return field;
    };

    QList<Field> fields;
    // Transportplanering, 6 kap. 1 §
    fields = commonFields();
    // The places in the order of the waste's way: where it arose, then where it goes.
    fields << transportDate() << transporter() << newHolder() << uppkomstplats << receivingPlace()
           << transportMode(Presence::Required) << cfar;
    notes.append({QStringLiteral("Transportplanering"), fields});

    // Transport, 6 kap. 2 §
    fields = commonFields();
    fields << previousHolder(true) << newHolder()
           << dateTime("transportStartDatum", QT_TRANSLATE_NOOP("Field", "Transporten börjar"),
                       QT_TRANSLATE_NOOP("FieldHelp", "Datum och tid då transporten startar."),
                       FieldRule::EventDate, Section::DateAndReference)
           << place("transportStartplats", QT_TRANSLATE_NOOP("Field", "Startplats"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Där du hämtar avfallet."), plats, 4400, MunicipalityOnly)
           << place("transportSlutplats", QT_TRANSLATE_NOOP("Field", "Slutplats"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Dit du kör avfallet."), plats, 4500, WithCfar)
           << transportMode(Presence::Required);
    notes.append({QStringLiteral("Transport"), fields});

    // InsamlingsMottagning, 6 kap. 3 § 1
    fields = commonFields();
    fields << receiptDate() << previousHolder(true)
           << place("kommandeHanteringsPlats", QT_TRANSLATE_NOOP("Field", "Kommande hanteringsplats"),
                    QT_TRANSLATE_NOOP("FieldHelp",
                                      "Där avfallet ska hanteras härnäst, ofta er egen anläggning."),
                    plats, 4200)
           << place("senasteHanteringsPlats", QT_TRANSLATE_NOOP("Field", "Senaste hanteringsplats"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Där avfallet fanns innan ni tog emot det."), plats, 4600,
                    WithCfar | MunicipalityOnly)
           << transportMode(Presence::Required);
    notes.append({QStringLiteral("InsamlingsMottagning"), fields});

    // InsamlingsTransport, 6 kap. 3 § 2
    fields = commonFields();
    fields << transportDate() << transporter() << newHolder() << receivingPlace()
           << transportMode(Presence::Required);
    notes.append({QStringLiteral("InsamlingsTransport"), fields});

    // Handel, 6 kap. 4 §: no place, so no OKÄND or KOMMUN (see previousHolder)
    fields = commonFields();
    fields << previousHolder(false) << newHolder()
           << dateTime("transaktionsDatum", QT_TRANSLATE_NOOP("Field", "Affären gjordes"),
                       QT_TRANSLATE_NOOP("FieldHelp", "Datum då avfallet såldes, köptes eller förmedlades."),
                       FieldRule::EventDate, Section::DateAndReference);
    notes.append({QStringLiteral("Handel"), fields});

    // Behandlingsmottagning, 6 kap. 5 § 1 (note the lower-case p in senasteHanteringsplats)
    fields = commonFields();
    fields << receiptDate() << previousHolder(true)
           << place("senasteHanteringsplats", QT_TRANSLATE_NOOP("Field", "Senaste hanteringsplats"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Där avfallet fanns innan ni tog emot det."), plats, 4600,
                    WithCfar | MunicipalityOnly)
           << place("behandlingsPlats", QT_TRANSLATE_NOOP("Field", "Behandlingsplats"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Anläggningen där avfallet behandlas."), plats, 4300);
    notes.append({QStringLiteral("Behandlingsmottagning"), fields});

    // Behandlingsresultat, 6 kap. 5 § 2
    fields = commonFields();
    fields << Field{QStringLiteral("rapporteringsar"),
                    QT_TRANSLATE_NOOP("Field", "År"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Året som redovisas, till exempel 2026."),
                    FieldKind::Integer,
                    Presence::Required,
                    FieldRule::Year,
                    Section::Treatment}
           << Field{QStringLiteral("rapporteringskvartalNr"),
                    QT_TRANSLATE_NOOP("Field", "Kvartal"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Kvartalet som redovisas, 1–4."),
                    FieldKind::Integer,
                    Presence::Required,
                    FieldRule::Quarter,
                    Section::Treatment}
           << behandlingar
           << quarterAmount("mangdIckeFarligtAvfall",
                            QT_TRANSLATE_NOOP("Field", "Icke-farligt avfall efter behandling (kg)"),
                            QT_TRANSLATE_NOOP("FieldHelp",
                                              "Mängden avfall som inte längre är farligt. Fyll i "
                                              "detta eller material/produkt, eller båda."))
           << quarterAmount(
                  "mangdMaterialProdukt", QT_TRANSLATE_NOOP("Field", "Material eller produkt (kg)"),
                  QT_TRANSLATE_NOOP("FieldHelp", "Mängden material eller produkt som behandlingen gav."))
           << withList(text("atervinningsresultattypkod",
                            QT_TRANSLATE_NOOP("Field", "Typ av återvinningsresultat"),
                            QT_TRANSLATE_NOOP("FieldHelp", "Bara för spillolja: vad återvinningen gav."),
                            Presence::Conditional, FieldRule::RecoveryResultType, Section::Treatment),
                       "atervinningsresultattyper")
           << quarterAmount("mangdRegenerering", QT_TRANSLATE_NOOP("Field", "Regenererad mängd (kg)"),
                            QT_TRANSLATE_NOOP("FieldHelp", "Spillolja som har regenererats till basolja."))
           << quarterAmount(
                  "mangdAnnanMaterialatervinning",
                  QT_TRANSLATE_NOOP("Field", "Annan materialåtervinning (kg)"),
                  QT_TRANSLATE_NOOP("FieldHelp", "Spillolja som har materialåtervunnits på annat sätt."))
           << quarterAmount("mangdEnergiatervinning", QT_TRANSLATE_NOOP("Field", "Energiåtervinning (kg)"),
                            QT_TRANSLATE_NOOP("FieldHelp", "Spillolja som har använts som bränsle."))
           << quarterAmount("mangdBortskaffande", QT_TRANSLATE_NOOP("Field", "Bortskaffande (kg)"),
                            QT_TRANSLATE_NOOP("FieldHelp", "Spillolja som har bortskaffats."))
           << text("specifikationAnnan", QT_TRANSLATE_NOOP("Field", "Specifikation av annat resultat"),
                   QT_TRANSLATE_NOOP("FieldHelp",
                                     "Kort beskrivning när resultattypen kräver det, högst 100 tecken."),
                   Presence::Conditional, FieldRule::OtherSpecification, Section::Treatment, 100);
    notes.append({QStringLiteral("Behandlingsresultat"), fields});

    // Behandlingsoverlamning, 6 kap. 5 § 3: transportsatt is optional here only
    fields = commonFields();
    fields << transportDate() << transporter() << newHolder() << receivingPlace()
           << transportMode(Presence::Optional);
    notes.append({QStringLiteral("Behandlingsoverlamning"), fields});
}

QList<Field> Catalogue::commonFields() const
{
    const char *phoneHelp = QT_TRANSLATE_NOOP("FieldHelp", "Med riktnummer, till exempel 08-123 456 78 eller "
                                                           "+46 70 123 45 67. Inga parenteser.");
    const char *emailHelp = QT_TRANSLATE_NOOP("FieldHelp", "Till exempel anna@foretaget.se.");
    const char *contactHelp = QT_TRANSLATE_NOOP("FieldHelp", "Förnamn och efternamn, utan siffror.");
    return {
        dateTime("tidpunkt", QT_TRANSLATE_NOOP("Field", "Anteckningen gjordes"),
                 QT_TRANSLATE_NOOP("FieldHelp", "När ni förde anteckningen, oftast nu. Skickas med tidszon."),
                 FieldRule::Timestamp, Section::DateAndReference),
        party("ombud", QT_TRANSLATE_NOOP("Field", "Ombudets organisationsnummer"),
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Bara om ni rapporterar åt någon annan: ert eget organisationsnummer, "
                                "samma som i certifikatet. Lämna tomt annars."),
              Presence::Optional, kCompanyOrPerson, Section::Agent),
        text("ombudetsNamn", QT_TRANSLATE_NOOP("Field", "Ombudets namn"),
             QT_TRANSLATE_NOOP("FieldHelp", "Ert företagsnamn som ombud."), Presence::AgentOnly,
             FieldRule::CompanyName, Section::Agent, 250),
        text("ombudetsKontaktpersonNamn", QT_TRANSLATE_NOOP("Field", "Ombudets kontaktperson"), contactHelp,
             Presence::AgentOnly, FieldRule::ContactName, Section::Agent, 250),
        text("ombudetsKontaktpersonEpost", QT_TRANSLATE_NOOP("Field", "Ombudets e-post"), emailHelp,
             Presence::AgentOnly, FieldRule::Email, Section::Agent, 250),
        text("ombudetsKontaktpersonTelefonnummer", QT_TRANSLATE_NOOP("Field", "Ombudets telefon"), phoneHelp,
             Presence::AgentOnly, FieldRule::Phone, Section::Agent),
        party("verksamhetsutovare", QT_TRANSLATE_NOOP("Field", "Organisationsnummer"),
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Verksamheten som ska föra anteckningen, till exempel 556000-0167. "
                                "En enskild firma anger personnumret, ett utländskt företag sitt "
                                "momsnummer."),
              Presence::Required, kCompanyOrPerson, Section::Operator),
        text("verksamhetensNamn", QT_TRANSLATE_NOOP("Field", "Verksamhetens namn"),
             QT_TRANSLATE_NOOP("FieldHelp", "Företagets namn, till exempel Bilverkstan i Ås AB."),
             Presence::Required, FieldRule::CompanyName, Section::Operator, 250),
        text("verksamhetensKontaktpersonNamn", QT_TRANSLATE_NOOP("Field", "Kontaktperson"), contactHelp,
             Presence::Required, FieldRule::ContactName, Section::Operator, 250),
        text("verksamhetensKontaktpersonEpost", QT_TRANSLATE_NOOP("Field", "E-post"), emailHelp,
             Presence::Required, FieldRule::Email, Section::Operator, 250),
        text("verksamhetensKontaktpersonTelefonnummer", QT_TRANSLATE_NOOP("Field", "Telefon"), phoneHelp,
             Presence::Required, FieldRule::Phone, Section::Operator),
        text("referens", QT_TRANSLATE_NOOP("Field", "Egen referens"),
             QT_TRANSLATE_NOOP("FieldHelp",
                               "Valfritt: ert eget löpnummer eller signatur, högst 40 tecken, till "
                               "exempel Order 2026-114."),
             Presence::Optional, FieldRule::Reference, Section::DateAndReference, 40),
        object("avfall", QT_TRANSLATE_NOOP("Field", "Avfall"),
               QT_TRANSLATE_NOOP("FieldHelp", "En avfallskod och dess mängd. Flera avfallsslag kräver en "
                                              "anteckning var."),
               Presence::Required, avfall, Section::Waste),
    };
}

Field Catalogue::transportMode(Presence presence) const
{
    return withList(
        text("transportsatt", QT_TRANSLATE_NOOP("Field", "Transportsätt"),
             QT_TRANSLATE_NOOP("FieldHelp", "Hur avfallet transporteras, till exempel vägtransport."),
             presence, FieldRule::TransportMode, Section::Parties),
        "transportsatt");
}

Field Catalogue::transporter() const
{
    return party("transportor", QT_TRANSLATE_NOOP("Field", "Transportör"),
                 QT_TRANSLATE_NOOP("FieldHelp", "Organisationsnumret för företaget som kör avfallet, eller "
                                                "momsnummer för ett utländskt företag."),
                 // A sole trader's (enskild firma) organisationsnummer is the owner's personnummer.
                 Presence::Required, kCompanyOrPerson, Section::Parties);
}

Field Catalogue::newHolder() const
{
    return party("nyInnehavare", QT_TRANSLATE_NOOP("Field", "Mottagare (ny innehavare)"),
                 QT_TRANSLATE_NOOP("FieldHelp",
                                   "Organisationsnummer, personnummer eller momsnummer för den som "
                                   "tar emot avfallet."),
                 Presence::Required, kCompanyOrPerson, Section::Parties);
}

Field Catalogue::previousHolder(bool originWords) const
{
    // The contract's pattern for tidigareInnehavare (^(\d{10})$, ^[A-Z]{2}[0-9A-Za-z]{5,12}$) admits
    // neither OKÄND nor KOMMUN. Only the description of Plats names them, as the condition for a
    // place given by its municipality alone; so they are accepted only in the notes that have such a
    // place (Transport, InsamlingsMottagning, Behandlingsmottagning), not in Handel.
    if (!originWords)
        return party("tidigareInnehavare", QT_TRANSLATE_NOOP("Field", "Tidigare innehavare"),
                     QT_TRANSLATE_NOOP("FieldHelp", "Den som hade avfallet före er: organisationsnummer, "
                                                    "personnummer eller momsnummer."),
                     Presence::Required, kCompanyOrPerson, Section::Parties);
    return party("tidigareInnehavare", QT_TRANSLATE_NOOP("Field", "Tidigare innehavare"),
                 QT_TRANSLATE_NOOP("FieldHelp",
                                   "Den som hade avfallet före er: organisationsnummer, personnummer "
                                   "eller momsnummer. OKÄND om det inte går att ta reda på, KOMMUN "
                                   "för avfall från flera hushåll i kommunen."),
                 Presence::Required, kPreviousHolder, Section::Parties);
}

Field Catalogue::transportDate() const
{
    return dateTime("borttransportDatum", QT_TRANSLATE_NOOP("Field", "Borttransport"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Datum och tid då avfallet hämtas."), FieldRule::EventDate,
                    Section::DateAndReference);
}

Field Catalogue::receiptDate() const
{
    return dateTime("mottagningsDatum", QT_TRANSLATE_NOOP("Field", "Mottaget"),
                    QT_TRANSLATE_NOOP("FieldHelp", "Datum då ni tog emot avfallet."), FieldRule::EventDate,
                    Section::DateAndReference);
}

Field Catalogue::receivingPlace() const
{
    return place("mottagningsplats", QT_TRANSLATE_NOOP("Field", "Mottagningsplats"),
                 QT_TRANSLATE_NOOP("FieldHelp", "Dit avfallet transporteras."), plats, 4100);
}

const Block *blockOf(const Field *field)
{
    return field ? field->block : nullptr;
}

} // namespace

QString Field::displayLabel() const
{
    return QCoreApplication::translate("Field", label);
}

QString Field::displayHelp() const
{
    return QCoreApplication::translate("FieldHelp", help);
}

bool Field::isPlace() const
{
    return block == &instance().plats;
}

const Field *Block::field(QStringView json) const
{
    for (const Field &entry : fields) {
        if (entry.json == json)
            return &entry;
    }
    return nullptr;
}

QStringList Block::fieldNames() const
{
    QStringList names;
    for (const Field &entry : fields)
        names << entry.json;
    return names;
}

namespace catalogue {

const Block &note(NoteKind kind)
{
    return instance().notes.at(static_cast<int>(kind));
}

const Block &avfall()
{
    return instance().avfall;
}

const Block &plats()
{
    return instance().plats;
}

const Block &adress()
{
    return instance().adress;
}

const Block &koordinat()
{
    return instance().koordinat;
}

const Block &behandling()
{
    return instance().behandling;
}

const Block &cancellation()
{
    return instance().cancellation;
}

const Field *fieldAt(NoteKind kind, QStringView path)
{
    const Block *block = &note(kind);
    const Field *field = nullptr;
    for (const QStringView segment : path.split(QLatin1Char('.'))) {
        if (!block)
            return nullptr;
        field = block->field(segment);
        block = blockOf(field);
        if (!field)
            return nullptr;
    }
    return field;
}

QString labelOfPath(NoteKind kind, QStringView path)
{
    QStringList labels;
    const Block *block = &note(kind);
    for (const QStringView segment : path.split(QLatin1Char('.'))) {
        const Field *field = block ? block->field(segment) : nullptr;
        if (!field)
            return path.toString();
        labels << field->displayLabel();
        block = field->block;
    }
    return labels.join(QStringLiteral(" – "));
}

QString CancellationReason::displayLabel() const
{
    return QCoreApplication::translate("CancellationReason", label);
}

const QList<CancellationReason> &cancellationReasons()
{
    static const QList<CancellationReason> reasons = {
        {QStringLiteral("FelAvfall"),
         QT_TRANSLATE_NOOP("CancellationReason", "Fel avfall (kod eller mängd)")},
        {QStringLiteral("FelAnteckningstyp"),
         QT_TRANSLATE_NOOP("CancellationReason", "Fel typ av anteckning")},
        {QStringLiteral("FelVU"), QT_TRANSLATE_NOOP("CancellationReason", "Fel verksamhetsutövare")},
        {QStringLiteral("SkickatDubbelt"), QT_TRANSLATE_NOOP("CancellationReason", "Skickad två gånger")},
    };
    return reasons;
}

} // namespace catalogue

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Operator:
        return QCoreApplication::translate("Section", "Verksamhet");
    case Section::Agent:
        return QCoreApplication::translate("Section", "Ombud");
    case Section::Waste:
        return QCoreApplication::translate("Section", "Avfall");
    case Section::Parties:
        return QCoreApplication::translate("Section", "Parter och transport");
    case Section::Places:
        return QCoreApplication::translate("Section", "Platser");
    case Section::Treatment:
        return QCoreApplication::translate("Section", "Behandling");
    case Section::DateAndReference:
        return QCoreApplication::translate("Section", "Datum och referens");
    }
    return QString();
}

} // namespace avfall
