<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="sv">
<context>
    <name>CancellationReason</name>
    <message>
        <source>Fel avfall (kod eller mängd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel typ av anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel verksamhetsutövare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickad två gånger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Sandlådan är inte igång i det här programmet. Starta om programmet och försök igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan kunde inte starta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen adress behöver både en bas-URL och en token-URL som börjar med https://. Fyll i dem under Inställningar → Anslutning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen med CA-certifikat (%1) innehåller inga certifikat som går att läsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtkomsttoken kunde inte läsas från nyckelringen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen åtkomsttoken finns för %1. Klistra in den under Inställningar → Åtkomst, eller ange nyckel och hemlighet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtkomsttoken gick ut %1. Klistra in en ny under Inställningar → Åtkomst, eller ange nyckel och hemlighet så förnyas den av sig själv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet kunde inte läsas från nyckelringen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet saknas för %1. Hämta dem i Naturvårdsverkets API-portal och ange dem under Inställningar → Åtkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra in en åtkomsttoken först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange både nyckel och hemlighet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Sandlåda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produktion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen adress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Gatuadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordkoordinat (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ostkoordinat (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning av platsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängd (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föregående avfallsId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandlingsmetod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvfallsId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppkomstplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetens CFAR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandlingar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transporten börjar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommande hanteringsplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senaste hanteringsplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affären gjordes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandlingsplats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icke-farligt avfall efter behandling (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material eller produkt (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ av återvinningsresultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenererad mängd (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan materialåtervinning (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energiåtervinning (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortskaffande (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifikation av annat resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen gjordes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets e-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagare (ny innehavare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidigare innehavare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borttransport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagningsplats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <source>Gata och nummer, till exempel Verkstadsvägen 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fem siffror, till exempel 116 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWEREF 99 TM, sju siffror i meter, till exempel 6580822. Omvandla först om du har en GPS-position i grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWEREF 99 TM, sex siffror i meter, till exempel 674032.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vid behov: var på platsen, till exempel Grusplanen norr om lagerhallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunen där platsen ligger. Välj på namn; koden, till exempel 0180 för Stockholm, fylls i åt dig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadress och postnummer i Sverige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En punkt i SWEREF 99 TM, för platser utan adress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsställets nummer hos SCB, åtta siffror, om du känner till det för den som lämnar eller tar emot avfallet här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För en plats utanför Sverige: landets kod med två bokstäver, till exempel NO för Norge eller DE för Tyskland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex siffror ur avfallsförordningens bilaga 3. Sök på kod eller ord, till exempel 160601 eller blybatterier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vikten i kilogram, högst tre decimaler, till exempel 20,125.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrets id för samma avfall i närmast föregående anteckning, om du har det. Fylls i när du utgår från en tidigare anteckning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-kod för återvinning eller D-kod för bortskaffande, till exempel R9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En bokstav som preciserar metoden. Bara de kombinationer som registret godtar visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrets id för anteckningen som ska makuleras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varför anteckningen makuleras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Där avfallet uppstod, till exempel verkstaden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ert arbetsställenummer hos SCB, åtta siffror. Skriv SAKNAS om ni inte har något.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varje metod som avfallet har behandlats med under kvartalet, en rad per metod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum och tid då transporten startar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Där du hämtar avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit du kör avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Där avfallet ska hanteras härnäst, ofta er egen anläggning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Där avfallet fanns innan ni tog emot det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum då avfallet såldes, köptes eller förmedlades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anläggningen där avfallet behandlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Året som redovisas, till exempel 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvartalet som redovisas, 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden avfall som inte längre är farligt. Fyll i detta eller material/produkt, eller båda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden material eller produkt som behandlingen gav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara för spillolja: vad återvinningen gav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spillolja som har regenererats till basolja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spillolja som har materialåtervunnits på annat sätt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spillolja som har använts som bränsle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spillolja som har bortskaffats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kort beskrivning när resultattypen kräver det, högst 100 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med riktnummer, till exempel 08-123 456 78 eller +46 70 123 45 67. Inga parenteser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till exempel anna@foretaget.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förnamn och efternamn, utan siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>När ni förde anteckningen, oftast nu. Skickas med tidszon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara om ni rapporterar åt någon annan: ert eget organisationsnummer, samma som i certifikatet. Lämna tomt annars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ert företagsnamn som ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamheten som ska föra anteckningen, till exempel 556000-0167. En enskild firma anger personnumret, ett utländskt företag sitt momsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Företagets namn, till exempel Bilverkstan i Ås AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valfritt: ert eget löpnummer eller signatur, högst 40 tecken, till exempel Order 2026-114.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En avfallskod och dess mängd. Flera avfallsslag kräver en anteckning var.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur avfallet transporteras, till exempel vägtransport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnumret för företaget som kör avfallet, eller momsnummer för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer, personnummer eller momsnummer för den som tar emot avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den som hade avfallet före er: organisationsnummer, personnummer eller momsnummer. OKÄND om det inte går att ta reda på, KOMMUN för avfall från flera hushåll i kommunen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum och tid då avfallet hämtas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum då ni tog emot avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit avfallet transporteras.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Inget nummer är ifyllt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numret får bara innehålla siffror och ett bindestreck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindestrecket ska stå före de fyra sista siffrorna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plustecken används bara i personnummer för den som har fyllt 100 år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numret ska ha 10 siffror, men har %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett nummer med 12 siffror ska börja med 16 (organisationsnummer) eller med 18, 19 eller 20 (personnummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollsiffran stämmer inte – kontrollera numret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datumet i numret finns inte – kontrollera födelsedatumet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här krävs ett organisationsnummer, inte ett personnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Här krävs ett personnummer, inte ett organisationsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svenska företag anges med organisationsnummer (10 siffror), inte med VAT-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svenska företag anges med organisationsnummer, inte med VAT-nummer – skriv %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett VAT-nummer består av landets två bokstäver och 5–12 bokstäver eller siffror, till exempel DK12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett utländskt VAT-nummer kan inte anges här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv OKÄND med Ä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKÄND kan inte anges här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOMMUN kan inte anges här.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityStore</name>
    <message>
        <source>Filen %1 kunde inte läsas: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet och nyckeln kunde inte sparas i skyddad form. Prova att importera dem som en PKCS#12-fil (.p12) i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan använder sitt eget övningscertifikat. Välj Test, Produktion eller Egen adress innan du importerar ert certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen %1 kunde inte skapas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet kunde inte sparas i %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenordet kunde inte sparas i nyckelringen, så certifikatet importerades inte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget certifikat är importerat för %1. Importera ert certifikat under Inställningar → Certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatets lösenord kunde inte läsas från nyckelringen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring, så lösenordet till certifikatet för %1 behövs en gång under den här sessionen. Ange det under Inställningar → Certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet går ut i dag (%1). Beställ ett nytt från er certifikatutfärdare och importera det här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certifikatet går ut om %n dagar (%1). Beställ ett nytt från er certifikatutfärdare i god tid och importera det här.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MunicipalityModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteState</name>
    <message>
        <source>Utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I kö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avvisad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osäker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makulerad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteType</name>
    <message>
        <source>Farligt avfall lämnas till transport – producent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallsproducent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 1 §</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag transporterar farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 2 §</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag tar emot farligt avfall till insamling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insamlare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 3 § 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag skickar insamlat farligt avfall vidare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 3 § 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag köper, säljer eller förmedlar farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlare eller mäklare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 4 §</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag tar emot farligt avfall för behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandlare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 5 § 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag redovisar behandlingsresultat för ett kvartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 5 § 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag lämnar över avfall som är kvar efter behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 kap. 5 § 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara all data (databas, cache, inställningar, certifikat) i &lt;mapp&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryResultTypeModel</name>
    <message>
        <source>%1 (ej bekräftad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterError</name>
    <message>
        <source>Registret avvisade anteckningen utan att tala om vilken uppgift det gäller: antingen ett oväntat fel hos registret eller en uppgift som inte godtogs. Kontrollera uppgifterna och försök igen senare; kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer har fel form. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets organisationsnummer saknas. Rapporterar ni för någon annan, fyll i ert eget organisationsnummer som ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombud ska inte fyllas i när ni rapporterar för er egen verksamhet. Töm uppgifterna om ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsutövarens organisationsnummer saknas. Fyll i organisationsnumret för det företag som ska föra anteckningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsutövarens organisationsnummer har fel form. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varken verksamhetsutövaren eller ombudet har samma organisationsnummer som ert certifikat. Rapporterar ni för någon annan, fyll i er själva som ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidpunkten då anteckningen gjordes saknas. Fyll i datum och klockslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidpunkten då anteckningen gjordes ligger utanför det tillåtna, till exempel i framtiden. Kontrollera datum och klockslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er referens innehåller tecken som inte är tillåtna. Använd bokstäver, siffror och vanliga skiljetecken, högst 40 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret känner inte till en kommunkod. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret känner inte igen länet i en kommunkod (de två första siffrorna). Välj kommunen i listan i stället för att skriva koden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En kommunkod saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett postnummer har inte fem siffror. Skriv postnumret utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret för avfallet i föregående anteckning har fel form. Kopiera det avfallId som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskoden finns inte i registrets lista. Välj avfallstypen i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskoden saknas. Välj vilken typ av avfall anteckningen gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskoden har fel form. Den ska ha sex siffror utan mellanslag och stjärna, till exempel 130205.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret hittar ingen anteckning med det id-nummer (avfallId) som rättelsen gäller. Kontrollera att anteckningen togs emot i samma miljö, test eller produktion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret (avfallId) för anteckningen som ska rättas saknas. Rätta bara anteckningar som registret har tagit emot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret (avfallId) för anteckningen som ska rättas har fel form. Det ska vara registrets avfallId, 36 tecken med bindestreck, utan ändringar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden avfall måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden avfall har fel form. Ange vikten i kilo som ett tal med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden avfall saknas. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportsättet saknas. Välj hur avfallet transporteras, till exempel på väg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportsättet har en kod som inte finns. Välj transportsättet i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En behandlingsmetod är varken en R-kod (återvinning) eller en D-kod (bortskaffande). Välj metoden i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En behandlingsmetod har fel form. Välj metoden i listan, till exempel R9 eller D10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En behandling saknar behandlingsmetod. Välj metoden för varje behandling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En behandlingsmetod godtas inte av registret. Välj metoden i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret godtar inte tidpunkten då anteckningen kom in. Den fyller ni inte i själva; försök skicka igen och kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret saknar tidpunkten då anteckningen kom in. Den fyller ni inte i själva; försök skicka igen och kontakta Naturvårdsverket om felet kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagningsdatumet är felaktigt. Ange det datum då ni tog emot avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagningsdatumet saknas. Ange det datum då ni tog emot avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatumet för transporten är felaktigt. Ange det datum då transporten börjar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatumet för transporten saknas. Ange det datum då transporten börjar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den tidigare innehavarens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den tidigare innehavaren saknas. Fyll i organisationsnumret för den som hade avfallet före er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nya innehavarens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nya innehavaren saknas. Fyll i organisationsnumret för den som tar emot avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaktionsdatumet är felaktigt. Ange det datum då avfallet köptes, såldes eller förmedlades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaktionsdatumet saknas. Ange det datum då avfallet köptes, såldes eller förmedlades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagarens organisationsnummer är felaktigt. Kontrollera den som tar emot avfallet (ny innehavare): skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mottagarens organisationsnummer saknas. Fyll i organisationsnumret för den som tar emot avfallet (ny innehavare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsändarens organisationsnummer är felaktigt. Kontrollera den som lämnar ifrån sig avfallet (tidigare innehavare): skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsändarens organisationsnummer saknas. Fyll i organisationsnumret för den som lämnar ifrån sig avfallet (tidigare innehavare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportörens organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportörens organisationsnummer saknas. Fyll i organisationsnumret för det företag som kör avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden icke farligt avfall som behandlingen gav måste vara större än noll. Ange vikten i kilo, eller töm fältet och ange mängden material eller produkt i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden icke farligt avfall som behandlingen gav har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden som behandlingen gav (material eller produkt, eller icke farligt avfall) har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret för ett formulär är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat har fel form. Välj typen i listan; den anges bara för spillolja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat saknas. För spillolja ska ni välja vilket resultat återvinningen gav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typen av återvinningsresultat finns inte i registrets lista. Välj en typ i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden regenererad spillolja ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till annan materialåtervinning ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja till energiåtervinning ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats har fel form. Ange vikten i kilo med högst tre decimaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats saknas. Den valda typen av återvinningsresultat kräver den; ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats måste vara större än noll. Ange vikten i kilo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängden spillolja som bortskaffats ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 100 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja saknas. Den valda typen av återvinningsresultat kräver att ni beskriver återvinningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivningen av annan återvinning av spillolja ska inte anges för den valda typen av återvinningsresultat. Töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En landskod är felaktig. Ange landet med två bokstäver, till exempel NO för Norge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landskod ska inte anges för en plats i Sverige. Töm landskoden och ange kommun och adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En landskod saknas. För en plats utomlands, ange landet med två bokstäver, till exempel DK för Danmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landskod ska inte anges för den här platsen. Töm landskoden och ange kommun och adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret för anteckningen har fel form. Använd det avfallId som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret för avfallet (avfallId) har fel form. Använd det som registret gav, 36 tecken med bindestreck, utan ändringar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet bad registret om ett ogiltigt antal rader per sida. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet bad registret om en typ av anteckning som inte finns. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet bad registret om ett sidnummer som är noll eller mindre. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett organisationsnummer är felaktigt. Skriv tio siffror utan bindestreck, eller momsregistreringsnumret för ett utländskt företag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett organisationsnummer saknas. Fyll i alla organisationsnummer som anteckningen kräver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett organisationsnamn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett organisationsnamn saknas. Fyll i företagets namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id-numret för en PDF-fil är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen har redan rättats, så det finns en nyare version. Gör rättelsen utifrån den senaste versionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En rättelse måste vara av samma typ som den ursprungliga anteckningen. Makulera anteckningen och gör en ny av rätt typ i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namnet på verksamhetens kontaktperson saknas. Fyll i vem registret kan kontakta om anteckningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namnet på verksamhetens kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen till verksamhetens kontaktperson saknas. Fyll i en adress där kontaktpersonen nås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen till verksamhetens kontaktperson är felaktig. Kontrollera den, till exempel namn@foretag.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnumret till verksamhetens kontaktperson saknas. Fyll i ett nummer där kontaktpersonen nås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnumret till verksamhetens kontaktperson är felaktigt. Skriv siffror med riktnummer, till exempel 08-123 456 eller +46 8 123 456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsutövarens namn saknas. Fyll i företagets namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsutövarens namn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets namn saknas. När ni rapporterar för någon annan ska ert eget företagsnamn stå som ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudets namn godtas inte. Använd bokstäver, siffror och vanliga skiljetecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namnet på ombudets kontaktperson saknas. När ni rapporterar för någon annan, fyll i vem hos er som registret kan kontakta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namnet på ombudets kontaktperson godtas inte. Använd bokstäver och vanliga skiljetecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen till ombudets kontaktperson saknas. Fyll i en adress där kontaktpersonen nås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen till ombudets kontaktperson är felaktig. Kontrollera den, till exempel namn@foretag.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnumret till ombudets kontaktperson saknas. Fyll i ett nummer där kontaktpersonen nås.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnumret till ombudets kontaktperson är felaktigt. Skriv siffror med riktnummer, till exempel 08-123 456 eller +46 8 123 456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens namn saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens namn är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens e-postadress saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens e-postadress är felaktig. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens telefonnummer saknas. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgiftslämnarens telefonnummer är felaktigt. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om uppgiftslämnaren är felaktiga. Det gäller registrets e-tjänst och inte det här programmet; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som tidigare innehavare får inte stå där. Kontrollera att det är den som hade avfallet före er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som verksamhetsutövare får inte stå där. Ange det företag som ska föra anteckningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det organisationsnummer ni har angett som avsändare får inte stå där. Kontrollera den som lämnar ifrån sig avfallet (tidigare innehavare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationen är redan registrerad som särskild organisation. Det gäller registrets administration och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En särskild organisation saknas. Det gäller registrets administration och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkoden för en behandling har fel form. Välj underkoden i listan för behandlingsmetoden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkoden för en behandling finns inte för den behandlingsmetoden. Välj en underkod i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underkoden för en behandling saknas. Den valda behandlingsmetoden kräver en underkod; välj den i listan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillsynsmyndigheten är redan registrerad. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillsynsmyndigheten saknas. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen till tillsynsmyndighetens kontaktperson är felaktig. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonnumret till tillsynsmyndighetens kontaktperson är felaktigt. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namnet på tillsynsmyndighetens kontaktperson är felaktigt. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden är redan kopplad till en tillsynsmyndighet. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landskoden är redan kopplad till en tillsynsmyndighet. Det gäller registrering av tillsynsmyndigheter och inte era anteckningar; kontakta Naturvårdsverket om meddelandet visas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet skickade en söktext som registret inte godtar. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet bad registret om ett ogiltigt sidnummer. Det beror inte på era uppgifter; försök igen och rapportera felet till programmets leverantör om det kvarstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret är felaktigt. Skriv arbetsställets åttasiffriga nummer hos SCB, eller SAKNAS om det inte finns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret saknas. Fyll i arbetsställets åttasiffriga nummer hos SCB, eller SAKNAS om det inte finns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret ska ha åtta siffror. Kontrollera numret hos SCB, eller skriv SAKNAS om det inte finns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om mottagningsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antingen saknas mottagningsplatsen, eller så har ombudets namn fyllts i fast inget ombud ska anges. Fyll i mottagningsplatsen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antingen saknas gatuadressen för mottagningsplatsen, eller så har namnet på ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i adressen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antingen godtas inte gatuadressen för mottagningsplatsen, eller så har e-postadressen till ombudets kontaktperson fyllts i fast inget ombud ska anges. Rätta adressen; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antingen saknas postnumret för mottagningsplatsen, eller så har telefonnumret till ombudets kontaktperson fyllts i fast inget ombud ska anges. Fyll i postnumret; rapporterar ni för er egen verksamhet, töm uppgifterna om ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för mottagningsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för mottagningsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för mottagningsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för mottagningsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för mottagningsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för mottagningsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om den kommande hanteringsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den kommande hanteringsplatsen saknas. Fyll i platsen dit avfallet ska föras härnäst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för den kommande hanteringsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för den kommande hanteringsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för den kommande hanteringsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för den kommande hanteringsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för den kommande hanteringsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för den kommande hanteringsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för den kommande hanteringsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den kommande hanteringsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den kommande hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om behandlingsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandlingsplatsen saknas. Fyll i platsen där avfallet behandlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för behandlingsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för behandlingsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för behandlingsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för behandlingsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för behandlingsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för behandlingsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för behandlingsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för behandlingsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för behandlingsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om transportens startplats går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportens startplats saknas. Fyll i platsen där transporten börjar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för transportens startplats saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för transportens startplats godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för transportens startplats saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för transportens startplats är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för transportens startplats saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för transportens startplats är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för transportens startplats godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens startplats är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens startplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens startplats är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens startplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om transportens slutplats går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transportens slutplats saknas. Fyll i platsen där transporten slutar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för transportens slutplats saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för transportens slutplats godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för transportens slutplats saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för transportens slutplats är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för transportens slutplats saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för transportens slutplats är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för transportens slutplats godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens slutplats är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för transportens slutplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens slutplats är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för transportens slutplats saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret för transportens slutplats är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om den senaste hanteringsplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den senaste hanteringsplatsen saknas. Fyll i platsen där avfallet fanns innan det kom till er.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för den senaste hanteringsplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för den senaste hanteringsplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för den senaste hanteringsplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för den senaste hanteringsplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för den senaste hanteringsplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för den senaste hanteringsplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för den senaste hanteringsplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den senaste hanteringsplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för den senaste hanteringsplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret för den senaste hanteringsplatsen är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna om uppkomstplatsen går inte ihop. Ange platsen på ett av de godkända sätten, till exempel kommunkod med gatuadress och postnummer, eller kommunkod med koordinater.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppkomstplatsen saknas. Fyll i platsen där avfallet uppstod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för uppkomstplatsen saknas. Fyll i adressen, eller ange platsen med koordinater i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadressen för uppkomstplatsen godtas inte. Använd bokstäver, siffror och vanliga skiljetecken, högst 250 tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för uppkomstplatsen saknas. Fyll i platsens postnummer, fem siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret för uppkomstplatsen är felaktigt. Skriv fem siffror utan mellanslag, till exempel 11452.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för uppkomstplatsen saknas. Välj kommunen där platsen ligger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden för uppkomstplatsen är felaktig. Välj kommunen i listan; koden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbeskrivningen för uppkomstplatsen godtas inte. Korta texten till högst 1000 tecken och ta bort ovanliga tecken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sju siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den nordliga koordinaten för uppkomstplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för uppkomstplatsen är felaktig. Den ska ha sex siffror i det svenska koordinatsystemet SWEREF 99 TM, inte GPS-grader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den östliga koordinaten för uppkomstplatsen saknas. Fyll i både nordlig och östlig koordinat, eller ange en adress i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret för uppkomstplatsen är felaktigt. Det är arbetsställets nummer hos SCB och har åtta siffror; töm fältet och ange adressen i stället om ni inte vet det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteringsåret är felaktigt. Ange året som resultatet gäller, med fyra siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteringsåret saknas. Ange året som resultatet gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvartalet är felaktigt. Ange ett kvartal från 1 till 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kvartalet saknas. Ange vilket kvartal, 1 till 4, som resultatet gäller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen behandling är angiven. Lägg till minst en behandlingsmetod som avfallet har genomgått.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samma behandling står flera gånger. Ta bort dubbletterna så att varje behandlingsmetod bara finns med en gång.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datumet för borttransporten är felaktigt. Ange det datum då avfallet ska transporteras bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datumet för borttransporten saknas. Ange det datum då avfallet ska transporteras bort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett årtal saknas. Fyll i året, till exempel rapporteringsåret för ett behandlingsresultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade med felkod %1, som det här programmet inte känner till, och gav ingen förklaring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade med felkod %1, som det här programmet inte känner till. Registrets förklaring: ”%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPki</name>
    <message>
        <source>Kan inte skriva filen %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådans certifikat i %1 är låsta av ett annat program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skapa sandlådans certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nyckelringen nekade åtkomst; den kan vara låst (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns ingen nyckelring på den här datorn (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen svarade med ett fel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen svarade inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelringen gav inte tillbaka provvärdet; den kan vara låst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nyckelring används.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Verksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parter och transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum och referens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwedishCalendar</name>
    <message>
        <source>Nyårsdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trettondedag jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Långfredagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Påskdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annandag påsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Första maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kristi himmelsfärdsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sveriges nationaldag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pingstdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsommardagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla helgons dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juldagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annandag jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsommarafton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Julafton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyårsafton</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Filen kunde inte läsas. Kontrollera att den finns och att du får öppna den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenordet stämmer inte. Skriv lösenordet som hör till certifikatfilen – det du fick eller valde när certifikatet hämtades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen innehåller certifikatet men inte dess privata nyckel. Exportera certifikatet igen och välj att ta med den privata nyckeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln hör inte till certifikatet. Välj den nyckelfil som skapades tillsammans med just det här certifikatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet gick ut %1. Beställ ett nytt certifikat från din certifikatutfärdare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet gäller först från %1. Vänta till dess, eller kontrollera att datorns klocka går rätt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet får inte användas för att logga in mot en tjänst (klientautentisering saknas). Kontrollera att du valt rätt fil, eller beställ ett organisationscertifikat för klientautentisering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenordet stämmer, men filen är krypterad på ett gammalt sätt (RC2) som inte går att läsa på den här datorn. Gör om filen med modern kryptering, till exempel med två kommandon i en terminal: openssl pkcs12 -legacy -in gammal.p12 -out mellan.pem och sedan openssl pkcs12 -export -in mellan.pem -out ny.p12. Importera ny.p12 och radera mellan.pem efteråt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen innehåller inget certifikat som programmet kan läsa. Välj certifikatfilen (.p12 eller .pfx) som du fick från certifikatutfärdaren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportModeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentMethodModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentSubcodeModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLists</name>
    <message>
        <source>Listan över avfallskoder är tom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WasteCodeListModel</name>
    <message>
        <source>Föreslagen av Avfallsrapports egen sökhjälp, inte av registrets text. Kontrollera att beskrivningen stämmer med avfallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WasteCodeModel</name>
    <message>
        <source>Kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WasteCodePicker</name>
    <message>
        <source>⚠ farligt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sökhjälp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall</name>
    <message>
        <source>Användning: avfall [--profile MAPP] KOMMANDO [ARGUMENT]

Rapportera farligt avfall till Naturvårdsverkets avfallsregister från kommandoraden.

Kommandon:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Allmänna flaggor:
  --profile MAPP  spara all data under MAPP i stället för standardplatsen
  -h, --help      visa denna hjälp (eller &apos;avfall KOMMANDO --help&apos;)
  -v, --version   visa versionen

Slutkoder: 0 klart, 1 fel, 2 ogiltig anteckning, 3 köad men inte skickad, 4 avvisad av registret, 5 osäker, 64 felaktig användning.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &apos;avfall --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt kommando &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::Checker</name>
    <message>
        <source>måste fyllas i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet &quot;%1&quot; finns inte i %2 och kan inte skickas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett objekt med egna fält.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>får vara högst %n tecken (nu %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>innehåller tecken som registret inte godtar. Använd bokstäver, siffror, mellanslag och . , ? : - / ( ) &amp; + &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett namn med bokstäver, utan siffror, till exempel Anna Svensson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett telefonnummer med 3–12 siffror, gärna med riktnummer, till exempel 08-123 456 78 eller +46 70 123 45 67. Parenteser är inte tillåtna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en e-postadress, till exempel anna@foretaget.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innehåller tecken som registret inte godtar (till exempel : # + eller ü).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara 1–100 tecken utan specialtecken som : # +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>innehåller tecken som registret inte godtar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara fem siffror utan mellanslag, till exempel 11645.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en kommunkod med fyra siffror, till exempel 0180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara åtta siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara åtta siffror, eller SAKNAS om ni inte har något CFAR-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara sex siffror utan mellanslag och stjärna, till exempel 160601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en landskod med två stora bokstäver, till exempel NO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>har fel format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gäller inte den %2. Koden finns bara i avfallsförteckningen för en annan period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finns inte i avfallsförordningens förteckning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är ett kapitel eller underkapitel. Välj en sexsiffrig avfallskod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är inte farligt avfall. Avfallsregistret gäller farligt avfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett id från registret i formen 8-4-4-4-12 tecken, till exempel 3f2504e0-4f89-11d3-9a0c-0305e82c3301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är inte en svensk kommunkod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE ska inte anges. En plats i Sverige anges med adress, koordinat eller CFAR-nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är inte en landskod enligt ISO 3166.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är inte ett transportsätt i registrets lista (R, T, S, A, W eller P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finns inte i listan över typer av återvinningsresultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara datum och tid, till exempel 2026-11-27T14:05:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett tal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett heltal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara större än 0 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>får ha högst tre decimaler (gram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara sju siffror i SWEREF 99 TM inom Sverige (mellan 6090340 och 7689479).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara sex siffror i SWEREF 99 TM inom Sverige (mellan 181896 och 999999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett år från 2020 till i år.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara 1, 2, 3 eller 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ange platsen på ett sätt: adress, koordinat, CFAR-nummer eller land – inte flera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ange adress, koordinat, CFAR-nummer eller land. Bara kommun räcker när tidigare innehavare är OKÄND eller KOMMUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ange adress, koordinat, CFAR-nummer eller land, inte bara kommun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en lista med behandlingar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ange minst en behandlingsmetod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en behandling med kod och underkod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finns inte bland metoderna R1–R13 och D1–D15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en R-kod eller D-kod, till exempel R9 eller D10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 har inga underkoder. Lämna underkoden tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 går inte ihop med %2. Möjliga underkoder: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>välj vilken sorts %1-behandling det var.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 finns redan i listan. Ange varje behandling en gång.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska bara fyllas i när ni rapporterar som ombud. Fyll i ombudets organisationsnummer eller töm fältet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>är samma som verksamhetsutövaren. Lämna ombudsfälten tomma när ni rapporterar för egen räkning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligger i framtiden. Ange när anteckningen faktiskt gjordes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligger i framtiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>är senare än när anteckningen gjordes. Det som antecknas måste ha hänt först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>är före anteckningens tidpunkt. Anteckningen ska göras innan transporten börjar – skicka ändå om uppgifterna stämmer, så blir rapporten inte ännu senare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kvartalet har inte börjat ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fyll i mängden icke-farligt avfall eller mängden material/produkt (eller båda).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anges bara för avfallskoder som kräver resultat av återvinning (spillolja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anges bara för spillolja med en typ av återvinningsresultat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska inte anges för resultattypen %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::ConnectionTest</name>
    <message>
        <source>TLS-handskakning med certifikatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtkomsttoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hämta en värdelista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte prövat, eftersom steget före misslyckades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrets adress saknas eller börjar inte med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj miljö, eller fyll i bas-URL och token-URL för Egen adress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget klientcertifikat är valt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera ert certifikat under fliken Certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 med %2 fungerade; servern (%3) godtog ert certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serverns certifikat gick inte att lita på: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera adressen. För Egen adress med en egen CA: ange CA-filen under Anslutning. Kontrollera också att datorns klocka går rätt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servern %1 hittades inte (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera adressen och att datorn är ansluten till internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servern %1 svarade inte (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera adressen och nätverket, och försök igen om en stund; en brandvägg kan också stoppa förbindelsen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servern godtog inte ert klientcertifikat (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera att certifikatet är ert organisationscertifikat, att det gäller och att det hör till den valda miljön (Test eller Produktion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servern %1 svarade inte inom %2 sekunder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera adressen och nätverket, och försök igen om en stund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken gick ut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra in en ny token under Åtkomst, eller ange nyckel och hemlighet så förnyas den av sig själv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken används; den gäller till %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>den inklistrade åtkomsttoken används; hur länge den gäller går inte att läsa ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera nyckel och hemlighet under Åtkomst: de ska höra till den valda miljön och komma från Naturvårdsverkets API-portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollera certifikatet under Certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försök igen om en stund; kontrollera token-URL:en om det inte går.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen token kunde hämtas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokentjänsten lämnade ut en åtkomsttoken för nyckeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret godtog inte åtkomsten. Kontrollera att avtalet med Naturvårdsverket gäller den valda miljön och att nyckeln hör till samma organisation som certifikatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försök igen om en stund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registret svarade med status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registret svarade på %1 ms med listan över transportsätt (%2 poster).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::HttpsExchange</name>
    <message>
        <source>Adressen måste börja med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Svaret var större än %n MB och togs inte emot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Servern svarade inte med HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inget svar inom %n sekunder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avfall::NoteStore</name>
    <message>
        <source>Databasen %1 kan inte öppnas: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen är skapad av en nyare version av Avfallsrapport (schema %1). Uppdatera programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasen kunde inte uppgraderas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning %1 finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara en skickad anteckning kan rättas; %1 är %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning %1 har redan en nyare version (%2). Rätta den i stället.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara en skickad anteckning kan makuleras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen har en nyare version (%1). Makulera den senaste versionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markerad som mottagen av användaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet avbröts medan anteckningen skickades. Den kan ha kommit fram till registret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmet avbröts innan anteckningen hann skickas. Den skickas på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::NoteValidator</name>
    <message>
        <source>Fältet &quot;%1&quot; finns inte i en makulering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvfallsId: måste fyllas i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvfallsId: har fel format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsak: ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::RegisterClient</name>
    <message>
        <source>Registret gick inte att nå (%1). Anteckningen ligger kvar i kön och skickas när förbindelsen fungerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret godtog inte ert certifikat (%1). Kontrollera att det är giltigt och gäller rätt miljö.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrets servercertifikat gick inte att lita på: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen skickades men inget säkert svar kom (%1). Den kan ha kommit fram; skicka inte igen utan att kontrollera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen är makulerad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret tog emot anteckningen. AvfallsId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade %1 men utan giltigt avfallsId. Anteckningen kan ha kommit fram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret godtog inte inloggningen (HTTP %1). Kontrollera token, nyckel och hemlighet, och att avtalet gäller denna miljö.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade att tiden tog slut (408). Anteckningen kan ha kommit fram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret är inte tillgängligt just nu (HTTP %1%2). Anteckningen skickas igen automatiskt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade med ett oväntat fel (HTTP %1%2). Anteckningen kan ha kommit fram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den säkra förbindelsen misslyckades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret godtog inte inloggningen (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret svarade HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret gick inte att nå: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::SandboxServer</name>
    <message>
        <source>Sandlådans certifikat går inte att läsa (%1, %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan kan inte lyssna på 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::TokenProvider</name>
    <message>
        <source>Det finns ingen åtkomsttoken och ingen nyckel och hemlighet. Fyll i dem under Inställningar → Åtkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokentjänsten godtog inte ert certifikat (%1). Kontrollera att det är giltigt och gäller rätt miljö.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokentjänstens servercertifikat gick inte att lita på: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokentjänsten gick inte att nå: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokentjänsten svarade utan giltig token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeln och hemligheten godtogs inte av tokentjänsten (HTTP %1). Kontrollera dem under Inställningar → Åtkomst; Test och Produktion har olika nycklar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokentjänsten svarade HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::ValueListCache</name>
    <message>
        <source>ogiltig JSON (%1 vid tecken %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingen lista i svaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listan är tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listan innehåller något annat än poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kunde inte sparas: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga avfallskoder i listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga behandlingsmetoder i listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga transportsätt i listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inga resultattyper i listan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mappen %1 kunde inte skapas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen anslutning till registret är inställd. De sparade eller inbyggda värdelistorna används.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdelistorna är aktuella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registrets svar gick inte att läsa (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdelistorna hämtades från registret (%1 av %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla värdelistor kunde inte uppdateras: %1. De sparade eller inbyggda listorna används tills vidare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::AppBackend</name>
    <message>
        <source>Sandlådan kunde inte starta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::EnvironmentBadge</name>
    <message>
        <source>Sandlåda – övning, inget skickas till Naturvårdsverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test – Naturvårdsverkets testmiljö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produktion – skarpa rapporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö: %1. Byt under Inställningar → Miljö.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::MainWindow</name>
    <message>
        <source>Avfallsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mina anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Miljö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inställningar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Om Avfallsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen förbindelse prövad ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön är tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen förbindelse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickar …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo att skicka</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n i kö</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n osäkra</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n avvisade</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> – övning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallsrapport – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om Avfallsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Avfallsrapport %1&lt;/h3&gt;&lt;p&gt;Rapportera anteckningar om farligt avfall till Naturvårdsverkets avfallsregister (Bastjänst Farligt Avfall).&lt;/p&gt;&lt;p&gt;System-id mot registret: &lt;code&gt;%2&lt;/code&gt;&lt;br&gt;Byggd med Qt %3.&lt;/p&gt;&lt;p&gt;Licens: GNU General Public License, version 3 eller senare. Programmet levereras utan garanti.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::NoteListPage</name>
    <message>
        <source>&amp;Öppna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rätta …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Makulera …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ny från denna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anteckning för &amp;samma avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skicka &amp;igen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som &amp;mottagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försök &amp;nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ta bort utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportera CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök referens, organisationsnummer, avfallskod …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga utkast. En anteckning som du börjar fylla i sparas här av sig själv tills du skickar den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön är tom: allt har skickats. Anteckningar som väntar på registret, eller på att du bestämmer något, visas här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen anteckning ännu. Välj vad du vill anteckna under Ny anteckning till vänster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Välj en anteckning i listan för att se detaljerna.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inget avfallsId ännu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfallsId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Makulerad %1: %2. %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Versioner&lt;/h4&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Försök&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  traceId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Spårnings-id (NV-Client-Tracking-ID): %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makulera anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen förklaring, sparas bara här hos dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makulera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orsak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Förklaring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som mottagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Om anteckningen finns i registret (till exempel i Naturvårdsverkets e-tjänst), skriv dess avfallsId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det är inget giltigt avfallsId (8-4-4-4-12 tecken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skicka igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kom den förra sändningen fram blir anteckningen dubbel i registret och måste makuleras som &quot;Skickad två gånger&quot;. Skicka ändå?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera historiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV för Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 kunde inte skrivas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::NotePage</name>
    <message>
        <source>&amp;Granska och skicka …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skickas ännu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen kunde inte sparas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning %1 ligger i kön och skickas nu …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mottagen av registret.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Registret avvisade anteckningen.&lt;/b&gt; %1 Öppna den under Kö för att rätta den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Osäkert om anteckningen kom fram.&lt;/b&gt; %1 Bestäm under Kö vad som ska hända.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen väntar i kön: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret avvisade anteckning %1. Felen visas vid fälten; rätta och skicka igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rättelse av anteckning %1 (avfallsId %2). Hela anteckningen skickas igen som en ny version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::app::NoteTableModel</name>
    <message>
        <source>Rättelse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makulering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ersatt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skapad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mängd (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AvfallsId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli</name>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd miljö &apos;%1&apos;. Välj sandbox, test, production eller custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan kunde inte starta: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url och --token-url gäller bara --env custom; Test och Produktion har fasta adresser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Både --base-url och --token-url behövs och måste börja med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga CA-certifikat i %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget klientcertifikat. Ange --client-cert FIL (och --client-cert-password-file), eller importera certifikatet under Inställningar i programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen med nyckel och hemlighet ska innehålla nyckel:hemlighet på första raden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen åtkomst: ange --token-file eller --key-secret-file, eller spara nyckel och hemlighet under Inställningar → Åtkomst i programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning %1 ligger kvar i kön: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 är inte ett JSON-objekt (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(varning) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbyggd lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hämtad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (äldre än ett dygn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::CancelCommand</name>
    <message>
        <source>makulera en skickad anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lokalt id eller avfallsId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egen förklaring, sparas bara lokalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsaken ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen anteckning med id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::Connection</name>
    <message>
        <source>miljö: sandbox, test, production eller custom (annars den sparade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miljö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrets bas-URL (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokentjänstens URL (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM-fil med CA-certifikat att lita på utöver systemets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>klientcertifikat: PKCS#12 (.p12/.pfx) eller PEM med nyckel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fil med certifikatets lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fil med en åtkomsttoken som används som den är</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fil med nyckel:hemlighet för tokentjänsten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::CorrectCommand</name>
    <message>
        <source>skicka en rättad version av en skickad anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lokalt id eller avfallsId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hela den rättade anteckningen som JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen anteckning med id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::HistoryCommand</name>
    <message>
        <source>visa anteckningar som skickats eller väntar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv en JSON-lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bara denna anteckningstyp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bara detta tillstånd: draft, queued, sending, sent, rejected, uncertain, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bara anteckningar från detta datum (ÅÅÅÅ-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänd anteckningstyp &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okänt tillstånd &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datumet ska skrivas ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga anteckningar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::QueueCommand</name>
    <message>
        <source>visa kön (list), skicka den (flush) eller besluta om osäkra (resend, received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, flush, resend ID eller received ID AVFALLSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush: fortsätt försöka i högst så många sekunder när registret inte svarar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sekunder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickade: %1, avvisade: %2, osäkra: %3, kvar i kön: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara en osäker anteckning kan skickas igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varning: kom den förra sändningen fram blir anteckningen dubbel och måste makuleras som SkickatDubbelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange anteckningens id och det avfallsId som registret gav (en GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall queue: okänd åtgärd eller anteckning. Använd list, flush, resend ID eller received ID AVFALLSID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara en osäker anteckning behöver kontrolleras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produktionsmiljön går inte att läsa tillbaka. Kontrollera i Naturvårdsverkets e-tjänst och använd &apos;avfall queue received ID AVFALLSID&apos; eller &apos;avfall queue resend ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret har anteckningen. AvfallsId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret har ingen sådan anteckning. Skicka den igen med &apos;avfall queue resend %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön är tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>försök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FÖRSENAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  snart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::QueueSession</name>
    <message>
        <source>En annan process skickar redan från denna profil (pid %1); anteckningen skickas därifrån.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Väntar på att en annan process (pid %1) ska bli klar med att skicka …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n anteckning(ar) avbröts under sändning och är nu osäkra.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avfall::cli::SandboxCommand</name>
    <message>
        <source>kör den inbyggda sandlådan (en imitation av registret) tills den avbryts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyssna på porten N på 127.0.0.1 (annars en ledig port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spara det sandlådan tar emot i MAPP (annars profilens mapp sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall sandbox: tar inga argument, bara --port och --state-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall sandbox: --port ska vara ett tal mellan 0 och 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan körs och sparar i %1. Avsluta med Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::SubmitCommand</name>
    <message>
        <source>lägg en anteckning i kön och skicka den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anteckningstyp, till exempel transporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anteckningen som JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall submit: ange en känd TYPE och en FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckning %1 är köad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::ValidateCommand</name>
    <message>
        <source>kontrollera en anteckning i JSON mot registrets regler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anteckningstyp: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anteckningen som JSON (&apos;-&apos; läser från standard in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv problemen som en JSON-lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv anteckningen som den skulle skickas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall validate: ange TYPE och FILE, till exempel &apos;avfall validate transporter anteckning.json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall validate: okänd anteckningstyp &apos;%1&apos;. Möjliga: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall validate: kan inte läsa %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall validate: %1 är inte ett JSON-objekt (%2 vid tecken %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(varning) </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::cli::ValuesCommand</name>
    <message>
        <source>visa registrets värdelistor (avfallskoder, metoder …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lista att visa: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (utan LIST: listornas källa och ålder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hämta listorna (eller LIST) från registret först</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv listan som JSON, så som den är sparad eller inbyggd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfallstyper: listan som gäller detta datum (annars i dag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall values: ange högst en lista, till exempel &apos;avfall values avfallstyper&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall values: okänd lista &apos;%1&apos;. Möjliga: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall values: ogiltigt datum &apos;%1&apos;; skriv ÅÅÅÅ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfall values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ej bekräftad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::AccessPage</name>
    <message>
        <source>&amp;Nyckel och hemlighet från API-portalen (token förnyas av sig själv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En åtkomst&amp;token som jag klistrar in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel (consumer key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hemlighet (consumer secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;yckel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hemlighet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtkomsttoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra in åtkomsttoken här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glöm åtkomsten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel, hemlighet och token sparas i datorns nyckelring, aldrig i en fil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen nyckelring kunde användas: %1 Det du anger här gäller bara tills programmet stängs och skrivs aldrig till en fil; nästa gång frågar programmet igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spara i nyckelringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Använd under den här sessionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan har en egen övningsnyckel, så här behövs inget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtkomst till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den sparade token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här är ingen JWT med utgångstid, så hur länge den gäller går inte att se här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token gick ut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minuter kvar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timmar kvar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token gäller till %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparad – skriv en ny för att byta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en token är sparad – klistra in en ny för att byta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen åtkomst är sparad för %1 ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparat i nyckelringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gäller under den här sessionen (ingen nyckelring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klistra in en åtkomsttoken först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange nyckel och hemlighet från API-portalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange hemligheten som hör till nyckeln.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange nyckeln som hör till hemligheten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel, hemlighet och token är borttagna.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::CertificatePage</name>
    <message>
        <source>PKCS#12-fil (.p12, .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM-filer (certifikat och nyckel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certifikatfil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckelfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom om nyckeln ligger i certifikatfilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nyckelfil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lösenord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lås upp för den här sessionen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta &amp;bort certifikatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfärdat till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfärdare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giltigt från:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giltigt till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256-fingeravtryck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klientautentisering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj certifikatet (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj certifikatfilen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj den privata nyckeln (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM-nyckel (*.pem *.key);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bara om nyckeln är krypterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lösenordet till filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan använder ett inbyggt övningscertifikat, så här behövs inget. Välj Test, Produktion eller Egen adress under Anslutning för att importera ert organisationscertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationscertifikat för %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget certifikat är importerat ännu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj certifikatfilen först.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontrollerar certifikatet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet är importerat. Filen ligger i programmets profil, läsbar bara för dig, och lösenordet i datorns nyckelring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet är importerat. Det finns ingen nyckelring, så lösenordet gäller bara tills programmet stängs; nästa gång frågar programmet efter det igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet kan användas under den här sessionen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet och dess lösenord är borttagna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finns inte i certifikatet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::CompanyPage</name>
    <message>
        <source>Eget företag (verksamhetsutövare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Företagets namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 siffror, om verksamheten har ett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisationsnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kontaktperson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;FAR-nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Företag som jag rapporterar för som ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsföretagets organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombudsföretagets namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv företagets organisationsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv företagets namn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparade parter (transportörer, mottagare, kunder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partens nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations- eller personnummer, VAT-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv partens nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparade platser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platsens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. Lagret i Åre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 siffror, t.ex. 2321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platsens CFAR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatuadress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-nummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg till platsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge platsen ett namn, så att du känner igen den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommunkoden har fyra siffror, till exempel 0180 för Stockholm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnumret har fem siffror, till exempel 116 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-numret har åtta siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange både gatuadress och postnummer, eller inget av dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnummer (enskild firma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnumret stämmer inte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-postadressen ser inte ut som en e-postadress (namn@företag.se).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::ConnectionPage</name>
    <message>
        <source>Den inbyggda sandlådan: allt stannar på den här datorn och märks som övning. Inget avtal, certifikat eller nyckel behövs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naturvårdsverkets testmiljö. Prova här innan ni rapporterar på riktigt. Den kräver ert organisationscertifikat och en nyckel för Test från API-portalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det riktiga avfallsregistret. Det som skickas hit är er rapportering enligt avfallsförordningen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En annan adress, till exempel en testserver hos er systemleverantör. Ange registrets bas-URL och tokentjänstens URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gick ut för %n dagar sedan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>går ut i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dagar kvar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Miljö:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bas-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA-certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valfritt: PEM-fil om servern har en egen CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bas-URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token-URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA-certifikat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skickas till registret med varje anrop (NV-Client-System-ID), så att Naturvårdsverket ser vilket program som rapporterar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testa anslutningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparar miljön och provar TLS-handskakning, token och en värdelista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj CA-certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslutningen fungerar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslutningen fungerar inte ännu; se steget som misslyckades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen adress behöver både en bas-URL och en token-URL som börjar med https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filen %1 innehåller inga CA-certifikat i PEM-format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provar anslutningen till %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Inställningarna räcker inte för att ansluta:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::DateTimeField</name>
    <message>
        <source>Inte ifyllt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::FirstStartWizard</name>
    <message>
        <source>Välkommen till Avfallsrapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slutför</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hur vill du börja?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med Avfallsrapport för du anteckningar om farligt avfall och rapporterar dem till Naturvårdsverkets avfallsregister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prova i sandlådan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fungerar direkt, utan avtal eller certifikat. Allt du skickar går till en inbyggd övningsversion av registret på den här datorn och märks som övning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anslut till Naturvårdsverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>För att rapportera på riktigt. Du behöver ett avtal med Naturvårdsverket, ett certifikat och en nyckel; nästa sida berättar var du får dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här behöver du från Naturvårdsverket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ett avtal&lt;/b&gt; om att använda avfallsregistrets API (Bastjänst Farligt Avfall). Det tecknas med Naturvårdsverket; se naturvardsverket.se under avfallsregistret och rapportering via API.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ett klientcertifikat&lt;/b&gt; (organisationscertifikat) från en svensk certifikatutfärdare, utfärdat till er organisation och med ert organisationsnummer i certifikatet. Du får det som en .p12- eller .pfx-fil med ett lösenord, eller som PEM-filer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nyckel och hemlighet&lt;/b&gt; (consumer key och consumer secret) från Naturvårdsverkets API-portal. Programmet hämtar åtkomsttoken med dem och förnyar den av sig själv.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Börja i Test.&lt;/b&gt; Naturvårdsverket har en testmiljö med egna nycklar. Prova där först och byt till Produktion när allt fungerar.&lt;/p&gt;&lt;p&gt;Har du inte allt ännu? Gå tillbaka och välj sandlådan; du kan ansluta senare under Inställningar.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vart ska anteckningarna skickas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test – Naturvårdsverkets testmiljö (börja här)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Produktion – det riktiga avfallsregistret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat och nyckel hör till en miljö: de för Test fungerar inte i Produktion. Du kan byta miljö senare under Inställningar → Anslutning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera ert organisationscertifikat. Filen kopieras till programmets profil och lösenordet sparas i datorns nyckelring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har du inte certifikatet ännu kan du gå vidare och importera det senare under Inställningar → Certifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Från Naturvårdsverkets API-portal, för den valda miljön.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ert företag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgifterna fylls i i nya anteckningar. Allt går att ändra senare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlådan är vald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Allt du skickar går till den inbyggda sandlådan på den här datorn och märks som &lt;b&gt;övning&lt;/b&gt;. Inget når Naturvårdsverket.&lt;/p&gt;&lt;p&gt;När ni har avtal, certifikat och nyckel väljer du &lt;b&gt;Inställningar → Anslutning&lt;/b&gt; och byter till Test.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat: &lt;b&gt;inte importerat ännu&lt;/b&gt; – importera det under Inställningar → Certifikat innan du skickar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikat: %1, giltigt till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: kontrolleras …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Företag: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allt går att ändra under Inställningar. Prova gärna &lt;b&gt;Testa anslutningen&lt;/b&gt; där.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: sparade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckel och hemlighet: &lt;b&gt;saknas ännu&lt;/b&gt; – ange dem under Inställningar → Åtkomst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::LanguagePage</name>
    <message>
        <source>Programmets språk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det nya språket används när du startar om programmet. The new language is used after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::NoteForm</name>
    <message>
        <source>%1 · avfallsförordningen (2020:614) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag rapporterar åt någon annan (ombud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kryssa i om ni för anteckningen åt ett annat företag. Då fyller ni i kundens uppgifter under Verksamhet och era egna här.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inget angivet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj transportsätt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari–mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april–juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli–september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober–december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj kvartal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sätt tiden till just nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sätt till nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtta siffror eller SAKNAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (okänd kod)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Registrets felkod %2.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::PartyEditor</name>
    <message>
        <source>organisationsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tidigare innehavare okänd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hushåll i kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eller %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj bland sparade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i numret för en sparad part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparade …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKÄND – går inte att ta reda på</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOMMUN – avfall från flera hushåll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::PlaceEditor</name>
    <message>
        <source>Adress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinat (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utomlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anges som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – anges som</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv kommunens namn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registret vill ha en svensk kommun även för en plats utomlands, till exempel kommunen där avfallet lämnar Sverige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platsen anges bara med kommunen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Går bara när tidigare innehavare är OKÄND eller KOMMUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Föreslagen utifrån postnummer %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer %1 hör till %2. Stämmer kommunen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postnummer %1 finns i flera kommuner: %2. Välj en av dem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koordinat N %1, E %2 (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFAR-nummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utomlands, landskod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (kommunkod %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kommunkod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara kommunen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::ReviewDialog</name>
    <message>
        <source>Granska innan du skickar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandlåda = övning. Anteckningen skickas till den inbyggda sandlådan, inte till Naturvårdsverket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: Naturvårdsverkets testmiljö. Anteckningen räknas inte som rapporterad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produktion: anteckningen rapporteras på riktigt till Naturvårdsverkets avfallsregister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen adress: anteckningen skickas till den adress som är inställd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miljö: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatet tillhör %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifikatets organisationsnummer är inte känt, så det går inte att kontrollera i förväg att verksamhetsutövaren eller ombudet stämmer med certifikatet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verksamhetsutövare %1: du rapporterar för egen räkning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ombud %1: du rapporterar som ombud för %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varken verksamhetsutövaren (%1) eller ombudet (%2) har certifikatets organisationsnummer, så registret kommer att svara med fel 1023 och inte ta emot anteckningen. Rapporterar du åt någon annan: gå tillbaka, kryssa i ”Jag rapporterar åt någon annan (ombud)” och fyll i er själva som ombud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det här skickas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen som JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa exakt data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa anteckningen precis som den skickas till registret (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillbaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillbaka till formuläret utan att skicka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skicka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägg anteckningen i kön och skicka den till %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>januari–mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>april–juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juli–september</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oktober–december</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avfallsförordningen (2020:614) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underkod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underkod %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anslutning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Å&amp;tkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verksamhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verkställ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::TreatmentListEditor</name>
    <message>
        <source>Lägg till behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spillolja: resultat av återvinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj typ av resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den här typen är vårt förslag och ännu inte bekräftad av registret. Registret kan svara med fel om den inte godtas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj metod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj metod först</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen underkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj underkod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behandling %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort behandling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskoden %1 (%2) kräver att du anger vad återvinningen av oljan gav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behövs inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (okänd kod)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::WasteCodeBrowser</name>
    <message>
        <source>Välj avfallskod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallsförteckningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna ett kapitel och välj en kod med sex siffror. Kapitel och underkapitel kan inte väljas. Koder med stjärna (*) är farligt avfall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett kapitel kan inte väljas – öppna det och välj en kod under det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Farligt avfall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::forms::WasteCodePicker</name>
    <message>
        <source>Skriv kod eller ord, till exempel 160601 eller blybatterier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa hela förteckningen kapitel för kapitel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bläddra bland avfallskoderna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avfallskoder som passar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte farligt avfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finns inte i förteckningen som gäller den %2, bara i en äldre eller nyare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finns inte i avfallsförordningens förteckning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 är ett kapitel. Välj en kod med sex siffror under det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj en av koderna i listan eller skriv alla sex siffror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen avfallskod passar. Prova ett annat ord eller Bläddra…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>avfall::sandbox::SandboxStore</name>
    <message>
        <source>Kan inte skapa sandlådans mapp %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapportera farligt avfall till Naturvårdsverkets avfallsregister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv tiden fram till att huvudfönstret visas och avsluta (för mätningar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
