#include "core/fieldcatalogue.h"
#include "models/notesummary.h"
#include "tests/support/samplenotes.h"

#include <QRegularExpression>
#include <QTest>

using namespace avfall;

Q_DECLARE_METATYPE(avfall::NoteKind)

// The one summary of a note that the review, the history details and the receipt show: fields in
// the form's order, values in words and in the Swedish way of writing numbers and dates.
class TestNoteSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldOfEveryTypeIsShown_data();
    void everyFieldOfEveryTypeIsShown();
    void valuesInWordsTheSwedishWay();
    void sectionsFollowTheForm();
    void placesFollowTheWastesJourney();
    void yearsAndCoordinatesAreNotAmounts();
};

void TestNoteSummary::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
}

void TestNoteSummary::everyFieldOfEveryTypeIsShown_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (const NoteType &type : noteTypes())
        QTest::newRow(qPrintable(type.model)) << type.kind;
}

void TestNoteSummary::everyFieldOfEveryTypeIsShown()
{
    QFETCH(NoteKind, kind);
    const QJsonObject note = test::samples::note(kind);
    const NoteSummary summary = summary::build(kind, note);
    QCOMPARE(summary.title, noteType(kind).displayTitle());
    for (const Field &field : catalogue::note(kind).fields) {
        if (!note.contains(field.json) || field.kind == FieldKind::List)
            continue;
        if (field.kind == FieldKind::Object && !field.isPlace()) {
            for (const Field &child : field.block->fields) {
                if (note.value(field.json).toObject().contains(child.json))
                    QVERIFY2(!summary.valueOf(child.displayLabel()).isEmpty(), qPrintable(child.json));
            }
            continue;
        }
        QVERIFY2(!summary.valueOf(field.displayLabel()).isEmpty(), qPrintable(field.json));
    }
    // Nothing in the summary is raw JSON.
    const QString text = summary.toPlainText();
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\dT\\d"))), qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(text));
}

void TestNoteSummary::valuesInWordsTheSwedishWay()
{
    QJsonObject note = test::samples::note(NoteKind::Transportplanering);
    note = test::withValue(note, QStringLiteral("avfall.mangd"), 42.125);
    const NoteSummary summary = summary::build(NoteKind::Transportplanering, note);
    QCOMPARE(summary.valueOf(QStringLiteral("Mängd (kg)")), QStringLiteral("42,125 kg"));
    QCOMPARE(summary.valueOf(QStringLiteral("Transportsätt")), QStringLiteral("Vägtransport (R)"));
    QCOMPARE(summary.valueOf(QStringLiteral("Avfallskod")),
             QStringLiteral("16 06 01* Blybatterier (farligt avfall)"));
    QCOMPARE(summary.valueOf(QStringLiteral("Mottagningsplats")),
             QStringLiteral("Hamnvägen 3, 116 45 – Stockholm (kommunkod 0180)"));
    QCOMPARE(summary.valueOf(QStringLiteral("Organisationsnummer")),
             QStringLiteral("556000-0167 (organisationsnummer)"));
    const QString when = summary.valueOf(QStringLiteral("Transporten börjar")).isEmpty()
                             ? summary.valueOf(QStringLiteral("Borttransport"))
                             : summary.valueOf(QStringLiteral("Transporten börjar"));
    const QString made = summary.valueOf(QStringLiteral("Anteckningen gjordes"));
    QVERIFY2(QRegularExpression(QStringLiteral("^26 november 2026 kl\\. \\d\\d:15$")).match(made).hasMatch(),
             qPrintable(made));
    Q_UNUSED(when);
}

void TestNoteSummary::sectionsFollowTheForm()
{
    const NoteSummary summary =
        summary::build(NoteKind::Transportplanering, test::samples::note(NoteKind::Transportplanering));
    QStringList titles;
    for (const auto &section : summary.sections)
        titles << section.title;
    QCOMPARE(titles, (QStringList{sectionTitle(Section::Operator), sectionTitle(Section::Waste),
                                  sectionTitle(Section::Parties), sectionTitle(Section::Places),
                                  sectionTitle(Section::DateAndReference)}));
}

void TestNoteSummary::placesFollowTheWastesJourney()
{
    const NoteSummary summary =
        summary::build(NoteKind::Transportplanering, test::samples::note(NoteKind::Transportplanering));
    for (const auto &section : summary.sections) {
        if (section.title != sectionTitle(Section::Places))
            continue;
        QCOMPARE(section.rows.size(), 2);
        QCOMPARE(section.rows.at(0).label, QStringLiteral("Uppkomstplats"));
        QCOMPARE(section.rows.at(1).label, QStringLiteral("Mottagningsplats"));
        QVERIFY(section.rows.at(0).value.startsWith(QStringLiteral("Koordinat N 6399430, E 319350")));
        return;
    }
    QFAIL("no Platser section");
}

void TestNoteSummary::yearsAndCoordinatesAreNotAmounts()
{
    const NoteSummary summary =
        summary::build(NoteKind::Behandlingsresultat, test::samples::note(NoteKind::Behandlingsresultat));
    QCOMPARE(summary.valueOf(QStringLiteral("År")), QStringLiteral("2026"));
    QCOMPARE(summary.valueOf(QStringLiteral("Kvartal")), QStringLiteral("3 (juli–september)"));
    QCOMPARE(summary.valueOf(QStringLiteral("Material eller produkt (kg)")), QStringLiteral("98,125 kg"));
    QVERIFY(summary.valueOf(QStringLiteral("Behandlingar 1")).startsWith(QStringLiteral("R4 – ")));
}

QTEST_GUILESS_MAIN(TestNoteSummary)
#include "tst_notesummary.moc"
