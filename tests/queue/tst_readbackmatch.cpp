#include "queue/readbackmatch.h"
#include "tests/support/samplenotes.h"

#include <QJsonDocument>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// Whether the register's read model of a note shows a local note: every repeated field, in the
// notations the register may use, and nothing that differs.
class TestReadBackMatch : public QObject
{
    Q_OBJECT

private slots:
    void newNote_data();
    void newNote();
    void correction_data();
    void correction();
    void cancellation_data();
    void cancellation();
};

namespace {

const QString kSentId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
const QString kOtherId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");

StoredNote localNote(Operation operation = Operation::Create)
{
    StoredNote note;
    note.kind = NoteKind::Handel;
    note.operation = operation;
    note.state = NoteState::Uncertain;
    note.payload = samples::note(NoteKind::Handel);
    note.payloadJson = QJsonDocument(note.payload).toJson(QJsonDocument::Compact);
    if (operation != Operation::Create)
        note.targetAvfallId = kSentId;
    return note;
}

// The Handel sample as GET /anteckningar shows it, in the register's own notation.
QJsonObject registerEntry()
{
    return {
        {QStringLiteral("id"), QStringLiteral("b9c6a2d4-0000-4000-8000-000000000001")},
        {QStringLiteral("anteckningsDatum"), QStringLiteral("2026-11-26T09:15:00Z")},
        {QStringLiteral("anteckningstyp"), 5},
        {QStringLiteral("anteckningstypBeskrivning"), QStringLiteral("Handel")},
        {QStringLiteral("referens"), QStringLiteral("Order 2026-114")},
        {QStringLiteral("verksamhetsutovare"), QStringLiteral("556000-0167")},
        {QStringLiteral("verksamhetensNamn"), QStringLiteral("Testbolaget AB")},
        {QStringLiteral("verksamhetensKontaktpersonNamn"), QStringLiteral("Anna Svensson")},
        {QStringLiteral("verksamhetensKontaktpersonEpost"), QStringLiteral("Anna@Testbolaget.se")},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"), QStringLiteral("0812345678")},
        {QStringLiteral("ombud"), QJsonValue::Null},
        {QStringLiteral("ombudetsNamn"), QJsonValue::Null},
        {QStringLiteral("foregaendeAvfallsid"), QJsonValue::Null},
        {QStringLiteral("makuleradOrsak"), QJsonValue::Null},
        {QStringLiteral("avfall"), QJsonObject{{QStringLiteral("avfallId"), kOtherId},
                                               {QStringLiteral("kod"), QStringLiteral("160601")},
                                               {QStringLiteral("mangd"), 120.5},
                                               {QStringLiteral("foregaendeAvfallId"), QJsonValue::Null}}}};
}

} // namespace

void TestReadBackMatch::newNote_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("matches");
    QTest::newRow("som registret visar den") << QString() << QJsonValue() << true;
    QTest::newRow("tid i annan notation")
        << QStringLiteral("anteckningsDatum") << QJsonValue(QStringLiteral("2026-11-26T10:15:00.000+01:00"))
        << true;
    QTest::newRow("annan tid") << QStringLiteral("anteckningsDatum")
                               << QJsonValue(QStringLiteral("2026-11-26T09:16:00Z")) << false;
    QTest::newRow("annan referens") << QStringLiteral("referens")
                                    << QJsonValue(QStringLiteral("Order 2026-115")) << false;
    QTest::newRow("ingen referens") << QStringLiteral("referens") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("organisationsnummer utan bindestreck")
        << QStringLiteral("verksamhetsutovare") << QJsonValue(QStringLiteral("5560000167")) << true;
    QTest::newRow("annan verksamhetsutövare")
        << QStringLiteral("verksamhetsutovare") << QJsonValue(QStringLiteral("5560065087")) << false;
    QTest::newRow("annat namn") << QStringLiteral("verksamhetensNamn")
                                << QJsonValue(QStringLiteral("Testbolaget")) << false;
    QTest::newRow("annan kontaktperson") << QStringLiteral("verksamhetensKontaktpersonNamn")
                                         << QJsonValue(QStringLiteral("Bo Svensson")) << false;
    QTest::newRow("annan e-post") << QStringLiteral("verksamhetensKontaktpersonEpost")
                                  << QJsonValue(QStringLiteral("bo@testbolaget.se")) << false;
    QTest::newRow("annat telefonnummer") << QStringLiteral("verksamhetensKontaktpersonTelefonnummer")
                                         << QJsonValue(QStringLiteral("0812345679")) << false;
    QTest::newRow("ett ombud") << QStringLiteral("ombud") << QJsonValue(QStringLiteral("5560065087"))
                               << false;
    QTest::newRow("annan avfallskod")
        << QStringLiteral("avfall.kod") << QJsonValue(QStringLiteral("160602")) << false;
    QTest::newRow("annan mängd") << QStringLiteral("avfall.mangd") << QJsonValue(120.25) << false;
    QTest::newRow("mängd som text") << QStringLiteral("avfall.mangd") << QJsonValue(QStringLiteral("120.5"))
                                    << true;
    QTest::newRow("föregående avfallsId i avfallet")
        << QStringLiteral("avfall.foregaendeAvfallId") << QJsonValue(kSentId) << false;
    QTest::newRow("en annan anteckningstyp")
        << QStringLiteral("anteckningstypBeskrivning") << QJsonValue(QStringLiteral("Transport")) << false;
    QTest::newRow("en rättelse i registret")
        << QStringLiteral("foregaendeAvfallsid") << QJsonValue(kSentId) << false;
}

void TestReadBackMatch::newNote()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, matches);
    const QJsonObject entry = path.isEmpty() ? registerEntry() : withValue(registerEntry(), path, value);
    QCOMPARE(readback::matches(localNote(), entry), matches);
}

void TestReadBackMatch::correction_data()
{
    QTest::addColumn<QJsonValue>("replaces");
    QTest::addColumn<bool>("matches");
    QTest::newRow("ersätter den rättade versionen") << QJsonValue(kSentId) << true;
    QTest::newRow("i versaler") << QJsonValue(kSentId.toUpper()) << true;
    QTest::newRow("ersätter en annan version") << QJsonValue(kOtherId) << false;
    QTest::newRow("ersätter ingenting") << QJsonValue(QJsonValue::Null) << false;
}

void TestReadBackMatch::correction()
{
    QFETCH(QJsonValue, replaces);
    QFETCH(bool, matches);
    QJsonObject entry = registerEntry();
    entry.insert(QStringLiteral("foregaendeAvfallsid"), replaces);
    QCOMPARE(readback::matches(localNote(Operation::Correct), entry), matches);
}

void TestReadBackMatch::cancellation_data()
{
    QTest::addColumn<QString>("avfallId");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("matches");
    QTest::newRow("makulerad") << kSentId << true << true;
    QTest::newRow("inte makulerad") << kSentId << false << false;
    QTest::newRow("en annan anteckning makulerad") << kOtherId << true << false;
}

void TestReadBackMatch::cancellation()
{
    QFETCH(QString, avfallId);
    QFETCH(bool, cancelled);
    QFETCH(bool, matches);
    QJsonObject entry = withValue(registerEntry(), QStringLiteral("avfall.avfallId"), avfallId);
    if (cancelled)
        entry.insert(
            QStringLiteral("makuleradOrsak"),
            QJsonObject{{QStringLiteral("kod"), 1}, {QStringLiteral("beskrivning"), QStringLiteral("Fel")}});
    StoredNote note = localNote(Operation::Cancel);
    note.payload = {{QStringLiteral("avfallsId"), kSentId},
                    {QStringLiteral("makuleringsorsak"), QStringLiteral("FelAvfall")}};
    QCOMPARE(readback::matches(note, entry), matches);
    QCOMPARE(readback::avfallIdOf(entry), avfallId);
}

QTEST_GUILESS_MAIN(TestReadBackMatch)
#include "tst_readbackmatch.moc"
