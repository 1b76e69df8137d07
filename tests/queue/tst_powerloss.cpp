#include "network/registerclient.h"
#include "network/tlsidentity.h"
#include "queue/sender.h"
#include "sandbox/sandboxserver.h"
#include "store/notestore.h"
#include "tests/support/childtest.h"
#include "tests/support/powerlossvfs.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::test::PowerLossVfs::Mode)

// The queue against power loss, not only against a killed process: every write SQLite did not
// sync is thrown away at a simulated power cut (PowerLossVfs, an SQLite VFS of the tests), the
// database is opened again, and then: no note whose enqueue returned is missing, and no note whose
// request may have left is back in the queue as never sent. The cuts fall after each step of the
// store that promises something, and at random moments of a real run of the sender against the
// sandbox (in a child process that ends at the cut, as a machine without power sends nothing more).
class TestPowerLoss : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theVfsLosesWhatWasNotSynced_data();
    void theVfsLosesWhatWasNotSynced();
    void cutAfterEachPromise_data();
    void cutAfterEachPromise();
    void theSendersGroupsHoldAfterACut_data();
    void theSendersGroupsHoldAfterACut();
    void marksAreOnTheDiskBeforeTheRequestLeaves();
    void cutsWhileSending_data();
    void cutsWhileSending();
    void sendingChild();

private:
    std::unique_ptr<NoteStore> openStore();
    // The power goes now; the process ends (its connections close, what they write is lost with
    // it); the machine starts again with what the disk held.
    void cutPowerAndRestart(std::unique_ptr<NoteStore> &store, PowerLossVfs::Mode mode, std::uint32_t seed);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    qint64 m_operationsOfAFullRun = 0;
    qint64 m_operationsWhileQueueing = 0;
};

namespace {

constexpr int kCutExitCode = 42;
constexpr int kChildNotes = 24;

// A power cut restarts the machine: the store sees another boot id.
void restartMachine()
{
    NoteStore::setBootIdForTests(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

// One row per way the power can go: all that was not synced lost, or three random parts of it kept.
template<typename Value>
void addCutRows(const char *label, const Value &value)
{
    QTest::addRow("%s, unsynced dropped", label) << value << PowerLossVfs::Mode::DropUnsynced << 0u;
    for (uint seed : {1u, 2u, 3u})
        QTest::addRow("%s, part of the unsynced kept (%u)", label, seed)
            << value << PowerLossVfs::Mode::KeepSomeUnsynced << seed;
}

AttemptResult accepted(const QString &avfallId)
{
    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.httpStatus = 200;
    result.avfallId = avfallId;
    return result;
}

// Runs the statements on a connection of its own and gives the first value of the last one that
// returned a row ("failed: …" for one that failed). `bound` goes to the last statement.
QString sqlValue(const QString &file, const QStringList &statements, const QVariantList &bound = {})
{
    QString last;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(file);
        if (database.open()) {
            QSqlQuery query(database);
            for (const QString &statement : statements) {
                query.prepare(statement);
                if (&statement == &statements.last()) {
                    for (const QVariant &value : bound)
                        query.addBindValue(value);
                }
                if (!query.exec())
                    last = QStringLiteral("failed: ") + statement;
                else if (query.next())
                    last = query.value(0).toString();
            }
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return last;
}

QString integrityOf(const QString &file)
{
    return sqlValue(file, {QStringLiteral("PRAGMA integrity_check")});
}

} // namespace

void TestPowerLoss::initTestCase()
{
    QVERIFY(PowerLossVfs::install());
}

void TestPowerLoss::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("notes.sqlite"));
    PowerLossVfs::forgetFiles();
}

std::unique_ptr<NoteStore> TestPowerLoss::openStore()
{
    QString error;
    auto store = NoteStore::open(m_file, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void TestPowerLoss::cutPowerAndRestart(std::unique_ptr<NoteStore> &store, PowerLossVfs::Mode mode,
                                       std::uint32_t seed)
{
    const PowerLossSnapshot disk = PowerLossVfs::cutPower(mode, seed);
    store.reset();
    QVERIFY(PowerLossVfs::restore(disk));
    restartMachine();
    QCOMPARE(integrityOf(m_file), QStringLiteral("ok"));
    store = openStore();
    QVERIFY(store);
}

void TestPowerLoss::theVfsLosesWhatWasNotSynced_data()
{
    // The test of the test: with synchronous=NORMAL a WAL commit is not synced, and the VFS must
    // lose it at a cut; with FULL it is synced and must stay.
    QTest::addColumn<QString>("synchronous");
    QTest::addColumn<int>("rowsAfterTheCut");
    QTest::newRow("NORMAL: the commit is lost") << QStringLiteral("NORMAL") << 1;
    QTest::newRow("FULL: the commit stays") << QStringLiteral("FULL") << 2;
}

void TestPowerLoss::theVfsLosesWhatWasNotSynced()
{
    QFETCH(QString, synchronous);
    QFETCH(int, rowsAfterTheCut);
    const auto sql = [this](const QStringList &statements) { return sqlValue(m_file, statements); };
    QCOMPARE(sql({QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE t(x)"),
                  QStringLiteral("INSERT INTO t VALUES(1)")}),
             QStringLiteral("wal"));
    // A second session: the first one checkpointed its commits into the database file on closing.
    PowerLossSnapshot disk;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(m_file);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous=") + synchronous));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES(2)")));
        QCOMPARE(PowerLossVfs::unsyncedBytes() > 0, synchronous == QLatin1String("NORMAL"));
        disk = PowerLossVfs::cutPower();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(PowerLossVfs::restore(disk));
    QCOMPARE(sql({QStringLiteral("SELECT COUNT(*) FROM t")}), QString::number(rowsAfterTheCut));
}

void TestPowerLoss::cutAfterEachPromise_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<PowerLossVfs::Mode>("mode");
    QTest::addColumn<uint>("seed");
    const QStringList points = {QStringLiteral("enqueue"),
                                QStringLiteral("enqueue correction"),
                                QStringLiteral("claims, not yet written"),
                                QStringLiteral("group written"),
                                QStringLiteral("one written"),
                                QStringLiteral("group answers recorded"),
                                QStringLiteral("one answer recorded"),
                                QStringLiteral("user: it did arrive")};
    for (const QString &point : points)
        addCutRows(qPrintable(point), point);
}

void TestPowerLoss::cutAfterEachPromise()
{
    QFETCH(QString, point);
    QFETCH(PowerLossVfs::Mode, mode);
    QFETCH(uint, seed);
    auto store = openStore();
    QVERIFY(store);
    // History first, so that the cut also has older commits around it.
    const qint64 older =
        store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QList<NoteStore::Claim> claims;
    QVERIFY(store->recordAndClaim({}, 1, QDateTime::currentDateTimeUtc(), Environment::Sandbox, &claims));
    QVERIFY(store->markWritten(QList<qint64>{claims.at(0).attemptId}));
    const QString olderId = QStringLiteral("11111111-1111-4111-8111-111111111111");
    QVERIFY(store->recordResult(older, claims.at(0).attemptId, accepted(olderId)));

    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << store->enqueue(NoteKind::Transport, Environment::Sandbox, samples::note(NoteKind::Transport));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    NoteState expected = NoteState::Queued;
    QString expectedAvfallId;
    qint64 watched = ids.at(0);
    if (point == QLatin1String("enqueue correction")) {
        watched = store->enqueueCorrection(older, samples::note(NoteKind::Handel));
        QVERIFY(watched);
    } else if (point != QLatin1String("enqueue")) {
        QVERIFY(store->recordAndClaim({}, 3, now, Environment::Sandbox, &claims));
        QCOMPARE(claims.size(), 3);
        if (point == QLatin1String("claims, not yet written")) {
            expected = NoteState::Queued; // never written: back in the queue, whether the claim stayed or not
        } else if (point == QLatin1String("one written")) {
            QVERIFY(store->markWritten(claims.at(0).attemptId));
            expected = NoteState::Uncertain;
        } else {
            QVERIFY(store->markWritten(QList<qint64>{claims.at(0).attemptId, claims.at(1).attemptId}));
            expected = NoteState::Uncertain;
            expectedAvfallId = QStringLiteral("22222222-2222-4222-8222-222222222222");
            if (point == QLatin1String("group answers recorded")) {
                QList<NoteStore::Claim> next;
                QVERIFY(store->recordAndClaim(
                    {{ids.at(0), claims.at(0).attemptId, accepted(expectedAvfallId), Operation::Create}}, 0,
                    now, Environment::Sandbox, &next));
                expected = NoteState::Sent;
            } else if (point == QLatin1String("one answer recorded")) {
                QVERIFY(store->recordResult(ids.at(0), claims.at(0).attemptId, accepted(expectedAvfallId)));
                expected = NoteState::Sent;
            } else if (point == QLatin1String("user: it did arrive")) {
                AttemptResult uncertain;
                uncertain.newState = NoteState::Uncertain;
                uncertain.outcome = QStringLiteral("uncertain");
                QVERIFY(store->recordResult(ids.at(0), claims.at(0).attemptId, uncertain));
                QVERIFY(store->markReceived(ids.at(0), expectedAvfallId));
                expected = NoteState::Sent;
            } else {
                expectedAvfallId.clear();
            }
        }
    }
    // What was promised is on the disk when the call returns.
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);

    cutPowerAndRestart(store, mode, seed);
    store->recoverInterrupted();
    // No note lost.
    QCOMPARE(store->note(older)->state, NoteState::Sent);
    QCOMPARE(store->note(older)->avfallId, olderId);
    for (const qint64 id : ids)
        QVERIFY2(store->note(id), qPrintable(QStringLiteral("note %1 is lost").arg(id)));
    // None doubled: what may have left is not back in the queue, what was answered keeps its answer.
    const auto note = store->note(watched);
    QVERIFY(note);
    QCOMPARE(stateKey(note->state), stateKey(expected));
    QCOMPARE(note->avfallId, expectedAvfallId);
    if (point == QLatin1String("group written") || point == QLatin1String("group answers recorded"))
        QCOMPARE(stateKey(store->note(ids.at(1))->state), stateKey(NoteState::Uncertain));
    if (point == QLatin1String("enqueue correction")) {
        QCOMPARE(note->operation, Operation::Correct);
        QCOMPARE(store->note(older)->correctedById, watched); // the chain still knows it
    }
}

void TestPowerLoss::theSendersGroupsHoldAfterACut_data()
{
    QTest::addColumn<bool>("logKept");
    QTest::addColumn<PowerLossVfs::Mode>("mode");
    QTest::addColumn<uint>("seed");
    for (const bool kept : {false, true})
        addCutRows(kept ? "written marks kept" : "written marks lost", kept);
}

void TestPowerLoss::theSendersGroupsHoldAfterACut()
{
    // The sender's way (its StoreWorker): reservations and answers in group commits that are synced
    // when they return, the "written" marks in the WrittenLog (written, never synced). After a cut
    // every group that returned holds, whatever became of the log: the answered note stays sent,
    // and every reservation may have left (uncertain), none is back in the queue.
    QFETCH(bool, logKept);
    QFETCH(PowerLossVfs::Mode, mode);
    QFETCH(uint, seed);
    auto store = openStore();
    QVERIFY(store);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<NoteStore::Claim> first;
    QVERIFY(store->recordAndClaim({}, 2, now, Environment::Sandbox, &first, AttemptPhase::Reserved));
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
    QVERIFY(store->markWrittenInLog({first.at(0).attemptId, first.at(1).attemptId}));
    // The first request was answered; its answer and two more claims in the next group.
    const QString avfallId = QStringLiteral("33333333-3333-4333-8333-333333333333");
    QList<NoteStore::Claim> second;
    QVERIFY(store->recordAndClaim({{ids.at(0), first.at(0).attemptId, accepted(avfallId), Operation::Create}},
                                  2, now, Environment::Sandbox, &second, AttemptPhase::Reserved));
    QCOMPARE(second.size(), 2);
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
    if (!logKept)
        QVERIFY(QFile::remove(m_file + QStringLiteral("-written")));
    cutPowerAndRestart(store, mode, seed);
    QCOMPARE(store->recoverInterrupted(), 3);
    const StoredNote answered = *store->note(ids.at(0));
    QCOMPARE(stateKey(answered.state), stateKey(NoteState::Sent));
    QCOMPARE(answered.avfallId, avfallId);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(stateKey(store->note(ids.at(i))->state), stateKey(NoteState::Uncertain));
}

void TestPowerLoss::marksAreOnTheDiskBeforeTheRequestLeaves()
{
    // Whenever the register receives a note, what the disk holds at that moment says that the
    // note's request was reserved (or written): a power cut then cannot put it back in the queue.
    TestPki pki;
    SandboxServer sandbox(pki.sandboxPki(), m_dir->filePath(QStringLiteral("sandbox")));
    QVERIFY(sandbox.listen());
    auto store = openStore();
    QVERIFY(store);
    QHash<QString, qint64> byTrackingId;
    const auto enqueue = [&](int i) {
        const NoteKind kind = NoteKind(i % 8);
        const qint64 id = store->enqueue(kind, Environment::Sandbox, samples::note(kind));
        byTrackingId.insert(store->note(id)->trackingId, id);
    };
    for (int i = 0; i < 20; ++i)
        enqueue(i);
    const QString copy = m_dir->filePath(QStringLiteral("disk/notes.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    int checked = 0;
    QStringList problems;
    connect(&sandbox, &SandboxServer::requestHandled, this, [&] {
        if (sandbox.received().size() == checked)
            return; // the token, not a note
        const QString trackingId = sandbox.received().at(checked++).trackingId;
        // The disk as it is now, as a database of its own.
        for (const PowerLossSnapshot::File &file : PowerLossVfs::cutPower().files) {
            if (!file.path.startsWith(m_file))
                continue;
            QFile out(copy + file.path.mid(m_file.size()));
            if (file.exists && out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                out.write(file.content);
        }
        const QString phase = sqlValue(
            copy, {QStringLiteral("SELECT phase FROM attempts WHERE note_id = ? ORDER BY id DESC LIMIT 1")},
            {byTrackingId.value(trackingId)});
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
        // Reserved or marked written: after a power cut (a restart) either counts as maybe sent.
        if (phase != QLatin1String("written") && phase != QLatin1String("reserved"))
            problems
                << QStringLiteral("note %1: '%2' on the disk").arg(byTrackingId.value(trackingId)).arg(phase);
    });
    RegisterClient client;
    client.setConnection(
        pki.settings(sandbox.baseUrl(), sandbox.tokenUrl(), pki.client(pki::sandboxOrganisationNumber())));
    // A slow disk: a request that did not wait for its sync would reach the register before it.
    PowerLossVfs::setSyncDelay(15);
    Sender sender(*store, client, Environment::Sandbox);
    QSignalSpy finished(&sender, &Sender::finished);
    sender.run();
    bool done = finished.wait(120000);
    // Then one note at a time, as the app queues them: nothing is claimed ahead of these.
    for (int i = 20; done && i < 30; ++i) {
        enqueue(i);
        sender.wake();
        done = finished.wait(30000);
    }
    PowerLossVfs::setSyncDelay(0);
    QVERIFY(done);
    QCOMPARE(checked, 30);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPowerLoss::cutsWhileSending_data()
{
    QTest::addColumn<PowerLossVfs::Mode>("mode");
    QTest::addColumn<QString>("phase");
    // The first run is not cut: it counts the writes and syncs of a whole run, and of its part
    // that queues the notes.
    QTest::newRow("a whole run, no cut") << PowerLossVfs::Mode::DropUnsynced << QStringLiteral("none");
    const int rounds = qEnvironmentVariableIsSet("AVFALL_POWERLOSS_ROUNDS")
                           ? qEnvironmentVariableIntValue("AVFALL_POWERLOSS_ROUNDS")
                           : 3;
    for (int round = 1; round <= rounds; ++round) {
        for (const char *phase : {"queueing", "sending", "sending"}) {
            QTest::addRow("cut %d while %s, unsynced dropped", round, phase)
                << PowerLossVfs::Mode::DropUnsynced << QString::fromLatin1(phase);
            QTest::addRow("cut %d while %s, part of the unsynced kept", round, phase)
                << PowerLossVfs::Mode::KeepSomeUnsynced << QString::fromLatin1(phase);
        }
    }
}

void TestPowerLoss::cutsWhileSending()
{
    QFETCH(PowerLossVfs::Mode, mode);
    QFETCH(QString, phase);
    const bool cut = phase != QLatin1String("none");
    if (cut && m_operationsOfAFullRun == 0)
        QSKIP("The whole run before did not finish.");
    TestPki pki;
    SandboxServer sandbox(pki.sandboxPki(), m_dir->filePath(QStringLiteral("sandbox")));
    QString error;
    QVERIFY2(sandbox.listen(0, &error), qPrintable(error));

    qint64 cutAt = 0;
    if (phase == QLatin1String("queueing"))
        cutAt = 1 + QRandomGenerator::global()->bounded(m_operationsWhileQueueing);
    else if (phase == QLatin1String("sending"))
        cutAt = m_operationsWhileQueueing + 1 +
                QRandomGenerator::global()->bounded(m_operationsOfAFullRun - m_operationsWhileQueueing);
    const uint seed = QRandomGenerator::global()->generate();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_CHILD"), m_dir->path());
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_CUT_AT"), QString::number(cutAt));
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_KEEP_SOME"),
                       mode == PowerLossVfs::Mode::KeepSomeUnsynced ? QStringLiteral("1")
                                                                    : QStringLiteral("0"));
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_SEED"), QString::number(seed));
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_BASE_URL"), sandbox.baseUrl().toString());
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_TOKEN_URL"), sandbox.tokenUrl().toString());
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_CA"), pki.sandboxPki().caFile);
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_P12"), pki.sandboxPki().clientPkcs12File);
    environment.insert(QStringLiteral("AVFALL_POWERLOSS_P12_PASSWORD"),
                       QString::fromUtf8(pki.sandboxPki().clientPassword));
    const ChildRun child = runTestFunctionInChild(QStringLiteral("sendingChild"), environment, 180000, true);
    const QString where = QStringLiteral("cut at operation %1 of about %2, seed %3\n%4")
                              .arg(cutAt)
                              .arg(m_operationsOfAFullRun)
                              .arg(seed)
                              .arg(child.output);
    QList<qint64> enqueued;
    static const QRegularExpression enqueuedLine(QStringLiteral("^enqueued (\\d+)$"),
                                                 QRegularExpression::MultilineOption);
    for (auto match = enqueuedLine.globalMatch(child.output); match.hasNext();)
        enqueued << match.next().captured(1).toLongLong();

    if (child.exitCode == kCutExitCode) {
        bool loaded = false;
        const PowerLossSnapshot disk =
            PowerLossSnapshot::load(m_dir->filePath(QStringLiteral("cut")), &loaded);
        QVERIFY2(loaded, qPrintable(where));
        QVERIFY(PowerLossVfs::restore(disk));
        restartMachine();
        QTest::qWait(300); // requests that had left before the cut still reach the register
    } else {
        QVERIFY2(child.passed, qPrintable(where));
        QCOMPARE(enqueued.size(), kChildNotes);
        if (!cut) {
            static const QRegularExpression operationsLine(QStringLiteral("^operations (\\d+)$"),
                                                           QRegularExpression::MultilineOption);
            static const QRegularExpression queueingLine(QStringLiteral("^queued after (\\d+)$"),
                                                         QRegularExpression::MultilineOption);
            m_operationsOfAFullRun = operationsLine.match(child.output).captured(1).toLongLong();
            m_operationsWhileQueueing = queueingLine.match(child.output).captured(1).toLongLong();
            QVERIFY2(m_operationsWhileQueueing > 0 && m_operationsOfAFullRun > m_operationsWhileQueueing,
                     qPrintable(where));
        }
    }
    QCOMPARE(integrityOf(m_file), QStringLiteral("ok"));

    auto store = openStore();
    QVERIFY2(store, qPrintable(where));
    // No note lost: every enqueue that returned is there.
    for (const qint64 id : enqueued)
        QVERIFY2(store->note(id), qPrintable(QStringLiteral("note %1 is lost; %2").arg(id).arg(where)));
    const int madeUncertain = store->recoverInterrupted();
    // None doubled: a note the register has is never back in the queue as if never sent.
    QHash<NoteState, int> states;
    for (const StoredNote &note : store->notes(NoteFilter(), 1000)) {
        ++states[note.state];
        const int atRegister = sandbox.receivedCount(note.trackingId);
        const QString which = QStringLiteral("note %1 (%2), %3 at the register; %4")
                                  .arg(note.id)
                                  .arg(stateKey(note.state))
                                  .arg(atRegister)
                                  .arg(where);
        switch (note.state) {
        case NoteState::Queued:
            QVERIFY2(atRegister == 0, qPrintable(which));
            break;
        case NoteState::Sent:
            QVERIFY2(atRegister == 1, qPrintable(which));
            break;
        case NoteState::Uncertain:
            QVERIFY2(atRegister <= 1, qPrintable(which));
            break;
        default:
            QVERIFY2(false, qPrintable(which));
        }
    }

    // The rest goes out now; still each note at most once at the register.
    RegisterClient client;
    client.setConnection(
        pki.settings(sandbox.baseUrl(), sandbox.tokenUrl(), pki.client(pki::sandboxOrganisationNumber())));
    {
        Sender sender(*store, client, Environment::Sandbox);
        QSignalSpy finished(&sender, &Sender::finished);
        sender.run();
        QVERIFY(finished.wait(120000));
    }
    int sent = 0;
    int uncertain = 0;
    for (const StoredNote &note : store->notes(NoteFilter(), 1000)) {
        const int atRegister = sandbox.receivedCount(note.trackingId);
        QVERIFY2(note.state == NoteState::Sent || note.state == NoteState::Uncertain, qPrintable(where));
        QVERIFY2(atRegister <= 1, qPrintable(QStringLiteral("note %1 doubled; %2").arg(note.id).arg(where)));
        if (note.state == NoteState::Sent) {
            QCOMPARE(atRegister, 1);
            ++sent;
        } else {
            ++uncertain;
        }
    }
    QVERIFY(sent + uncertain >= enqueued.size());
    qInfo("cut at %lld of ~%lld: %lld enqueued before the cut; after the restart %d sent, %d uncertain "
          "(%d by recovery), %d queued; in the end %d sent, %d uncertain, %d at the register",
          cutAt, m_operationsOfAFullRun, qlonglong(enqueued.size()), states.value(NoteState::Sent),
          states.value(NoteState::Uncertain), madeUncertain, states.value(NoteState::Queued), sent, uncertain,
          int(sandbox.received().size()));
}

void TestPowerLoss::sendingChild()
{
    const QString directory = qEnvironmentVariable("AVFALL_POWERLOSS_CHILD");
    if (directory.isEmpty())
        QSKIP("Runs only as the child of cutsWhileSending.");
    const PowerLossVfs::Mode mode = qEnvironmentVariableIntValue("AVFALL_POWERLOSS_KEEP_SOME")
                                        ? PowerLossVfs::Mode::KeepSomeUnsynced
                                        : PowerLossVfs::Mode::DropUnsynced;
    const std::uint32_t seed = qEnvironmentVariable("AVFALL_POWERLOSS_SEED").toUInt();
    // The power goes: what the disk holds is saved for the parent, and nothing more happens here.
    PowerLossVfs::setCutAt(qEnvironmentVariable("AVFALL_POWERLOSS_CUT_AT").toLongLong(), [=] {
        PowerLossVfs::cutPower(mode, seed).save(directory + QStringLiteral("/cut"));
        std::fflush(stdout);
        ::_exit(kCutExitCode);
    });

    auto store = NoteStore::open(directory + QStringLiteral("/notes.sqlite"));
    QVERIFY(store);
    for (int i = 0; i < kChildNotes; ++i) {
        const NoteKind kind = NoteKind(i % 8);
        if (const qint64 id = store->enqueue(kind, Environment::Sandbox, samples::note(kind))) {
            std::printf("enqueued %lld\n", qlonglong(id));
            std::fflush(stdout);
        }
    }
    std::printf("queued after %lld\n", qlonglong(PowerLossVfs::operations()));
    std::fflush(stdout);
    QFile p12(qEnvironmentVariable("AVFALL_POWERLOSS_P12"));
    QVERIFY(p12.open(QIODevice::ReadOnly));
    const IdentityLoad identity =
        loadPkcs12(p12.readAll(), qEnvironmentVariable("AVFALL_POWERLOSS_P12_PASSWORD").toUtf8(),
                   QDateTime::currentDateTime());
    QVERIFY(identity.ok());
    ConnectionSettings settings;
    settings.environment = Environment::Sandbox;
    settings.baseUrl = QUrl(qEnvironmentVariable("AVFALL_POWERLOSS_BASE_URL"));
    settings.tokenUrl = QUrl(qEnvironmentVariable("AVFALL_POWERLOSS_TOKEN_URL"));
    settings.clientCertificate = identity.identity.certificate;
    settings.clientKey = identity.identity.privateKey;
    settings.extraCaCertificates = QSslCertificate::fromPath(qEnvironmentVariable("AVFALL_POWERLOSS_CA"));
    settings.consumerKey = SandboxServer::consumerKey();
    settings.consumerSecret = SandboxServer::consumerSecret();
    RegisterClient client;
    client.setConnection(settings);
    {
        Sender sender(*store, client, Environment::Sandbox);
        QSignalSpy finished(&sender, &Sender::finished);
        sender.run();
        QVERIFY(finished.wait(120000));
        QCOMPARE(sender.summary().sent, kChildNotes);
    }
    store.reset();
    std::printf("operations %lld\n", qlonglong(PowerLossVfs::operations()));
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
