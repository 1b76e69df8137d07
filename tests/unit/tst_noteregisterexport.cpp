#include "core/fieldcatalogue.h"
#include "services/noteregisterexport.h"
#include "tests/support/samplenotes.h"
#include "tests/unit/registernotes.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace avfall;
namespace notes = avfall::test::registernotes;

Q_DECLARE_METATYPE(avfall::NoteKind)

// The register of one's own notes (issue 16) as rows and columns: which notes, which columns, and
// what the correction chain and a cancellation look like.
class TestNoteRegisterExport : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeHasASheetWithItsNotes();
    void headingsFlattenTheCatalogue_data();
    void headingsFlattenTheCatalogue();
    void headingsAreUniqueInEachSheet();
    void cellsHoldTheNotesValues();
    void correctionChainIsShown();
    void cancellationIsShownOnTheCancelledNote();
    void periodIsCountedByTidpunkt_data();
    void periodIsCountedByTidpunkt();

private:
    static NoteRegister november();
    static const RegisterTable &table(const NoteRegister &noteRegister, NoteKind kind);
    static QVariant cell(const RegisterTable &table, int row, const QString &heading);
};

NoteRegister TestNoteRegisterExport::november()
{
    Company company;
    company.name = QStringLiteral("Testbolaget AB");
    company.organisationNumber = QString::fromLatin1(test::samples::kOwnOrganisation);
    return NoteRegisterBuilder({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Environment::Production, company)
        .build(notes::inMemory(Environment::Production));
}

const RegisterTable &TestNoteRegisterExport::table(const NoteRegister &noteRegister, NoteKind kind)
{
    return noteRegister.tables.at(int(kind));
}

QVariant TestNoteRegisterExport::cell(const RegisterTable &table, int row, const QString &heading)
{
    const qsizetype column = table.headings.indexOf(heading);
    if (column < 0)
        qWarning("no column %s", qPrintable(heading));
    return column < 0 ? QVariant() : table.rows.at(row).value(column);
}

void TestNoteRegisterExport::everyTypeHasASheetWithItsNotes()
{
    const NoteRegister noteRegister = november();
    QCOMPARE(noteRegister.tables.size(), 8);
    // Eight notes and the correction; not the draft, the cancellation's own row, the sandbox note
    // or the October note.
    QCOMPARE(noteRegister.noteCount(), 9);
    for (const NoteType &type : noteTypes()) {
        const RegisterTable &sheet = table(noteRegister, type.kind);
        QCOMPARE(sheet.kind, type.kind);
        QCOMPARE(sheet.name, type.model);
        QCOMPARE(sheet.rows.size(), type.kind == NoteKind::Handel ? 2 : 1);
        for (const QVariantList &row : sheet.rows)
            QCOMPARE(row.size(), sheet.headings.size());
    }
    QCOMPARE(noteRegister.company.name, QStringLiteral("Testbolaget AB"));
    QCOMPARE(noteRegister.periodText(), QStringLiteral("2026-11-01 – 2026-11-30"));
}

void TestNoteRegisterExport::headingsFlattenTheCatalogue_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QString>("heading");
    QTest::newRow("a plain field") << NoteKind::Handel << QStringLiteral("Organisationsnummer");
    QTest::newRow("the waste") << NoteKind::Handel << QStringLiteral("Avfall – Avfallskod");
    QTest::newRow("a place") << NoteKind::Transportplanering << QStringLiteral("Uppkomstplats – Kommun");
    QTest::newRow("a place's address")
        << NoteKind::Transportplanering << QStringLiteral("Uppkomstplats – Adress – Postnummer");
    QTest::newRow("a place's coordinate")
        << NoteKind::Transport << QStringLiteral("Slutplats – Koordinat – Nordkoordinat (N)");
    QTest::newRow("first treatment") << NoteKind::Behandlingsresultat
                                     << QStringLiteral("Behandlingar 1 – Behandlingsmetod");
    QTest::newRow("second treatment")
        << NoteKind::Behandlingsresultat << QStringLiteral("Behandlingar 2 – Underkod");
    QTest::newRow("state") << NoteKind::Behandlingsoverlamning << QStringLiteral("Tillstånd");
    QTest::newRow("cancellation") << NoteKind::Transport << QStringLiteral("Makuleringsorsak");
}

void TestNoteRegisterExport::headingsFlattenTheCatalogue()
{
    QFETCH(NoteKind, kind);
    QFETCH(QString, heading);
    const QStringList headings = table(november(), kind).headings;
    QVERIFY2(headings.contains(heading), qPrintable(headings.join(QStringLiteral(" | "))));
}

void TestNoteRegisterExport::headingsAreUniqueInEachSheet()
{
    const NoteRegister noteRegister = november();
    for (const RegisterTable &sheet : noteRegister.tables) {
        const QSet<QString> unique(sheet.headings.cbegin(), sheet.headings.cend());
        QCOMPARE(unique.size(), sheet.headings.size());
        QCOMPARE(sheet.headings.mid(0, RegisterTable::LeadingColumnCount),
                 NoteRegisterBuilder::leadingHeadings());
        // Every field of the catalogue has a column: leading columns plus at least one per leaf.
        QVERIFY(sheet.headings.size() >
                RegisterTable::LeadingColumnCount + catalogue::note(sheet.kind).fields.size());
    }
}

void TestNoteRegisterExport::cellsHoldTheNotesValues()
{
    const NoteRegister noteRegister = november();
    const RegisterTable &planning = table(noteRegister, NoteKind::Transportplanering);
    const QJsonObject sample = test::samples::note(NoteKind::Transportplanering);
    QCOMPARE(cell(planning, 0, QStringLiteral("Lokalt id")), QVariant(qint64(1)));
    QCOMPARE(cell(planning, 0, QStringLiteral("AvfallsId")).toString(), notes::avfallId(1));
    QCOMPARE(cell(planning, 0, QStringLiteral("Tillstånd")).toString(), stateDisplayName(NoteState::Sent));
    QCOMPARE(cell(planning, 0, QStringLiteral("Anteckningen gjordes")).toString(),
             sample.value(QStringLiteral("tidpunkt")).toString());
    QCOMPARE(cell(planning, 0, QStringLiteral("Avfall – Mängd (kg)")), QVariant(120.5));
    QCOMPARE(cell(planning, 0, QStringLiteral("Uppkomstplats – Kommun")).toString(),
             sample.value(QStringLiteral("uppkomstplats"))
                 .toObject()
                 .value(QStringLiteral("kommunkod"))
                 .toString());
    // Not in the note: empty, not "0" or "null".
    QVERIFY(!cell(planning, 0, QStringLiteral("Ombudets namn")).isValid());

    const RegisterTable &result = table(noteRegister, NoteKind::Behandlingsresultat);
    QCOMPARE(cell(result, 0, QStringLiteral("Behandlingar 2 – Behandlingsmetod")).toString(),
             QStringLiteral("D9"));
    QCOMPARE(cell(result, 0, QStringLiteral("År")), QVariant(qint64(2026)));
    QCOMPARE(cell(result, 0, QStringLiteral("Material eller produkt (kg)")), QVariant(98.125));
}

void TestNoteRegisterExport::correctionChainIsShown()
{
    const NoteRegister noteRegister = november();
    const RegisterTable &trade = table(noteRegister, NoteKind::Handel);
    QCOMPARE(trade.rows.size(), 2);
    // The first version: corrected by 9, not the latest.
    QCOMPARE(cell(trade, 0, QStringLiteral("Lokalt id")), QVariant(qint64(5)));
    QCOMPARE(cell(trade, 0, QStringLiteral("Version")), QVariant(1));
    QCOMPARE(cell(trade, 0, QStringLiteral("Rättad av lokalt id")), QVariant(qint64(9)));
    QCOMPARE(cell(trade, 0, QStringLiteral("Senaste version")).toString(), QStringLiteral("Nej"));
    QVERIFY(!cell(trade, 0, QStringLiteral("Rättar lokalt id")).isValid());
    // The correction: version 2 of the chain, naming what it corrects, with its own quantity.
    QCOMPARE(cell(trade, 1, QStringLiteral("Lokalt id")), QVariant(qint64(9)));
    QCOMPARE(cell(trade, 1, QStringLiteral("Version")), QVariant(2));
    QCOMPARE(cell(trade, 1, QStringLiteral("Rättar lokalt id")), QVariant(qint64(5)));
    QCOMPARE(cell(trade, 1, QStringLiteral("Rättar avfallsId")).toString(), notes::avfallId(5));
    QCOMPARE(cell(trade, 1, QStringLiteral("AvfallsId")).toString(), notes::avfallId(9));
    QCOMPARE(cell(trade, 1, QStringLiteral("Senaste version")).toString(), QStringLiteral("Ja"));
    QCOMPARE(cell(trade, 1, QStringLiteral("Avfall – Mängd (kg)")), QVariant(notes::kCorrectedQuantity));
}

void TestNoteRegisterExport::cancellationIsShownOnTheCancelledNote()
{
    const NoteRegister noteRegister = november();
    const RegisterTable &transport = table(noteRegister, NoteKind::Transport);
    QCOMPARE(transport.rows.size(), 1); // the cancellation is no row of its own
    QCOMPARE(cell(transport, 0, QStringLiteral("Tillstånd")).toString(),
             stateDisplayName(NoteState::Cancelled));
    QCOMPARE(cell(transport, 0, QStringLiteral("Makuleringsorsak")).toString(),
             QString::fromLatin1(notes::kCancelReason));
    QCOMPARE(cell(transport, 0, QStringLiteral("Makuleringsorsak i ord")).toString(),
             QStringLiteral("Fel avfall (kod eller mängd)"));
    QCOMPARE(cell(transport, 0, QStringLiteral("Egen förklaring till makuleringen")).toString(),
             QString::fromUtf8(notes::kCancelExplanation));
    const QDateTime cancelledAt =
        QDateTime::fromString(cell(transport, 0, QStringLiteral("Makulerad den")).toString(), Qt::ISODate);
    QCOMPARE(cancelledAt, QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc()));
    // A note that is not cancelled has those cells empty.
    QVERIFY(!cell(table(noteRegister, NoteKind::Handel), 0, QStringLiteral("Makulerad den")).isValid());
}

void TestNoteRegisterExport::periodIsCountedByTidpunkt_data()
{
    QTest::addColumn<QString>("tidpunkt");
    QTest::addColumn<bool>("included");
    // The period is March 2026.
    QTest::newRow("first moment of the first day") << QStringLiteral("2026-03-01T00:00:00+01:00") << true;
    QTest::newRow("last moment before") << QStringLiteral("2026-02-28T23:59:59+01:00") << false;
    QTest::newRow("last moment of the last day") << QStringLiteral("2026-03-31T23:59:59+02:00") << true;
    QTest::newRow("first moment after") << QStringLiteral("2026-04-01T00:00:00+02:00") << false;
    // The date as written in the note, not as the machine's time zone would shift it.
    QTest::newRow("date as written, UTC late") << QStringLiteral("2026-03-31T23:30:00+00:00") << true;
    QTest::newRow("date as written, east early") << QStringLiteral("2026-03-01T00:30:00+03:00") << true;
    QTest::newRow("no tidpunkt") << QString() << false;
}

void TestNoteRegisterExport::periodIsCountedByTidpunkt()
{
    QFETCH(QString, tidpunkt);
    QFETCH(bool, included);
    StoredNote note;
    note.id = 1;
    note.kind = NoteKind::Handel;
    note.environment = Environment::Test;
    note.state = NoteState::Sent;
    note.payload = test::samples::note(NoteKind::Handel);
    if (tidpunkt.isEmpty())
        note.payload.remove(QStringLiteral("tidpunkt"));
    else
        note.payload.insert(QStringLiteral("tidpunkt"), tidpunkt);
    // The event dates of the note itself do not decide.
    note.payload.insert(QStringLiteral("transaktionsDatum"), QStringLiteral("2026-03-15T12:00:00+01:00"));
    const RegisterPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const NoteRegister noteRegister = NoteRegisterBuilder(march, Environment::Test, Company()).build({note});
    QCOMPARE(noteRegister.noteCount(), included ? 1 : 0);
    QCOMPARE(march.contains(note.payload), included);
}

QTEST_GUILESS_MAIN(TestNoteRegisterExport)
#include "tst_noteregisterexport.moc"
