<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv">
<context>
    <name>CancellationReason</name>
    <message>
        <source>Fel avfall (kod eller mängd)</source>
        <translation>Wrong waste (code or quantity)</translation>
    </message>
    <message>
        <source>Fel typ av anteckning</source>
        <translation>Wrong type of note</translation>
    </message>
    <message>
        <source>Fel verksamhetsutövare</source>
        <translation>Wrong operator</translation>
    </message>
    <message>
        <source>Skickad två gånger</source>
        <translation>Sent twice</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Sandlådan kunde inte starta.</source>
        <translation>The sandbox could not start.</translation>
    </message>
    <message>
        <source>Egen adress behöver både en bas-URL och en token-URL som börjar med https://. Fyll i dem under Inställningar → Anslutning.</source>
        <translation>Custom address needs both a base URL and a token URL starting with https://. Fill them in under Settings → Connection.</translation>
    </message>
    <message>
        <source>Filen med CA-certifikat (%1) innehåller inga certifikat som går att läsa.</source>
        <translation>The CA certificate file (%1) contains no readable certificates.</translation>
    </message>
    <message>
        <source>Åtkomsttoken kunde inte läsas från nyckelringen: %1</source>
        <translation>The access token could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Ingen åtkomsttoken finns för %1. Klistra in den under Inställningar → Åtkomst, eller ange nyckel och hemlighet.</source>
        <translation>There is no access token for %1. Paste it under Settings → Access, or enter a key and secret.</translation>
    </message>
    <message>
        <source>Åtkomsttoken gick ut %1. Klistra in en ny under Inställningar → Åtkomst, eller ange nyckel och hemlighet så förnyas den av sig själv.</source>
        <translation>The access token expired %1. Paste a new one under Settings → Access, or enter a key and secret so that it is renewed automatically.</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet kunde inte läsas från nyckelringen: %1</source>
        <translation>The key and secret could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet saknas för %1. Hämta dem i Naturvårdsverkets API-portal och ange dem under Inställningar → Åtkomst.</source>
        <translation>Key and secret are missing for %1. Get them from Naturvårdsverket&apos;s API portal and enter them under Settings → Access.</translation>
    </message>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation>The keychain did not answer.</translation>
    </message>
    <message>
        <source>Klistra in en åtkomsttoken först.</source>
        <translation>Paste an access token first.</translation>
    </message>
    <message>
        <source>Ange både nyckel och hemlighet.</source>
        <translation>Enter both key and secret.</translation>
    </message>
    <message>
        <source>Sandlådan är inte startad här, så den kan inte provas från det här fönstret. Anteckningar i Sandlåda skickas ändå när programmet startar sandlådan.</source>
        <translation>The sandbox has not been started here, so it cannot be tried from this window. Notes in Sandbox are still sent once the program starts the sandbox.</translation>
    </message>
</context>
<context>
    <name>CoordinateConverter</name>
    <message>
        <source>Koordinater kan inte räknas om: PROJ hittar inte sin databas (%1). Installera paketet proj-data.</source>
        <translation>Coordinates cannot be converted: PROJ cannot find its database (%1). Install the package proj-data.</translation>
    </message>
    <message>
        <source>Positionen ligger utanför Sverige (latitud 54,96–69,07 och longitud 10,03–24,17).</source>
        <translation>The position lies outside Sweden (latitude 54.96–69.07 and longitude 10.03–24.17).</translation>
    </message>
    <message>
        <source>Positionen kunde inte räknas om.</source>
        <translation>The position could not be converted.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Sandlåda</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Produktion</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Egen adress</source>
        <translation>Custom address</translation>
    </message>
</context>
<context>
    <name>ExpiryCountdown</name>
    <message>
        <source>Certifikatet har gått ut</source>
        <translation>The certificate has expired</translation>
    </message>
    <message>
        <source>Åtkomsttoken har gått ut</source>
        <translation>The access token has expired</translation>
    </message>
    <message>
        <source>Certifikatet går ut i dag</source>
        <translation>The certificate expires today</translation>
    </message>
    <message>
        <source>Åtkomsttoken går ut i dag</source>
        <translation>The access token expires today</translation>
    </message>
    <message>
        <source>Certifikatet går ut i morgon</source>
        <translation>The certificate expires tomorrow</translation>
    </message>
    <message>
        <source>Åtkomsttoken går ut i morgon</source>
        <translation>The access token expires tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>Certifikatet går ut om %n dagar</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Åtkomsttoken går ut om %n dagar</source>
        <translation>
            <numerusform>The access token expires in %n day</numerusform>
            <numerusform>The access token expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Nordkoordinat (N)</source>
        <translation>Northing (N)</translation>
    </message>
    <message>
        <source>Ostkoordinat (E)</source>
        <translation>Easting (E)</translation>
    </message>
    <message>
        <source>Beskrivning av platsen</source>
        <translation>Description of the place</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Koordinat</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation>CFAR number</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Avfallskod</source>
        <translation>Waste code</translation>
    </message>
    <message>
        <source>Mängd (kg)</source>
        <translation>Quantity (kg)</translation>
    </message>
    <message>
        <source>Föregående avfallsId</source>
        <translation>Previous waste ID</translation>
    </message>
    <message>
        <source>Behandlingsmetod</source>
        <translation>Treatment method</translation>
    </message>
    <message>
        <source>Underkod</source>
        <translation>Subcode</translation>
    </message>
    <message>
        <source>AvfallsId</source>
        <translation>Waste ID</translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Uppkomstplats</source>
        <translation>Place of origin</translation>
    </message>
    <message>
        <source>Verksamhetens CFAR-nummer</source>
        <translation>The business&apos;s CFAR number</translation>
    </message>
    <message>
        <source>Behandlingar</source>
        <translation>Treatments</translation>
    </message>
    <message>
        <source>Transporten börjar</source>
        <translation>Transport starts</translation>
    </message>
    <message>
        <source>Startplats</source>
        <translation>Starting point</translation>
    </message>
    <message>
        <source>Slutplats</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Kommande hanteringsplats</source>
        <translation>Next handling site</translation>
    </message>
    <message>
        <source>Senaste hanteringsplats</source>
        <translation>Most recent handling site</translation>
    </message>
    <message>
        <source>Affären gjordes</source>
        <translation>Transaction date</translation>
    </message>
    <message>
        <source>Behandlingsplats</source>
        <translation>Treatment site</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Icke-farligt avfall efter behandling (kg)</source>
        <translation>Non-hazardous waste after treatment (kg)</translation>
    </message>
    <message>
        <source>Material eller produkt (kg)</source>
        <translation>Material or product (kg)</translation>
    </message>
    <message>
        <source>Typ av återvinningsresultat</source>
        <translation>Type of recovery result</translation>
    </message>
    <message>
        <source>Regenererad mängd (kg)</source>
        <translation>Regenerated quantity (kg)</translation>
    </message>
    <message>
        <source>Annan materialåtervinning (kg)</source>
        <translation>Other material recovery (kg)</translation>
    </message>
    <message>
        <source>Energiåtervinning (kg)</source>
        <translation>Energy recovery (kg)</translation>
    </message>
    <message>
        <source>Bortskaffande (kg)</source>
        <translation>Disposal (kg)</translation>
    </message>
    <message>
        <source>Specifikation av annat resultat</source>
        <translation>Specification of other result</translation>
    </message>
    <message>
        <source>Anteckningen gjordes</source>
        <translation>Note made</translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer</source>
        <translation>Agent&apos;s organisation number</translation>
    </message>
    <message>
        <source>Ombudets namn</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Ombudets kontaktperson</source>
        <translation>Agent&apos;s contact person</translation>
    </message>
    <message>
        <source>Ombudets e-post</source>
        <translation>Agent&apos;s e-mail</translation>
    </message>
    <message>
        <source>Ombudets telefon</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Verksamhetens namn</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Egen referens</source>
        <translation>Own reference</translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Transportsätt</source>
        <translation>Mode of transport</translation>
    </message>
    <message>
        <source>Transportör</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Mottagare (ny innehavare)</source>
        <translation>Recipient (new holder)</translation>
    </message>
    <message>
        <source>Tidigare innehavare</source>
        <translation>Previous holder</translation>
    </message>
    <message>
        <source>Borttransport</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Mottaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Mottagningsplats</source>
        <translation>Place of receipt</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Gata och nummer, till exempel Verkstadsvägen 12.</source>
        <translation>Street and number, for example Verkstadsvägen 12.</translation>
    </message>
    <message>
        <source>Fem siffror, till exempel 116 45.</source>
        <translation>Five digits, for example 116 45.</translation>
    </message>
    <message>
        <source>SWEREF 99 TM, sju siffror i meter, till exempel 6580822. Omvandla först om du har en GPS-position i grader.</source>
        <translation>SWEREF 99 TM, seven digits in metres, for example 6580822. Convert first if you have a GPS position in degrees.</translation>
    </message>
    <message>
        <source>SWEREF 99 TM, sex siffror i meter, till exempel 674032.</source>
        <translation>SWEREF 99 TM, six digits in metres, for example 674032.</translation>
    </message>
    <message>
        <source>Vid behov: var på platsen, till exempel Grusplanen norr om lagerhallen.</source>
        <translation>If needed: where at the site, for example the gravel yard north of the warehouse.</translation>
    </message>
    <message>
        <source>Kommunen där platsen ligger. Välj på namn; koden, till exempel 0180 för Stockholm, fylls i åt dig.</source>
        <translation>The municipality where the place is. Choose by name; the code, for example 0180 for Stockholm, is filled in for you.</translation>
    </message>
    <message>
        <source>Gatuadress och postnummer i Sverige.</source>
        <translation>Street address and postcode in Sweden.</translation>
    </message>
    <message>
        <source>En punkt i SWEREF 99 TM, för platser utan adress.</source>
        <translation>A point in SWEREF 99 TM, for places without an address.</translation>
    </message>
    <message>
        <source>Arbetsställets nummer hos SCB, åtta siffror, om du känner till det för den som lämnar eller tar emot avfallet här.</source>
        <translation>The workplace&apos;s number at Statistics Sweden (SCB), eight digits, if you know it for whoever hands over or receives the waste here.</translation>
    </message>
    <message>
        <source>För en plats utanför Sverige: landets kod med två bokstäver, till exempel NO för Norge eller DE för Tyskland.</source>
        <translation>For a place outside Sweden: the country&apos;s two-letter code, for example NO for Norway or DE for Germany.</translation>
    </message>
    <message>
        <source>Sex siffror ur avfallsförordningens bilaga 3. Sök på kod eller ord, till exempel 160601 eller blybatterier.</source>
        <translation>Six digits from annex 3 of the Waste Ordinance. Search by code or word, for example 160601 or lead batteries.</translation>
    </message>
    <message>
        <source>Vikten i kilogram, högst tre decimaler, till exempel 20,125.</source>
        <translation>The weight in kilograms, at most three decimals, for example 20.125.</translation>
    </message>
    <message>
        <source>Registrets id för samma avfall i närmast föregående anteckning, om du har det. Fylls i när du utgår från en tidigare anteckning.</source>
        <translation>The register&apos;s ID for the same waste in the immediately preceding note, if you have it. Filled in when you start from an earlier note.</translation>
    </message>
    <message>
        <source>R-kod för återvinning eller D-kod för bortskaffande, till exempel R9.</source>
        <translation>R code for recovery or D code for disposal, for example R9.</translation>
    </message>
    <message>
        <source>En bokstav som preciserar metoden. Bara de kombinationer som registret godtar visas.</source>
        <translation>A letter that specifies the method. Only the combinations the register accepts are shown.</translation>
    </message>
    <message>
        <source>Registrets id för anteckningen som ska makuleras.</source>
        <translation>The register&apos;s ID of the note to cancel.</translation>
    </message>
    <message>
        <source>Varför anteckningen makuleras.</source>
        <translation>Why the note is cancelled.</translation>
    </message>
    <message>
        <source>Där avfallet uppstod, till exempel verkstaden.</source>
        <translation>Where the waste arose, for example the workshop.</translation>
    </message>
    <message>
        <source>Ert arbetsställenummer hos SCB, åtta siffror. Skriv SAKNAS om ni inte har något.</source>
        <translation>Your workplace number at Statistics Sweden (SCB), eight digits. Write SAKNAS if you have none.</translation>
    </message>
    <message>
        <source>Varje metod som avfallet har behandlats med under kvartalet, en rad per metod.</source>
        <translation>Every method the waste was treated with during the quarter, one line per method.</translation>
    </message>
    <message>
        <source>Datum och tid då transporten startar.</source>
        <translation>Date and time when the transport starts.</translation>
    </message>
    <message>
        <source>Där du hämtar avfallet.</source>
        <translation>Where you collect the waste.</translation>
    </message>
    <message>
        <source>Dit du kör avfallet.</source>
        <translation>Where you take the waste.</translation>
    </message>
    <message>
        <source>Där avfallet ska hanteras härnäst, ofta er egen anläggning.</source>
        <translation>Where the waste will be handled next, often your own facility.</translation>
    </message>
    <message>
        <source>Där avfallet fanns innan ni tog emot det.</source>
        <translation>Where the waste was before you received it.</translation>
    </message>
    <message>
        <source>Datum då avfallet såldes, köptes eller förmedlades.</source>
        <translation>Date when the waste was sold, bought or brokered.</translation>
    </message>
    <message>
        <source>Anläggningen där avfallet behandlas.</source>
        <translation>The facility where the waste is treated.</translation>
    </message>
    <message>
        <source>Året som redovisas, till exempel 2026.</source>
        <translation>The year reported, for example 2026.</translation>
    </message>
    <message>
        <source>Kvartalet som redovisas, 1–4.</source>
        <translation>The quarter reported, 1–4.</translation>
    </message>
    <message>
        <source>Mängden avfall som inte längre är farligt. Fyll i detta eller material/produkt, eller båda.</source>
        <translation>The quantity of waste that is no longer hazardous. Fill in this or material/product, or both.</translation>
    </message>
    <message>
        <source>Mängden material eller produkt som behandlingen gav.</source>
        <translation>The quantity of material or product the treatment produced.</translation>
    </message>
    <message>
        <source>Bara för spillolja: vad återvinningen gav.</source>
        <translation>Waste oil only: what the recovery produced.</translation>
    </message>
    <message>
        <source>Spillolja som har regenererats till basolja.</source>
        <translation>Waste oil regenerated into base oil.</translation>
    </message>
    <message>
        <source>Spillolja som har materialåtervunnits på annat sätt.</source>
        <translation>Waste oil recovered as material in another way.</translation>
    </message>
    <message>
        <source>Spillolja som har använts som bränsle.</source>
        <translation>Waste oil used as fuel.</translation>
    </message>
    <message>
        <source>Spillolja som har bortskaffats.</source>
        <translation>Waste oil that was disposed of.</translation>
    </message>
    <message>
        <source>Kort beskrivning när resultattypen kräver det, högst 100 tecken.</source>
        <translation>A short description when the result type requires it, at most 100 characters.</translation>
    </message>
    <message>
        <source>Med riktnummer, till exempel 08-123 456 78 eller +46 70 123 45 67. Inga parenteser.</source>
        <translation>With area code, for example 08-123 456 78 or +46 70 123 45 67. No brackets.</translation>
    </message>
    <message>
        <source>Till exempel anna@foretaget.se.</source>
        <translation>For example anna@foretaget.se.</translation>
    </message>
    <message>
        <source>Förnamn och efternamn, utan siffror.</source>
        <translation>First name and surname, without digits.</translation>
    </message>
    <message>
        <source>När ni förde anteckningen, oftast nu. Skickas med tidszon.</source>
        <translation>When you made the note, usually now. Sent with its time zone.</translation>
    </message>
    <message>
        <source>Bara om ni rapporterar åt någon annan: ert eget organisationsnummer, samma som i certifikatet. Lämna tomt annars.</source>
        <translation>Only if you report for someone else: your own organisation number, the same as in the certificate. Leave empty otherwise.</translation>
    </message>
    <message>
        <source>Ert företagsnamn som ombud.</source>
        <translation>Your company name as agent.</translation>
    </message>
    <message>
        <source>Verksamheten som ska föra anteckningen, till exempel 556000-0167. En enskild firma anger personnumret, ett utländskt företag sitt momsnummer.</source>
        <translation>The business that is to keep the note, for example 556000-0167. A sole trader gives the personal identity number, a foreign company its VAT number.</translation>
    </message>
    <message>
        <source>Företagets namn, till exempel Bilverkstan i Ås AB.</source>
        <translation>The company&apos;s name, for example Bilverkstan i Ås AB.</translation>
    </message>
    <message>
        <source>Valfritt: ert eget löpnummer eller signatur, högst 40 tecken, till exempel Order 2026-114.</source>
        <translation>Optional: your own serial number or signature, at most 40 characters, for example Order 2026-114.</translation>
    </message>
    <message>
        <source>En avfallskod och dess mängd. Flera avfallsslag kräver en anteckning var.</source>
        <translation>One waste code and its quantity. Several kinds of waste need one note each.</translation>
    </message>
    <message>
        <source>Hur avfallet transporteras, till exempel vägtransport.</source>
        <translation>How the waste is transported, for example road transport.</translation>
    </message>
    <message>
        <source>Organisationsnumret för företaget som kör avfallet, eller momsnummer för ett utländskt företag.</source>
        <translation>The organisation number of the company that carries the waste, or the VAT number of a foreign company.</translation>
    </message>
    <message>
        <source>Organisationsnummer, personnummer eller momsnummer för den som tar emot avfallet.</source>
        <translation>Organisation number, personal identity number or VAT number of whoever receives the waste.</translation>
    </message>
    <message>
        <source>Den som hade avfallet före er: organisationsnummer, personnummer eller momsnummer. OKÄND om det inte går att ta reda på, KOMMUN för avfall från flera hushåll i kommunen.</source>
        <translation>Whoever had the waste before you: organisation number, personal identity number or VAT number. OKÄND if it cannot be found out, KOMMUN for waste from several households in the municipality.</translation>
    </message>
    <message>
        <source>Datum och tid då avfallet hämtas.</source>
        <translation>Date and time when the waste is collected.</translation>
    </message>
    <message>
        <source>Datum då ni tog emot avfallet.</source>
        <translation>Date when you received the waste.</translation>
    </message>
    <message>
        <source>Dit avfallet transporteras.</source>
        <translation>Where the waste is transported to.</translation>
    </message>
    <message>
        <source>Den som hade avfallet före er: organisationsnummer, personnummer eller momsnummer.</source>
        <translation>Whoever had the waste before you: company registration number, personal identity number or VAT number.</translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vad är ett CFAR-nummer?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Statistiska centralbyrån (SCB) ger varje arbetsställe ett nummer med åtta siffror, CFAR-numret. Ett arbetsställe är en adress där ett företag har verksamhet: ett företag med två verkstäder har två CFAR-nummer, ett för varje adress.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Var hittar jag det?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Numret står på utdrag ur SCB:s företagsregister och ofta i papper från kommunens miljökontor. Du kan också ringa eller skriva till SCB:s företagsregister och fråga efter CFAR-numret för er adress; ha organisationsnumret till hands.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Har ni inget?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skriv SAKNAS som verksamhetens CFAR-nummer. En plats kan du i stället ange med adress.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What is a CFAR number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Statistics Sweden (SCB) gives every workplace a number of eight digits, the CFAR number. A workplace is an address where a company operates: a company with two workshops has two CFAR numbers, one for each address.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where do I find it?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The number is on extracts from SCB&apos;s business register and often in papers from the municipality&apos;s environment office. You can also call or write to SCB&apos;s business register and ask for the CFAR number of your address; have the organisation number at hand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Don&apos;t have one?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write SAKNAS as the business&apos;s CFAR number. A place can be given by its address instead.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vad är det?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <source>Vad ett CFAR-nummer är och var du hittar det</source>
        <translation>What a CFAR number is and where to find it</translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation>CFAR number</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Filen %1 kunde inte skrivas.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>HttpAnswerParser</name>
    <message>
        <source>svaret bröts av innan det var komplett</source>
        <translation>the answer was cut off before it was complete</translation>
    </message>
    <message>
        <source>en rad i svaret är för lång</source>
        <translation>a line in the answer is too long</translation>
    </message>
    <message numerus="yes">
        <source>svarets huvud är större än %n kB</source>
        <translation>
            <numerusform>the answer&apos;s header is larger than %n kB</numerusform>
            <numerusform>the answer&apos;s header is larger than %n kB</numerusform>
        </translation>
    </message>
    <message>
        <source>ogiltig chunkstorlek i svaret</source>
        <translation>invalid chunk size in the answer</translation>
    </message>
    <message numerus="yes">
        <source>svaret är större än %n MB</source>
        <translation>
            <numerusform>the answer is larger than %n MB</numerusform>
            <numerusform>the answer is larger than %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>en chunk i svaret är längre än sin storlek</source>
        <translation>a chunk in the answer is longer than its size</translation>
    </message>
    <message>
        <source>servern svarade inte med HTTP</source>
        <translation>the server did not answer with HTTP</translation>
    </message>
    <message>
        <source>en rad i svarets huvud slutar inte med CRLF</source>
        <translation>a line in the answer&apos;s header does not end with CRLF</translation>
    </message>
    <message>
        <source>en ogiltig rad i svarets huvud</source>
        <translation>an invalid line in the answer&apos;s header</translation>
    </message>
    <message>
        <source>servern bytte protokoll</source>
        <translation>the server switched protocols</translation>
    </message>
    <message>
        <source>svaret har mer än en Content-Length</source>
        <translation>the answer has more than one Content-Length</translation>
    </message>
    <message>
        <source>svaret har både Content-Length och Transfer-Encoding</source>
        <translation>the answer has both Content-Length and Transfer-Encoding</translation>
    </message>
    <message>
        <source>svaret är kodat på ett sätt som inte stöds</source>
        <translation>the answer is encoded in a way that is not supported</translation>
    </message>
    <message>
        <source>ogiltig Content-Length i svaret</source>
        <translation>invalid Content-Length in the answer</translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Inget nummer är ifyllt.</source>
        <translation>No number has been filled in.</translation>
    </message>
    <message>
        <source>Numret får bara innehålla siffror och ett bindestreck.</source>
        <translation>The number may contain only digits and one hyphen.</translation>
    </message>
    <message>
        <source>Bindestrecket ska stå före de fyra sista siffrorna.</source>
        <translation>The hyphen should come before the last four digits.</translation>
    </message>
    <message>
        <source>Plustecken används bara i personnummer för den som har fyllt 100 år.</source>
        <translation>A plus sign is used only in the personal identity number of someone who has turned 100.</translation>
    </message>
    <message>
        <source>Numret ska ha 10 siffror, men har %1.</source>
        <translation>The number should have 10 digits, but has %1.</translation>
    </message>
    <message>
        <source>Ett nummer med 12 siffror ska börja med 16 (organisationsnummer) eller med 18, 19 eller 20 (personnummer).</source>
        <translation>A 12-digit number should start with 16 (organisation number) or with 18, 19 or 20 (personal identity number).</translation>
    </message>
    <message>
        <source>Kontrollsiffran stämmer inte – kontrollera numret.</source>
        <translation>The check digit is wrong – check the number.</translation>
    </message>
    <message>
        <source>Datumet i numret finns inte – kontrollera födelsedatumet.</source>
        <translation>The date in the number does not exist – check the date of birth.</translation>
    </message>
    <message>
        <source>Här krävs ett organisationsnummer, inte ett personnummer.</source>
        <translation>An organisation number is required here, not a personal identity number.</translation>
    </message>
    <message>
        <source>Här krävs ett personnummer, inte ett organisationsnummer.</source>
        <translation>A personal identity number is required here, not an organisation number.</translation>
    </message>
    <message>
        <source>Svenska företag anges med organisationsnummer (10 siffror), inte med VAT-nummer.</source>
        <translation>Swedish companies are given by organisation number (10 digits), not by VAT number.</translation>
    </message>
    <message>
        <source>Svenska företag anges med organisationsnummer, inte med VAT-nummer – skriv %1.</source>
        <translation>Swedish companies are given by organisation number, not by VAT number – write %1.</translation>
    </message>
    <message>
        <source>Ett VAT-nummer består av landets två bokstäver och 5–12 bokstäver eller siffror, till exempel DK12345678.</source>
        <translation>A VAT number consists of the country&apos;s two letters and 5–12 letters or digits, for example DK12345678.</translation>
    </message>
    <message>
        <source>Ett utländskt VAT-nummer kan inte anges här.</source>
        <translation>A foreign VAT number cannot be given here.</translation>
    </message>
    <message>
        <source>Skriv OKÄND med Ä.</source>
        <translation>Write OKÄND with Ä.</translation>
    </message>
    <message>
        <source>OKÄND kan inte anges här.</source>
        <translation>OKÄND cannot be given here.</translation>
    </message>
    <message>
        <source>KOMMUN kan inte anges här.</source>
        <translation>KOMMUN cannot be given here.</translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation>The keychain did not answer.</translation>
    </message>
    <message>
        <source>Certifikatet och nyckeln kunde inte sparas i skyddad form. Prova att importera dem som en PKCS#12-fil (.p12) i stället.</source>
        <translation>The certificate and key could not be stored in protected form. Try importing them as a PKCS#12 file (.p12) instead.</translation>
    </message>
    <message>
        <source>Sandlådan använder sitt eget övningscertifikat. Välj Test, Produktion eller Egen adress innan du importerar ert certifikat.</source>
        <translation>The sandbox uses its own practice certificate. Choose Test, Production or Custom address before you import your certificate.</translation>
    </message>
    <message>
        <source>Mappen %1 kunde inte skapas.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Certifikatet kunde inte sparas i %1: %2</source>
        <translation>The certificate could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Lösenordet kunde inte sparas i nyckelringen, så certifikatet importerades inte: %1</source>
        <translation>The password could not be saved in the keychain, so the certificate was not imported: %1</translation>
    </message>
    <message>
        <source>Inget certifikat är importerat för %1. Importera ert certifikat under Inställningar → Certifikat.</source>
        <translation>No certificate has been imported for %1. Import your certificate under Settings → Certificate.</translation>
    </message>
    <message>
        <source>Certifikatets lösenord kunde inte läsas från nyckelringen: %1</source>
        <translation>The certificate&apos;s password could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring, så lösenordet till certifikatet för %1 behövs en gång under den här sessionen. Ange det under Inställningar → Certifikat.</source>
        <translation>There is no keychain, so the password of the certificate for %1 is needed once during this session. Enter it under Settings → Certificate.</translation>
    </message>
    <message>
        <source>Certifikatet går ut i dag (%1). Beställ ett nytt från er certifikatutfärdare och importera det här.</source>
        <translation>The certificate expires today (%1). Order a new one from your certificate authority and import it here.</translation>
    </message>
    <message numerus="yes">
        <source>Certifikatet går ut om %n dagar (%1). Beställ ett nytt från er certifikatutfärdare i god tid och importera det här.</source>
        <translation>
            <numerusform>The certificate expires in %n day (%1). Order a new one from your certificate authority in good time and import it here.</numerusform>
            <numerusform>The certificate expires in %n days (%1). Order a new one from your certificate authority in good time and import it here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring på den här datorn, och certifikatets nyckel saknar lösenord. Utan nyckelring kan programmet inte spara den skyddad. Importera certifikatet som en PKCS#12-fil (.p12) med lösenord, eller starta nyckelringen (till exempel GNOME-nyckelringen) och försök igen.</source>
        <translation>There is no keyring on this computer, and the certificate&apos;s key has no password. Without a keyring the program cannot store it protected. Import the certificate as a PKCS#12 file (.p12) with a password, or start the keyring (for example GNOME Keyring) and try again.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>Standard in</source>
        <translation>Standard input</translation>
    </message>
    <message>
        <source>%1 är för stor för att vara en anteckning (mer än %2). Kontrollera att du valde rätt fil.</source>
        <translation>%1 is too large to be a note (more than %2). Check that you chose the right file.</translation>
    </message>
    <message>
        <source>%1 är för stor för att vara en certifikatfil (mer än %2). Välj certifikatfilen (.p12, .pfx eller .pem) som du fick från certifikatutfärdaren.</source>
        <translation>%1 is too large to be a certificate file (more than %2). Choose the certificate file (.p12, .pfx or .pem) you received from the certificate authority.</translation>
    </message>
    <message>
        <source>%1 är en mapp, inte en fil.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte läsas: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>MunicipalityModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NoteActions</name>
    <message>
        <source>Bara en osäker anteckning kan skickas igen.</source>
        <translation>Only an uncertain note can be sent again.</translation>
    </message>
    <message>
        <source>Bara en köad anteckning kan skickas nu.</source>
        <translation>Only a queued note can be sent now.</translation>
    </message>
</context>
<context>
    <name>NoteRegister</name>
    <message>
        <source>Lokalt id</source>
        <translation>Local id</translation>
    </message>
    <message>
        <source>Tillstånd</source>
        <translation>State</translation>
    </message>
    <message>
        <source>AvfallsId</source>
        <translation>Waste ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Rättar lokalt id</source>
        <translation>Corrects local id</translation>
    </message>
    <message>
        <source>Rättar avfallsId</source>
        <translation>Corrects avfallsId</translation>
    </message>
    <message>
        <source>Rättad av lokalt id</source>
        <translation>Corrected by local id</translation>
    </message>
    <message>
        <source>Senaste version</source>
        <translation>Latest version</translation>
    </message>
    <message>
        <source>Makulerad den</source>
        <translation>Cancelled on</translation>
    </message>
    <message>
        <source>Makuleringsorsak</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <source>Makuleringsorsak i ord</source>
        <translation>Cancellation reason in words</translation>
    </message>
    <message>
        <source>Egen förklaring till makuleringen</source>
        <translation>Own explanation of the cancellation</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Anteckningstyp</source>
        <translation>Note type</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte skrivas: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Register över egna anteckningar om farligt avfall</source>
        <translation>Register of own notes on hazardous waste</translation>
    </message>
    <message>
        <source>Verksamhet</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Perioden avser</source>
        <translation>The period refers to</translation>
    </message>
    <message>
        <source>anteckningens tidpunkt (när anteckningen gjordes), datumet som det står i anteckningen</source>
        <translation>the note's tidpunkt (when the note was made), the date as written in the note</translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Med</source>
        <translation>Includes</translation>
    </message>
    <message>
        <source>alla anteckningar som inte är utkast; makuleringar och rättelser visas på anteckningen de gäller</source>
        <translation>every note that is not a draft; cancellations and corrections are shown on the note they concern</translation>
    </message>
    <message>
        <source>Flik</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Varav makulerade</source>
        <translation>Of which cancelled</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NoteState</name>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>I kö</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Skickas</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Avvisad</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Osäker</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Makulerad</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>Databasen %1 kan inte öppnas: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Databasen är skapad av en nyare version av Avfallsrapport (schema %1). Uppdatera programmet.</source>
        <translation>The database was created by a newer version of Avfallsrapport (schema %1). Update the program.</translation>
    </message>
    <message>
        <source>Databasen kunde inte uppgraderas: %1</source>
        <translation>The database could not be upgraded: %1</translation>
    </message>
    <message>
        <source>Anteckning %1 finns inte.</source>
        <translation>Note %1 does not exist.</translation>
    </message>
    <message>
        <source>Bara en skickad anteckning kan rättas; %1 är %2.</source>
        <translation>Only a sent note can be corrected; %1 is %2.</translation>
    </message>
    <message>
        <source>Anteckning %1 har redan en nyare version (%2). Rätta den i stället.</source>
        <translation>Note %1 already has a newer version (%2). Correct that one instead.</translation>
    </message>
    <message>
        <source>Bara en skickad anteckning kan makuleras.</source>
        <translation>Only a sent note can be cancelled.</translation>
    </message>
    <message>
        <source>Anteckningen har en nyare version (%1). Makulera den senaste versionen.</source>
        <translation>The note has a newer version (%1). Cancel the latest version.</translation>
    </message>
    <message>
        <source>Markerad som mottagen av användaren.</source>
        <translation>Marked as received by the user.</translation>
    </message>
    <message>
        <source>Programmet avbröts medan anteckningen skickades. Den kan ha kommit fram till registret.</source>
        <translation>The program was interrupted while the note was being sent. It may have reached the register.</translation>
    </message>
    <message>
        <source>Programmet avbröts innan anteckningen hann skickas. Den skickas på nytt.</source>
        <translation>The program was interrupted before the note could be sent. It will be sent again.</translation>
    </message>
    <message>
        <source>Databasen är skadad och kan inte läsas (%1). Anteckningarna i den kan varken visas eller skickas. Stäng programmet och ersätt filen med en säkerhetskopia. Det som redan har skickats finns kvar i avfallsregistret.</source>
        <translation>The database is damaged and cannot be read (%1). The notes in it can neither be shown nor sent. Close the program and replace the file with a backup copy. What has already been sent remains in the waste register.</translation>
    </message>
    <message>
        <source>%1 är inget avfallsId (en GUID).</source>
        <translation>%1 is not a waste ID (a GUID).</translation>
    </message>
    <message>
        <source>Bara en osäker anteckning kan markeras som mottagen.</source>
        <translation>Only an uncertain note can be marked as received.</translation>
    </message>
    <message>
        <source>En makulering tas emot under den makulerade anteckningens avfallsId %1.</source>
        <translation>A cancellation is received under the waste ID of the cancelled note, %1.</translation>
    </message>
    <message>
        <source>AvfallsId %1 hör redan till anteckning %2.</source>
        <translation>Waste ID %1 already belongs to note %2.</translation>
    </message>
</context>
<context>
    <name>NoteSummary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>farligt avfall</source>
        <translation>hazardous waste</translation>
    </message>
    <message>
        <source>inte farligt avfall</source>
        <translation>not hazardous waste</translation>
    </message>
    <message>
        <source>januari–mars</source>
        <translation>January–March</translation>
    </message>
    <message>
        <source>april–juni</source>
        <translation>April–June</translation>
    </message>
    <message>
        <source>juli–september</source>
        <translation>July–September</translation>
    </message>
    <message>
        <source>oktober–december</source>
        <translation>October–December</translation>
    </message>
    <message>
        <source>%1 (kommunkod %2)</source>
        <translation>%1 (municipality code %2)</translation>
    </message>
    <message>
        <source>kommunkod %1</source>
        <translation>municipality code %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>underkod %1</source>
        <translation>subcode %1</translation>
    </message>
    <message>
        <source>underkod %1 – %2</source>
        <translation>subcode %1 – %2</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Koordinat N %1, E %2 (SWEREF 99 TM)</source>
        <translation>Coordinate N %1, E %2 (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>CFAR-nummer %1</source>
        <translation>CFAR number %1</translation>
    </message>
    <message>
        <source>Utomlands, landskod %1</source>
        <translation>Abroad, country code %1</translation>
    </message>
    <message>
        <source>Bara kommunen: %1</source>
        <translation>Municipality only: %1</translation>
    </message>
    <message>
        <source>organisationsnummer</source>
        <translation>organisation number</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <source>samordningsnummer</source>
        <translation>co-ordination number</translation>
    </message>
    <message>
        <source>momsnummer</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>tidigare innehavare okänd</source>
        <translation>previous holder unknown</translation>
    </message>
    <message>
        <source>hushåll i kommunen</source>
        <translation>households in the municipality</translation>
    </message>
    <message>
        <source>avfallsförordningen (2020:614) %1</source>
        <translation>Waste Ordinance (2020:614) %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Utomlands: %1 (landskod %2)</source>
        <translation>Abroad: %1 (country code %2)</translation>
    </message>
</context>
<context>
    <name>NoteType</name>
    <message>
        <source>Farligt avfall lämnas till transport – producent</source>
        <translation>Hazardous waste handed over for transport – producer</translation>
    </message>
    <message>
        <source>Avfallsproducent</source>
        <translation>Waste producer</translation>
    </message>
    <message>
        <source>6 kap. 1 §</source>
        <translation>Chapter 6, section 1</translation>
    </message>
    <message>
        <source>Jag transporterar farligt avfall</source>
        <translation>I transport hazardous waste</translation>
    </message>
    <message>
        <source>Transportör</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>6 kap. 2 §</source>
        <translation>Chapter 6, section 2</translation>
    </message>
    <message>
        <source>Jag tar emot farligt avfall till insamling</source>
        <translation>I receive hazardous waste for collection</translation>
    </message>
    <message>
        <source>Insamlare</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>6 kap. 3 § 1</source>
        <translation>Chapter 6, section 3 (1)</translation>
    </message>
    <message>
        <source>Jag skickar insamlat farligt avfall vidare</source>
        <translation>I pass collected hazardous waste on</translation>
    </message>
    <message>
        <source>6 kap. 3 § 2</source>
        <translation>Chapter 6, section 3 (2)</translation>
    </message>
    <message>
        <source>Jag köper, säljer eller förmedlar farligt avfall</source>
        <translation>I buy, sell or broker hazardous waste</translation>
    </message>
    <message>
        <source>Handlare eller mäklare</source>
        <translation>Dealer or broker</translation>
    </message>
    <message>
        <source>6 kap. 4 §</source>
        <translation>Chapter 6, section 4</translation>
    </message>
    <message>
        <source>Jag tar emot farligt avfall för behandling</source>
        <translation>I receive hazardous waste for treatment</translation>
    </message>
    <message>
        <source>Behandlare</source>
        <translation>Treatment operator</translation>
    </message>
    <message>
        <source>6 kap. 5 § 1</source>
        <translation>Chapter 6, section 5 (1)</translation>
    </message>
    <message>
        <source>Jag redovisar behandlingsresultat för ett kvartal</source>
        <translation>I report treatment results for a quarter</translation>
    </message>
    <message>
        <source>6 kap. 5 § 2</source>
        <translation>Chapter 6, section 5 (2)</translation>
    </message>
    <message>
        <source>Jag lämnar över avfall som är kvar efter behandling</source>
        <translation>I hand over waste that remains after treatment</translation>
    </message>
    <message>
        <source>6 kap. 5 § 3</source>
        <translation>Chapter 6, section 5 (3)</translation>
    </message>
</context>
<context>
    <name>NoteValidator</name>
    <message>
        <source>måste fyllas i.</source>
        <translation>must be filled in.</translation>
    </message>
    <message>
        <source>ska vara ett objekt med egna fält.</source>
        <translation>should be an object with fields of its own.</translation>
    </message>
    <message>
        <source>ska vara text.</source>
        <translation>should be text.</translation>
    </message>
    <message numerus="yes">
        <source>får vara högst %n tecken (nu %1).</source>
        <translation>
            <numerusform>may be at most %n character (now %1).</numerusform>
            <numerusform>may be at most %n characters (now %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>ska vara ett namn med bokstäver, utan siffror, till exempel Anna Svensson.</source>
        <translation>should be a name with letters, without digits, for example Anna Svensson.</translation>
    </message>
    <message>
        <source>ska vara en e-postadress, till exempel anna@foretaget.se.</source>
        <translation>should be an e-mail address, for example anna@foretaget.se.</translation>
    </message>
    <message>
        <source>ska vara en kommunkod med fyra siffror, till exempel 0180.</source>
        <translation>should be a four-digit municipality code, for example 0180.</translation>
    </message>
    <message>
        <source>ska vara åtta siffror.</source>
        <translation>should be eight digits.</translation>
    </message>
    <message>
        <source>ska vara åtta siffror, eller SAKNAS om ni inte har något CFAR-nummer.</source>
        <translation>should be eight digits, or SAKNAS if you have no CFAR number.</translation>
    </message>
    <message>
        <source>har fel format.</source>
        <translation>has the wrong format.</translation>
    </message>
    <message>
        <source>%1 gäller inte den %2. Koden finns bara i avfallsförteckningen för en annan period.</source>
        <translation>%1 does not apply on %2. The code exists only in the list of wastes for another period.</translation>
    </message>
    <message>
        <source>%1 finns inte i avfallsförordningens förteckning.</source>
        <translation>%1 is not in the Waste Ordinance&apos;s list.</translation>
    </message>
    <message>
        <source>%1 är ett kapitel eller underkapitel. Välj en sexsiffrig avfallskod.</source>
        <translation>%1 is a chapter or subchapter. Choose a six-digit waste code.</translation>
    </message>
    <message>
        <source>%1 är inte farligt avfall. Avfallsregistret gäller farligt avfall.</source>
        <translation>%1 is not hazardous waste. The waste register covers hazardous waste.</translation>
    </message>
    <message>
        <source>ska vara ett id från registret i formen 8-4-4-4-12 tecken, till exempel 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation>should be an ID from the register in the form 8-4-4-4-12 characters, for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</translation>
    </message>
    <message>
        <source>%1 är inte en svensk kommunkod.</source>
        <translation>%1 is not a Swedish municipality code.</translation>
    </message>
    <message>
        <source>%1 är inte ett transportsätt i registrets lista (R, T, S, A, W eller P).</source>
        <translation>%1 is not a mode of transport in the register&apos;s list (R, T, S, A, W or P).</translation>
    </message>
    <message>
        <source>%1 finns inte i listan över typer av återvinningsresultat.</source>
        <translation>%1 is not in the list of recovery result types.</translation>
    </message>
    <message>
        <source>ska vara datum och tid, till exempel 2026-11-27T14:05:00+01:00.</source>
        <translation>should be a date and time, for example 2026-11-27T14:05:00+01:00.</translation>
    </message>
    <message>
        <source>ska vara ett tal.</source>
        <translation>should be a number.</translation>
    </message>
    <message>
        <source>ska vara ett heltal.</source>
        <translation>should be a whole number.</translation>
    </message>
    <message>
        <source>ska vara större än 0 kg.</source>
        <translation>should be more than 0 kg.</translation>
    </message>
    <message>
        <source>ska vara ett år från 2020 till i år.</source>
        <translation>should be a year from 2020 to this year.</translation>
    </message>
    <message>
        <source>ska vara 1, 2, 3 eller 4.</source>
        <translation>should be 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>ange adress, koordinat, CFAR-nummer eller land. Bara kommun räcker när tidigare innehavare är OKÄND eller KOMMUN.</source>
        <translation>give an address, coordinate, CFAR number or country. The municipality alone is enough only when the previous holder is OKÄND or KOMMUN.</translation>
    </message>
    <message>
        <source>ange adress, koordinat, CFAR-nummer eller land, inte bara kommun.</source>
        <translation>give an address, coordinate, CFAR number or country, not only the municipality.</translation>
    </message>
    <message>
        <source>ska vara en lista med behandlingar.</source>
        <translation>should be a list of treatments.</translation>
    </message>
    <message>
        <source>ange minst en behandlingsmetod.</source>
        <translation>give at least one treatment method.</translation>
    </message>
    <message>
        <source>ska vara en behandling med kod och underkod.</source>
        <translation>should be a treatment with code and subcode.</translation>
    </message>
    <message>
        <source>%1 finns inte bland metoderna R1–R13 och D1–D15.</source>
        <translation>%1 is not among the methods R1–R13 and D1–D15.</translation>
    </message>
    <message>
        <source>ska vara en R-kod eller D-kod, till exempel R9 eller D10.</source>
        <translation>should be an R code or D code, for example R9 or D10.</translation>
    </message>
    <message>
        <source>%1 har inga underkoder. Lämna underkoden tom.</source>
        <translation>%1 has no subcodes. Leave the subcode empty.</translation>
    </message>
    <message>
        <source>%1 går inte ihop med %2. Möjliga underkoder: %3.</source>
        <translation>%1 does not go with %2. Possible subcodes: %3.</translation>
    </message>
    <message>
        <source>välj vilken sorts %1-behandling det var.</source>
        <translation>choose which kind of %1 treatment it was.</translation>
    </message>
    <message>
        <source>%1 %2 finns redan i listan. Ange varje behandling en gång.</source>
        <translation>%1 %2 is already in the list. Give each treatment once.</translation>
    </message>
    <message>
        <source>ska bara fyllas i när ni rapporterar som ombud. Fyll i ombudets organisationsnummer eller töm fältet.</source>
        <translation>should be filled in only when you report as an agent. Fill in the agent&apos;s organisation number or empty the field.</translation>
    </message>
    <message>
        <source>är samma som verksamhetsutövaren. Lämna ombudsfälten tomma när ni rapporterar för egen räkning.</source>
        <translation>is the same as the operator. Leave the agent fields empty when you report on your own behalf.</translation>
    </message>
    <message>
        <source>ligger i framtiden. Ange när anteckningen faktiskt gjordes.</source>
        <translation>is in the future. Give the time when the note was actually made.</translation>
    </message>
    <message>
        <source>är före anteckningens tidpunkt. Anteckningen ska göras innan transporten börjar – skicka ändå om uppgifterna stämmer, så blir rapporten inte ännu senare.</source>
        <translation>is before the time of the note. The note should be made before the transport starts – send anyway if the details are right, so that the report is not even later.</translation>
    </message>
    <message>
        <source>kvartalet har inte börjat ännu.</source>
        <translation>the quarter has not started yet.</translation>
    </message>
    <message>
        <source>fyll i mängden icke-farligt avfall eller mängden material/produkt (eller båda).</source>
        <translation>fill in the quantity of non-hazardous waste or the quantity of material/product (or both).</translation>
    </message>
    <message>
        <source>anges bara för avfallskoder som kräver resultat av återvinning (spillolja).</source>
        <translation>is given only for waste codes that require a recovery result (waste oil).</translation>
    </message>
    <message>
        <source>anges bara för spillolja med en typ av återvinningsresultat.</source>
        <translation>is given only for waste oil with a type of recovery result.</translation>
    </message>
    <message>
        <source>ska inte anges för resultattypen %1.</source>
        <translation>should not be given for the result type %1.</translation>
    </message>
    <message>
        <source>Fältet &quot;%1&quot; finns inte i en makulering.</source>
        <translation>The field &quot;%1&quot; does not exist in a cancellation.</translation>
    </message>
    <message>
        <source>AvfallsId: måste fyllas i.</source>
        <translation>Waste ID: must be filled in.</translation>
    </message>
    <message>
        <source>AvfallsId: har fel format.</source>
        <translation>Waste ID: has the wrong format.</translation>
    </message>
    <message>
        <source>Orsak: ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt.</source>
        <translation>Reason: should be FelAvfall, FelAnteckningstyp, FelVU or SkickatDubbelt.</translation>
    </message>
    <message>
        <source>heter &quot;%1&quot; i registrets modell, inte &quot;%2&quot;. Registret godtar det; det skickas som &quot;%1&quot;.</source>
        <translation>is called &quot;%1&quot; in the register&apos;s model, not &quot;%2&quot;. The register accepts it; it is sent as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fältet &quot;%1&quot; finns inte i %2. Registret bortser från det, och det skickas inte.</source>
        <translation>The field &quot;%1&quot; does not exist in %2. The register ignores it, and it is not sent.</translation>
    </message>
    <message>
        <source>är skrivet som text (&quot;%1&quot;). Registret läser det som ett tal, och det skickas som tal.</source>
        <translation>is written as text (&quot;%1&quot;). The register reads it as a number, and it is sent as a number.</translation>
    </message>
    <message>
        <source>står flera gånger med olika stora och små bokstäver (%1). Vilket registret tar går inte att veta; ta bort alla utom ett.</source>
        <translation>appears several times with different upper and lower case (%1). Which one the register takes cannot be known; remove all but one.</translation>
    </message>
    <message>
        <source>ska vara text inom citattecken, till exempel &quot;%1&quot;.</source>
        <translation>should be text in quotation marks, for example &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>innehåller tecken som registret inte godtar: %1. Använd %2.</source>
        <translation>contains characters the register does not accept: %1. Use %2.</translation>
    </message>
    <message>
        <source>bokstäver, siffror, mellanslag och . , ? : - / ( ) &amp; + &apos;</source>
        <translation>letters, digits, spaces and . , ? : - / ( ) &amp; + &apos;</translation>
    </message>
    <message>
        <source>bokstäver, mellanslag och , - . : &apos;</source>
        <translation>letters, spaces and , - . : &apos;</translation>
    </message>
    <message>
        <source>bokstäver, siffror, mellanslag och , . - &amp; / &quot; _ ( ) ?</source>
        <translation>letters, digits, spaces and , . - &amp; / &quot; _ ( ) ?</translation>
    </message>
    <message>
        <source>ska vara 1–100 tecken.</source>
        <translation>should be 1–100 characters.</translation>
    </message>
    <message>
        <source>innehåller tecken som registret inte godtar: %1.</source>
        <translation>contains characters the register does not accept: %1.</translation>
    </message>
    <message>
        <source>ska vara ett telefonnummer med 2–12 siffror, eller + och landsnummer följt av 3–12 siffror, till exempel 08-123 456 78 eller +46 70 123 45 67. Siffrorna får skiljas åt med ett mellanslag eller bindestreck; parenteser är inte tillåtna.</source>
        <translation>should be a phone number with 2–12 digits, or + and a country code followed by 3–12 digits, for example 08-123 456 78 or +46 70 123 45 67. The digits may be separated by a space or a hyphen; brackets are not allowed.</translation>
    </message>
    <message>
        <source>ska vara fem siffror, till exempel 116 45.</source>
        <translation>should be five digits, for example 116 45.</translation>
    </message>
    <message>
        <source>ska vara sex siffror, till exempel 16 06 01.</source>
        <translation>should be six digits, for example 16 06 01.</translation>
    </message>
    <message>
        <source>ska vara en landskod med två bokstäver, till exempel NO.</source>
        <translation>should be a two-letter country code, for example NO.</translation>
    </message>
    <message numerus="yes">
        <source>har bara %n siffror. Kontrollera att riktnummer och hela numret kom med.</source>
        <translation>
            <numerusform>has only one digit. Check that the area code and the whole number are there.</numerusform>
            <numerusform>has only %n digits. Check that the area code and the whole number are there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ser inte ut som ett svenskt postnummer (de börjar med 1–9). Kontrollera numret; registret tar fem siffror.</source>
        <translation>%1 does not look like a Swedish postcode (they start with 1–9). Check the number; the register accepts five digits.</translation>
    </message>
    <message>
        <source>SE ska inte anges. En plats i Sverige anges med kommun och adress, koordinat eller CFAR-nummer.</source>
        <translation>SE must not be given. A place in Sweden is given by its municipality and an address, a coordinate or a CFAR number.</translation>
    </message>
    <message>
        <source>%1 är inte en landskod enligt ISO 3166-1.</source>
        <translation>%1 is not an ISO 3166-1 country code.</translation>
    </message>
    <message>
        <source>%1 finns inte i avfallsförteckningen.</source>
        <translation>%1 is not in the list of waste codes.</translation>
    </message>
    <message>
        <source>%1 gällde den %2, men registret använder nu förteckningen som gäller från %3, och där finns koden inte. Registret kommer att avvisa anteckningen. Välj den kod som gäller nu för samma avfall.</source>
        <translation>%1 was valid on %2, but the register now uses the list in force from %3, which does not have the code. The register will reject the note. Choose the code that applies now to the same waste.</translation>
    </message>
    <message>
        <source>%1 fanns inte i förteckningen som gällde den %2, men registrets lista (från %3) har koden och godtar den. Registrets lista avgör; anteckningen kan skickas.</source>
        <translation>%1 was not in the list in force on %2, but the register&apos;s list (from %3) has the code and accepts it. The register&apos;s list decides; the note can be sent.</translation>
    </message>
    <message>
        <source>%1 gällde den %2 men finns inte i förteckningen som gäller från %3. Har registret redan bytt lista avvisar det anteckningen. Hämta registrets värdelistor för att få veta säkert.</source>
        <translation>%1 was valid on %2 but is not in the list in force from %3. If the register has already changed its list, it will reject the note. Fetch the register&apos;s value lists to know for sure.</translation>
    </message>
    <message numerus="yes">
        <source>får ha högst tre decimaler (gram), men %1 har %n.</source>
        <translation>
            <numerusform>may have at most three decimals (grams), but %1 has one.</numerusform>
            <numerusform>may have at most three decimals (grams), but %1 has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>ska vara sju siffror (SWEREF 99 TM, meter norrut).</source>
        <translation>should be seven digits (SWEREF 99 TM, metres north).</translation>
    </message>
    <message>
        <source>ska vara sex siffror (SWEREF 99 TM, meter österut).</source>
        <translation>should be six digits (SWEREF 99 TM, metres east).</translation>
    </message>
    <message>
        <source>%1 ligger utanför Sverige i SWEREF 99 TM (6090340–7689479). Kontrollera att nord och ost inte har bytt plats.</source>
        <translation>%1 lies outside Sweden in SWEREF 99 TM (6090340–7689479). Check that north and east have not been swapped.</translation>
    </message>
    <message>
        <source>%1 ligger utanför Sverige i SWEREF 99 TM (181896–999999). Kontrollera att nord och ost inte har bytt plats.</source>
        <translation>%1 lies outside Sweden in SWEREF 99 TM (181896–999999). Check that north and east have not been swapped.</translation>
    </message>
    <message>
        <source>anges bara för en plats utanför Sverige, och då utan kommun. Töm kommunen för en plats utomlands, eller landet för en plats i Sverige.</source>
        <translation>is given only for a place outside Sweden, and then without a municipality. Clear the municipality for a place abroad, or the country for a place in Sweden.</translation>
    </message>
    <message>
        <source>adress, koordinat och CFAR-nummer gäller platser i Sverige. För en plats utomlands anges bara landet.</source>
        <translation>address, coordinate and CFAR number are for places in Sweden. For a place abroad only the country is given.</translation>
    </message>
    <message>
        <source>måste fyllas i för en plats i Sverige. För en plats utomlands anges landet i stället.</source>
        <translation>must be filled in for a place in Sweden. For a place abroad give the country instead.</translation>
    </message>
    <message>
        <source>kan inte anges för den här platsen; registret tar CFAR-nummer bara för uppkomstplats, slutplats och senaste hanteringsplats. Ange adress eller koordinat.</source>
        <translation>cannot be given for this place; the register takes CFAR numbers only for the place of origin, the end of a transport and the latest handling place. Give an address or a coordinate.</translation>
    </message>
    <message>
        <source>anges på flera sätt (adress, koordinat eller CFAR-nummer). Allt skickas och kontrolleras; räcker ett sätt kan du tömma de andra.</source>
        <translation>is given in several ways (address, coordinate or CFAR number). Everything is sent and checked; if one way is enough you can clear the others.</translation>
    </message>
    <message>
        <source>ange adress, koordinat eller land, inte bara kommun.</source>
        <translation>give an address, a coordinate or a country, not only the municipality.</translation>
    </message>
    <message>
        <source>%1 ligger före den 1 november 2020, då avfallsregistret startade. Ange när anteckningen faktiskt gjordes.</source>
        <translation>%1 is before 1 November 2020, when the waste register started. Give the time the note was actually made.</translation>
    </message>
    <message>
        <source>ligger i framtiden. Kontrollera datumet; det som antecknas ska ha hänt.</source>
        <translation>is in the future. Check the date; what is noted should have happened.</translation>
    </message>
    <message>
        <source>är senare än när anteckningen gjordes. Anteckningen görs normalt efter att det har hänt – kontrollera båda tiderna.</source>
        <translation>is later than when the note was made. A note is normally made after the event – check both times.</translation>
    </message>
    <message>
        <source> (Enligt vår egen tolkning av förteckningen; registrets lista är inte hämtad.)</source>
        <translation> (By our own reading of the list; the register&apos;s list has not been fetched.)</translation>
    </message>
    <message>
        <source>måste fyllas i när mängder för spillolja anges.</source>
        <translation>must be filled in when quantities of waste oil are given.</translation>
    </message>
    <message>
        <source>måste fyllas i: avfallskoden kräver resultat av återvinning (spillolja).</source>
        <translation>must be filled in: the waste code calls for the result of recovery (waste oil).</translation>
    </message>
    <message>
        <source> (Enligt vår egen lista över resultattyper, som registret inte har bekräftat.)</source>
        <translation> (By our own list of result types, which the register has not confirmed.)</translation>
    </message>
    <message>
        <source>måste fyllas i för resultattypen %1.</source>
        <translation>must be filled in for the result type %1.</translation>
    </message>
    <message>
        <source>ingen mängd spillolja är ifylld för resultattypen %1. Fyll i de mängder som gäller.</source>
        <translation>no quantity of waste oil is filled in for the result type %1. Fill in the quantities that apply.</translation>
    </message>
</context>
<context>
    <name>OutcomeRules</name>
    <message>
        <source>Registret tog emot anteckningen.</source>
        <translation>The register accepted the note.</translation>
    </message>
    <message>
        <source>Registret svarade %1 men utan giltigt avfallsId. Anteckningen kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The register answered %1 but without a valid waste ID. The note may have arrived; do not send it again without checking.</translation>
    </message>
    <message>
        <source>Registret tog inte emot anteckningen (HTTP %1%2).</source>
        <translation>The register did not accept the note (HTTP %1%2).</translation>
    </message>
    <message>
        <source>Registret godtog inte inloggningen (HTTP %1). Kontrollera token, nyckel och hemlighet, och att avtalet gäller denna miljö.</source>
        <translation>The register did not accept the login (HTTP %1). Check the token, key and secret, and that the agreement covers this environment.</translation>
    </message>
    <message>
        <source>Registret ber om färre anrop just nu (HTTP 429).</source>
        <translation>The register asks for fewer calls right now (HTTP 429).</translation>
    </message>
    <message>
        <source>Registret är inte tillgängligt just nu (HTTP 503%1).</source>
        <translation>The register is not available right now (HTTP 503%1).</translation>
    </message>
    <message numerus="yes">
        <source>Anteckningen skickas igen automatiskt, tidigast om %n sekunder.</source>
        <translation>
            <numerusform>The note will be sent again automatically, in %n second at the earliest.</numerusform>
            <numerusform>The note will be sent again automatically, in %n seconds at the earliest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anteckningen skickas igen automatiskt.</source>
        <translation>The note will be sent again automatically.</translation>
    </message>
    <message>
        <source>Registret behandlade inte anteckningen (HTTP %1). Den skickas igen automatiskt.</source>
        <translation>The register did not process the note (HTTP %1). It will be sent again automatically.</translation>
    </message>
    <message>
        <source>Registret svarade med ett fel (HTTP %1%2) efter att anteckningen hade skickats. Den kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The register answered with an error (HTTP %1%2) after the note had been sent. It may have arrived; do not send it again without checking.</translation>
    </message>
    <message>
        <source>Registret svarade att tiden tog slut (HTTP 408). Anteckningen kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The register answered that time ran out (HTTP 408). The note may have arrived; do not send it again without checking.</translation>
    </message>
    <message>
        <source>Registret svarade oväntat (HTTP %1%2). Anteckningen kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The register answered unexpectedly (HTTP %1%2). The note may have arrived; do not send it again without checking.</translation>
    </message>
    <message>
        <source>Förbindelsen bröts innan hela anteckningen hade skickats (%1). Den kan inte ha kommit fram och skickas igen automatiskt.</source>
        <translation>The connection broke before the whole note had been sent (%1). It cannot have arrived and will be sent again automatically.</translation>
    </message>
    <message>
        <source>Registret gick inte att nå (%1). Anteckningen ligger kvar i kön och skickas när förbindelsen fungerar.</source>
        <translation>The register could not be reached (%1). The note stays in the queue and will be sent when the connection works.</translation>
    </message>
    <message>
        <source>Anteckningen skickades inte: försöket kunde inte sparas i den lokala kön (%1). Den ligger kvar i kön och skickas senare.</source>
        <translation>The note was not sent: the attempt could not be saved in the local queue (%1). It stays in the queue and will be sent later.</translation>
    </message>
    <message>
        <source>Anteckningen skickades inte: %1</source>
        <translation>The note was not sent: %1</translation>
    </message>
    <message>
        <source>Registret godtog inte ert certifikat (%1). Kontrollera att det är giltigt och gäller rätt miljö.</source>
        <translation>The register did not accept your certificate (%1). Check that it is valid and for the right environment.</translation>
    </message>
    <message>
        <source>Förbindelsen avbröts av registret (%1) efter att anteckningen hade skickats. Den kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The register broke off the connection (%1) after the note had been sent. It may have arrived; do not send it again without checking.</translation>
    </message>
    <message>
        <source>Anteckningen skickades men inget säkert svar kom (%1). Den kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation>The note was sent but no reliable answer came (%1). It may have arrived; do not send it again without checking.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Spara all data (databas, cache, inställningar, certifikat) i &lt;mapp&gt;.</source>
        <translation>Save all data (database, cache, settings, certificates) in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>mapp</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>RecoveryResultTypeModel</name>
    <message>
        <source>%1 (ej bekräftad)</source>
        <translation>%1 (not confirmed)</translation>
    </message>
</context>
<context>
    <name>RegisterError</name>
    <message>
        <source>Registret avvisade anteckningen utan att tala om vilken uppgift det gäller: antingen ett oväntat fel hos registret eller en uppgift som inte godtogs. Kontrollera uppgifterna och försök igen senare; kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation>The register rejected the note without saying which detail it concerns: either an unexpected error at the register or a detail that was not accepted. Check the details and try again later; contact Naturvårdsverket if the error persists.</translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer har fel form. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The agent&apos;s organisation number has the wrong form. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer saknas. Rapporterar ni för någon annan, fyll i ert eget organisationsnummer som ombud.</source>
        <translation>The agent&apos;s organisation number is missing. If you report for someone else, fill in your own organisation number as agent.</translation>
    </message>
    <message>
        <source>Ombud ska inte fyllas i när ni rapporterar för er egen verksamhet. Töm uppgifterna om ombud.</source>
        <translation>The agent should not be filled in when you report for your own business. Clear the agent details.</translation>
    </message>
    <message>
        <source>Verksamhetsutövarens organisationsnummer saknas. Fyll i organisationsnumret för det företag som ska föra anteckningen.</source>
        <translation>The operator&apos;s organisation number is missing. Fill in the organisation number of the company that is to keep the note.</translation>
    </message>
    <message>
        <source>Verksamhetsutövarens organisationsnummer har fel form. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The operator&apos;s organisation number has the wrong form. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Varken verksamhetsutövaren eller ombudet har samma organisationsnummer som ert certifikat. Rapporterar ni för någon annan, fyll i er själva som ombud.</source>
        <translation>Neither the operator nor the agent has the same organisation number as your certificate. If you report for someone else, fill in yourselves as the agent.</translation>
    </message>
    <message>
        <source>Tidpunkten då anteckningen gjordes saknas. Fyll i datum och klockslag.</source>
        <translation>The time when the note was made is missing. Fill in the date and time of day.</translation>
    </message>
    <message>
        <source>Tidpunkten då anteckningen gjordes ligger utanför det tillåtna, till exempel i framtiden. Kontrollera datum och klockslag.</source>
        <translation>The time when the note was made is outside what is allowed, for example in the future. Check the date and time of day.</translation>
    </message>
    <message>
        <source>Er referens innehåller tecken som inte är tillåtna. Använd bokstäver, siffror och vanliga skiljetecken, högst 40 tecken.</source>
        <translation>Your reference contains characters that are not allowed. Use letters, digits and ordinary punctuation, at most 40 characters.</translation>
    </message>
    <message>
        <source>Registret känner inte till en kommunkod. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The register does not know a municipality code. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Registret känner inte igen länet i en kommunkod (de två första siffrorna). Välj kommunen i listan i stället för att skriva koden.</source>
        <translation>The register does not recognise the county in a municipality code (the first two digits). Choose the municipality in the list instead of typing the code.</translation>
    </message>
    <message>
        <source>En kommunkod saknas. Välj kommunen där platsen ligger.</source>
        <translation>A municipality code is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Ett postnummer har inte fem siffror. Skriv postnumret utan mellanslag, till exempel 11452.</source>
        <translation>A postcode does not have five digits. Write the postcode without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Id-numret för avfallet i föregående anteckning har fel form. Kopiera det avfallId som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation>The ID of the waste in the previous note has the wrong form. Copy the avfallId the register gave, 36 characters with hyphens, without changes.</translation>
    </message>
    <message>
        <source>Avfallskoden finns inte i registrets lista. Välj avfallstypen i listan.</source>
        <translation>The waste code is not in the register&apos;s list. Choose the type of waste in the list.</translation>
    </message>
    <message>
        <source>Avfallskoden saknas. Välj vilken typ av avfall anteckningen gäller.</source>
        <translation>The waste code is missing. Choose which type of waste the note concerns.</translation>
    </message>
    <message>
        <source>Avfallskoden har fel form. Den ska ha sex siffror utan mellanslag och stjärna, till exempel 130205.</source>
        <translation>The waste code has the wrong form. It should have six digits without spaces or asterisk, for example 130205.</translation>
    </message>
    <message>
        <source>Registret hittar ingen anteckning med det id-nummer (avfallId) som rättelsen gäller. Kontrollera att anteckningen togs emot i samma miljö, test eller produktion.</source>
        <translation>The register finds no note with the ID (avfallId) the correction concerns. Check that the note was received in the same environment, test or production.</translation>
    </message>
    <message>
        <source>Id-numret (avfallId) för anteckningen som ska rättas saknas. Rätta bara anteckningar som registret har tagit emot.</source>
        <translation>The ID (avfallId) of the note to correct is missing. Correct only notes the register has received.</translation>
    </message>
    <message>
        <source>Id-numret (avfallId) för anteckningen som ska rättas har fel form. Det ska vara registrets avfallId, 36 tecken med bindestreck, utan ändringar.</source>
        <translation>The ID (avfallId) of the note to correct has the wrong form. It should be the register&apos;s avfallId, 36 characters with hyphens, without changes.</translation>
    </message>
    <message>
        <source>Mängden avfall måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity of waste must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden avfall har fel form. Ange vikten i kilo som ett tal med högst tre decimaler.</source>
        <translation>The quantity of waste has the wrong form. Give the weight in kilograms as a number with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden avfall saknas. Ange vikten i kilo.</source>
        <translation>The quantity of waste is missing. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Transportsättet saknas. Välj hur avfallet transporteras, till exempel på väg.</source>
        <translation>The mode of transport is missing. Choose how the waste is transported, for example by road.</translation>
    </message>
    <message>
        <source>Transportsättet har en kod som inte finns. Välj transportsättet i listan.</source>
        <translation>The mode of transport has a code that does not exist. Choose the mode of transport in the list.</translation>
    </message>
    <message>
        <source>En behandlingsmetod är varken en R-kod (återvinning) eller en D-kod (bortskaffande). Välj metoden i listan.</source>
        <translation>A treatment method is neither an R code (recovery) nor a D code (disposal). Choose the method in the list.</translation>
    </message>
    <message>
        <source>En behandlingsmetod har fel form. Välj metoden i listan, till exempel R9 eller D10.</source>
        <translation>A treatment method has the wrong form. Choose the method in the list, for example R9 or D10.</translation>
    </message>
    <message>
        <source>En behandling saknar behandlingsmetod. Välj metoden för varje behandling.</source>
        <translation>A treatment has no treatment method. Choose the method for each treatment.</translation>
    </message>
    <message>
        <source>En behandlingsmetod godtas inte av registret. Välj metoden i listan.</source>
        <translation>A treatment method is not accepted by the register. Choose the method in the list.</translation>
    </message>
    <message>
        <source>Registret godtar inte tidpunkten då anteckningen kom in. Den fyller ni inte i själva; försök skicka igen och kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation>The register does not accept the time when the note came in. You do not fill that in yourselves; try sending again and contact Naturvårdsverket if the error persists.</translation>
    </message>
    <message>
        <source>Registret saknar tidpunkten då anteckningen kom in. Den fyller ni inte i själva; försök skicka igen och kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation>The register is missing the time when the note came in. You do not fill that in yourselves; try sending again and contact Naturvårdsverket if the error persists.</translation>
    </message>
    <message>
        <source>Mottagningsdatumet är felaktigt. Ange det datum då ni tog emot avfallet.</source>
        <translation>The date of receipt is wrong. Give the date when you received the waste.</translation>
    </message>
    <message>
        <source>Mottagningsdatumet saknas. Ange det datum då ni tog emot avfallet.</source>
        <translation>The date of receipt is missing. Give the date when you received the waste.</translation>
    </message>
    <message>
        <source>Startdatumet för transporten är felaktigt. Ange det datum då transporten börjar.</source>
        <translation>The start date of the transport is wrong. Give the date when the transport starts.</translation>
    </message>
    <message>
        <source>Startdatumet för transporten saknas. Ange det datum då transporten börjar.</source>
        <translation>The start date of the transport is missing. Give the date when the transport starts.</translation>
    </message>
    <message>
        <source>Den tidigare innehavarens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The previous holder&apos;s organisation number is wrong. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Den tidigare innehavaren saknas. Fyll i organisationsnumret för den som hade avfallet före er.</source>
        <translation>The previous holder is missing. Fill in the organisation number of whoever had the waste before you.</translation>
    </message>
    <message>
        <source>Den nya innehavarens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The new holder&apos;s organisation number is wrong. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Den nya innehavaren saknas. Fyll i organisationsnumret för den som tar emot avfallet.</source>
        <translation>The new holder is missing. Fill in the organisation number of whoever receives the waste.</translation>
    </message>
    <message>
        <source>Transaktionsdatumet är felaktigt. Ange det datum då avfallet köptes, såldes eller förmedlades.</source>
        <translation>The transaction date is wrong. Give the date when the waste was bought, sold or brokered.</translation>
    </message>
    <message>
        <source>Transaktionsdatumet saknas. Ange det datum då avfallet köptes, såldes eller förmedlades.</source>
        <translation>The transaction date is missing. Give the date when the waste was bought, sold or brokered.</translation>
    </message>
    <message>
        <source>Mottagarens organisationsnummer är felaktigt. Kontrollera den som tar emot avfallet (ny innehavare): skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The recipient&apos;s organisation number is wrong. Check whoever receives the waste (new holder): write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Mottagarens organisationsnummer saknas. Fyll i organisationsnumret för den som tar emot avfallet (ny innehavare).</source>
        <translation>The recipient&apos;s organisation number is missing. Fill in the organisation number of whoever receives the waste (new holder).</translation>
    </message>
    <message>
        <source>Avsändarens organisationsnummer är felaktigt. Kontrollera den som lämnar ifrån sig avfallet (tidigare innehavare): skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The sender&apos;s organisation number is wrong. Check whoever hands over the waste (previous holder): write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Avsändarens organisationsnummer saknas. Fyll i organisationsnumret för den som lämnar ifrån sig avfallet (tidigare innehavare).</source>
        <translation>The sender&apos;s organisation number is missing. Fill in the organisation number of whoever hands over the waste (previous holder).</translation>
    </message>
    <message>
        <source>Transportörens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>The carrier&apos;s organisation number is wrong. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Transportörens organisationsnummer saknas. Fyll i organisationsnumret för det företag som kör avfallet.</source>
        <translation>The carrier&apos;s organisation number is missing. Fill in the organisation number of the company that carries the waste.</translation>
    </message>
    <message>
        <source>Mängden icke farligt avfall som behandlingen gav måste vara större än noll. Ange vikten i kilo, eller töm fältet och ange mängden material eller produkt i stället.</source>
        <translation>The quantity of non-hazardous waste the treatment produced must be more than zero. Give the weight in kilograms, or clear the field and give the quantity of material or product instead.</translation>
    </message>
    <message>
        <source>Mängden icke farligt avfall som behandlingen gav har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity of non-hazardous waste the treatment produced has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity the treatment produced (material or product, or non-hazardous waste) must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity the treatment produced (material or product, or non-hazardous waste) has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Id-numret för ett formulär är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The ID of a form is wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat har fel form. Välj typen i listan; den anges bara för spillolja.</source>
        <translation>The type of recovery result has the wrong form. Choose the type in the list; it is given only for waste oil.</translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat saknas. För spillolja ska ni välja vilket resultat återvinningen gav.</source>
        <translation>The type of recovery result is missing. For waste oil you must choose which result the recovery produced.</translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat finns inte i registrets lista. Välj en typ i listan.</source>
        <translation>The type of recovery result is not in the register&apos;s list. Choose a type in the list.</translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity of regenerated waste oil has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation>The quantity of regenerated waste oil is missing. The chosen type of recovery result requires it; give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity of regenerated waste oil must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation>The quantity of regenerated waste oil should not be given for the chosen type of recovery result. Clear the field.</translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity of waste oil for other material recovery has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation>The quantity of waste oil for other material recovery is missing. The chosen type of recovery result requires it; give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity of waste oil for other material recovery must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation>The quantity of waste oil for other material recovery should not be given for the chosen type of recovery result. Clear the field.</translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity of waste oil for energy recovery has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation>The quantity of waste oil for energy recovery is missing. The chosen type of recovery result requires it; give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity of waste oil for energy recovery must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation>The quantity of waste oil for energy recovery should not be given for the chosen type of recovery result. Clear the field.</translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation>The quantity of waste oil disposed of has the wrong form. Give the weight in kilograms with at most three decimals.</translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation>The quantity of waste oil disposed of is missing. The chosen type of recovery result requires it; give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats måste vara större än noll. Ange vikten i kilo.</source>
        <translation>The quantity of waste oil disposed of must be more than zero. Give the weight in kilograms.</translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation>The quantity of waste oil disposed of should not be given for the chosen type of recovery result. Clear the field.</translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 100 tecken.</source>
        <translation>The description of other recovery of waste oil is not accepted. Use letters, digits and ordinary punctuation, at most 100 characters.</translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja saknas. Den valda typen av återvinningsresultat kräver att ni beskriver återvinningen.</source>
        <translation>The description of other recovery of waste oil is missing. The chosen type of recovery result requires you to describe the recovery.</translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation>The description of other recovery of waste oil should not be given for the chosen type of recovery result. Clear the field.</translation>
    </message>
    <message>
        <source>En landskod är felaktig. Ange landet med två bokstäver, till exempel NO för Norge.</source>
        <translation>A country code is wrong. Give the country with two letters, for example NO for Norway.</translation>
    </message>
    <message>
        <source>Landskod ska inte anges för en plats i Sverige. Töm landskoden och ange kommun och adress i stället.</source>
        <translation>A country code should not be given for a place in Sweden. Clear the country code and give the municipality and address instead.</translation>
    </message>
    <message>
        <source>En landskod saknas. För en plats utomlands, ange landet med två bokstäver, till exempel DK för Danmark.</source>
        <translation>A country code is missing. For a place abroad, give the country with two letters, for example DK for Denmark.</translation>
    </message>
    <message>
        <source>Landskod ska inte anges för den här platsen. Töm landskoden och ange kommun och adress i stället.</source>
        <translation>A country code should not be given for this place. Clear the country code and give the municipality and address instead.</translation>
    </message>
    <message>
        <source>Id-numret för anteckningen har fel form. Använd det avfallId som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation>The ID of the note has the wrong form. Use the avfallId the register gave, 36 characters with hyphens, without changes.</translation>
    </message>
    <message>
        <source>Id-numret för avfallet (avfallId) har fel form. Använd det som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation>The ID of the waste (avfallId) has the wrong form. Use the one the register gave, 36 characters with hyphens, without changes.</translation>
    </message>
    <message>
        <source>Programmet bad registret om ett ogiltigt antal rader per sida. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation>The program asked the register for an invalid number of rows per page. It is not caused by your details; try again and report the error to the program&apos;s supplier if it persists.</translation>
    </message>
    <message>
        <source>Programmet bad registret om en typ av anteckning som inte finns. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation>The program asked the register for a type of note that does not exist. It is not caused by your details; try again and report the error to the program&apos;s supplier if it persists.</translation>
    </message>
    <message>
        <source>Programmet bad registret om ett sidnummer som är noll eller mindre. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation>The program asked the register for a page number that is zero or less. It is not caused by your details; try again and report the error to the program&apos;s supplier if it persists.</translation>
    </message>
    <message>
        <source>Ett organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation>An organisation number is wrong. Write ten digits without a hyphen, or the VAT registration number of a foreign company.</translation>
    </message>
    <message>
        <source>Ett organisationsnummer saknas. Fyll i alla organisationsnummer som anteckningen kräver.</source>
        <translation>An organisation number is missing. Fill in every organisation number the note requires.</translation>
    </message>
    <message>
        <source>Ett organisationsnamn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken.</source>
        <translation>An organisation name is not accepted. Use letters, digits and ordinary punctuation.</translation>
    </message>
    <message>
        <source>Ett organisationsnamn saknas. Fyll i företagets namn.</source>
        <translation>An organisation name is missing. Fill in the company&apos;s name.</translation>
    </message>
    <message>
        <source>Id-numret för en PDF-fil är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The ID of a PDF file is wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Anteckningen har redan rättats, så det finns en nyare version. Gör rättelsen utifrån den senaste versionen.</source>
        <translation>The note has already been corrected, so there is a newer version. Make the correction from the latest version.</translation>
    </message>
    <message>
        <source>En rättelse måste vara av samma typ som den ursprungliga anteckningen. Makulera anteckningen och gör en ny av rätt typ i stället.</source>
        <translation>A correction must be of the same type as the original note. Cancel the note and make a new one of the right type instead.</translation>
    </message>
    <message>
        <source>Namnet på verksamhetens kontaktperson saknas. Fyll i vem registret kan kontakta om anteckningen.</source>
        <translation>The name of the business&apos;s contact person is missing. Fill in whom the register can contact about the note.</translation>
    </message>
    <message>
        <source>Namnet på verksamhetens kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken.</source>
        <translation>The name of the business&apos;s contact person is not accepted. Use letters and ordinary punctuation.</translation>
    </message>
    <message>
        <source>E-postadressen till verksamhetens kontaktperson saknas. Fyll i en adress där kontaktpersonen nås.</source>
        <translation>The e-mail address of the business&apos;s contact person is missing. Fill in an address where the contact person can be reached.</translation>
    </message>
    <message>
        <source>E-postadressen till verksamhetens kontaktperson är felaktig. Kontrollera den, till exempel namn@foretag.se.</source>
        <translation>The e-mail address of the business&apos;s contact person is wrong. Check it, for example namn@foretag.se.</translation>
    </message>
    <message>
        <source>Telefonnumret till verksamhetens kontaktperson saknas. Fyll i ett nummer där kontaktpersonen nås.</source>
        <translation>The phone number of the business&apos;s contact person is missing. Fill in a number where the contact person can be reached.</translation>
    </message>
    <message>
        <source>Telefonnumret till verksamhetens kontaktperson är felaktigt. Skriv siffror med riktnummer, till exempel 08-123 456 eller +46 8 123 456.</source>
        <translation>The phone number of the business&apos;s contact person is wrong. Write digits with the area code, for example 08-123 456 or +46 8 123 456.</translation>
    </message>
    <message>
        <source>Verksamhetsutövarens namn saknas. Fyll i företagets namn.</source>
        <translation>The operator&apos;s name is missing. Fill in the company&apos;s name.</translation>
    </message>
    <message>
        <source>Verksamhetsutövarens namn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The operator&apos;s name is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Ombudets namn saknas. När ni rapporterar för någon annan ska ert eget företagsnamn stå som ombud.</source>
        <translation>The agent&apos;s name is missing. When you report for someone else, your own company name must be given as the agent.</translation>
    </message>
    <message>
        <source>Ombudets namn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken.</source>
        <translation>The agent&apos;s name is not accepted. Use letters, digits and ordinary punctuation.</translation>
    </message>
    <message>
        <source>Namnet på ombudets kontaktperson saknas. När ni rapporterar för någon annan, fyll i vem hos er som registret kan kontakta.</source>
        <translation>The name of the agent&apos;s contact person is missing. When you report for someone else, fill in whom at your company the register can contact.</translation>
    </message>
    <message>
        <source>Namnet på ombudets kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken.</source>
        <translation>The name of the agent&apos;s contact person is not accepted. Use letters and ordinary punctuation.</translation>
    </message>
    <message>
        <source>E-postadressen till ombudets kontaktperson saknas. Fyll i en adress där kontaktpersonen nås.</source>
        <translation>The e-mail address of the agent&apos;s contact person is missing. Fill in an address where the contact person can be reached.</translation>
    </message>
    <message>
        <source>E-postadressen till ombudets kontaktperson är felaktig. Kontrollera den, till exempel namn@foretag.se.</source>
        <translation>The e-mail address of the agent&apos;s contact person is wrong. Check it, for example namn@foretag.se.</translation>
    </message>
    <message>
        <source>Telefonnumret till ombudets kontaktperson saknas. Fyll i ett nummer där kontaktpersonen nås.</source>
        <translation>The phone number of the agent&apos;s contact person is missing. Fill in a number where the contact person can be reached.</translation>
    </message>
    <message>
        <source>Telefonnumret till ombudets kontaktperson är felaktigt. Skriv siffror med riktnummer, till exempel 08-123 456 eller +46 8 123 456.</source>
        <translation>The phone number of the agent&apos;s contact person is wrong. Write digits with the area code, for example 08-123 456 or +46 8 123 456.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens namn saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s name is missing. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens namn är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s name is wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens e-postadress saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s e-mail address is missing. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens e-postadress är felaktig. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s e-mail address is wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens telefonnummer saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s phone number is missing. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgiftslämnarens telefonnummer är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The informant&apos;s phone number is wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Uppgifterna om uppgiftslämnaren är felaktiga. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The details of the informant are wrong. It concerns the register&apos;s e-service and not this program; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som tidigare innehavare får inte stå där. Kontrollera att det är den som hade avfallet före er.</source>
        <translation>The organisation number you gave as previous holder may not be there. Check that it is whoever had the waste before you.</translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som verksamhetsutövare får inte stå där. Ange det företag som ska föra anteckningen.</source>
        <translation>The organisation number you gave as operator may not be there. Give the company that is to keep the note.</translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som avsändare får inte stå där. Kontrollera den som lämnar ifrån sig avfallet (tidigare innehavare).</source>
        <translation>The organisation number you gave as sender may not be there. Check whoever hands over the waste (previous holder).</translation>
    </message>
    <message>
        <source>Organisationen är redan registrerad som särskild organisation. Det gäller registrets administration och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The organisation is already registered as a special organisation. It concerns the register&apos;s administration and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>En särskild organisation saknas. Det gäller registrets administration och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>A special organisation is missing. It concerns the register&apos;s administration and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Underkoden för en behandling har fel form. Välj underkoden i listan för behandlingsmetoden.</source>
        <translation>The subcode of a treatment has the wrong form. Choose the subcode in the list for the treatment method.</translation>
    </message>
    <message>
        <source>Underkoden för en behandling finns inte för den behandlingsmetoden. Välj en underkod i listan.</source>
        <translation>The subcode of a treatment does not exist for that treatment method. Choose a subcode in the list.</translation>
    </message>
    <message>
        <source>Underkoden för en behandling saknas. Den valda behandlingsmetoden kräver en underkod; välj den i listan.</source>
        <translation>The subcode of a treatment is missing. The chosen treatment method requires a subcode; choose it in the list.</translation>
    </message>
    <message>
        <source>Tillsynsmyndigheten är redan registrerad. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The supervisory authority is already registered. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Tillsynsmyndigheten saknas. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The supervisory authority is missing. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>E-postadressen till tillsynsmyndighetens kontaktperson är felaktig. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The e-mail address of the supervisory authority&apos;s contact person is wrong. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Telefonnumret till tillsynsmyndighetens kontaktperson är felaktigt. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The phone number of the supervisory authority&apos;s contact person is wrong. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Namnet på tillsynsmyndighetens kontaktperson är felaktigt. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The name of the supervisory authority&apos;s contact person is wrong. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Kommunkoden är redan kopplad till en tillsynsmyndighet. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The municipality code is already linked to a supervisory authority. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Landskoden är redan kopplad till en tillsynsmyndighet. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation>The country code is already linked to a supervisory authority. It concerns the registration of supervisory authorities and not your notes; contact Naturvårdsverket if the message is shown.</translation>
    </message>
    <message>
        <source>Programmet skickade en söktext som registret inte godtar. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation>The program sent a search text the register does not accept. It is not caused by your details; try again and report the error to the program&apos;s supplier if it persists.</translation>
    </message>
    <message>
        <source>Programmet bad registret om ett ogiltigt sidnummer. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation>The program asked the register for an invalid page number. It is not caused by your details; try again and report the error to the program&apos;s supplier if it persists.</translation>
    </message>
    <message>
        <source>CFAR-numret är felaktigt. Skriv arbetsställets åttasiffriga nummer hos SCB, eller SAKNAS om det inte finns.</source>
        <translation>The CFAR number is wrong. Write the workplace&apos;s eight-digit number at Statistics Sweden (SCB), or SAKNAS if there is none.</translation>
    </message>
    <message>
        <source>CFAR-numret saknas. Fyll i arbetsställets åttasiffriga nummer hos SCB, eller SAKNAS om det inte finns.</source>
        <translation>The CFAR number is missing. Fill in the workplace&apos;s eight-digit number at Statistics Sweden (SCB), or SAKNAS if there is none.</translation>
    </message>
    <message>
        <source>CFAR-numret ska ha åtta siffror. Kontrollera numret hos SCB, eller skriv SAKNAS om det inte finns.</source>
        <translation>The CFAR number should have eight digits. Check the number at Statistics Sweden (SCB), or write SAKNAS if there is none.</translation>
    </message>
    <message>
        <source>Uppgifterna om mottagningsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the place of receipt do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Antingen saknas mottagningsplatsen, eller så har ombudets namn fyllts i fast inget ombud ska anges. Fyll i mottagningsplatsen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation>Either the place of receipt is missing, or the agent&apos;s name has been filled in although no agent should be given. Fill in the place of receipt; if you report for your own business, clear the agent details.</translation>
    </message>
    <message>
        <source>Antingen saknas gatuadressen för mottagningsplatsen, eller så har namnet på ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i adressen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation>Either the street address of the place of receipt is missing, or the name of the agent&apos;s contact person has been filled in although no agent should be given. Fill in the address; if you report for your own business, clear the agent details.</translation>
    </message>
    <message>
        <source>Antingen godtas inte gatuadressen för mottagningsplatsen, eller så har e-postadressen till ombudets kontaktperson fyllts i fast inget ombud ska anges. Rätta adressen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation>Either the street address of the place of receipt is not accepted, or the e-mail address of the agent&apos;s contact person has been filled in although no agent should be given. Correct the address; if you report for your own business, clear the agent details.</translation>
    </message>
    <message>
        <source>Antingen saknas postnumret för mottagningsplatsen, eller så har telefonnumret till ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i postnumret; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation>Either the postcode of the place of receipt is missing, or the phone number of the agent&apos;s contact person has been filled in although no agent should be given. Fill in the postcode; if you report for your own business, clear the agent details.</translation>
    </message>
    <message>
        <source>Postnumret för mottagningsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the place of receipt is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för mottagningsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the place of receipt is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för mottagningsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the place of receipt is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för mottagningsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the place of receipt is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the place of receipt is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the place of receipt is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the place of receipt is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the place of receipt is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Uppgifterna om den kommande hanteringsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the next handling site do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Den kommande hanteringsplatsen saknas. Fyll i platsen dit avfallet ska föras härnäst.</source>
        <translation>The next handling site is missing. Fill in the place where the waste is to be taken next.</translation>
    </message>
    <message>
        <source>Gatuadressen för den kommande hanteringsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the next handling site is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för den kommande hanteringsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the next handling site is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för den kommande hanteringsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the next handling site is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för den kommande hanteringsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the next handling site is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för den kommande hanteringsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the next handling site is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för den kommande hanteringsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the next handling site is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för den kommande hanteringsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the next handling site is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the next handling site is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the next handling site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the next handling site is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the next handling site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Uppgifterna om behandlingsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the treatment site do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Behandlingsplatsen saknas. Fyll i platsen där avfallet behandlas.</source>
        <translation>The treatment site is missing. Fill in the place where the waste is treated.</translation>
    </message>
    <message>
        <source>Gatuadressen för behandlingsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the treatment site is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för behandlingsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the treatment site is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för behandlingsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the treatment site is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för behandlingsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the treatment site is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för behandlingsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the treatment site is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för behandlingsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the treatment site is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för behandlingsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the treatment site is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the treatment site is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the treatment site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the treatment site is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the treatment site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Uppgifterna om transportens startplats går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the transport&apos;s starting point do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Transportens startplats saknas. Fyll i platsen där transporten börjar.</source>
        <translation>The transport&apos;s starting point is missing. Fill in the place where the transport starts.</translation>
    </message>
    <message>
        <source>Gatuadressen för transportens startplats saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the transport&apos;s starting point is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för transportens startplats godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the transport&apos;s starting point is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för transportens startplats saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the transport&apos;s starting point is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för transportens startplats är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the transport&apos;s starting point is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för transportens startplats saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the transport&apos;s starting point is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för transportens startplats är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the transport&apos;s starting point is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för transportens startplats godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the transport&apos;s starting point is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens startplats är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the transport&apos;s starting point is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens startplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the transport&apos;s starting point is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens startplats är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the transport&apos;s starting point is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens startplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the transport&apos;s starting point is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Uppgifterna om transportens slutplats går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the transport&apos;s destination do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Transportens slutplats saknas. Fyll i platsen där transporten slutar.</source>
        <translation>The transport&apos;s destination is missing. Fill in the place where the transport ends.</translation>
    </message>
    <message>
        <source>Gatuadressen för transportens slutplats saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the transport&apos;s destination is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för transportens slutplats godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the transport&apos;s destination is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för transportens slutplats saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the transport&apos;s destination is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för transportens slutplats är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the transport&apos;s destination is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för transportens slutplats saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the transport&apos;s destination is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för transportens slutplats är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the transport&apos;s destination is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för transportens slutplats godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the transport&apos;s destination is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens slutplats är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the transport&apos;s destination is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens slutplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the transport&apos;s destination is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens slutplats är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the transport&apos;s destination is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens slutplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the transport&apos;s destination is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>CFAR-numret för transportens slutplats är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation>The CFAR number of the transport&apos;s destination is wrong. It is the workplace&apos;s number at Statistics Sweden (SCB) and has eight digits; clear the field and give the address instead if you do not know it.</translation>
    </message>
    <message>
        <source>Uppgifterna om den senaste hanteringsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the most recent handling site do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Den senaste hanteringsplatsen saknas. Fyll i platsen där avfallet fanns innan det kom till er.</source>
        <translation>The most recent handling site is missing. Fill in the place where the waste was before it came to you.</translation>
    </message>
    <message>
        <source>Gatuadressen för den senaste hanteringsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the most recent handling site is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för den senaste hanteringsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the most recent handling site is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för den senaste hanteringsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the most recent handling site is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för den senaste hanteringsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the most recent handling site is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för den senaste hanteringsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the most recent handling site is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för den senaste hanteringsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the most recent handling site is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för den senaste hanteringsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the most recent handling site is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the most recent handling site is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the most recent handling site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the most recent handling site is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the most recent handling site is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>CFAR-numret för den senaste hanteringsplatsen är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation>The CFAR number of the most recent handling site is wrong. It is the workplace&apos;s number at Statistics Sweden (SCB) and has eight digits; clear the field and give the address instead if you do not know it.</translation>
    </message>
    <message>
        <source>Uppgifterna om uppkomstplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation>The details of the place of origin do not fit together. Give the place in one of the approved ways, for example municipality code with street address and postcode, or municipality code with coordinates.</translation>
    </message>
    <message>
        <source>Uppkomstplatsen saknas. Fyll i platsen där avfallet uppstod.</source>
        <translation>The place of origin is missing. Fill in the place where the waste arose.</translation>
    </message>
    <message>
        <source>Gatuadressen för uppkomstplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation>The street address of the place of origin is missing. Fill in the address, or give the place with coordinates instead.</translation>
    </message>
    <message>
        <source>Gatuadressen för uppkomstplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation>The street address of the place of origin is not accepted. Use letters, digits and ordinary punctuation, at most 250 characters.</translation>
    </message>
    <message>
        <source>Postnumret för uppkomstplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation>The postcode of the place of origin is missing. Fill in the place&apos;s postcode, five digits.</translation>
    </message>
    <message>
        <source>Postnumret för uppkomstplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation>The postcode of the place of origin is wrong. Write five digits without spaces, for example 11452.</translation>
    </message>
    <message>
        <source>Kommunkoden för uppkomstplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation>The municipality code of the place of origin is missing. Choose the municipality where the place is.</translation>
    </message>
    <message>
        <source>Kommunkoden för uppkomstplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>The municipality code of the place of origin is wrong. Choose the municipality in the list; the code has four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för uppkomstplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation>The location description of the place of origin is not accepted. Shorten the text to at most 1000 characters and remove unusual characters.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The northing of the place of origin is wrong. It should have seven digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för uppkomstplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The northing of the place of origin is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation>The easting of the place of origin is wrong. It should have six digits in the Swedish coordinate system SWEREF 99 TM, not GPS degrees.</translation>
    </message>
    <message>
        <source>Den östliga koordinaten för uppkomstplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation>The easting of the place of origin is missing. Fill in both northing and easting, or give an address instead.</translation>
    </message>
    <message>
        <source>CFAR-numret för uppkomstplatsen är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation>The CFAR number of the place of origin is wrong. It is the workplace&apos;s number at Statistics Sweden (SCB) and has eight digits; clear the field and give the address instead if you do not know it.</translation>
    </message>
    <message>
        <source>Rapporteringsåret är felaktigt. Ange året som resultatet gäller, med fyra siffror.</source>
        <translation>The reporting year is wrong. Give the year the result concerns, with four digits.</translation>
    </message>
    <message>
        <source>Rapporteringsåret saknas. Ange året som resultatet gäller.</source>
        <translation>The reporting year is missing. Give the year the result concerns.</translation>
    </message>
    <message>
        <source>Kvartalet är felaktigt. Ange ett kvartal från 1 till 4.</source>
        <translation>The quarter is wrong. Give a quarter from 1 to 4.</translation>
    </message>
    <message>
        <source>Kvartalet saknas. Ange vilket kvartal, 1 till 4, som resultatet gäller.</source>
        <translation>The quarter is missing. Give which quarter, 1 to 4, the result concerns.</translation>
    </message>
    <message>
        <source>Ingen behandling är angiven. Lägg till minst en behandlingsmetod som avfallet har genomgått.</source>
        <translation>No treatment is given. Add at least one treatment method the waste has undergone.</translation>
    </message>
    <message>
        <source>Samma behandling står flera gånger. Ta bort dubbletterna så att varje behandlingsmetod bara finns med en gång.</source>
        <translation>The same treatment is listed several times. Remove the duplicates so that each treatment method appears only once.</translation>
    </message>
    <message>
        <source>Datumet för borttransporten är felaktigt. Ange det datum då avfallet ska transporteras bort.</source>
        <translation>The date of the collection is wrong. Give the date when the waste is to be taken away.</translation>
    </message>
    <message>
        <source>Datumet för borttransporten saknas. Ange det datum då avfallet ska transporteras bort.</source>
        <translation>The date of the collection is missing. Give the date when the waste is to be taken away.</translation>
    </message>
    <message>
        <source>Ett årtal saknas. Fyll i året, till exempel rapporteringsåret för ett behandlingsresultat.</source>
        <translation>A year is missing. Fill in the year, for example the reporting year of a treatment result.</translation>
    </message>
    <message>
        <source>Registret svarade med felkod %1, som det här programmet inte känner till, och gav ingen förklaring.</source>
        <translation>The register answered with error code %1, which this program does not know, and gave no explanation.</translation>
    </message>
    <message>
        <source>Registret svarade med felkod %1, som det här programmet inte känner till. Registrets förklaring: ”%2”</source>
        <translation>The register answered with error code %1, which this program does not know. The register&apos;s explanation: “%2”</translation>
    </message>
</context>
<context>
    <name>SandboxPki</name>
    <message>
        <source>Kan inte skriva filen %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Sandlådans certifikat i %1 är låsta av ett annat program.</source>
        <translation>The sandbox certificates in %1 are locked by another program.</translation>
    </message>
    <message>
        <source>Kan inte skapa sandlådans certifikat.</source>
        <translation>Cannot create the sandbox certificates.</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Kan inte skapa sandlådans mapp %1.</source>
        <translation>Cannot create the sandbox folder %1.</translation>
    </message>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nyckelringen nekade åtkomst; den kan vara låst (%1).</source>
        <translation>The keychain denied access; it may be locked (%1).</translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring på den här datorn (%1).</source>
        <translation>There is no keychain on this computer (%1).</translation>
    </message>
    <message>
        <source>Nyckelringen svarade med ett fel (%1).</source>
        <translation>The keychain answered with an error (%1).</translation>
    </message>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation>The keychain did not answer.</translation>
    </message>
    <message>
        <source>Nyckelringen gav inte tillbaka provvärdet; den kan vara låst.</source>
        <translation>The keychain did not return the test value; it may be locked.</translation>
    </message>
    <message>
        <source>Ingen nyckelring används.</source>
        <translation>No keychain is used.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Verksamhet</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Ombud</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Parter och transport</source>
        <translation>Parties and transport</translation>
    </message>
    <message>
        <source>Platser</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Behandling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Datum och referens</source>
        <translation>Date and reference</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>SwedishCalendar</name>
    <message>
        <source>Nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Sveriges nationaldag</source>
        <translation>National Day of Sweden</translation>
    </message>
    <message>
        <source>Pingstdagen</source>
        <translation>Whitsunday</translation>
    </message>
    <message>
        <source>Midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <source>Alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Midsommarafton</source>
        <translation>Midsummer Eve</translation>
    </message>
    <message>
        <source>Julafton</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Nyårsafton</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message numerus="yes">
        <source> … (%n byte totalt)</source>
        <translation>
            <numerusform> … (%n byte in total)</numerusform>
            <numerusform> … (%n bytes in total)</numerusform>
        </translation>
    </message>
    <message>
        <source>inga felkoder</source>
        <translation>no error codes</translation>
    </message>
    <message>
        <source>HTTP %1, utfall %2, %3. %4</source>
        <translation>HTTP %1, outcome %2, %3. %4</translation>
    </message>
    <message>
        <source>Ej körd</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Underkänd</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Ej tillämplig</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Ingen godkänd testkörning: ange organisationsnumret under Verksamhet och kör testkörningen mot testmiljön innan ni rapporterar i produktion.</source>
        <translation>No passed test run: enter the organisation number under Company and run the test run against the test environment before you report in production.</translation>
    </message>
    <message>
        <source>Ingen godkänd testkörning mot testmiljön för %1. Naturvårdsverket vill se en innan ni rapporterar i produktion.</source>
        <translation>No passed test run against the test environment for %1. Naturvårdsverket wants to see one before you report in production.</translation>
    </message>
    <message>
        <source>Ingen godkänd testkörning i Test ännu.</source>
        <translation>No passed test run in Test yet.</translation>
    </message>
    <message>
        <source>Senaste godkända testkörning i Test: %1 (%2).</source>
        <translation>Last passed test run in Test: %1 (%2).</translation>
    </message>
    <message>
        <source>Hämta värdelistan %1</source>
        <translation>Fetch the value list %1</translation>
    </message>
    <message>
        <source>HTTP 200 med listan som JSON.</source>
        <translation>HTTP 200 with the list as JSON.</translation>
    </message>
    <message>
        <source>Anteckna %1 som verksamhetsutövare</source>
        <translation>Note %1 as the operator</translation>
    </message>
    <message>
        <source>HTTP 200 med ett avfallId (GUID).</source>
        <translation>HTTP 200 with an avfallId (GUID).</translation>
    </message>
    <message>
        <source>Anteckna %1 som ombud för %2</source>
        <translation>Note %1 as agent for %2</translation>
    </message>
    <message>
        <source>Rätta en anteckning (%1) med PUT</source>
        <translation>Correct a note (%1) with PUT</translation>
    </message>
    <message>
        <source>Rättelsen ger ett nytt avfallId; en rättelse av det gamla id:t avvisas med felkod 3022.</source>
        <translation>The correction gives a new avfallId; a correction of the old id is refused with error 3022.</translation>
    </message>
    <message>
        <source>Makulera en anteckning med orsaken %1</source>
        <translation>Cancel a note with the reason %1</translation>
    </message>
    <message>
        <source>DELETE /anteckningar besvaras med HTTP 200.</source>
        <translation>DELETE /anteckningar is answered with HTTP 200.</translation>
    </message>
    <message>
        <source>En anteckning med en avfallskod som inte finns</source>
        <translation>A note with a waste code that does not exist</translation>
    </message>
    <message>
        <source>Avvisas med HTTP 400 och felkod %1.</source>
        <translation>Refused with HTTP 400 and error %1.</translation>
    </message>
    <message>
        <source>Förnya åtkomsttoken</source>
        <translation>Renew the access token</translation>
    </message>
    <message>
        <source>En ny token hämtas efter att den gamla släppts, och ett anrop med den godtas.</source>
        <translation>A new token is fetched after the old one was dropped, and a call with it is accepted.</translation>
    </message>
    <message>
        <source>Anrop med ett certifikat som ingen betrodd CA har utfärdat</source>
        <translation>Call with a certificate no trusted CA issued</translation>
    </message>
    <message>
        <source>Anropet nekas (TLS-handskakningen eller behörigheten); inget svar godtas.</source>
        <translation>The call is refused (TLS handshake or authorisation); no answer is accepted.</translation>
    </message>
    <message>
        <source>Avbruten.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Listan hämtades (%n byte).</source>
        <translation>
            <numerusform>The list was fetched (%n byte).</numerusform>
            <numerusform>The list was fetched (%n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Godtogs med avfallId %1.</source>
        <translation>Accepted with avfallId %1.</translation>
    </message>
    <message>
        <source>Anteckningen att rätta godtogs inte: %1</source>
        <translation>The note to correct was not accepted: %1</translation>
    </message>
    <message>
        <source>Rättelsen gav inget nytt avfallId: %1</source>
        <translation>The correction gave no new avfallId: %1</translation>
    </message>
    <message>
        <source>%1 ersattes av %2; en ny rättelse av %1 avvisades med 3022.</source>
        <translation>%1 was replaced by %2; another correction of %1 was refused with 3022.</translation>
    </message>
    <message>
        <source>Rättelse av ett ersatt id avvisades inte med 3022: %1</source>
        <translation>A correction of a replaced id was not refused with 3022: %1</translation>
    </message>
    <message>
        <source>Anteckningen att makulera godtogs inte: %1</source>
        <translation>The note to cancel was not accepted: %1</translation>
    </message>
    <message>
        <source>%1 makulerades med orsaken %2.</source>
        <translation>%1 was cancelled with the reason %2.</translation>
    </message>
    <message>
        <source>Avvisades med felkod %1 (%2).</source>
        <translation>Refused with error %1 (%2).</translation>
    </message>
    <message>
        <source>Väntade avvisning med felkod %1: %2</source>
        <translation>Expected refusal with error %1: %2</translation>
    </message>
    <message>
        <source>Anslutningen använder en inklistrad token, som appen inte kan förnya. Ange nyckel och hemlighet för att köra fallet.</source>
        <translation>The connection uses a pasted token, which the app cannot renew. Enter a key and secret to run this case.</translation>
    </message>
    <message>
        <source>En token togs emot (visas aldrig).</source>
        <translation>A token was received (never shown).</translation>
    </message>
    <message>
        <source>Ingen token: %1</source>
        <translation>No token: %1</translation>
    </message>
    <message>
        <source>Ingen ny token: %1</source>
        <translation>No new token: %1</translation>
    </message>
    <message>
        <source>Två token hämtades i följd; anropet med den nya godtogs.</source>
        <translation>Two tokens were fetched in a row; the call with the new one was accepted.</translation>
    </message>
    <message>
        <source>Testkörning, fel certifikat</source>
        <translation>Test run, wrong certificate</translation>
    </message>
    <message>
        <source>Kunde inte skapa det felaktiga certifikatet.</source>
        <translation>Could not create the wrong certificate.</translation>
    </message>
    <message>
        <source>Nekades som väntat: %1</source>
        <translation>Refused as expected: %1</translation>
    </message>
    <message>
        <source>Väntade att anropet skulle nekas: %1</source>
        <translation>Expected the call to be refused: %1</translation>
    </message>
</context>
<context>
    <name>TestRunPdf</name>
    <message>
        <source>Kunde inte skriva %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Testkörning %1 %2</source>
        <translation>Test run %1 %2</translation>
    </message>
</context>
<context>
    <name>TestRunReport</name>
    <message>
        <source>Sandlåda (appens inbyggda övningsmiljö, inte Naturvårdsverket)</source>
        <translation>Sandbox (the app's built-in practice environment, not Naturvårdsverket)</translation>
    </message>
    <message>
        <source>Testkörning mot %1</source>
        <translation>Test run against %1</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Certifikatets subjekt</source>
        <translation>Certificate subject</translation>
    </message>
    <message>
        <source>Certifikatets SHA-256</source>
        <translation>Certificate SHA-256</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Avfallsrapport %1 (%2)</source>
        <translation>Avfallsrapport %1 (%2)</translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>Godkänd: alla %n fall gick igenom</source>
        <translation>
            <numerusform>Passed: the %n case went through</numerusform>
            <numerusform>Passed: all %n cases went through</numerusform>
        </translation>
    </message>
    <message>
        <source>Inte godkänd: %1 underkända, %2 ej körda</source>
        <translation>Not passed: %1 failed, %2 not run</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Anrop</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>traceId %1, tracking id %2, avfallId %3, felkoder %4, %5 ms</source>
        <translation>traceId %1, tracking id %2, avfallId %3, error codes %4, %5 ms</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Filen kunde inte läsas. Kontrollera att den finns och att du får öppna den.</source>
        <translation>The file could not be read. Check that it exists and that you may open it.</translation>
    </message>
    <message>
        <source>Lösenordet stämmer inte. Skriv lösenordet som hör till certifikatfilen – det du fick eller valde när certifikatet hämtades.</source>
        <translation>The password is wrong. Type the password that belongs to the certificate file – the one you were given or chose when the certificate was issued.</translation>
    </message>
    <message>
        <source>Filen innehåller certifikatet men inte dess privata nyckel. Exportera certifikatet igen och välj att ta med den privata nyckeln.</source>
        <translation>The file contains the certificate but not its private key. Export the certificate again and choose to include the private key.</translation>
    </message>
    <message>
        <source>Nyckeln hör inte till certifikatet. Välj den nyckelfil som skapades tillsammans med just det här certifikatet.</source>
        <translation>The key does not belong to the certificate. Choose the key file that was created together with this very certificate.</translation>
    </message>
    <message>
        <source>Certifikatet gick ut %1. Beställ ett nytt certifikat från din certifikatutfärdare.</source>
        <translation>The certificate expired %1. Order a new certificate from your certificate authority.</translation>
    </message>
    <message>
        <source>Certifikatet gäller först från %1. Vänta till dess, eller kontrollera att datorns klocka går rätt.</source>
        <translation>The certificate is valid only from %1. Wait until then, or check that the computer&apos;s clock is right.</translation>
    </message>
    <message>
        <source>Certifikatet får inte användas för att logga in mot en tjänst (klientautentisering saknas). Kontrollera att du valt rätt fil, eller beställ ett organisationscertifikat för klientautentisering.</source>
        <translation>The certificate may not be used to log in to a service (client authentication is missing). Check that you chose the right file, or order an organisation certificate for client authentication.</translation>
    </message>
    <message>
        <source>Lösenordet stämmer, men filen är krypterad på ett gammalt sätt (RC2) som inte går att läsa på den här datorn. Gör om filen med modern kryptering, till exempel med två kommandon i en terminal: openssl pkcs12 -legacy -in gammal.p12 -out mellan.pem och sedan openssl pkcs12 -export -in mellan.pem -out ny.p12. Importera ny.p12 och radera mellan.pem efteråt.</source>
        <translation>The password is right, but the file is encrypted in an old way (RC2) that cannot be read on this computer. Re-create the file with modern encryption, for example with two commands in a terminal: openssl pkcs12 -legacy -in gammal.p12 -out mellan.pem and then openssl pkcs12 -export -in mellan.pem -out ny.p12. Import ny.p12 and delete mellan.pem afterwards.</translation>
    </message>
    <message>
        <source>Filen innehåller inget certifikat som programmet kan läsa. Välj certifikatfilen (.p12 eller .pfx) som du fick från certifikatutfärdaren.</source>
        <translation>The file contains no certificate the program can read. Choose the certificate file (.p12 or .pfx) you received from the certificate authority.</translation>
    </message>
</context>
<context>
    <name>TransportModeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TreatmentMethodModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TreatmentSubcodeModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ValueLists</name>
    <message>
        <source>Listan över avfallskoder är tom.</source>
        <translation>The list of waste codes is empty.</translation>
    </message>
</context>
<context>
    <name>WasteCodeListModel</name>
    <message>
        <source>Föreslagen av Avfallsrapports egen sökhjälp, inte av registrets text. Kontrollera att beskrivningen stämmer med avfallet.</source>
        <translation>Suggested by Avfallsrapport&apos;s own search help, not by the register&apos;s text. Check that the description matches the waste.</translation>
    </message>
</context>
<context>
    <name>WasteCodeModel</name>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>WasteCodePicker</name>
    <message>
        <source>⚠ farligt</source>
        <translation>⚠ hazardous</translation>
    </message>
    <message>
        <source>(sökhjälp)</source>
        <translation>(search help)</translation>
    </message>
</context>
<context>
    <name>YearlySummary</name>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Kilograms</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Årssammanställning %1 – farligt avfall&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Yearly summary %1 – hazardous waste&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Organisationsnummer: %2&lt;br&gt;Miljö: %3&lt;br&gt;Period: %4 – %5&lt;br&gt;Skapad: %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Organisation number: %2&lt;br&gt;Environment: %3&lt;br&gt;Period: %4 – %5&lt;br&gt;Created: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(inget företagsnamn i Inställningar)</source>
        <translation>(no company name in Settings)</translation>
    </message>
    <message>
        <source>(inget – alla anteckningar i databasen)</source>
        <translation>(none – every note in the database)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Övning i sandlådan: inget skickades till Naturvårdsverket.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Practice in the sandbox: nothing was sent to Naturvårdsverket.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rapporterade anteckningar: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Rapporterad mängd: &lt;b&gt;%2 kg&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reported notes: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Reported quantity: &lt;b&gt;%2 kg&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Per avfallskod&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;By waste code&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Avfallskod</source>
        <translation>Waste code</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Per anteckningstyp&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;By note type&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Anteckningstyp</source>
        <translation>Note type</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Per månad&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;By month&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#555&quot;&gt;En anteckning räknas när registret har tagit emot den och den varken är makulerad eller ersatt av en senare rättelse som registret har tagit emot. Mängden hör till månaden för anteckningens tidpunkt (svensk tid).&lt;/p&gt;</source>
        <translation>&lt;p style="color:#555"&gt;A note counts when the register has accepted it and it is neither cancelled nor replaced by a later correction the register has accepted. Its quantity belongs to the month of the note's time (Swedish time).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Årssammanställning %1</source>
        <translation>Yearly summary %1</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Kan inte skapa %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Kan inte lägga %1 i arkivet: %2</source>
        <translation>Cannot add %1 to the archive: %2</translation>
    </message>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 i %2 går inte att packa upp.</source>
        <translation>%1 in %2 cannot be unpacked.</translation>
    </message>
</context>
<context>
    <name>avfall</name>
    <message>
        <source>okänt kommando &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>miljö: sandbox, test, production eller custom (annars den sparade)</source>
        <translation>environment: sandbox, test, production or custom (otherwise the saved one)</translation>
    </message>
    <message>
        <source>miljö</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>registrets bas-URL (https)</source>
        <translation>the register&apos;s base URL (https)</translation>
    </message>
    <message>
        <source>tokentjänstens URL (https)</source>
        <translation>the token service&apos;s URL (https)</translation>
    </message>
    <message>
        <source>PEM-fil med CA-certifikat att lita på utöver systemets</source>
        <translation>PEM file with CA certificates to trust besides the system&apos;s</translation>
    </message>
    <message>
        <source>klientcertifikat: PKCS#12 (.p12/.pfx) eller PEM med nyckel</source>
        <translation>client certificate: PKCS#12 (.p12/.pfx) or PEM with key</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <source>fil med certifikatets lösenord</source>
        <translation>file with the certificate&apos;s password</translation>
    </message>
    <message>
        <source>fil med en åtkomsttoken som används som den är</source>
        <translation>file with an access token that is used as it is</translation>
    </message>
    <message>
        <source>fil med nyckel:hemlighet för tokentjänsten</source>
        <translation>file with key:secret for the token service</translation>
    </message>
    <message>
        <source>Okänd miljö &apos;%1&apos;. Välj sandbox, test, production eller custom.</source>
        <translation>Unknown environment &apos;%1&apos;. Choose sandbox, test, production or custom.</translation>
    </message>
    <message>
        <source>Sandlådan kunde inte starta: %1</source>
        <translation>The sandbox could not start: %1</translation>
    </message>
    <message>
        <source>--base-url och --token-url gäller bara --env custom; Test och Produktion har fasta adresser.</source>
        <translation>--base-url and --token-url apply only to --env custom; Test and Production have fixed addresses.</translation>
    </message>
    <message>
        <source>Både --base-url och --token-url behövs och måste börja med https://.</source>
        <translation>Both --base-url and --token-url are needed and must start with https://.</translation>
    </message>
    <message>
        <source>Inga CA-certifikat i %1.</source>
        <translation>No CA certificates in %1.</translation>
    </message>
    <message>
        <source>Inget klientcertifikat. Ange --client-cert FIL (och --client-cert-password-file), eller importera certifikatet under Inställningar i programmet.</source>
        <translation>No client certificate. Give --client-cert FILE (and --client-cert-password-file), or import the certificate under Settings in the program.</translation>
    </message>
    <message>
        <source>Filen med nyckel och hemlighet ska innehålla nyckel:hemlighet på första raden.</source>
        <translation>The file with key and secret should contain key:secret on its first line.</translation>
    </message>
    <message>
        <source>Ingen åtkomst: ange --token-file eller --key-secret-file, eller spara nyckel och hemlighet under Inställningar → Åtkomst i programmet.</source>
        <translation>No access: give --token-file or --key-secret-file, or save a key and secret under Settings → Access in the program.</translation>
    </message>
    <message>
        <source>visa anteckningar som skickats eller väntar</source>
        <translation>show notes that were sent or are waiting</translation>
    </message>
    <message>
        <source>skriv en JSON-lista</source>
        <translation>write a JSON list</translation>
    </message>
    <message>
        <source>bara denna anteckningstyp</source>
        <translation>only this note type</translation>
    </message>
    <message>
        <source>bara detta tillstånd: draft, queued, sending, sent, rejected, uncertain, cancelled</source>
        <translation>only this state: draft, queued, sending, sent, rejected, uncertain, cancelled</translation>
    </message>
    <message>
        <source>bara anteckningar från detta datum (ÅÅÅÅ-MM-DD)</source>
        <translation>only notes from this date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Okänd anteckningstyp &apos;%1&apos;.</source>
        <translation>Unknown note type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Okänt tillstånd &apos;%1&apos;.</source>
        <translation>Unknown state &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Datumet ska skrivas ÅÅÅÅ-MM-DD.</source>
        <translation>The date should be written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Inga anteckningar.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Anteckning %1 ligger kvar i kön: %2</source>
        <translation>Note %1 remains in the queue: %2</translation>
    </message>
    <message>
        <source>lägg en anteckning i kön och skicka den</source>
        <translation>queue a note and send it</translation>
    </message>
    <message>
        <source>anteckningstyp, till exempel transporter</source>
        <translation>note type, for example transporter</translation>
    </message>
    <message>
        <source>anteckningen som JSON</source>
        <translation>the note as JSON</translation>
    </message>
    <message>
        <source>avfall submit: ange en känd TYPE och en FILE.</source>
        <translation>avfall submit: give a known TYPE and a FILE.</translation>
    </message>
    <message>
        <source>Anteckning %1 är köad.</source>
        <translation>Note %1 is queued.</translation>
    </message>
    <message>
        <source>skicka en rättad version av en skickad anteckning</source>
        <translation>send a corrected version of a sent note</translation>
    </message>
    <message>
        <source>lokalt id eller avfallsId</source>
        <translation>local ID or waste ID</translation>
    </message>
    <message>
        <source>hela den rättade anteckningen som JSON</source>
        <translation>the whole corrected note as JSON</translation>
    </message>
    <message>
        <source>Ingen anteckning med id %1.</source>
        <translation>No note with ID %1.</translation>
    </message>
    <message>
        <source>makulera en skickad anteckning</source>
        <translation>cancel a sent note</translation>
    </message>
    <message>
        <source>FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt</source>
        <translation>FelAvfall, FelAnteckningstyp, FelVU or SkickatDubbelt</translation>
    </message>
    <message>
        <source>egen förklaring, sparas bara lokalt</source>
        <translation>your own explanation, kept only locally</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Orsaken ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt.</source>
        <translation>The reason should be FelAvfall, FelAnteckningstyp, FelVU or SkickatDubbelt.</translation>
    </message>
    <message>
        <source>flush: fortsätt försöka i högst så många sekunder när registret inte svarar</source>
        <translation>flush: keep trying for at most this many seconds when the register does not answer</translation>
    </message>
    <message>
        <source>sekunder</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Skickade: %1, avvisade: %2, osäkra: %3, kvar i kön: %4</source>
        <translation>Sent: %1, rejected: %2, uncertain: %3, left in the queue: %4</translation>
    </message>
    <message>
        <source>Varning: kom den förra sändningen fram blir anteckningen dubbel och måste makuleras som SkickatDubbelt.</source>
        <translation>Warning: if the previous sending arrived, the note will be there twice and must be cancelled as SkickatDubbelt.</translation>
    </message>
    <message>
        <source>Ange anteckningens id och det avfallsId som registret gav (en GUID).</source>
        <translation>Give the note&apos;s ID and the waste ID the register gave (a GUID).</translation>
    </message>
    <message>
        <source>Bara en osäker anteckning behöver kontrolleras.</source>
        <translation>Only an uncertain note needs to be checked.</translation>
    </message>
    <message>
        <source>Produktionsmiljön går inte att läsa tillbaka. Kontrollera i Naturvårdsverkets e-tjänst och använd &apos;avfall queue received ID AVFALLSID&apos; eller &apos;avfall queue resend ID&apos;.</source>
        <translation>The production environment cannot be read back. Check in Naturvårdsverket&apos;s e-service and use &apos;avfall queue received ID AVFALLSID&apos; or &apos;avfall queue resend ID&apos;.</translation>
    </message>
    <message>
        <source>Registret har anteckningen. AvfallsId: %1</source>
        <translation>The register has the note. Waste ID: %1</translation>
    </message>
    <message>
        <source>Registret har ingen sådan anteckning. Skicka den igen med &apos;avfall queue resend %1&apos;.</source>
        <translation>The register has no such note. Send it again with &apos;avfall queue resend %1&apos;.</translation>
    </message>
    <message>
        <source>Kön är tom.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>typ</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>försök</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>senast</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>  FÖRSENAD</source>
        <translation>  OVERDUE</translation>
    </message>
    <message>
        <source>  snart</source>
        <translation>  soon</translation>
    </message>
    <message>
        <source>En annan process skickar redan från denna profil (pid %1); anteckningen skickas därifrån.</source>
        <translation>Another process is already sending from this profile (pid %1); the note will be sent from there.</translation>
    </message>
    <message>
        <source>Väntar på att en annan process (pid %1) ska bli klar med att skicka …</source>
        <translation>Waiting for another process (pid %1) to finish sending …</translation>
    </message>
    <message numerus="yes">
        <source>%n anteckning(ar) avbröts under sändning och är nu osäkra.</source>
        <translation>
            <numerusform>%n note was interrupted while being sent and is now uncertain.</numerusform>
            <numerusform>%n notes were interrupted while being sent and are now uncertain.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 är inte ett JSON-objekt (%2).</source>
        <translation>%1 is not a JSON object (%2).</translation>
    </message>
    <message>
        <source>(varning) </source>
        <translation>(warning) </translation>
    </message>
    <message>
        <source>kör den inbyggda sandlådan (en imitation av registret) tills den avbryts</source>
        <translation>run the built-in sandbox (an imitation of the register) until interrupted</translation>
    </message>
    <message>
        <source>lyssna på porten N på 127.0.0.1 (annars en ledig port)</source>
        <translation>listen on port N on 127.0.0.1 (otherwise a free port)</translation>
    </message>
    <message>
        <source>spara det sandlådan tar emot i MAPP (annars profilens mapp sandbox)</source>
        <translation>keep what the sandbox receives in FOLDER (otherwise the profile&apos;s folder sandbox)</translation>
    </message>
    <message>
        <source>avfall sandbox: --port ska vara ett tal mellan 0 och 65535.</source>
        <translation>avfall sandbox: --port should be a number between 0 and 65535.</translation>
    </message>
    <message>
        <source>avfall sandbox: %1</source>
        <translation>avfall sandbox: %1</translation>
    </message>
    <message>
        <source>Sandlådan körs och sparar i %1. Avsluta med Ctrl+C.</source>
        <translation>The sandbox is running and saves in %1. Stop it with Ctrl+C.</translation>
    </message>
    <message>
        <source>kontrollera en anteckning i JSON mot registrets regler</source>
        <translation>check a note in JSON against the register&apos;s rules</translation>
    </message>
    <message>
        <source>anteckningstyp: </source>
        <translation>note type: </translation>
    </message>
    <message>
        <source>anteckningen som JSON (&apos;-&apos; läser från standard in)</source>
        <translation>the note as JSON (&apos;-&apos; reads from standard input)</translation>
    </message>
    <message>
        <source>skriv problemen som en JSON-lista</source>
        <translation>write the problems as a JSON list</translation>
    </message>
    <message>
        <source>skriv anteckningen som den skulle skickas</source>
        <translation>write the note as it would be sent</translation>
    </message>
    <message>
        <source>avfall validate: ange TYPE och FILE, till exempel &apos;avfall validate transporter anteckning.json&apos;.</source>
        <translation>avfall validate: give TYPE and FILE, for example &apos;avfall validate transporter anteckning.json&apos;.</translation>
    </message>
    <message>
        <source>avfall validate: okänd anteckningstyp &apos;%1&apos;. Möjliga: %2.</source>
        <translation>avfall validate: unknown note type &apos;%1&apos;. Possible: %2.</translation>
    </message>
    <message>
        <source>inbyggd lista</source>
        <translation>built-in list</translation>
    </message>
    <message>
        <source>hämtad %1</source>
        <translation>fetched %1</translation>
    </message>
    <message>
        <source> (äldre än ett dygn)</source>
        <translation> (older than a day)</translation>
    </message>
    <message>
        <source>visa registrets värdelistor (avfallskoder, metoder …)</source>
        <translation>show the register&apos;s value lists (waste codes, methods …)</translation>
    </message>
    <message>
        <source>lista att visa: </source>
        <translation>list to show: </translation>
    </message>
    <message>
        <source>skriv listan som JSON, så som den är sparad eller inbyggd</source>
        <translation>write the list as JSON, as it is saved or built in</translation>
    </message>
    <message>
        <source>avfallstyper: listan som gäller detta datum (annars i dag)</source>
        <translation>avfallstyper: the list that applies on this date (otherwise today)</translation>
    </message>
    <message>
        <source>avfall values: ange högst en lista, till exempel &apos;avfall values avfallstyper&apos;.</source>
        <translation>avfall values: give at most one list, for example &apos;avfall values avfallstyper&apos;.</translation>
    </message>
    <message>
        <source>avfall values: okänd lista &apos;%1&apos;. Möjliga: %2.</source>
        <translation>avfall values: unknown list &apos;%1&apos;. Possible: %2.</translation>
    </message>
    <message>
        <source>avfall values: ogiltigt datum &apos;%1&apos;; skriv ÅÅÅÅ-MM-DD.</source>
        <translation>avfall values: invalid date &apos;%1&apos;; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>avfall values: %1</source>
        <translation>avfall values: %1</translation>
    </message>
    <message>
        <source>%1 (ej bekräftad)</source>
        <translation>%1 (not confirmed)</translation>
    </message>
    <message>
        <source>Användning: avfall [ALLMÄNNA FLAGGOR] KOMMANDO [FLAGGOR] [ARGUMENT]

Rapportera farligt avfall till Naturvårdsverkets avfallsregister från kommandoraden.

Kommandon:
</source>
        <translation>Usage: avfall [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGUMENTS]

Report hazardous waste to the Swedish EPA&apos;s waste register from the command line.

Commands:
</translation>
    </message>
    <message>
        <source>
Allmänna flaggor (före eller efter kommandot):
</source>
        <translation>
Global options (before or after the command):
</translation>
    </message>
    <message>
        <source>Se &apos;%1 --help&apos;.</source>
        <translation>See &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>TYP</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>ORSAK</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>ÅTGÄRD</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>LISTA</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>visa denna hjälp (eller &apos;avfall KOMMANDO --help&apos;)</source>
        <translation>show this help (or &apos;avfall COMMAND --help&apos;)</translation>
    </message>
    <message>
        <source>visa versionen</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>TILLSTÅND</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source> (utan LISTA: listornas källa och ålder)</source>
        <translation> (without LIST: where each list comes from and how old it is)</translation>
    </message>
    <message>
        <source>[LISTA]</source>
        <translation>[LIST]</translation>
    </message>
    <message>
        <source>hämta listorna (eller LISTA) från registret först</source>
        <translation>fetch the lists (or LIST) from the register first</translation>
    </message>
    <message>
        <source>vänta högst så många sekunder på varje svar (annars 30)</source>
        <translation>wait at most this many seconds for each answer (otherwise 30)</translation>
    </message>
    <message>
        <source>--timeout ska vara ett antal sekunder mellan 1 och 3600.</source>
        <translation>--timeout must be a number of seconds between 1 and 3600.</translation>
    </message>
    <message numerus="yes">
        <source>Tvetydigt: registret har %n anteckningar som stämmer med anteckning %1 (avfallsId %2).</source>
        <translation>
            <numerusform>Ambiguous: the register has %n note that matches note %1 (waste ID %2).</numerusform>
            <numerusform>Ambiguous: the register has %n notes that match note %1 (waste IDs %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tvetydigt: registrets anteckning %1 stämmer lika väl med anteckning %2 som med %3 här.</source>
        <translation>Ambiguous: the register&apos;s note %1 matches note %2 just as well as %3 here.</translation>
    </message>
    <message>
        <source>Ingen väljs automatiskt; ta reda på vilken som är vilken och använd &apos;avfall queue received ID AVFALLSID&apos;.</source>
        <translation>None is chosen automatically; find out which is which and use &apos;avfall queue received ID WASTEID&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Registret har %n anteckning(ar) som stämmer, men de hör redan till andra anteckningar här.</source>
        <translation>
            <numerusform>The register has %n matching note, but it already belongs to another note here.</numerusform>
            <numerusform>The register has %n matching notes, but they already belong to other notes here.</numerusform>
        </translation>
    </message>
    <message>
        <source>gatewayns fel för de följande skrivningarna i tur och ordning, kommaseparerade: %1</source>
        <translation>the gateway&apos;s faults for the next writes in turn, separated by commas: %1</translation>
    </message>
    <message>
        <source>lista</source>
        <translation>list</translation>
    </message>
    <message>
        <source>börja om med --faults när listan är slut (en cykel)</source>
        <translation>start --faults over when the list is used up (a cycle)</translation>
    </message>
    <message>
        <source>avfall sandbox: tar inga argument, bara --port, --state-dir och --faults.</source>
        <translation>avfall sandbox: takes no arguments, only --port, --state-dir and --faults.</translation>
    </message>
    <message>
        <source>avfall sandbox: okänt fel &apos;%1&apos;. Kända: %2.</source>
        <translation>avfall sandbox: unknown fault &apos;%1&apos;. Known: %2.</translation>
    </message>
    <message>
        <source>visa kön (list), skicka den (flush) eller reda ut osäkra (check, resend, received)</source>
        <translation>show the queue (list), send it (flush) or settle uncertain notes (check, resend, received)</translation>
    </message>
    <message>
        <source>list, flush, check ID, resend ID eller received ID AVFALLSID</source>
        <translation>list, flush, check ID, resend ID or received ID AVFALLSID</translation>
    </message>
    <message>
        <source>avfall queue: okänd åtgärd eller anteckning. Använd list, flush, check ID, resend ID eller received ID AVFALLSID.</source>
        <translation>avfall queue: unknown action or note. Use list, flush, check ID, resend ID or received ID AVFALLSID.</translation>
    </message>
    <message>
        <source>exportera registret över egna anteckningar i en period (XLSX eller CSV)</source>
        <translation>export the register of your own notes of a period (XLSX or CSV)</translation>
    </message>
    <message>
        <source>första dagen (ÅÅÅÅ-MM-DD) räknat på anteckningens tidpunkt</source>
        <translation>first day (YYYY-MM-DD), by the note's tidpunkt</translation>
    </message>
    <message>
        <source>sista dagen (ÅÅÅÅ-MM-DD), den tas med</source>
        <translation>last day (YYYY-MM-DD), included</translation>
    </message>
    <message>
        <source>xlsx (en flik per anteckningstyp, förval) eller csv (en fil)</source>
        <translation>xlsx (one sheet per note type, the default) or csv (one file)</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>filen att skriva (annars anteckningar-FRÅN--TILL.FORMAT här)</source>
        <translation>the file to write (otherwise anteckningar-FROM--TO.FORMAT here)</translation>
    </message>
    <message>
        <source>miljön vars anteckningar exporteras: sandbox, test, production eller custom (annars den sparade)</source>
        <translation>the environment whose notes are exported: sandbox, test, production or custom (otherwise the saved one)</translation>
    </message>
    <message>
        <source>avfall export: ange --from och --to, till exempel --from 2026-01-01 --to 2026-12-31.</source>
        <translation>avfall export: give --from and --to, for example --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <source>avfall export: ogiltigt datum &apos;%1&apos;; skriv ÅÅÅÅ-MM-DD.</source>
        <translation>avfall export: invalid date '%1'; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>avfall export: perioden slutar före den börjar.</source>
        <translation>avfall export: the period ends before it begins.</translation>
    </message>
    <message>
        <source>avfall export: okänt format &apos;%1&apos;; välj xlsx eller csv.</source>
        <translation>avfall export: unknown format '%1'; choose xlsx or csv.</translation>
    </message>
    <message>
        <source>Registret %1 i miljön %2 (antal anteckningar: %3) sparades i %4.</source>
        <translation>The register %1 in the environment %2 (number of notes: %3) was saved in %4.</translation>
    </message>
    <message>
        <source>
Slutkoder: 0 klart, 1 fel, 2 ogiltig anteckning, 3 köad men inte skickad, 4 avvisad av registret, 5 osäker, 6 testfall underkända (testrun), 64 felaktig användning.
</source>
        <translation>
Exit codes: 0 done, 1 failure, 2 invalid note, 3 queued but not sent, 4 rejected by the register, 5 uncertain, 6 test cases failed (testrun), 64 wrong usage.
</translation>
    </message>
    <message>
        <source>visa rapporterade kilogram per månad</source>
        <translation>show the reported kilograms per month</translation>
    </message>
    <message>
        <source>rapporterade kilogram per månad</source>
        <translation>reported kilograms per month</translation>
    </message>
    <message>
        <source>första månaden (ÅÅÅÅ-MM; annars elva månader före --to)</source>
        <translation>first month (YYYY-MM; otherwise eleven months before --to)</translation>
    </message>
    <message>
        <source>månad</source>
        <translation>month</translation>
    </message>
    <message>
        <source>sista månaden (ÅÅÅÅ-MM; annars denna månad)</source>
        <translation>last month (YYYY-MM; otherwise this month)</translation>
    </message>
    <message>
        <source>miljö: production (standard), test, sandbox eller custom</source>
        <translation>environment: production (default), test, sandbox or custom</translation>
    </message>
    <message>
        <source>skriv JSON: månader, avfallskoder, anteckningstyper och parter</source>
        <translation>print JSON: months, waste codes, note types and parties</translation>
    </message>
    <message>
        <source>Välj en rapport: --monthly.</source>
        <translation>Choose a report: --monthly.</translation>
    </message>
    <message>
        <source>--to ska vara en månad, ÅÅÅÅ-MM.</source>
        <translation>--to must be a month, YYYY-MM.</translation>
    </message>
    <message>
        <source>--from ska vara en månad, ÅÅÅÅ-MM, och inte efter --to.</source>
        <translation>--from must be a month, YYYY-MM, and not after --to.</translation>
    </message>
    <message>
        <source>Rapporterade anteckningar i %1, %2 – %3 (månad efter anteckningens tidpunkt)</source>
        <translation>Reported notes in %1, %2 – %3 (month by the note's time)</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Kilograms</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>spara ett supportpaket (zip utan hemligheter) i en mapp</source>
        <translation>save a support bundle (a zip without secrets) in a folder</translation>
    </message>
    <message>
        <source>MAPP</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>mappen där paketet sparas</source>
        <translation>the folder the bundle is saved in</translation>
    </message>
    <message>
        <source>skriv paketets sökväg som JSON: {&quot;path&quot;: …}</source>
        <translation>print the bundle's path as JSON: {"path": …}</translation>
    </message>
    <message>
        <source>avfall support-bundle: ange en mapp, till exempel &apos;avfall support-bundle ~/Skrivbord&apos;.</source>
        <translation>avfall support-bundle: give a folder, for example 'avfall support-bundle ~/Desktop'.</translation>
    </message>
    <message>
        <source>kör testfallen mot testmiljön och skriv rapporten för Naturvårdsverket</source>
        <translation>run the test cases against the test environment and write the report for Naturvårdsverket</translation>
    </message>
    <message>
        <source>anteckningstyper att testa, t.ex. transporter,handel (annars verksamhetens roller, eller alla åtta)</source>
        <translation>note types to test, e.g. transporter,handel (otherwise the business's roles, or all eight)</translation>
    </message>
    <message>
        <source>TYP,...</source>
        <translation>TYPE,...</translation>
    </message>
    <message>
        <source>skriv rapporten som JSON</source>
        <translation>write the report as JSON</translation>
    </message>
    <message>
        <source>skriv rapporten som PDF till FIL</source>
        <translation>write the report as PDF to FILE</translation>
    </message>
    <message>
        <source>avfall testrun: okänd anteckningstyp &apos;%1&apos;.</source>
        <translation>avfall testrun: unknown note type '%1'.</translation>
    </message>
    <message>
        <source>avfall testrun: PDF kan inte skrivas i detta läge.</source>
        <translation>avfall testrun: a PDF cannot be written in this mode.</translation>
    </message>
    <message>
        <source>avfall testrun: testkörningen görs mot Test (eller Sandlåda), aldrig mot Produktion. Välj --env test.</source>
        <translation>avfall testrun: the test run goes to Test (or the sandbox), never to production. Choose --env test.</translation>
    </message>
    <message>
        <source>avfall testrun: certifikatet har inget organisationsnummer och verksamhetens organisationsnummer saknas.</source>
        <translation>avfall testrun: the certificate has no organisation number and the business's organisation number is missing.</translation>
    </message>
    <message>
        <source>Godkänd: %1 fall mot %2.</source>
        <translation>Passed: %1 cases against %2.</translation>
    </message>
    <message>
        <source>Inte godkänd: %1 av %2 fall underkända eller inte körda mot %3.</source>
        <translation>Not passed: %1 of %2 cases failed or not run against %3.</translation>
    </message>
    <message>
        <source>avfall testrun: %1</source>
        <translation>avfall testrun: %1</translation>
    </message>
</context>
<context>
    <name>avfall::ConnectionTest</name>
    <message>
        <source>Åtkomsttoken</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Hämta en värdelista</source>
        <translation>Fetch a value list</translation>
    </message>
    <message>
        <source>inte prövat, eftersom steget före misslyckades.</source>
        <translation>not tried, because the step before failed.</translation>
    </message>
    <message>
        <source>registrets adress saknas eller börjar inte med https://.</source>
        <translation>the register&apos;s address is missing or does not start with https://.</translation>
    </message>
    <message>
        <source>Välj miljö, eller fyll i bas-URL och token-URL för Egen adress.</source>
        <translation>Choose an environment, or fill in the base URL and token URL for Custom address.</translation>
    </message>
    <message>
        <source>inget klientcertifikat är valt.</source>
        <translation>no client certificate is chosen.</translation>
    </message>
    <message>
        <source>Importera ert certifikat under fliken Certifikat.</source>
        <translation>Import your certificate on the Certificate tab.</translation>
    </message>
    <message>
        <source>serverns certifikat gick inte att lita på: %1.</source>
        <translation>the server&apos;s certificate could not be trusted: %1.</translation>
    </message>
    <message>
        <source>Kontrollera adressen. För Egen adress med en egen CA: ange CA-filen under Anslutning. Kontrollera också att datorns klocka går rätt.</source>
        <translation>Check the address. For a Custom address with its own CA: give the CA file under Connection. Also check that the computer&apos;s clock is right.</translation>
    </message>
    <message>
        <source>servern %1 hittades inte (%2).</source>
        <translation>the server %1 was not found (%2).</translation>
    </message>
    <message>
        <source>Kontrollera adressen och att datorn är ansluten till internet.</source>
        <translation>Check the address and that the computer is connected to the internet.</translation>
    </message>
    <message>
        <source>servern %1 svarade inte (%2).</source>
        <translation>the server %1 did not answer (%2).</translation>
    </message>
    <message>
        <source>Kontrollera adressen och nätverket, och försök igen om en stund; en brandvägg kan också stoppa förbindelsen.</source>
        <translation>Check the address and the network, and try again in a while; a firewall may also stop the connection.</translation>
    </message>
    <message>
        <source>servern godtog inte ert klientcertifikat (%1).</source>
        <translation>the server did not accept your client certificate (%1).</translation>
    </message>
    <message>
        <source>Kontrollera att certifikatet är ert organisationscertifikat, att det gäller och att det hör till den valda miljön (Test eller Produktion).</source>
        <translation>Check that the certificate is your organisation certificate, that it is valid and that it belongs to the chosen environment (Test or Production).</translation>
    </message>
    <message>
        <source>servern %1 svarade inte inom %2 sekunder.</source>
        <translation>the server %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>Kontrollera adressen och nätverket, och försök igen om en stund.</source>
        <translation>Check the address and the network, and try again in a while.</translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken gick ut %1.</source>
        <translation>the pasted access token expired %1.</translation>
    </message>
    <message>
        <source>Klistra in en ny token under Åtkomst, eller ange nyckel och hemlighet så förnyas den av sig själv.</source>
        <translation>Paste a new token under Access, or enter a key and secret so that it is renewed automatically.</translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken används; den gäller till %1.</source>
        <translation>the pasted access token is used; it is valid until %1.</translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken används; hur länge den gäller går inte att läsa ut.</source>
        <translation>the pasted access token is used; how long it is valid cannot be read from it.</translation>
    </message>
    <message>
        <source>Kontrollera nyckel och hemlighet under Åtkomst: de ska höra till den valda miljön och komma från Naturvårdsverkets API-portal.</source>
        <translation>Check the key and secret under Access: they must belong to the chosen environment and come from Naturvårdsverket&apos;s API portal.</translation>
    </message>
    <message>
        <source>Kontrollera certifikatet under Certifikat.</source>
        <translation>Check the certificate under Certificate.</translation>
    </message>
    <message>
        <source>Försök igen om en stund; kontrollera token-URL:en om det inte går.</source>
        <translation>Try again in a while; check the token URL if it does not work.</translation>
    </message>
    <message>
        <source>ingen token kunde hämtas: %1</source>
        <translation>no token could be fetched: %1</translation>
    </message>
    <message>
        <source>tokentjänsten lämnade ut en åtkomsttoken för nyckeln.</source>
        <translation>the token service issued an access token for the key.</translation>
    </message>
    <message>
        <source>Registret godtog inte åtkomsten. Kontrollera att avtalet med Naturvårdsverket gäller den valda miljön och att nyckeln hör till samma organisation som certifikatet.</source>
        <translation>The register did not accept the access. Check that the agreement with Naturvårdsverket covers the chosen environment and that the key belongs to the same organisation as the certificate.</translation>
    </message>
    <message>
        <source>Försök igen om en stund.</source>
        <translation>Try again in a while.</translation>
    </message>
    <message>
        <source>registret svarade med status %1.</source>
        <translation>the register answered with status %1.</translation>
    </message>
    <message>
        <source>registret svarade på %1 ms med listan över transportsätt (%2 poster).</source>
        <translation>the register answered in %1 ms with the list of transport modes (%2 entries).</translation>
    </message>
    <message>
        <source>Säker förbindelse med ert certifikat</source>
        <translation>Secure connection with your certificate</translation>
    </message>
    <message>
        <source>%1 svarade och godtog ert certifikat.</source>
        <translation>%1 answered and accepted your certificate.</translation>
    </message>
    <message>
        <source>Tekniska detaljer: %1, servercertifikat %2.</source>
        <translation>Technical details: %1, server certificate %2.</translation>
    </message>
</context>
<context>
    <name>avfall::HttpsExchange</name>
    <message>
        <source>Adressen måste börja med https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message numerus="yes">
        <source>Inget svar inom %n sekunder.</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Försöket kunde inte sparas i kön.</source>
        <translation>The attempt could not be recorded in the queue.</translation>
    </message>
    <message>
        <source>huvudet %1 innehåller otillåtna tecken</source>
        <translation>the header %1 contains characters that are not allowed</translation>
    </message>
</context>
<context>
    <name>avfall::RegisterClient</name>
    <message>
        <source>Registrets servercertifikat gick inte att lita på: %1</source>
        <translation>The register&apos;s server certificate could not be trusted: %1</translation>
    </message>
    <message>
        <source>Anteckningen är makulerad.</source>
        <translation>The note is cancelled.</translation>
    </message>
    <message>
        <source>Registret tog emot anteckningen. AvfallsId: %1</source>
        <translation>The register received the note. Waste ID: %1</translation>
    </message>
    <message>
        <source>Den säkra förbindelsen misslyckades: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <source>Registret godtog inte inloggningen (HTTP %1).</source>
        <translation>The register did not accept the login (HTTP %1).</translation>
    </message>
    <message>
        <source>Registret svarade HTTP %1.</source>
        <translation>The register answered HTTP %1.</translation>
    </message>
    <message>
        <source>Registret svarade HTTP %1: %2</source>
        <translation>The register answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Registret gick inte att nå: %1</source>
        <translation>The register could not be reached: %1</translation>
    </message>
</context>
<context>
    <name>avfall::SandboxServer</name>
    <message>
        <source>Sandlådans certifikat går inte att läsa (%1, %2, %3).</source>
        <translation>The sandbox&apos;s certificates cannot be read (%1, %2, %3).</translation>
    </message>
    <message>
        <source>Sandlådan kan inte lyssna på 127.0.0.1:%1: %2</source>
        <translation>The sandbox cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>avfall::Sender</name>
    <message>
        <source>Kön kunde inte sparas säkert på disken (%1). Inget skickas förrän det går; kontrollera att disken inte är full eller trasig.</source>
        <translation>The queue could not be saved safely to disk (%1). Nothing is sent until it can be; check that the disk is not full or faulty.</translation>
    </message>
</context>
<context>
    <name>avfall::TokenProvider</name>
    <message>
        <source>Det finns ingen åtkomsttoken och ingen nyckel och hemlighet. Fyll i dem under Inställningar → Åtkomst.</source>
        <translation>There is no access token and no key and secret. Fill them in under Settings → Access.</translation>
    </message>
    <message>
        <source>Tokentjänsten godtog inte ert certifikat (%1). Kontrollera att det är giltigt och gäller rätt miljö.</source>
        <translation>The token service did not accept your certificate (%1). Check that it is valid and belongs to the right environment.</translation>
    </message>
    <message>
        <source>Tokentjänstens servercertifikat gick inte att lita på: %1</source>
        <translation>The token service&apos;s server certificate could not be trusted: %1</translation>
    </message>
    <message>
        <source>Tokentjänsten gick inte att nå: %1</source>
        <translation>The token service could not be reached: %1</translation>
    </message>
    <message>
        <source>Tokentjänsten svarade utan giltig token.</source>
        <translation>The token service answered without a valid token.</translation>
    </message>
    <message>
        <source>Nyckeln och hemligheten godtogs inte av tokentjänsten (HTTP %1). Kontrollera dem under Inställningar → Åtkomst; Test och Produktion har olika nycklar.</source>
        <translation>The key and secret were not accepted by the token service (HTTP %1). Check them under Settings → Access; Test and Production have different keys.</translation>
    </message>
    <message>
        <source>Tokentjänsten svarade HTTP %1: %2</source>
        <translation>The token service answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Åtkomsttoken innehåller otillåtna tecken (till exempel mellanslag eller radbrytningar). Klistra in den igen under Inställningar → Åtkomst.</source>
        <translation>The access token contains characters that are not allowed (for example spaces or line breaks). Paste it again under Settings → Access.</translation>
    </message>
    <message>
        <source>Tokentjänsten lämnade en token med otillåtna tecken (till exempel radbrytningar). Den används inte; försök igen senare eller kontakta Naturvårdsverket om felet består.</source>
        <translation>The token service handed out a token with characters that are not allowed (for example line breaks). It is not used; try again later or contact Naturvårdsverket if the fault persists.</translation>
    </message>
</context>
<context>
    <name>avfall::UncertainCheck</name>
    <message>
        <source>Bara en osäker anteckning behöver kontrolleras.</source>
        <translation>Only an uncertain note needs to be checked.</translation>
    </message>
</context>
<context>
    <name>avfall::ValueListCache</name>
    <message>
        <source>ogiltig JSON (%1 vid tecken %2)</source>
        <translation>invalid JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>ingen lista i svaret</source>
        <translation>no list in the answer</translation>
    </message>
    <message>
        <source>listan är tom</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <source>listan innehåller något annat än poster</source>
        <translation>the list contains something other than entries</translation>
    </message>
    <message>
        <source>%1 kunde inte sparas: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <source>inga avfallskoder i listan</source>
        <translation>no waste codes in the list</translation>
    </message>
    <message>
        <source>inga behandlingsmetoder i listan</source>
        <translation>no treatment methods in the list</translation>
    </message>
    <message>
        <source>inga transportsätt i listan</source>
        <translation>no transport modes in the list</translation>
    </message>
    <message>
        <source>inga resultattyper i listan</source>
        <translation>no result types in the list</translation>
    </message>
    <message>
        <source>mappen %1 kunde inte skapas</source>
        <translation>the folder %1 could not be created</translation>
    </message>
    <message>
        <source>Ingen anslutning till registret är inställd. De sparade eller inbyggda värdelistorna används.</source>
        <translation>No connection to the register is set up. The saved or built-in value lists are used.</translation>
    </message>
    <message>
        <source>Värdelistorna är aktuella.</source>
        <translation>The value lists are up to date.</translation>
    </message>
    <message>
        <source>okänt fel</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>%1: registrets svar gick inte att läsa (%2)</source>
        <translation>%1: the register&apos;s answer could not be read (%2)</translation>
    </message>
    <message>
        <source>Värdelistorna hämtades från registret (%1 av %2).</source>
        <translation>The value lists were fetched from the register (%1 of %2).</translation>
    </message>
    <message>
        <source>Alla värdelistor kunde inte uppdateras: %1. De sparade eller inbyggda listorna används tills vidare.</source>
        <translation>Not all value lists could be updated: %1. The saved or built-in lists are used for now.</translation>
    </message>
    <message>
        <source>registret skickade bara %1 poster mot %2 i programmets egen lista. Den korta listan används inte; listan som redan fanns gäller</source>
        <translation>the register sent only %1 entries against %2 in the program&apos;s own list. The short list is not used; the list already in place stays in force</translation>
    </message>
</context>
<context>
    <name>avfall::app::EnvironmentBadge</name>
    <message>
        <source>Sandlåda – övning, inget skickas till Naturvårdsverket</source>
        <translation>Sandbox – practice, nothing is sent to Naturvårdsverket</translation>
    </message>
    <message>
        <source>Test – Naturvårdsverkets testmiljö</source>
        <translation>Test – Naturvårdsverket&apos;s test environment</translation>
    </message>
    <message>
        <source>Produktion – skarpa rapporter</source>
        <translation>Production – real reports</translation>
    </message>
    <message>
        <source>Miljö: %1. Byt under Inställningar → Miljö.</source>
        <translation>Environment: %1. Change it under Settings → Environment.</translation>
    </message>
    <message>
        <source>Miljö: %1</source>
        <translation>Environment: %1</translation>
    </message>
</context>
<context>
    <name>avfall::app::GuideDialog</name>
    <message>
        <source>Handledning – Avfallsrapport</source>
        <translation>Guide – Avfallsrapport</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>avfall::app::MainWindow</name>
    <message>
        <source>Avfallsrapport</source>
        <translation>Avfallsrapport</translation>
    </message>
    <message>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Mina anteckningar</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Kö</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Inställningar</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Miljö</source>
        <translation>&amp;Environment</translation>
    </message>
    <message>
        <source>Inställningar…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Om Avfallsrapport</source>
        <translation>&amp;About Avfallsrapport</translation>
    </message>
    <message>
        <source>Om &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Ingen förbindelse prövad ännu</source>
        <translation>No connection tried yet</translation>
    </message>
    <message>
        <source>Kön är tom</source>
        <translation>The queue is empty</translation>
    </message>
    <message>
        <source>Ingen förbindelse: %1</source>
        <translation>No connection: %1</translation>
    </message>
    <message>
        <source>Skickar …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <source>Redo att skicka</source>
        <translation>Ready to send</translation>
    </message>
    <message numerus="yes">
        <source>%n i kö</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n osäkra</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avvisade</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source> – övning</source>
        <translation> – practice</translation>
    </message>
    <message>
        <source>Avfallsrapport – %1</source>
        <translation>Avfallsrapport – %1</translation>
    </message>
    <message>
        <source>Om Avfallsrapport</source>
        <translation>About Avfallsrapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Avfallsrapport %1&lt;/h3&gt;&lt;p&gt;Rapportera anteckningar om farligt avfall till Naturvårdsverkets avfallsregister (Bastjänst Farligt Avfall).&lt;/p&gt;&lt;p&gt;System-id mot registret: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Byggd med Qt %3.&lt;/p&gt;&lt;p&gt;Licens: GNU General Public License, version 3 eller senare. Programmet levereras utan garanti.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Avfallsrapport %1&lt;/h3&gt;&lt;p&gt;Report notes on hazardous waste to Naturvårdsverket&apos;s waste register (Bastjänst Farligt Avfall).&lt;/p&gt;&lt;p&gt;System ID towards the register: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. The program comes without warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Handledning</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Byt språk / Change language</source>
        <translation>Change language / Byt språk</translation>
    </message>
    <message>
        <source>Det nya språket används när programmet startar om. Det du har skrivit är sparat som utkast.

The new language is used once the program restarts. What you have typed is saved as a draft.</source>
        <translation>The new language is used once the program restarts. What you have typed is saved as a draft.

Det nya språket används när programmet startar om. Det du har skrivit är sparat som utkast.</translation>
    </message>
    <message>
        <source>Starta om nu / Restart now</source>
        <translation>Restart now / Starta om nu</translation>
    </message>
    <message>
        <source>Senare / Later</source>
        <translation>Later / Senare</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Rapporterade kilogram per månad, avfallskod, typ och part</source>
        <translation>Reported kilograms by month, waste code, type and party</translation>
    </message>
    <message>
        <source>&amp;Testkörning mot testmiljön …</source>
        <translation>&amp;Test run against the test environment …</translation>
    </message>
    <message>
        <source>Spara &amp;supportpaket …</source>
        <translation>Save &amp;support bundle …</translation>
    </message>
    <message>
        <source>Produktion utan testkörning</source>
        <translation>Production without a test run</translation>
    </message>
    <message>
        <source>&amp;Kör testkörningen …</source>
        <translation>&amp;Run the test run …</translation>
    </message>
    <message>
        <source>Byt till &amp;Produktion ändå</source>
        <translation>Switch to &amp;Production anyway</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ansluter …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>Spara supportpaket</source>
        <translation>Save support bundle</translation>
    </message>
    <message>
        <source>Zip-arkiv (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Supportpaketet kunde inte sparas: %1</source>
        <translation>The support bundle could not be saved: %1</translation>
    </message>
    <message>
        <source>Supportpaketet är sparat: %1</source>
        <translation>The support bundle is saved: %1</translation>
    </message>
</context>
<context>
    <name>avfall::app::NoteListPage</name>
    <message>
        <source>&amp;Öppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rätta …</source>
        <translation>&amp;Correct …</translation>
    </message>
    <message>
        <source>&amp;Makulera …</source>
        <translation>Ca&amp;ncel note …</translation>
    </message>
    <message>
        <source>&amp;Ny från denna</source>
        <translation>&amp;New from this</translation>
    </message>
    <message>
        <source>Ny anteckning för &amp;samma avfall</source>
        <translation>New note for the &amp;same waste</translation>
    </message>
    <message>
        <source>Skicka &amp;igen …</source>
        <translation>Send &amp;again …</translation>
    </message>
    <message>
        <source>Markera som &amp;mottagen …</source>
        <translation>Mark as &amp;received …</translation>
    </message>
    <message>
        <source>Försök &amp;nu</source>
        <translation>Try &amp;now</translation>
    </message>
    <message>
        <source>&amp;Ta bort utkast</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>&amp;Exportera CSV …</source>
        <translation>&amp;Export CSV …</translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Kö</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Anteckningstyp</source>
        <translation>Note type</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Sök referens, organisationsnummer, avfallskod …</source>
        <translation>Search reference, organisation number, waste code …</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Inga utkast. En anteckning som du börjar fylla i sparas här av sig själv tills du skickar den.</source>
        <translation>No drafts. A note you start filling in is saved here automatically until you send it.</translation>
    </message>
    <message>
        <source>Kön är tom: allt har skickats. Anteckningar som väntar på registret, eller på att du bestämmer något, visas här.</source>
        <translation>The queue is empty: everything has been sent. Notes waiting for the register, or for a decision from you, are shown here.</translation>
    </message>
    <message>
        <source>Ingen anteckning ännu. Välj vad du vill anteckna under Ny anteckning till vänster.</source>
        <translation>No notes yet. Choose what you want to note under New note on the left.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Välj en anteckning i listan för att se detaljerna.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a note in the list to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>inget avfallsId ännu</source>
        <translation>no waste ID yet</translation>
    </message>
    <message>
        <source>avfallsId %1</source>
        <translation>waste ID %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Makulerad %1: %2. %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cancelled %1: %2. %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Versioner&lt;/h4&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;Versions&lt;/h4&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>Makulera anteckning</source>
        <translation>Cancel note</translation>
    </message>
    <message>
        <source>Egen förklaring, sparas bara här hos dig</source>
        <translation>Your own explanation, kept only here on your computer</translation>
    </message>
    <message>
        <source>Makulera</source>
        <translation>Cancel note</translation>
    </message>
    <message>
        <source>&amp;Orsak:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Förklaring:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Markera som mottagen</source>
        <translation>Mark as received</translation>
    </message>
    <message>
        <source>Om anteckningen finns i registret (till exempel i Naturvårdsverkets e-tjänst), skriv dess avfallsId:</source>
        <translation>If the note is in the register (for example in Naturvårdsverket&apos;s e-service), type its waste ID:</translation>
    </message>
    <message>
        <source>Skicka igen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Kom den förra sändningen fram blir anteckningen dubbel i registret och måste makuleras som &quot;Skickad två gånger&quot;. Skicka ändå?</source>
        <translation>If the previous sending arrived, the note will be in the register twice and must be cancelled as &quot;Sent twice&quot;. Send anyway?</translation>
    </message>
    <message>
        <source>Referens</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Exportera historiken</source>
        <translation>Export the history</translation>
    </message>
    <message>
        <source>CSV för Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte skrivas.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>&amp;Kvitto (PDF) …</source>
        <translation>&amp;Receipt (PDF) …</translation>
    </message>
    <message>
        <source>Spara kvitto</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kvitto</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Övning i sandlådan: inget skickades till Naturvårdsverket.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Practice in the sandbox: nothing was sent to Naturvårdsverket.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Det som skickades&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;What was sent&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kvitto %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Försök att skicka&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Attempts to send&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>registret gick inte att nå</source>
        <translation>the register could not be reached</translation>
    </message>
    <message>
        <source>registret svarade</source>
        <translation>the register answered</translation>
    </message>
    <message>
        <source>ingen förbindelse (HTTP 0)</source>
        <translation>no connection (HTTP 0)</translation>
    </message>
    <message>
        <source>, %1 ms</source>
        <translation>, %1 ms</translation>
    </message>
    <message>
        <source>, felkod %1</source>
        <translation>, error code %1</translation>
    </message>
    <message>
        <source>, traceId %1</source>
        <translation>, traceId %1</translation>
    </message>
    <message>
        <source>Spårnings-id (NV-Client-Tracking-ID): %1</source>
        <translation>Tracking id (NV-Client-Tracking-ID): %1</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Tekniska detaljer&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Technical details&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kvitto – anteckning i avfallsregistret&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AvfallsId: &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Miljö: %3&lt;br&gt;Skapad: %4&lt;br&gt;Senast ändrad: %5&lt;br&gt;Spårnings-id: &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;&lt;/td&gt;&lt;td valign=&quot;top&quot; style=&quot;padding-left:24px&quot;&gt;&lt;img src=&quot;%7&quot; width=&quot;120&quot; height=&quot;120&quot;&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;h2&gt;Receipt – note in the waste register&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td valign=&quot;top&quot;&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AvfallsId: &lt;b&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/b&gt;&lt;br&gt;Environment: %3&lt;br&gt;Created: %4&lt;br&gt;Last changed: %5&lt;br&gt;Tracking id: &lt;code&gt;%6&lt;/code&gt;&lt;/p&gt;&lt;/td&gt;&lt;td valign=&quot;top&quot; style=&quot;padding-left:24px&quot;&gt;&lt;img src=&quot;%7&quot; width=&quot;120&quot; height=&quot;120&quot;&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Exportera &amp;register …</source>
        <translation>Export &amp;register …</translation>
    </message>
    <message>
        <source>Alla anteckningar i en period som XLSX eller CSV, så som en tillsynsmyndighet vill se dem</source>
        <translation>All notes of a period as XLSX or CSV, as a supervisory authority wants to see them</translation>
    </message>
    <message>
        <source>Spara registret</source>
        <translation>Save the register</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportera register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Registret %1 (antal anteckningar: %2) sparades i %3.</source>
        <translation>The register %1 (number of notes: %2) was saved in %3.</translation>
    </message>
</context>
<context>
    <name>avfall::app::NotePage</name>
    <message>
        <source>&amp;Granska och skicka …</source>
        <translation>&amp;Review and send …</translation>
    </message>
    <message>
        <source>Kan inte skickas ännu: %1</source>
        <translation>Cannot be sent yet: %1</translation>
    </message>
    <message>
        <source>Anteckningen kunde inte sparas: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
    <message>
        <source>Anteckning %1 ligger i kön och skickas nu …</source>
        <translation>Note %1 is in the queue and is being sent …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mottagen av registret.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Received by the register.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registret avvisade anteckningen.&lt;/b&gt; %1 Öppna den under Kö för att rätta den.</source>
        <translation>&lt;b&gt;The register rejected the note.&lt;/b&gt; %1 Open it under Queue to correct it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Osäkert om anteckningen kom fram.&lt;/b&gt; %1 Bestäm under Kö vad som ska hända.</source>
        <translation>&lt;b&gt;Uncertain whether the note arrived.&lt;/b&gt; %1 Decide under Queue what should happen.</translation>
    </message>
    <message>
        <source>Anteckningen väntar i kön: %1</source>
        <translation>The note is waiting in the queue: %1</translation>
    </message>
    <message>
        <source>Registret avvisade anteckning %1. Felen visas vid fälten; rätta och skicka igen.</source>
        <translation>The register rejected note %1. The errors are shown at the fields; correct them and send again.</translation>
    </message>
    <message>
        <source>Rättelse av anteckning %1 (avfallsId %2). Hela anteckningen skickas igen som en ny version.</source>
        <translation>Correction of note %1 (waste ID %2). The whole note is sent again as a new version.</translation>
    </message>
</context>
<context>
    <name>avfall::app::NoteTableModel</name>
    <message>
        <source>Rättelse: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>Makulering: %1</source>
        <translation>Cancellation: %1</translation>
    </message>
    <message>
        <source> (ersatt)</source>
        <translation> (replaced)</translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>Mängd (kg)</source>
        <translation>Quantity (kg)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>AvfallsId</source>
        <translation>Waste ID</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source> (rättelse väntar)</source>
        <translation> (correction pending)</translation>
    </message>
</context>
<context>
    <name>avfall::app::RegisterExportDialog</name>
    <message>
        <source>Exportera register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Alla dina anteckningar i miljön %1 vars tidpunkt – när anteckningen gjordes – ligger i perioden, med alla uppgifter, avfallsId, tillstånd, versioner och makuleringar. Så som en tillsynsmyndighet brukar be att få se dem. Utkast tas inte med.</source>
        <translation>All your notes in the environment %1 whose tidpunkt – when the note was made – lies in the period, with every detail, avfallsId, state, versions and cancellations, as a supervisory authority usually asks to see them. Drafts are left out.</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (XLSX), en flik per anteckningstyp</source>
        <translation>Excel workbook (XLSX), one sheet per note type</translation>
    </message>
    <message>
        <source>CSV för Excel, en fil med alla typer</source>
        <translation>CSV for Excel, one file with all types</translation>
    </message>
    <message>
        <source>&amp;Från och med:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till och med:</source>
        <translation>&amp;To (included):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Exportera …</source>
        <translation>&amp;Export …</translation>
    </message>
    <message>
        <source>Perioden slutar före den börjar.</source>
        <translation>The period ends before it begins.</translation>
    </message>
</context>
<context>
    <name>avfall::app::StatisticsPage</name>
    <message>
        <source>1 anteckning</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>%1 anteckningar</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>&amp;Spara diagram …</source>
        <translation>&amp;Save chart …</translation>
    </message>
    <message>
        <source>Å&amp;rssammanställning (PDF) …</source>
        <translation>Yea&amp;rly summary (PDF) …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Statistik&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Statistics&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Eget urval</source>
        <translation>Own choice</translation>
    </message>
    <message>
        <source>Från månad</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Till månad</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Miljö:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Per månad</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Per avfallskod</source>
        <translation>By waste code</translation>
    </message>
    <message>
        <source>Per anteckningstyp</source>
        <translation>By note type</translation>
    </message>
    <message>
        <source>Per part</source>
        <translation>By party</translation>
    </message>
    <message>
        <source>Siffror</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Peka på en stapel för att se dess värde.</source>
        <translation>Point at a bar to see its value.</translation>
    </message>
    <message>
        <source>Å&amp;rssammanställning %1 (PDF) …</source>
        <translation>Yea&amp;rly summary %1 (PDF) …</translation>
    </message>
    <message>
        <source>Från-månaden ligger efter till-månaden.</source>
        <translation>The from month lies after the to month.</translation>
    </message>
    <message>
        <source>Rapporterat %1 kg i %2, %3, %4.</source>
        <translation>Reported %1 kg in %2, %3, %4.</translation>
    </message>
    <message>
        <source>Inga rapporterade anteckningar i %1 under %2.

Statistiken räknar anteckningar som registret har tagit emot, efter månaden för anteckningens tidpunkt. Välj en annan period eller miljö ovan, eller skicka en anteckning under Ny anteckning till vänster.</source>
        <translation>No reported notes in %1 during %2.

The statistics count notes the register has accepted, by the month of the note's time. Choose another period or environment above, or send a note under New note on the left.</translation>
    </message>
    <message>
        <source>Ingen part (behandlingsresultat)</source>
        <translation>No party (treatment results)</translation>
    </message>
    <message>
        <source>Övriga (%1)</source>
        <translation>Others (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n till</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Kilogram</source>
        <translation>Kilograms</translation>
    </message>
    <message>
        <source>Rapporterade kilogram %1</source>
        <translation>Reported kilograms %1</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>%1: %2 kg i %3</source>
        <translation>%1: %2 kg in %3</translation>
    </message>
    <message>
        <source>Månad</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Avfallskod</source>
        <translation>Waste code</translation>
    </message>
    <message>
        <source>Anteckningstyp</source>
        <translation>Note type</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG-bild (*.png);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Filen %1 kunde inte skrivas.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>Spara årssammanställning</source>
        <translation>Save yearly summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Årssammanställning</source>
        <translation>Yearly summary</translation>
    </message>
</context>
<context>
    <name>avfall::forms::AccessPage</name>
    <message>
        <source>&amp;Nyckel och hemlighet från API-portalen (token förnyas av sig själv)</source>
        <translation>&amp;Key and secret from the API portal (the token is renewed automatically)</translation>
    </message>
    <message>
        <source>En åtkomst&amp;token som jag klistrar in</source>
        <translation>An access &amp;token that I paste</translation>
    </message>
    <message>
        <source>Nyckel (consumer key)</source>
        <translation>Key (consumer key)</translation>
    </message>
    <message>
        <source>Hemlighet (consumer secret)</source>
        <translation>Secret (consumer secret)</translation>
    </message>
    <message>
        <source>N&amp;yckel:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Hemlighet:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Åtkomsttoken</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Klistra in åtkomsttoken här</source>
        <translation>Paste the access token here</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Glöm åtkomsten</source>
        <translation>&amp;Forget the access</translation>
    </message>
    <message>
        <source>Nyckel, hemlighet och token sparas i datorns nyckelring, aldrig i en fil.</source>
        <translation>Key, secret and token are kept in the computer&apos;s keychain, never in a file.</translation>
    </message>
    <message>
        <source>Ingen nyckelring kunde användas: %1 Det du anger här gäller bara tills programmet stängs och skrivs aldrig till en fil; nästa gång frågar programmet igen.</source>
        <translation>No keychain could be used: %1 What you enter here applies only until the program is closed and is never written to a file; next time the program asks again.</translation>
    </message>
    <message>
        <source>&amp;Spara i nyckelringen</source>
        <translation>&amp;Save in the keychain</translation>
    </message>
    <message>
        <source>&amp;Använd under den här sessionen</source>
        <translation>&amp;Use during this session</translation>
    </message>
    <message>
        <source>Sandlådan har en egen övningsnyckel, så här behövs inget.</source>
        <translation>The sandbox has its own practice key, so nothing is needed here.</translation>
    </message>
    <message>
        <source>Åtkomst till %1</source>
        <translation>Access to %1</translation>
    </message>
    <message>
        <source>Den sparade token: </source>
        <translation>The saved token: </translation>
    </message>
    <message>
        <source>Det här är ingen JWT med utgångstid, så hur länge den gäller går inte att se här.</source>
        <translation>This is not a JWT with an expiry time, so how long it is valid cannot be seen here.</translation>
    </message>
    <message>
        <source>Token gick ut %1.</source>
        <translation>The token expired %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n minuter kvar</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timmar kvar</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>Token gäller till %1 (%2).</source>
        <translation>The token is valid until %1 (%2).</translation>
    </message>
    <message>
        <source>sparad – skriv en ny för att byta</source>
        <translation>saved – type a new one to replace it</translation>
    </message>
    <message>
        <source>en token är sparad – klistra in en ny för att byta</source>
        <translation>a token is saved – paste a new one to replace it</translation>
    </message>
    <message>
        <source>Ingen åtkomst är sparad för %1 ännu.</source>
        <translation>No access is saved for %1 yet.</translation>
    </message>
    <message>
        <source>Sparat i nyckelringen.</source>
        <translation>Saved in the keychain.</translation>
    </message>
    <message>
        <source>Gäller under den här sessionen (ingen nyckelring).</source>
        <translation>Applies during this session (no keychain).</translation>
    </message>
    <message>
        <source>Klistra in en åtkomsttoken först.</source>
        <translation>Paste an access token first.</translation>
    </message>
    <message>
        <source>Ange nyckel och hemlighet från API-portalen.</source>
        <translation>Enter the key and secret from the API portal.</translation>
    </message>
    <message>
        <source>Ange hemligheten som hör till nyckeln.</source>
        <translation>Enter the secret that belongs to the key.</translation>
    </message>
    <message>
        <source>Ange nyckeln som hör till hemligheten.</source>
        <translation>Enter the key that belongs to the secret.</translation>
    </message>
    <message>
        <source>Nyckel, hemlighet och token är borttagna.</source>
        <translation>Key, secret and token have been removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avfall::forms::CertificatePage</name>
    <message>
        <source>PKCS#12-fil (.p12, .pfx)</source>
        <translation>PKCS#12 file (.p12, .pfx)</translation>
    </message>
    <message>
        <source>PEM-filer (certifikat och nyckel)</source>
        <translation>PEM files (certificate and key)</translation>
    </message>
    <message>
        <source>Certifikatfil</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Certifikatfil:</source>
        <translation>&amp;Certificate file:</translation>
    </message>
    <message>
        <source>Nyckelfil</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>tom om nyckeln ligger i certifikatfilen</source>
        <translation>empty if the key is in the certificate file</translation>
    </message>
    <message>
        <source>&amp;Nyckelfil:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Lås upp för den här sessionen</source>
        <translation>&amp;Unlock for this session</translation>
    </message>
    <message>
        <source>Ta &amp;bort certifikatet</source>
        <translation>&amp;Remove the certificate</translation>
    </message>
    <message>
        <source>Certifikatet</source>
        <translation>The certificate</translation>
    </message>
    <message>
        <source>Utfärdat till:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Organisationsnummer:</source>
        <translation>Organisation number:</translation>
    </message>
    <message>
        <source>Utfärdare:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Giltigt från:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Giltigt till:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>SHA-256-fingeravtryck:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Klientautentisering:</source>
        <translation>Client authentication:</translation>
    </message>
    <message>
        <source>Välj certifikatet (PEM)</source>
        <translation>Choose the certificate (PEM)</translation>
    </message>
    <message>
        <source>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Välj certifikatfilen</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;Alla filer (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Välj den privata nyckeln (PEM)</source>
        <translation>Choose the private key (PEM)</translation>
    </message>
    <message>
        <source>PEM-nyckel (*.pem *.key);;Alla filer (*)</source>
        <translation>PEM key (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>bara om nyckeln är krypterad</source>
        <translation>only if the key is encrypted</translation>
    </message>
    <message>
        <source>lösenordet till filen</source>
        <translation>the file&apos;s password</translation>
    </message>
    <message>
        <source>Sandlådan använder ett inbyggt övningscertifikat, så här behövs inget. Välj Test, Produktion eller Egen adress under Anslutning för att importera ert organisationscertifikat.</source>
        <translation>The sandbox uses a built-in practice certificate, so nothing is needed here. Choose Test, Production or Custom address under Connection to import your organisation certificate.</translation>
    </message>
    <message>
        <source>Organisationscertifikat för %1</source>
        <translation>Organisation certificate for %1</translation>
    </message>
    <message>
        <source>Inget certifikat är importerat ännu.</source>
        <translation>No certificate has been imported yet.</translation>
    </message>
    <message>
        <source>Välj certifikatfilen först.</source>
        <translation>Choose the certificate file first.</translation>
    </message>
    <message>
        <source>Certifikatet är importerat. Filen ligger i programmets profil, läsbar bara för dig, och lösenordet i datorns nyckelring.</source>
        <translation>The certificate has been imported. The file is in the program&apos;s profile, readable only by you, and the password in the computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Certifikatet är importerat. Det finns ingen nyckelring, så lösenordet gäller bara tills programmet stängs; nästa gång frågar programmet efter det igen.</source>
        <translation>The certificate has been imported. There is no keychain, so the password applies only until the program is closed; next time the program asks for it again.</translation>
    </message>
    <message>
        <source>Certifikatet kan användas under den här sessionen.</source>
        <translation>The certificate can be used during this session.</translation>
    </message>
    <message>
        <source>Certifikatet och dess lösenord är borttagna.</source>
        <translation>The certificate and its password have been removed.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>finns inte i certifikatet</source>
        <translation>not in the certificate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kontrollerar certifikatet … Det kan ta några sekunder.</source>
        <translation>Checking the certificate … This can take a few seconds.</translation>
    </message>
</context>
<context>
    <name>avfall::forms::CompanyPage</name>
    <message>
        <source>Eget företag (verksamhetsutövare)</source>
        <translation>Own company (operator)</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Företagets namn</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation>CFAR number</translation>
    </message>
    <message>
        <source>&amp;Organisationsnummer:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kontaktperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>C&amp;FAR-nummer:</source>
        <translation>C&amp;FAR number:</translation>
    </message>
    <message>
        <source>Företag som jag rapporterar för som ombud</source>
        <translation>Companies I report for as an agent</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ombudsföretagets organisationsnummer</source>
        <translation>The agent company&apos;s organisation number</translation>
    </message>
    <message>
        <source>organisationsnummer</source>
        <translation>organisation number</translation>
    </message>
    <message>
        <source>Ombudsföretagets namn</source>
        <translation>The agent company&apos;s name</translation>
    </message>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Skriv företagets organisationsnummer.</source>
        <translation>Type the company&apos;s organisation number.</translation>
    </message>
    <message>
        <source>Skriv företagets namn.</source>
        <translation>Type the company&apos;s name.</translation>
    </message>
    <message>
        <source>Sparade parter (transportörer, mottagare, kunder)</source>
        <translation>Saved parties (carriers, recipients, customers)</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Partens nummer</source>
        <translation>The party&apos;s number</translation>
    </message>
    <message>
        <source>organisations- eller personnummer, VAT-nummer</source>
        <translation>organisation or personal identity number, VAT number</translation>
    </message>
    <message>
        <source>Partens namn</source>
        <translation>The party&apos;s name</translation>
    </message>
    <message>
        <source>Skriv partens nummer.</source>
        <translation>Type the party&apos;s number.</translation>
    </message>
    <message>
        <source>Sparade platser</source>
        <translation>Saved places</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Platsens namn</source>
        <translation>The place&apos;s name</translation>
    </message>
    <message>
        <source>t.ex. Lagret i Åre</source>
        <translation>e.g. the warehouse in Åre</translation>
    </message>
    <message>
        <source>4 siffror, t.ex. 2321</source>
        <translation>4 digits, e.g. 2321</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Platsens CFAR-nummer</source>
        <translation>The place&apos;s CFAR number</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kommunkod:</source>
        <translation>Municipality code:</translation>
    </message>
    <message>
        <source>Gatuadress:</source>
        <translation>Street address:</translation>
    </message>
    <message>
        <source>Postnummer:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>CFAR-nummer:</source>
        <translation>CFAR number:</translation>
    </message>
    <message>
        <source>Lägg till platsen</source>
        <translation>Add the place</translation>
    </message>
    <message>
        <source>Ge platsen ett namn, så att du känner igen den.</source>
        <translation>Give the place a name so that you recognise it.</translation>
    </message>
    <message>
        <source>Ange både gatuadress och postnummer, eller inget av dem.</source>
        <translation>Give both street address and postcode, or neither.</translation>
    </message>
    <message>
        <source>personnummer (enskild firma)</source>
        <translation>personal identity number (sole trader)</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>Organisationsnumret stämmer inte: %1</source>
        <translation>The organisation number is wrong: %1</translation>
    </message>
    <message>
        <source>8 siffror, eller SAKNAS</source>
        <translation>8 digits, or SAKNAS</translation>
    </message>
    <message>
        <source>Skriv kommunkoden, fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation>Type the municipality code, four digits, for example 0180 for Stockholm.</translation>
    </message>
    <message>
        <source>Anteckningstyper som verksamheten rapporterar</source>
        <translation>Note types the business reports</translation>
    </message>
</context>
<context>
    <name>avfall::forms::ConnectionPage</name>
    <message>
        <source>Den inbyggda sandlådan: allt stannar på den här datorn och märks som övning. Inget avtal, certifikat eller nyckel behövs.</source>
        <translation>The built-in sandbox: everything stays on this computer and is marked as practice. No agreement, certificate or key is needed.</translation>
    </message>
    <message>
        <source>Naturvårdsverkets testmiljö. Prova här innan ni rapporterar på riktigt. Den kräver ert organisationscertifikat och en nyckel för Test från API-portalen.</source>
        <translation>Naturvårdsverket&apos;s test environment. Try here before you report for real. It requires your organisation certificate and a key for Test from the API portal.</translation>
    </message>
    <message>
        <source>Det riktiga avfallsregistret. Det som skickas hit är er rapportering enligt avfallsförordningen.</source>
        <translation>The real waste register. What is sent here is your reporting under the Waste Ordinance.</translation>
    </message>
    <message>
        <source>En annan adress, till exempel en testserver hos er systemleverantör. Ange registrets bas-URL och tokentjänstens URL.</source>
        <translation>Another address, for example a test server at your system supplier. Give the register&apos;s base URL and the token service&apos;s URL.</translation>
    </message>
    <message numerus="yes">
        <source>gick ut för %n dagar sedan</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>går ut i dag</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>%n dagar kvar</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Miljö:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Egen adress</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <source>Bas-URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Token-URL</source>
        <translation>Token URL</translation>
    </message>
    <message>
        <source>CA-certifikat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>valfritt: PEM-fil om servern har en egen CA</source>
        <translation>optional: PEM file if the server has its own CA</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Bas-URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Token-URL:</source>
        <translation>&amp;Token URL:</translation>
    </message>
    <message>
        <source>&amp;CA-certifikat:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>System-id:</source>
        <translation>System ID:</translation>
    </message>
    <message>
        <source>Skickas till registret med varje anrop (NV-Client-System-ID), så att Naturvårdsverket ser vilket program som rapporterar.</source>
        <translation>Sent to the register with every call (NV-Client-System-ID), so that Naturvårdsverket sees which program is reporting.</translation>
    </message>
    <message>
        <source>&amp;Testa anslutningen</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Välj CA-certifikat</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Anslutningen fungerar.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <source>Anslutningen fungerar inte ännu; se steget som misslyckades.</source>
        <translation>The connection does not work yet; see the step that failed.</translation>
    </message>
    <message>
        <source>Egen adress behöver både en bas-URL och en token-URL som börjar med https://.</source>
        <translation>Custom address needs both a base URL and a token URL starting with https://.</translation>
    </message>
    <message>
        <source>Filen %1 innehåller inga CA-certifikat i PEM-format.</source>
        <translation>The file %1 contains no CA certificates in PEM format.</translation>
    </message>
    <message>
        <source>Provar anslutningen till %1 …</source>
        <translation>Trying the connection to %1 …</translation>
    </message>
    <message>
        <source>✗ Inställningarna räcker inte för att ansluta:</source>
        <translation>✗ The settings are not enough to connect:</translation>
    </message>
    <message>
        <source>Sparar miljön och provar en säker förbindelse, inloggningen och en värdelista.</source>
        <translation>Saves the environment and tries a secure connection, the login and a value list.</translation>
    </message>
    <message>
        <source>Testkörning före produktion</source>
        <translation>Test run before production</translation>
    </message>
    <message>
        <source>Testkörning mot testmiljön …</source>
        <translation>Test run against the test environment …</translation>
    </message>
</context>
<context>
    <name>avfall::forms::DateTimeField</name>
    <message>
        <source>Inte ifyllt</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Skriv till exempel 2026-11-20 13:00, 20/11 13.00 eller igår 13</source>
        <translation>Type for example 2026-11-20 13:00, 20/11 13.00 or yesterday 13</translation>
    </message>
    <message>
        <source>Välj dag i en kalender</source>
        <translation>Choose a day in a calendar</translation>
    </message>
    <message>
        <source>När du skickar</source>
        <translation>When you send</translation>
    </message>
    <message>
        <source>sätts till tiden då du skickar</source>
        <translation>set to the time you send</translation>
    </message>
    <message>
        <source>Okänt datum – skriv till exempel 2026-11-20 13:00</source>
        <translation>Unknown date – type for example 2026-11-20 13:00</translation>
    </message>
</context>
<context>
    <name>avfall::forms::FirstStartWizard</name>
    <message>
        <source>Välkommen till Avfallsrapport</source>
        <translation>Welcome to Avfallsrapport</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Slutför</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hur vill du börja?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Med Avfallsrapport för du anteckningar om farligt avfall och rapporterar dem till Naturvårdsverkets avfallsregister.</source>
        <translation>With Avfallsrapport you keep notes on hazardous waste and report them to Naturvårdsverket&apos;s waste register.</translation>
    </message>
    <message>
        <source>&amp;Prova i sandlådan</source>
        <translation>&amp;Try the sandbox</translation>
    </message>
    <message>
        <source>Fungerar direkt, utan avtal eller certifikat. Allt du skickar går till en inbyggd övningsversion av registret på den här datorn och märks som övning.</source>
        <translation>Works at once, without agreement or certificate. Everything you send goes to a built-in practice version of the register on this computer and is marked as practice.</translation>
    </message>
    <message>
        <source>&amp;Anslut till Naturvårdsverket</source>
        <translation>&amp;Connect to Naturvårdsverket</translation>
    </message>
    <message>
        <source>För att rapportera på riktigt. Du behöver ett avtal med Naturvårdsverket, ett certifikat och en nyckel; nästa sida berättar var du får dem.</source>
        <translation>To report for real. You need an agreement with Naturvårdsverket, a certificate and a key; the next page tells you where to get them.</translation>
    </message>
    <message>
        <source>Det här behöver du från Naturvårdsverket</source>
        <translation>What you need from Naturvårdsverket</translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Vart ska anteckningarna skickas?</source>
        <translation>Where should the notes be sent?</translation>
    </message>
    <message>
        <source>&amp;Test – Naturvårdsverkets testmiljö (börja här)</source>
        <translation>&amp;Test – Naturvårdsverket&apos;s test environment (start here)</translation>
    </message>
    <message>
        <source>&amp;Produktion – det riktiga avfallsregistret</source>
        <translation>&amp;Production – the real waste register</translation>
    </message>
    <message>
        <source>Certifikat och nyckel hör till en miljö: de för Test fungerar inte i Produktion. Du kan byta miljö senare under Inställningar → Anslutning.</source>
        <translation>Certificate and key belong to one environment: those for Test do not work in Production. You can change the environment later under Settings → Connection.</translation>
    </message>
    <message>
        <source>Certifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Importera ert organisationscertifikat. Filen kopieras till programmets profil och lösenordet sparas i datorns nyckelring.</source>
        <translation>Import your organisation certificate. The file is copied to the program&apos;s profile and the password is saved in the computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Har du inte certifikatet ännu kan du gå vidare och importera det senare under Inställningar → Certifikat.</source>
        <translation>If you don&apos;t have the certificate yet, you can go on and import it later under Settings → Certificate.</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet</source>
        <translation>Key and secret</translation>
    </message>
    <message>
        <source>Från Naturvårdsverkets API-portal, för den valda miljön.</source>
        <translation>From Naturvårdsverket&apos;s API portal, for the chosen environment.</translation>
    </message>
    <message>
        <source>Ert företag</source>
        <translation>Your company</translation>
    </message>
    <message>
        <source>Uppgifterna fylls i i nya anteckningar. Allt går att ändra senare.</source>
        <translation>The details are filled into new notes. Everything can be changed later.</translation>
    </message>
    <message>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Sandlådan är vald</source>
        <translation>The sandbox is chosen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Allt du skickar går till den inbyggda sandlådan på den här datorn och märks som &lt;b&gt;övning&lt;/b&gt;. Inget når Naturvårdsverket.&lt;/p&gt;&lt;p&gt;När ni har avtal, certifikat och nyckel väljer du &lt;b&gt;Inställningar → Anslutning&lt;/b&gt; och byter till Test.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Everything you send goes to the built-in sandbox on this computer and is marked as &lt;b&gt;practice&lt;/b&gt;. Nothing reaches Naturvårdsverket.&lt;/p&gt;&lt;p&gt;When you have an agreement, certificate and key, choose &lt;b&gt;Settings → Connection&lt;/b&gt; and switch to Test.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Miljö: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Environment: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certifikat: &lt;b&gt;inte importerat ännu&lt;/b&gt; – importera det under Inställningar → Certifikat innan du skickar.</source>
        <translation>Certificate: &lt;b&gt;not imported yet&lt;/b&gt; – import it under Settings → Certificate before you send.</translation>
    </message>
    <message>
        <source>Certifikat: %1, giltigt till %2</source>
        <translation>Certificate: %1, valid until %2</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: kontrolleras …</source>
        <translation>Key and secret: checking …</translation>
    </message>
    <message>
        <source>Företag: %1 (%2)</source>
        <translation>Company: %1 (%2)</translation>
    </message>
    <message>
        <source>Allt går att ändra under Inställningar. Prova gärna &lt;b&gt;Testa anslutningen&lt;/b&gt; där.</source>
        <translation>Everything can be changed under Settings. Feel free to try &lt;b&gt;Test the connection&lt;/b&gt; there.</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: sparade</source>
        <translation>Key and secret: saved</translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: &lt;b&gt;saknas ännu&lt;/b&gt; – ange dem under Inställningar → Åtkomst.</source>
        <translation>Key and secret: &lt;b&gt;still missing&lt;/b&gt; – enter them under Settings → Access.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ett avtal&lt;/b&gt; om att använda avfallsregistrets API (Bastjänst Farligt Avfall). Det tecknas med Naturvårdsverket; se naturvardsverket.se under avfallsregistret och rapportering via API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ett klientcertifikat&lt;/b&gt; (organisationscertifikat) från en svensk certifikatutfärdare, utfärdat till er organisation och med ert organisationsnummer i certifikatet. Du får det som en .p12- eller .pfx-fil med ett lösenord, eller som PEM-filer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nyckel och hemlighet&lt;/b&gt; från Naturvårdsverkets API-portal. Programmet hämtar åtkomsttoken med dem och förnyar den av sig själv.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Börja i Test.&lt;/b&gt; Naturvårdsverket har en testmiljö med egna nycklar. Prova där först och byt till Produktion när allt fungerar.&lt;/p&gt;&lt;p&gt;Har du inte allt ännu? Gå tillbaka och välj sandlådan; du kan ansluta senare under Inställningar.&lt;/p&gt;&lt;p style=&quot;color:#5f6368&quot;&gt;&lt;small&gt;Tekniska detaljer: i API-portalen heter nyckeln och hemligheten &lt;i&gt;consumer key&lt;/i&gt; och &lt;i&gt;consumer secret&lt;/i&gt;.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;An agreement&lt;/b&gt; to use the waste register&apos;s API (Bastjänst Farligt Avfall). It is made with Naturvårdsverket; see naturvardsverket.se under the waste register and reporting via API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A client certificate&lt;/b&gt; (organisation certificate) from a Swedish certificate authority, issued to your organisation and with your organisation number in the certificate. You get it as a .p12 or .pfx file with a password, or as PEM files.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Key and secret&lt;/b&gt; from Naturvårdsverket&apos;s API portal. The program fetches access tokens with them and renews them automatically.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Start in Test.&lt;/b&gt; Naturvårdsverket has a test environment with its own keys. Try there first and switch to Production when everything works.&lt;/p&gt;&lt;p&gt;Don&apos;t have everything yet? Go back and choose the sandbox; you can connect later under Settings.&lt;/p&gt;&lt;p style=&quot;color:#5f6368&quot;&gt;&lt;small&gt;Technical details: in the API portal the key and the secret are called &lt;i&gt;consumer key&lt;/i&gt; and &lt;i&gt;consumer secret&lt;/i&gt;.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I sandlådan övar du med sandlådans övningscertifikat, så organisationsnumret är övningsnumret %1. När ni ansluter till Naturvårdsverket byts det mot numret i ert certifikat. Namn, kontaktperson, e-post och telefon fyller du i som vanligt.</source>
        <translation>In the sandbox you practise with the sandbox&apos;s practice certificate, so the organisation number is the practice number %1. When you connect to Naturvårdsverket it is replaced by the number in your certificate. Fill in the name, contact person, e-mail and phone as usual.</translation>
    </message>
</context>
<context>
    <name>avfall::forms::LanguagePage</name>
    <message>
        <source>Programmets språk:</source>
        <translation>The program&apos;s language:</translation>
    </message>
    <message>
        <source>Det nya språket används när du startar om programmet. The new language is used after a restart.</source>
        <translation>Det nya språket används när du startar om programmet. The new language is used after a restart.</translation>
    </message>
</context>
<context>
    <name>avfall::forms::NoteForm</name>
    <message>
        <source>%1 · avfallsförordningen (2020:614) %2</source>
        <translation>%1 · Waste Ordinance (2020:614) %2</translation>
    </message>
    <message>
        <source>Jag rapporterar åt någon annan (ombud)</source>
        <translation>I report for someone else (agent)</translation>
    </message>
    <message>
        <source>Kryssa i om ni för anteckningen åt ett annat företag. Då fyller ni i kundens uppgifter under Verksamhet och era egna här.</source>
        <translation>Tick if you keep the note for another company. Then you fill in the customer&apos;s details under Business and your own here.</translation>
    </message>
    <message>
        <source>Inget angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Välj transportsätt</source>
        <translation>Choose mode of transport</translation>
    </message>
    <message>
        <source>januari–mars</source>
        <translation>January–March</translation>
    </message>
    <message>
        <source>april–juni</source>
        <translation>April–June</translation>
    </message>
    <message>
        <source>juli–september</source>
        <translation>July–September</translation>
    </message>
    <message>
        <source>oktober–december</source>
        <translation>October–December</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Välj kvartal</source>
        <translation>Choose quarter</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Åtta siffror eller SAKNAS</source>
        <translation>Eight digits or SAKNAS</translation>
    </message>
    <message>
        <source>%1 (okänd kod)</source>
        <translation>%1 (unknown code)</translation>
    </message>
    <message>
        <source>%1 (Registrets felkod %2.)</source>
        <translation>%1 (The register&apos;s error code %2.)</translation>
    </message>
    <message>
        <source>Obs: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Tiden sätts när du skickar</source>
        <translation>The time is set when you send</translation>
    </message>
    <message>
        <source>%1: när du skickar</source>
        <translation>%1: when you send</translation>
    </message>
    <message>
        <source>Välj ur historiken</source>
        <translation>Choose from the history</translation>
    </message>
    <message>
        <source>Inga skickade anteckningar ännu</source>
        <translation>No sent notes yet</translation>
    </message>
    <message>
        <source>Välj en tidigare anteckning om samma avfall</source>
        <translation>Choose an earlier note about the same waste</translation>
    </message>
</context>
<context>
    <name>avfall::forms::PartyEditor</name>
    <message>
        <source>organisationsnummer</source>
        <translation>organisation number</translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation>personal identity number</translation>
    </message>
    <message>
        <source>momsnummer</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>%1 eller %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>Välj bland sparade</source>
        <translation>Choose from saved</translation>
    </message>
    <message>
        <source>Fyll i numret för en sparad part</source>
        <translation>Fill in the number of a saved party</translation>
    </message>
    <message>
        <source>Sparade …</source>
        <translation>Saved …</translation>
    </message>
    <message>
        <source>OKÄND – går inte att ta reda på</source>
        <translation>OKÄND – cannot be found out</translation>
    </message>
    <message>
        <source>KOMMUN – avfall från flera hushåll</source>
        <translation>KOMMUN – waste from several households</translation>
    </message>
</context>
<context>
    <name>avfall::forms::PlaceEditor</name>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Koordinat (SWEREF 99 TM)</source>
        <translation>Coordinate (SWEREF 99 TM)</translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation>CFAR number</translation>
    </message>
    <message>
        <source>Utomlands</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Bara kommun</source>
        <translation>Municipality only</translation>
    </message>
    <message>
        <source>Anges som</source>
        <translation>Given as</translation>
    </message>
    <message>
        <source>%1 – anges som</source>
        <translation>%1 – given as</translation>
    </message>
    <message>
        <source>Skriv kommunens namn</source>
        <translation>Type the municipality&apos;s name</translation>
    </message>
    <message>
        <source>Kod 0000</source>
        <translation>Code 0000</translation>
    </message>
    <message>
        <source>Kod %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Går bara när tidigare innehavare är OKÄND eller KOMMUN.</source>
        <translation>Possible only when the previous holder is OKÄND or KOMMUN.</translation>
    </message>
    <message>
        <source>Föreslagen utifrån postnummer %1: %2.</source>
        <translation>Suggested from postcode %1: %2.</translation>
    </message>
    <message>
        <source>Postnummer %1 hör till %2. Stämmer kommunen?</source>
        <translation>Postcode %1 belongs to %2. Is the municipality right?</translation>
    </message>
    <message>
        <source>Postnummer %1 finns i flera kommuner: %2. Välj en av dem.</source>
        <translation>Postcode %1 is in several municipalities: %2. Choose one of them.</translation>
    </message>
    <message>
        <source>Omvandla från GPS …</source>
        <translation>Convert from GPS …</translation>
    </message>
    <message>
        <source>Räkna om en position från mobilen eller en karta (WGS 84, grader) till SWEREF 99 TM</source>
        <translation>Convert a position from a phone or a map (WGS 84, degrees) to SWEREF 99 TM</translation>
    </message>
    <message>
        <source>Omvandla från GPS-position</source>
        <translation>Convert from a GPS position</translation>
    </message>
    <message>
        <source>Klistra in eller skriv positionen som mobilen eller kartan visar den, i grader (WGS 84), till exempel 59.3275, 18.0543 eller 59°19&apos;39&quot;N 18°03&apos;15&quot;E.</source>
        <translation>Paste or type the position as your phone or the map shows it, in degrees (WGS 84), for example 59.3275, 18.0543 or 59°19&apos;39&quot;N 18°03&apos;15&quot;E.</translation>
    </message>
    <message>
        <source>Position i grader (WGS 84)</source>
        <translation>Position in degrees (WGS 84)</translation>
    </message>
    <message>
        <source>Använd</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Det ser inte ut som en position. Skriv latitud och longitud i grader.</source>
        <translation>That does not look like a position. Type latitude and longitude in degrees.</translation>
    </message>
    <message>
        <source>SWEREF 99 TM: N %1, E %2</source>
        <translation>SWEREF 99 TM: N %1, E %2</translation>
    </message>
    <message>
        <source>Registret tar CFAR-nummer bara för uppkomstplats, slutplats och senaste hanteringsplats.</source>
        <translation>The register takes CFAR numbers only for the place of origin, the end of a transport and the latest handling place.</translation>
    </message>
    <message>
        <source>Sverige: välj ett annat sätt än Utomlands</source>
        <translation>Sweden: choose another way than Abroad</translation>
    </message>
    <message>
        <source>ingen landskod enligt ISO 3166-1</source>
        <translation>not an ISO 3166-1 country code</translation>
    </message>
</context>
<context>
    <name>avfall::forms::ReviewDialog</name>
    <message>
        <source>Granska innan du skickar</source>
        <translation>Review before you send</translation>
    </message>
    <message>
        <source>Sandlåda = övning. Anteckningen skickas till den inbyggda sandlådan, inte till Naturvårdsverket.</source>
        <translation>Sandbox = practice. The note is sent to the built-in sandbox, not to Naturvårdsverket.</translation>
    </message>
    <message>
        <source>Test: Naturvårdsverkets testmiljö. Anteckningen räknas inte som rapporterad.</source>
        <translation>Test: Naturvårdsverket&apos;s test environment. The note does not count as reported.</translation>
    </message>
    <message>
        <source>Produktion: anteckningen rapporteras på riktigt till Naturvårdsverkets avfallsregister.</source>
        <translation>Production: the note is reported for real to Naturvårdsverket&apos;s waste register.</translation>
    </message>
    <message>
        <source>Egen adress: anteckningen skickas till den adress som är inställd.</source>
        <translation>Custom address: the note is sent to the address that is set up.</translation>
    </message>
    <message>
        <source>Miljö: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>Certifikatet tillhör %1 %2.</source>
        <translation>The certificate belongs to %1 %2.</translation>
    </message>
    <message>
        <source>Certifikatets organisationsnummer är inte känt, så det går inte att kontrollera i förväg att verksamhetsutövaren eller ombudet stämmer med certifikatet.</source>
        <translation>The certificate&apos;s organisation number is not known, so it cannot be checked in advance that the operator or the agent matches the certificate.</translation>
    </message>
    <message>
        <source>Verksamhetsutövare %1: du rapporterar för egen räkning.</source>
        <translation>Operator %1: you report on your own behalf.</translation>
    </message>
    <message>
        <source>Ombud %1: du rapporterar som ombud för %2 %3.</source>
        <translation>Agent %1: you report as an agent for %2 %3.</translation>
    </message>
    <message>
        <source>Varken verksamhetsutövaren (%1) eller ombudet (%2) har certifikatets organisationsnummer, så registret kommer att svara med fel 1023 och inte ta emot anteckningen. Rapporterar du åt någon annan: gå tillbaka, kryssa i ”Jag rapporterar åt någon annan (ombud)” och fyll i er själva som ombud.</source>
        <translation>Neither the operator (%1) nor the agent (%2) has the certificate&apos;s organisation number, so the register will answer with error 1023 and not accept the note. If you report for someone else: go back, tick “I report for someone else (agent)” and fill in yourselves as the agent.</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Det här skickas</source>
        <translation>This is sent</translation>
    </message>
    <message>
        <source>Anteckningen som JSON</source>
        <translation>The note as JSON</translation>
    </message>
    <message>
        <source>Visa exakt data</source>
        <translation>Show exact data</translation>
    </message>
    <message>
        <source>Visa anteckningen precis som den skickas till registret (JSON)</source>
        <translation>Show the note exactly as it is sent to the register (JSON)</translation>
    </message>
    <message>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Tillbaka till formuläret utan att skicka</source>
        <translation>Back to the form without sending</translation>
    </message>
    <message>
        <source>Skicka</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Lägg anteckningen i kön och skicka den till %1</source>
        <translation>Queue the note and send it to %1</translation>
    </message>
</context>
<context>
    <name>avfall::forms::SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Anslutning</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;Certifikat</source>
        <translation>C&amp;ertificate</translation>
    </message>
    <message>
        <source>Å&amp;tkomst</source>
        <translation>&amp;Access</translation>
    </message>
    <message>
        <source>&amp;Verksamhet</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Verkställ</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>avfall::forms::TestRunWizard</name>
    <message>
        <source>Testkörning mot testmiljön</source>
        <translation>Test run against the test environment</translation>
    </message>
    <message>
        <source>&amp;Kör testfallen</source>
        <translation>&amp;Run the test cases</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Testkörning före produktion</source>
        <translation>Test run before production</translation>
    </message>
    <message>
        <source>Innan ni får rapportera i produktion vill Naturvårdsverket se att era anrop fungerar i testmiljön. Testkörningen hämtar värdelistorna, skickar en anteckning av varje typ ni rapporterar (själva och som ombud), rättar och makulerar, skickar en anteckning som ska avvisas, förnyar token och prövar ett felaktigt certifikat. Resultatet sparas som PDF och JSON att skicka till Naturvårdsverket.</source>
        <translation>Before you may report in production, Naturvårdsverket wants to see that your calls work in the test environment. The test run fetches the value lists, sends a note of each type you report (yourselves and as agent), corrects and cancels, sends a note that must be refused, renews the token and tries a wrong certificate. The result is saved as PDF and JSON to send to Naturvårdsverket.</translation>
    </message>
    <message>
        <source>Sandlåda (övning, räknas inte inför produktion)</source>
        <translation>Sandbox (practice, does not count towards production)</translation>
    </message>
    <message>
        <source>&amp;Miljö:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Anteckningstyper att testa</source>
        <translation>Note types to test</translation>
    </message>
    <message>
        <source>Förvalda är de typer ni angett under Inställningar → Verksamhet.</source>
        <translation>Preselected are the types you chose under Settings → Company.</translation>
    </message>
    <message>
        <source>Testfallen</source>
        <translation>The test cases</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Spara &amp;PDF …</source>
        <translation>Save &amp;PDF …</translation>
    </message>
    <message>
        <source>Spara &amp;JSON …</source>
        <translation>Save &amp;JSON …</translation>
    </message>
    <message>
        <source>Förbereder anslutningen …</source>
        <translation>Preparing the connection …</translation>
    </message>
    <message>
        <source>Testkörningen kan inte börja: %1</source>
        <translation>The test run cannot start: %1</translation>
    </message>
    <message>
        <source>Kör %1 …</source>
        <translation>Running %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Godkänd: alla %n fall gick igenom mot %1. Spara rapporten och skicka den till Naturvårdsverket.</source>
        <translation>
            <numerusform>Passed: the %n case went through against %1. Save the report and send it to Naturvårdsverket.</numerusform>
            <numerusform>Passed: all %n cases went through against %1. Save the report and send it to Naturvårdsverket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inte godkänd: %1 av %2 fall underkända eller inte körda. Se kolumnen Detalj.</source>
        <translation>Not passed: %1 of %2 cases failed or not run. See the Detail column.</translation>
    </message>
    <message>
        <source>Spara rapporten som PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Spara rapporten som JSON</source>
        <translation>Save the report as JSON</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Kunde inte skriva %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Rapporten sparades i %1.</source>
        <translation>The report was saved in %1.</translation>
    </message>
</context>
<context>
    <name>avfall::forms::TreatmentListEditor</name>
    <message>
        <source>Lägg till behandling</source>
        <translation>Add treatment</translation>
    </message>
    <message>
        <source>Spillolja: resultat av återvinning</source>
        <translation>Waste oil: result of recovery</translation>
    </message>
    <message>
        <source>Välj typ av resultat</source>
        <translation>Choose type of result</translation>
    </message>
    <message>
        <source>Den här typen är vårt förslag och ännu inte bekräftad av registret. Registret kan svara med fel om den inte godtas.</source>
        <translation>This type is our suggestion and not yet confirmed by the register. The register may answer with an error if it is not accepted.</translation>
    </message>
    <message>
        <source>Välj metod</source>
        <translation>Choose method</translation>
    </message>
    <message>
        <source>Välj metod först</source>
        <translation>Choose a method first</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ingen underkod</source>
        <translation>No subcode</translation>
    </message>
    <message>
        <source>Välj underkod</source>
        <translation>Choose subcode</translation>
    </message>
    <message>
        <source>Behandling %1 – %2</source>
        <translation>Treatment %1 – %2</translation>
    </message>
    <message>
        <source>Ta bort behandling %1</source>
        <translation>Remove treatment %1</translation>
    </message>
    <message>
        <source>Avfallskoden %1 (%2) kräver att du anger vad återvinningen av oljan gav.</source>
        <translation>The waste code %1 (%2) requires you to state what the recovery of the oil produced.</translation>
    </message>
    <message>
        <source>Behövs inte</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>%1 (okänd kod)</source>
        <translation>%1 (unknown code)</translation>
    </message>
</context>
<context>
    <name>avfall::forms::WasteCodeBrowser</name>
    <message>
        <source>Välj avfallskod</source>
        <translation>Choose waste code</translation>
    </message>
    <message>
        <source>Avfallsförteckningen</source>
        <translation>The list of wastes</translation>
    </message>
    <message>
        <source>Öppna ett kapitel och välj en kod med sex siffror. Kapitel och underkapitel kan inte väljas. Koder med stjärna (*) är farligt avfall.</source>
        <translation>Open a chapter and choose a six-digit code. Chapters and subchapters cannot be chosen. Codes with an asterisk (*) are hazardous waste.</translation>
    </message>
    <message>
        <source>Välj</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ett kapitel kan inte väljas – öppna det och välj en kod under det.</source>
        <translation>A chapter cannot be chosen – open it and choose a code under it.</translation>
    </message>
    <message>
        <source>⚠ Farligt avfall.</source>
        <translation>⚠ Hazardous waste.</translation>
    </message>
</context>
<context>
    <name>avfall::forms::WasteCodePicker</name>
    <message>
        <source>Skriv kod eller ord, till exempel 160601 eller blybatterier</source>
        <translation>Type a code or word, for example 160601 or lead batteries</translation>
    </message>
    <message>
        <source>Bläddra…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Visa hela förteckningen kapitel för kapitel</source>
        <translation>Show the whole list chapter by chapter</translation>
    </message>
    <message>
        <source>Bläddra bland avfallskoderna</source>
        <translation>Browse the waste codes</translation>
    </message>
    <message>
        <source>Avfallskoder som passar</source>
        <translation>Matching waste codes</translation>
    </message>
    <message>
        <source>⚠ farligt avfall</source>
        <translation>⚠ hazardous waste</translation>
    </message>
    <message>
        <source>inte farligt avfall</source>
        <translation>not hazardous waste</translation>
    </message>
    <message>
        <source>%1 finns inte i förteckningen som gäller den %2, bara i en äldre eller nyare.</source>
        <translation>%1 is not in the list that applies on %2, only in an older or newer one.</translation>
    </message>
    <message>
        <source>%1 finns inte i avfallsförordningens förteckning.</source>
        <translation>%1 is not in the Waste Ordinance&apos;s list.</translation>
    </message>
    <message>
        <source>%1 %2 är ett kapitel. Välj en kod med sex siffror under det.</source>
        <translation>%1 %2 is a chapter. Choose a six-digit code under it.</translation>
    </message>
    <message>
        <source>Välj en av koderna i listan eller skriv alla sex siffror.</source>
        <translation>Choose one of the codes in the list or type all six digits.</translation>
    </message>
    <message>
        <source>Ingen avfallskod passar. Prova ett annat ord eller Bläddra…</source>
        <translation>No waste code matches. Try another word or Browse…</translation>
    </message>
</context>
<context>
    <name>avfall::services::ProfileSession</name>
    <message>
        <source>Sandlådan kunde inte starta.</source>
        <translation>The sandbox could not start.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapportera farligt avfall till Naturvårdsverkets avfallsregister.</source>
        <translation>Report hazardous waste to Naturvårdsverket&apos;s waste register.</translation>
    </message>
    <message>
        <source>Skriv tiden fram till att huvudfönstret visas och avsluta (för mätningar).</source>
        <translation>Print the time until the main window is shown and quit (for measurements).</translation>
    </message>
    <message>
        <source>Öppna en sida: utkast, ko, historik eller en anteckningstyp (t.ex. transporter).</source>
        <translation>Open a page: utkast, ko, historik or a note type (e.g. transporter).</translation>
    </message>
    <message>
        <source>sida</source>
        <translation>page</translation>
    </message>
</context>
</TS>
