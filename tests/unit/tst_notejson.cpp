#include "notejson.h"
#include "notevalidator.h"
#include "samplenotes.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QTEST_GUILESS_MAIN(TestNoteJson)
#include "tst_notejson.moc"
