#include "core/fieldcatalogue.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "tests/support/samplenotes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::NoteKind)

class TestNoteJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void normalizesWhatIsSent();
    void ownNoteSendsNoAgentFields();
    void unknownFieldsAreDropped();
    void buildTypesValuesFromTheCatalogue();
    void parseDecimal_data();
    void parseDecimal();
    void bindLikeTheRegister_data();
    void bindLikeTheRegister();
    void sendsOnlyContractNames();
    void textAsSent_data();
    void textAsSent();
};

void TestNoteJson::roundTrip_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    for (const NoteType &type : noteTypes()) {
        QTest::addRow("%s", qPrintable(type.resource)) << type.kind << samples::note(type.kind);
        QTest::addRow("%s som ombud", qPrintable(type.resource))
            << type.kind << samples::asAgent(samples::note(type.kind));
    }
}

void TestNoteJson::roundTrip()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    const QJsonObject sent = notejson::normalized(kind, note);
    // What is sent is stable: normalizing twice changes nothing.
    QCOMPARE(notejson::normalized(kind, sent), sent);
    // Form values and back give exactly what is sent, through text as well.
    QCOMPARE(notejson::build(kind, notejson::flatten(kind, sent)), sent);
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(sent).toJson()).object();
    QCOMPARE(reparsed, sent);
    // The normalized note is still valid.
    NoteValidator validator;
    validator.setClock(&samples::now);
    QVERIFY(!hasErrors(validator.validate(kind, sent)));
}

void TestNoteJson::normalizesWhatIsSent()
{
    QJsonObject note = samples::note(NoteKind::InsamlingsMottagning);
    note = withValue(note, QStringLiteral("verksamhetsutovare"), QStringLiteral("16556000-0167"));
    note =
        withValue(note, QStringLiteral("senasteHanteringsPlats.adress.postnummer"), QStringLiteral("116 45"));
    note = withValue(note, QStringLiteral("avfall.kod"), QStringLiteral("16 06 01*"));
    note = withValue(note, QStringLiteral("transportsatt"), QStringLiteral("r"));
    note = withValue(note, QStringLiteral("mottagningsDatum"), QStringLiteral("2026-11-25T14:00:00Z"));
    const QJsonObject sent = notejson::normalized(NoteKind::InsamlingsMottagning, note);
    QCOMPARE(sent.value(QStringLiteral("verksamhetsutovare")).toString(), QStringLiteral("5560000167"));
    QCOMPARE(sent.value(QStringLiteral("tidigareInnehavare")).toString(), QStringLiteral("1212121212"));
    QCOMPARE(sent.value(QStringLiteral("senasteHanteringsPlats"))
                 .toObject()
                 .value(QStringLiteral("adress"))
                 .toObject()
                 .value(QStringLiteral("postnummer"))
                 .toString(),
             QStringLiteral("11645"));
    QCOMPARE(sent.value(QStringLiteral("avfall")).toObject().value(QStringLiteral("kod")).toString(),
             QStringLiteral("160601"));
    QCOMPARE(sent.value(QStringLiteral("transportsatt")).toString(), QStringLiteral("R"));
    QCOMPARE(sent.value(QStringLiteral("mottagningsDatum")).toString(),
             QStringLiteral("2026-11-25T14:00:00+00:00"));
    QCOMPARE(sent.value(QStringLiteral("tidpunkt")).toString(), QStringLiteral("2026-11-26T10:15:00+01:00"));

    // A date without an offset is local time and is sent with the local offset.
    const QJsonObject local = notejson::normalized(
        NoteKind::Handel, withValue(samples::note(NoteKind::Handel), QStringLiteral("tidpunkt"),
                                    QStringLiteral("2026-11-26T10:15:00")));
    const QString sentTime = local.value(QStringLiteral("tidpunkt")).toString();
    QVERIFY2(sentTime.size() == 25 &&
                 (sentTime.at(19) == QLatin1Char('+') || sentTime.at(19) == QLatin1Char('-')),
             qPrintable(sentTime));
}

void TestNoteJson::ownNoteSendsNoAgentFields()
{
    QJsonObject note = samples::asAgent(samples::note(NoteKind::Handel));
    note.insert(QStringLiteral("ombud"), QString());
    const QJsonObject sent = notejson::normalized(NoteKind::Handel, note);
    for (const QString &key : sent.keys())
        QVERIFY2(!key.startsWith(QLatin1String("ombud")), qPrintable(key));
    const QJsonObject agent =
        notejson::normalized(NoteKind::Handel, samples::asAgent(samples::note(NoteKind::Handel)));
    QCOMPARE(agent.value(QStringLiteral("ombudetsNamn")).toString(), QStringLiteral("Testbolaget AB"));
}

void TestNoteJson::unknownFieldsAreDropped()
{
    QJsonObject note = samples::note(NoteKind::Handel);
    note.insert(QStringLiteral("kommentar"), QStringLiteral("intern"));
    note = withValue(note, QStringLiteral("avfall.farligt"), true);
    const QJsonObject sent = notejson::normalized(NoteKind::Handel, note);
    QVERIFY(!sent.contains(QStringLiteral("kommentar")));
    QVERIFY(!sent.value(QStringLiteral("avfall")).toObject().contains(QStringLiteral("farligt")));
}

void TestNoteJson::buildTypesValuesFromTheCatalogue()
{
    notejson::FlatValues values =
        notejson::flatten(NoteKind::Behandlingsresultat, samples::note(NoteKind::Behandlingsresultat));
    values.insert(QStringLiteral("avfall.mangd"), QStringLiteral("1 250,5"));
    values.insert(QStringLiteral("rapporteringsar"), QStringLiteral("2026"));
    values.remove(QStringLiteral("behandlingar[0].kod"));
    values.remove(QStringLiteral("behandlingar[0].underkod"));
    values.insert(QStringLiteral("behandlingar[4].kod"), QStringLiteral("R1"));
    values.insert(QStringLiteral("behandlingar[4].underkod"), QStringLiteral("D"));
    values.insert(QStringLiteral("referens"), QStringLiteral("   "));
    const QJsonObject built = notejson::build(NoteKind::Behandlingsresultat, values);
    QCOMPARE(built.value(QStringLiteral("avfall")).toObject().value(QStringLiteral("mangd")).toDouble(),
             1250.5);
    QVERIFY(built.value(QStringLiteral("rapporteringsar")).isDouble());
    QCOMPARE(built.value(QStringLiteral("rapporteringsar")).toInt(), 2026);
    const QJsonArray treatments = built.value(QStringLiteral("behandlingar")).toArray();
    QCOMPARE(treatments.size(), 2); // the removed row leaves no gap
    QCOMPARE(treatments.at(0).toObject().value(QStringLiteral("kod")).toString(), QStringLiteral("D9"));
    QCOMPARE(treatments.at(1).toObject().value(QStringLiteral("kod")).toString(), QStringLiteral("R1"));
    QVERIFY(!built.contains(QStringLiteral("referens")));

    // Text where a number belongs stays text, so that the validator can say so.
    values.insert(QStringLiteral("avfall.mangd"), QStringLiteral("tjugo"));
    QCOMPARE(notejson::build(NoteKind::Behandlingsresultat, values)
                 .value(QStringLiteral("avfall"))
                 .toObject()
                 .value(QStringLiteral("mangd"))
                 .toString(),
             QStringLiteral("tjugo"));
}

void TestNoteJson::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("punkt") << QStringLiteral("20.125") << true << 20.125;
    QTest::newRow("komma") << QStringLiteral("20,125") << true << 20.125;
    QTest::newRow("tusental med mellanslag") << QStringLiteral("1 250,5") << true << 1250.5;
    QTest::newRow("heltal") << QStringLiteral("7") << true << 7.0;
    QTest::newRow("ord") << QStringLiteral("sju") << false << 0.0;
    QTest::newRow("två decimaltecken") << QStringLiteral("1,2,3") << false << 0.0;
    QTest::newRow("tomt") << QString() << false << 0.0;
}

void TestNoteJson::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double parsed = 0;
    QCOMPARE(notejson::parseDecimal(text, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

using Notice = notejson::BindNotice::Kind;
Q_DECLARE_METATYPE(notejson::BindNotice::Kind)

// 12. What ASP.NET Core's model binding takes: names in any case, unknown fields ignored, numbers
// from text. Each row: the note as written, what must come out at a path, and the notice.
void TestNoteJson::bindLikeTheRegister_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("bound");
    QTest::addColumn<Notice>("notice");
    QTest::addColumn<bool>("noticed");

    const QJsonObject planning = samples::note(NoteKind::Transportplanering);
    QJsonObject pascal;
    for (auto it = planning.constBegin(); it != planning.constEnd(); ++it)
        pascal.insert(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    QTest::newRow("PascalCase överst")
        << NoteKind::Transportplanering << pascal << QStringLiteral("mottagningsplats")
        << QJsonValue(samples::addressPlace()) << Notice::Renamed << true;
    QJsonObject upperInPlace = without(planning, QStringLiteral("mottagningsplats.kommunkod"));
    upperInPlace =
        withValue(upperInPlace, QStringLiteral("mottagningsplats.KOMMUNKOD"), QStringLiteral("0180"));
    QTest::newRow("versaler i en plats")
        << NoteKind::Transportplanering << upperInPlace << QStringLiteral("mottagningsplats.kommunkod")
        << QJsonValue(QStringLiteral("0180")) << Notice::Renamed << true;
    QJsonObject caseInList = samples::note(NoteKind::Behandlingsresultat);
    caseInList = without(caseInList, QStringLiteral("behandlingar[1].kod"));
    caseInList = withValue(caseInList, QStringLiteral("behandlingar[1].Kod"), QStringLiteral("D9"));
    QTest::newRow("skiftläge i en lista")
        << NoteKind::Behandlingsresultat << caseInList << QStringLiteral("behandlingar[1].kod")
        << QJsonValue(QStringLiteral("D9")) << Notice::Renamed << true;
    QTest::newRow("okänt fält") << NoteKind::Transportplanering
                                << withValue(planning, QStringLiteral("kommentar"), QStringLiteral("intern"))
                                << QStringLiteral("kommentar") << QJsonValue() << Notice::Unknown << true;
    QTest::newRow("mängd som text") << NoteKind::Transportplanering
                                    << withValue(planning, QStringLiteral("avfall.mangd"),
                                                 QStringLiteral("120.5"))
                                    << QStringLiteral("avfall.mangd") << QJsonValue(120.5)
                                    << Notice::NumberFromText << true;
    QTest::newRow("koordinat som text")
        << NoteKind::Transportplanering
        << withValue(planning, QStringLiteral("uppkomstplats.koordinat.nposition"), QStringLiteral("6399430"))
        << QStringLiteral("uppkomstplats.koordinat.nposition") << QJsonValue(6399430)
        << Notice::NumberFromText << true;
    QTest::newRow("år som text med decimal är inget heltal")
        << NoteKind::Behandlingsresultat
        << withValue(samples::note(NoteKind::Behandlingsresultat), QStringLiteral("rapporteringsar"),
                     QStringLiteral("2026.0"))
        << QStringLiteral("rapporteringsar") << QJsonValue(QStringLiteral("2026.0")) << Notice::NumberFromText
        << false;
    QJsonObject twice = planning;
    twice.insert(QStringLiteral("REFERENS"), QStringLiteral("annan"));
    QTest::newRow("samma fält två gånger")
        << NoteKind::Transportplanering << twice << QStringLiteral("referens") << QJsonValue()
        << Notice::Ambiguous << true;
}

void TestNoteJson::bindLikeTheRegister()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(QString, path);
    QFETCH(QJsonValue, bound);
    QFETCH(Notice, notice);
    QFETCH(bool, noticed);
    const notejson::Bound result = notejson::bind(kind, note);
    // The value at the path of the bound note ("a.b[1].c").
    QJsonValue value = result.note;
    for (const QString &segment : path.split(QLatin1Char('.'))) {
        static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
        const auto match = indexed.match(segment);
        value = match.hasMatch()
                    ? value.toObject().value(match.captured(1)).toArray().at(match.captured(2).toInt())
                    : value.toObject().value(segment);
    }
    QCOMPARE(value.isUndefined() ? QJsonValue() : value, bound);
    const auto found =
        std::find_if(result.notices.cbegin(), result.notices.cend(),
                     [&](const notejson::BindNotice &n) { return n.kind == notice && n.path == path; });
    QCOMPARE(found != result.notices.cend(), noticed);
    // Whatever came in, only the contract's names come out.
    const QJsonObject sent = notejson::normalized(kind, note);
    for (const QString &name : sent.keys())
        QVERIFY2(catalogue::note(kind).field(name), qPrintable(name));
}

void TestNoteJson::sendsOnlyContractNames()
{
    // 12. A hand-written note in PascalCase, with a comment and a quantity as text, is sent exactly
    // as the same note written by the book.
    const QJsonObject canonical = samples::note(NoteKind::Transport);
    QJsonObject written;
    for (auto it = canonical.constBegin(); it != canonical.constEnd(); ++it)
        written.insert(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    written.insert(QStringLiteral("Kommentar"), QStringLiteral("internt"));
    written = withValue(written, QStringLiteral("Avfall"),
                        QJsonObject{{QStringLiteral("KOD"), QStringLiteral("160601")},
                                    {QStringLiteral("Mangd"), QStringLiteral("120.5")}});
    QCOMPARE(notejson::normalized(NoteKind::Transport, written),
             notejson::normalized(NoteKind::Transport, canonical));
}

void TestNoteJson::textAsSent_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("sent");
    QTest::newRow("9: momsnummer med punkter")
        << QStringLiteral("Transportplanering") << QStringLiteral("nyInnehavare")
        << QStringLiteral("BE 0123.456.789") << QStringLiteral("BE0123456789");
    QTest::newRow("10: telefon med tabb")
        << QStringLiteral("Transportplanering") << QStringLiteral("verksamhetensKontaktpersonTelefonnummer")
        << QStringLiteral("08\t123\u00A0456 78") << QStringLiteral("08 123 456 78");
    QTest::newRow("16: postnummer med mellanslag") << QStringLiteral("Adress") << QStringLiteral("postnummer")
                                                   << QStringLiteral("116 45") << QStringLiteral("11645");
    QTest::newRow("17: r4") << QStringLiteral("Behandling") << QStringLiteral("kod") << QStringLiteral("r4")
                            << QStringLiteral("R4");
    QTest::newRow("17: O’Brien") << QStringLiteral("Transportplanering")
                                 << QStringLiteral("verksamhetensKontaktpersonNamn")
                                 << QStringLiteral("Sean O\u2019Brien") << QStringLiteral("Sean O'Brien");
    QTest::newRow("17: Å i två delar")
        << QStringLiteral("Transportplanering") << QStringLiteral("verksamhetensNamn")
        << QStringLiteral("A\u030Akeriet AB") << QStringLiteral("\u00C5keriet AB");
    QTest::newRow("landskod med små bokstäver")
        << QStringLiteral("Plats") << QStringLiteral("land") << QStringLiteral("no") << QStringLiteral("NO");
}

void TestNoteJson::textAsSent()
{
    QFETCH(QString, model);
    QFETCH(QString, field);
    QFETCH(QString, written);
    QFETCH(QString, sent);
    const Block &block = model == QLatin1String("Adress")  ? catalogue::adress()
                         : model == QLatin1String("Plats") ? catalogue::plats()
                         : model == QLatin1String("Behandling")
                             ? catalogue::behandling()
                             : catalogue::note(NoteKind::Transportplanering);
    QVERIFY(block.field(field));
    QCOMPARE(notejson::normalizedText(*block.field(field), written), sent);
}

QTEST_GUILESS_MAIN(TestNoteJson)
#include "tst_notejson.moc"
