#include "services/reporting.h"
#include "services/statistics.h"
#include "tests/support/samplenotes.h"
#include "tests/support/storedriver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

namespace {
enum class Story
{
    Draft,
    Queued,
    Sent,
    Rejected,
    Uncertain,
    Cancelled,
    CancellationWaits,
    CorrectionAccepted,
    CorrectionQueued,
    CorrectionRejected,
    CorrectionUncertain,
    CorrectionThenCancelled,
    SentInSandbox,
};

const double kFirst = 100;
const double kSecond = 250;
} // namespace

Q_DECLARE_METATYPE(Story)

class TestReporting : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void whatTheListMayDo_data();
    void whatTheListMayDo();
    void monthOfTheEventDate_data();
    void monthOfTheEventDate();

private:
    // Plays the story in a fresh store: the first version (100 kg) and, where there is one, the
    // later version (250 kg). Returns false when the store refused a step.
    bool play(Story story, NoteStore &store, qint64 *first, qint64 *later);
    QTemporaryDir m_dir;
    int m_files = 0;
};

bool TestReporting::play(Story story, NoteStore &store, qint64 *first, qint64 *later)
{
    StoreDriver driver(store);
    const Environment environment =
        story == Story::SentInSandbox ? Environment::Sandbox : Environment::Production;
    const QJsonObject note =
        withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), kFirst);
    const QJsonObject correction = withValue(note, QStringLiteral("avfall.mangd"), kSecond);
    *later = 0;
    switch (story) {
    case Story::Draft:
        *first = store.saveDraft(NoteKind::Handel, environment, note);
        return *first;
    case Story::Queued:
        *first = store.enqueue(NoteKind::Handel, environment, note);
        return *first;
    case Story::Rejected:
        *first = driver.sendNote(NoteKind::Handel, environment, note, NoteState::Rejected);
        return *first;
    case Story::Uncertain:
        *first = driver.sendNote(NoteKind::Handel, environment, note, NoteState::Uncertain);
        return *first;
    default:
        break;
    }
    *first = driver.sendNote(NoteKind::Handel, environment, note);
    if (!*first)
        return false;
    switch (story) {
    case Story::Cancelled:
        return store.enqueueCancellation(*first, QStringLiteral("SkickatDubbelt"), QString()) &&
               driver.answer(environment, NoteState::Sent);
    case Story::CancellationWaits:
        return store.enqueueCancellation(*first, QStringLiteral("SkickatDubbelt"), QString());
    case Story::CorrectionAccepted:
    case Story::CorrectionQueued:
    case Story::CorrectionRejected:
    case Story::CorrectionUncertain:
    case Story::CorrectionThenCancelled:
        *later = store.enqueueCorrection(*first, correction);
        if (!*later)
            return false;
        if (story == Story::CorrectionQueued)
            return true;
        if (story == Story::CorrectionRejected)
            return driver.answer(environment, NoteState::Rejected);
        if (story == Story::CorrectionUncertain)
            return driver.answer(environment, NoteState::Uncertain);
        if (!driver.answer(environment, NoteState::Sent))
            return false;
        return story != Story::CorrectionThenCancelled ||
               (store.enqueueCancellation(*later, QStringLiteral("SkickatDubbelt"), QString()) &&
                driver.answer(environment, NoteState::Sent));
    default:
        return true;
    }
}

void TestReporting::rule_data()
{
    QTest::addColumn<Story>("story");
    QTest::addColumn<bool>("firstReported");
    QTest::addColumn<bool>("laterReported");
    QTest::addColumn<double>("productionKilograms");
    QTest::newRow("draft") << Story::Draft << false << false << 0.0;
    QTest::newRow("queued") << Story::Queued << false << false << 0.0;
    QTest::newRow("sent") << Story::Sent << true << false << kFirst;
    QTest::newRow("rejected") << Story::Rejected << false << false << 0.0;
    QTest::newRow("uncertain") << Story::Uncertain << false << false << 0.0;
    QTest::newRow("sent, then cancelled") << Story::Cancelled << false << false << 0.0;
    QTest::newRow("cancellation not yet sent") << Story::CancellationWaits << true << false << kFirst;
    QTest::newRow("correction accepted") << Story::CorrectionAccepted << false << true << kSecond;
    QTest::newRow("correction queued") << Story::CorrectionQueued << true << false << kFirst;
    QTest::newRow("correction rejected") << Story::CorrectionRejected << true << false << kFirst;
    QTest::newRow("correction uncertain") << Story::CorrectionUncertain << true << false << kFirst;
    QTest::newRow("correction accepted, then cancelled")
        << Story::CorrectionThenCancelled << false << false << 0.0;
    QTest::newRow("sent in the sandbox") << Story::SentInSandbox << true << false << 0.0;
}

void TestReporting::rule()
{
    QFETCH(Story, story);
    QFETCH(bool, firstReported);
    QFETCH(bool, laterReported);
    QFETCH(double, productionKilograms);
    auto store = NoteStore::open(m_dir.filePath(QStringLiteral("rule%1.sqlite").arg(++m_files)));
    QVERIFY(store);
    qint64 first = 0;
    qint64 later = 0;
    QVERIFY2(play(story, *store, &first, &later), qPrintable(store->lastError()));

    QCOMPARE(reporting::isReported(*store->note(first), *store), firstReported);
    if (later)
        QCOMPARE(reporting::isReported(*store->note(later), *store), laterReported);
    // A cancellation is never a reported note itself.
    NoteFilter cancellations;
    cancellations.includeCancellations = true;
    for (const StoredNote &note : store->notes(cancellations)) {
        if (note.operation == Operation::Cancel)
            QVERIFY(!reporting::isReported(note, *store));
    }
    // The statistics count by the same rule, in Produktion only.
    const Statistics production = statistics::collect(
        *store, {Environment::Production, QStringLiteral("2026-01"), QStringLiteral("2026-12"), QString()});
    QCOMPARE(production.total.kilograms, productionKilograms);
    QCOMPARE(production.total.notes, productionKilograms > 0 ? 1 : 0);
    const Statistics sandbox = statistics::collect(
        *store, {Environment::Sandbox, QStringLiteral("2026-01"), QStringLiteral("2026-12"), QString()});
    QCOMPARE(sandbox.total.kilograms, story == Story::SentInSandbox ? kFirst : 0.0);
}

void TestReporting::whatTheListMayDo_data()
{
    QTest::addColumn<Story>("story");
    QTest::addColumn<bool>("firstChangeable");
    QTest::addColumn<bool>("laterChangeable");
    QTest::newRow("sent") << Story::Sent << true << false;
    QTest::newRow("sent, then cancelled") << Story::Cancelled << false << false;
    QTest::newRow("correction accepted") << Story::CorrectionAccepted << false << true;
    // Reported, but the waiting correction must reach the register (or be refused) first.
    QTest::newRow("correction queued") << Story::CorrectionQueued << false << false;
    QTest::newRow("correction rejected") << Story::CorrectionRejected << true << false;
}

void TestReporting::whatTheListMayDo()
{
    QFETCH(Story, story);
    QFETCH(bool, firstChangeable);
    QFETCH(bool, laterChangeable);
    auto store = NoteStore::open(m_dir.filePath(QStringLiteral("list%1.sqlite").arg(++m_files)));
    qint64 first = 0;
    qint64 later = 0;
    QVERIFY(play(story, *store, &first, &later));
    QCOMPARE(reporting::canBeChanged(*store->note(first), *store), firstChangeable);
    if (later)
        QCOMPARE(reporting::canBeChanged(*store->note(later), *store), laterChangeable);
    // What canBeChanged allows, the store allows too.
    QCOMPARE(bool(store->enqueueCorrection(first, samples::note(NoteKind::Handel))), firstChangeable);
}

void TestReporting::monthOfTheEventDate_data()
{
    QTest::addColumn<QString>("tidpunkt");
    QTest::addColumn<QString>("month");
    QTest::newRow("winter, UTC: already February in Sweden")
        << QStringLiteral("2026-01-31T23:30:00Z") << QStringLiteral("2026-02");
    QTest::newRow("winter, Swedish offset")
        << QStringLiteral("2026-01-31T23:30:00+01:00") << QStringLiteral("2026-01");
    QTest::newRow("summer time, UTC: April in Sweden")
        << QStringLiteral("2026-03-31T22:30:00+00:00") << QStringLiteral("2026-04");
    QTest::newRow("summer time, just before midnight")
        << QStringLiteral("2026-03-31T21:59:00Z") << QStringLiteral("2026-03");
    QTest::newRow("New York evening is the next morning in Sweden")
        << QStringLiteral("2026-06-30T20:00:00-05:00") << QStringLiteral("2026-07");
    QTest::newRow("October: back to CET")
        << QStringLiteral("2026-10-31T23:30:00Z") << QStringLiteral("2026-11");
    QTest::newRow("New Year") << QStringLiteral("2025-12-31T23:15:00Z") << QStringLiteral("2026-01");
    QTest::newRow("without an offset: Swedish time")
        << QStringLiteral("2026-05-31T23:59:00") << QStringLiteral("2026-05");
    QTest::newRow("a date only") << QStringLiteral("2026-08-01") << QStringLiteral("2026-08");
    QTest::newRow("none") << QString() << QString();
}

void TestReporting::monthOfTheEventDate()
{
    QFETCH(QString, tidpunkt);
    QFETCH(QString, month);
    QJsonObject note = samples::note(NoteKind::Transport);
    note.insert(QStringLiteral("tidpunkt"), tidpunkt);
    QCOMPARE(reporting::monthOf(note), month);
}

QTEST_GUILESS_MAIN(TestReporting)
#include "tst_reporting.moc"
