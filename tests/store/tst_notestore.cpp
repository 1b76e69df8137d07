#include "store/notestore.h"
#include "tests/support/samplenotes.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

namespace {
// An attempt's phase as the database file has it, through a connection of its own.
QString phaseInDatabase(const QString &file, qint64 attemptId)
{
    QString phase;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("phase"));
        database.setDatabaseName(file);
        QSqlQuery query(database);
        if (database.open() &&
            query.exec(QStringLiteral("SELECT phase FROM attempts WHERE id = %1").arg(attemptId)) &&
            query.next())
            phase = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("phase"));
    return phase;
}
} // namespace

class TestNoteStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsSchemaInWalMode();
    void refusesNewerSchema();
    void upgradesAnEmptyOldDatabase();
    void upgradesOlderVersionsKeepingNotes_data();
    void upgradesOlderVersionsKeepingNotes();
    void draftsBecomeQueuedWithFrozenPayload();
    void deadlineIsComputedFromTheEventDate();
    void claimAndRecord();
    void groupClaimAndGroupRecord();
    void claimsMarkedWrittenAhead();
    void reservationsAfterAKillAndAfterARestart_data();
    void reservationsAfterAKillAndAfterARestart();
    void unavailableStaysQueuedUntilDue();
    void recoveryAfterACrash_data();
    void recoveryAfterACrash();
    void rejectedNoteGetsANewPayloadVersion();
    void uncertainNoteWaitsForTheUser();
    void correctionChain();
    void cancellation();
    void twoConnectionsNeverClaimTheSameNote();
    void filters();
    void damagedDatabaseSaysSo_data();
    void damagedDatabaseSaysSo();
    void retryAllNowDropsTheBackoff();
    void dataVersionChangesForOtherConnectionsOnly();
    void markReceivedRefusesAnotherNotesId();

private:
    std::unique_ptr<NoteStore> openStore();
    QTemporaryDir m_dir;
    QString m_file;
};

void TestNoteStore::init()
{
    m_file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    QFile::remove(m_file);
}

std::unique_ptr<NoteStore> TestNoteStore::openStore()
{
    QString error;
    auto store = NoteStore::open(m_file, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

void TestNoteStore::createsSchemaInWalMode()
{
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), NoteStore::kSchemaVersion);
    QVERIFY(QFile::exists(m_file + QStringLiteral("-wal")));
    QCOMPARE(QFile(m_file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestNoteStore::refusesNewerSchema()
{
    openStore().reset();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        database.setDatabaseName(m_file);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    QVERIFY(!NoteStore::open(m_file, &error));
    QVERIFY2(error.contains(QStringLiteral("nyare version")), qPrintable(error));
}

void TestNoteStore::upgradesAnEmptyOldDatabase()
{
    // A database from before the store existed (no meta table) is brought to the current schema.
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        database.setDatabaseName(m_file);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE unrelated(x INTEGER)")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), NoteStore::kSchemaVersion);
    QVERIFY(store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
}

void TestNoteStore::upgradesOlderVersionsKeepingNotes_data()
{
    // How to turn a current database back into what an older version left behind.
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("downgrade");
    const QStringList version3 = {QStringLiteral("DROP INDEX notes_reporting"),
                                  QStringLiteral("DROP INDEX notes_corrected"),
                                  QStringLiteral("DROP INDEX notes_state_by_id"),
                                  QStringLiteral("ALTER TABLE notes DROP COLUMN event_month"),
                                  QStringLiteral("ALTER TABLE notes DROP COLUMN counterparty"),
                                  QStringLiteral("ALTER TABLE notes DROP COLUMN operator")};
    const QStringList version2 =
        version3 + QStringList{QStringLiteral("DROP INDEX notes_due"),
                               QStringLiteral("CREATE INDEX notes_queue ON notes(state, environment, "
                                              "next_attempt_at)")};
    QTest::newRow("version 1 (no listing index, queue index by time)")
        << 1 << (version2 + QStringList{QStringLiteral("DROP INDEX notes_listing")});
    QTest::newRow("version 2 (queue index by time)") << 2 << version2;
    QTest::newRow("version 3 (no statistics columns)") << 3 << version3;
}

void TestNoteStore::upgradesOlderVersionsKeepingNotes()
{
    QFETCH(int, version);
    QFETCH(QStringList, downgrade);
    qint64 first = 0;
    qint64 second = 0;
    {
        auto store = openStore();
        first = store->enqueue(NoteKind::Handel, Environment::Test, samples::note(NoteKind::Handel));
        second = store->enqueue(NoteKind::Transport, Environment::Test, samples::note(NoteKind::Transport));
    }
    const auto sql = [this](const QStringList &statements, const QString &connection) {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(m_file);
        QStringList results;
        if (database.open()) {
            QSqlQuery query(database);
            for (const QString &statement : statements) {
                if (!query.exec(statement))
                    results << QStringLiteral("failed: ") + statement;
                while (query.next())
                    results << query.value(0).toString();
            }
            query.finish();
        }
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return results;
    };
    QCOMPARE(sql(downgrade << QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                  .arg(version),
                 QStringLiteral("old")),
             QStringList());

    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), NoteStore::kSchemaVersion);
    QCOMPARE(store->note(first)->payload, samples::note(NoteKind::Handel));
    // The notes stored before got the statistics' columns from their payloads.
    const QList<QuantityGroup> groups = store->quantityGroups(
        {Environment::Test, QStringLiteral("2026-01"), QStringLiteral("2026-12"), QString()});
    QCOMPARE(groups.size(), 2);
    for (const QuantityGroup &group : groups) {
        QCOMPARE(group.month, QStringLiteral("2026-11"));
        // Handel's nyInnehavare and Transport's tidigareInnehavare: the customer in both samples.
        QCOMPARE(group.counterparty, QString::fromLatin1(samples::kCustomerOrganisation));
        QCOMPARE(group.kilograms, 120.5);
    }
    QCOMPARE(store
                 ->quantityGroups({Environment::Test, QStringLiteral("2026-01"), QStringLiteral("2026-12"),
                                   QStringLiteral("0000000000")})
                 .size(),
             0);
    // The queue still hands out the oldest note first.
    QCOMPARE(store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Test)->note.id, first);
    QCOMPARE(store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Test)->note.id, second);
    store.reset();
    QCOMPARE(
        sql({QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'notes_%' "
                            "ORDER BY name")},
            QStringLiteral("check")),
        (QStringList{QStringLiteral("notes_avfall"), QStringLiteral("notes_corrected"),
                     QStringLiteral("notes_created"), QStringLiteral("notes_due"),
                     QStringLiteral("notes_listing"), QStringLiteral("notes_reporting"),
                     QStringLiteral("notes_state_by_id")}));
}

void TestNoteStore::draftsBecomeQueuedWithFrozenPayload()
{
    auto store = openStore();
    const QJsonObject note = samples::note(NoteKind::Transport);
    const qint64 id = store->saveDraft(NoteKind::Transport, Environment::Test,
                                       withValue(note, QStringLiteral("referens"), QStringLiteral("utkast")));
    QVERIFY(id);
    QCOMPARE(store->note(id)->state, NoteState::Draft);
    QCOMPARE(store->saveDraft(NoteKind::Transport, Environment::Test, note, id), id);
    QCOMPARE(store->enqueue(NoteKind::Transport, Environment::Test, note, id), id);
    const StoredNote queued = *store->note(id);
    QCOMPARE(queued.state, NoteState::Queued);
    QCOMPARE(queued.payload, note);
    QCOMPARE(queued.environment, Environment::Test);
    QVERIFY(!queued.trackingId.isEmpty());
    QCOMPARE(queued.referens, QStringLiteral("Order 2026-114"));
    QCOMPARE(queued.wasteCode, QStringLiteral("160601"));
    // A queued note is no draft any more: saving it as one changes nothing.
    QCOMPARE(store->saveDraft(NoteKind::Transport, Environment::Test, samples::note(NoteKind::Handel), id),
             0);
    QCOMPARE(store->note(id)->payload, note);
}

void TestNoteStore::deadlineIsComputedFromTheEventDate()
{
    auto store = openStore();
    // Transport planned for Friday 2026-11-27: two working days later is Tuesday 2026-12-01.
    const qint64 planned = store->enqueue(NoteKind::Transportplanering, Environment::Sandbox,
                                          samples::note(NoteKind::Transportplanering));
    QCOMPARE(store->note(planned)->deadline, QDate(2026, 12, 1));
    // Received Wednesday 2026-11-25: note due within two working days, reported two more: 2026-12-01.
    const qint64 received = store->enqueue(NoteKind::InsamlingsMottagning, Environment::Sandbox,
                                           samples::note(NoteKind::InsamlingsMottagning));
    QCOMPARE(store->note(received)->deadline, QDate(2026, 12, 1));
}

void TestNoteStore::claimAndRecord()
{
    auto store = openStore();
    const qint64 id = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Test)); // other environment
    auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    QVERIFY(claim);
    QCOMPARE(claim->note.id, id);
    QCOMPARE(store->note(id)->state, NoteState::Sending);
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox));
    QVERIFY(store->markWritten(claim->attemptId));

    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.httpStatus = 200;
    result.avfallId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    result.durationMs = 42;
    QVERIFY(store->recordResult(id, claim->attemptId, result));
    const StoredNote sent = *store->note(id);
    QCOMPARE(sent.state, NoteState::Sent);
    QCOMPARE(sent.avfallId, result.avfallId);
    QCOMPARE(sent.attemptCount, 1);
    const QList<Attempt> attempts = store->attempts(id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().httpStatus, 200);
    QCOMPARE(attempts.first().durationMs, 42);
    QCOMPARE(attempts.first().phase, AttemptPhase::Finished);
    QCOMPARE(store->findByAvfallId(result.avfallId.toUpper())->id, id);
}

void TestNoteStore::groupClaimAndGroupRecord()
{
    QList<qint64> ids;
    {
        auto store = openStore();
        for (int i = 0; i < 5; ++i)
            ids << store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Three claimed at once, oldest first, none written yet.
        QList<NoteStore::Claim> claims;
        QVERIFY(store->recordAndClaim({}, 3, now, Environment::Sandbox, &claims));
        QCOMPARE(claims.size(), 3);
        QCOMPARE(claims.at(0).note.id, ids.at(0));
        QCOMPARE(claims.at(2).note.id, ids.at(2));
        QCOMPARE(store->note(ids.at(2))->state, NoteState::Sending);
        QCOMPARE(store->attempts(ids.at(0)).first().phase, AttemptPhase::Connecting);
        // Two go out together.
        QVERIFY(store->markWritten(QList<qint64>{claims.at(0).attemptId, claims.at(1).attemptId}));
        QCOMPARE(store->attempts(ids.at(1)).first().phase, AttemptPhase::Written);
        QCOMPARE(store->attempts(ids.at(2)).first().phase, AttemptPhase::Connecting);

        // Their answers, recorded together with the next claims; the operation known, or looked up.
        AttemptResult accepted;
        accepted.newState = NoteState::Sent;
        accepted.outcome = QStringLiteral("accepted");
        accepted.avfallId = QStringLiteral("5a0c1d2e-0000-4000-8000-000000000001");
        AttemptResult refused;
        refused.newState = NoteState::Rejected;
        refused.outcome = QStringLiteral("rejected");
        QList<NoteStore::Claim> next;
        QVERIFY(store->recordAndClaim({{ids.at(0), claims.at(0).attemptId, accepted, Operation::Create},
                                       {ids.at(1), claims.at(1).attemptId, refused, std::nullopt}},
                                      5, now, Environment::Sandbox, &next));
        QCOMPARE(store->note(ids.at(0))->state, NoteState::Sent);
        QCOMPARE(store->note(ids.at(0))->avfallId, accepted.avfallId);
        QCOMPARE(store->note(ids.at(1))->state, NoteState::Rejected);
        QCOMPARE(store->attempts(ids.at(1)).first().phase, AttemptPhase::Finished);
        // A finished attempt is neither marked written again nor released back to the queue.
        QVERIFY(!store->markWritten(QList<qint64>{claims.at(1).attemptId}));
        QVERIFY(!store->releaseClaims({claims.at(1)}));
        QCOMPARE(store->attempts(ids.at(1)).first().phase, AttemptPhase::Finished);
        QCOMPARE(store->note(ids.at(1))->state, NoteState::Rejected);
        QCOMPARE(next.size(), 2); // all that was left
        QCOMPARE(next.at(1).note.id, ids.at(4));

        // A claim that will not be sent after all goes back as if never claimed.
        QVERIFY(store->releaseClaims({next.at(1)}));
        QCOMPARE(store->note(ids.at(4))->state, NoteState::Queued);
        QCOMPARE(store->note(ids.at(4))->attemptCount, 0);
        QVERIFY(store->attempts(ids.at(4)).isEmpty());
        // One more goes out; then the process dies.
        QVERIFY(store->markWritten(QList<qint64>{next.at(0).attemptId}));
    }
    auto store = openStore();
    // Written: it may have arrived. Claimed but never written: back in the queue.
    QCOMPARE(store->recoverInterrupted(), 1);
    QCOMPARE(store->note(ids.at(3))->state, NoteState::Uncertain);
    QCOMPARE(store->note(ids.at(2))->state, NoteState::Queued);
    QCOMPARE(store->note(ids.at(4))->state, NoteState::Queued);
}

void TestNoteStore::claimsMarkedWrittenAhead()
{
    // Claims marked written in the same commit that claims them. A claim never handed over goes
    // back as if never claimed; after a crash, a marked claim is uncertain (it may have left).
    QList<qint64> ids;
    {
        auto store = openStore();
        for (int i = 0; i < 3; ++i)
            ids << store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
        QList<NoteStore::Claim> claims;
        QVERIFY(store->recordAndClaim({}, 3, QDateTime::currentDateTimeUtc(), Environment::Sandbox, &claims,
                                      AttemptPhase::Written));
        QCOMPARE(claims.size(), 3);
        QCOMPARE(store->attempts(ids.at(0)).first().phase, AttemptPhase::Written);
        QCOMPARE(store->note(ids.at(0))->state, NoteState::Sending);
        QVERIFY(store->releaseClaims({claims.at(2)}));
        QCOMPARE(store->note(ids.at(2))->state, NoteState::Queued);
        QCOMPARE(store->note(ids.at(2))->attemptCount, 0);
        QVERIFY(store->attempts(ids.at(2)).isEmpty());
        // The store goes on as before: an enqueue still works.
        QVERIFY(store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
    }
    auto store = openStore();
    QCOMPARE(store->recoverInterrupted(), 2);
    QCOMPARE(store->note(ids.at(0))->state, NoteState::Uncertain);
    QCOMPARE(store->note(ids.at(1))->state, NoteState::Uncertain);
    QCOMPARE(store->note(ids.at(2))->state, NoteState::Queued);
}

void TestNoteStore::reservationsAfterAKillAndAfterARestart_data()
{
    QTest::addColumn<bool>("machineRestarted");
    QTest::newRow("the process was killed") << false;
    QTest::newRow("the machine restarted (power cut)") << true;
}

void TestNoteStore::reservationsAfterAKillAndAfterARestart()
{
    // The sender reserves notes ahead (synced later) and marks them written right before they go
    // (not synced). After a kill every commit survived: a reservation without that mark never
    // left. After a restart the mark may have been lost: every reservation may have left.
    QFETCH(bool, machineRestarted);
    NoteStore::setBootIdForTests("före");
    QList<qint64> ids;
    {
        auto store = openStore();
        for (int i = 0; i < 3; ++i)
            ids << store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
        QList<NoteStore::Claim> claims;
        QVERIFY(store->recordAndClaim({}, 3, QDateTime::currentDateTimeUtc(), Environment::Sandbox, &claims,
                                      AttemptPhase::Reserved));
        QCOMPARE(store->attempts(ids.at(0)).first().phase, AttemptPhase::Reserved);
        QVERIFY(store->markWrittenInLog(QList<qint64>{claims.at(0).attemptId}));
        QCOMPARE(store->attempts(ids.at(0)).first().phase, AttemptPhase::Written);
        // The mark is in the WrittenLog beside the database, not in a commit.
        QCOMPARE(phaseInDatabase(m_file, claims.at(0).attemptId), QStringLiteral("reserved"));
        QCOMPARE(WrittenLog(m_file + QStringLiteral("-written")).read(),
                 QSet<qint64>{claims.at(0).attemptId});
    } // the process ends without cleaning up
    NoteStore::setBootIdForTests(machineRestarted ? "efter" : "före");
    auto store = openStore();
    QCOMPARE(store->recoverInterrupted(), machineRestarted ? 3 : 1);
    QCOMPARE(store->note(ids.at(0))->state, NoteState::Uncertain);
    const NoteState reserved = machineRestarted ? NoteState::Uncertain : NoteState::Queued;
    QCOMPARE(store->note(ids.at(1))->state, reserved);
    QCOMPARE(store->note(ids.at(2))->state, reserved);
    // The marks have done their work: the log is empty, and a second recovery finds nothing.
    QVERIFY(WrittenLog(m_file + QStringLiteral("-written")).read().isEmpty());
    QCOMPARE(store->recoverInterrupted(), 0);
    NoteStore::setBootIdForTests(QByteArray());
}

void TestNoteStore::unavailableStaysQueuedUntilDue()
{
    auto store = openStore();
    const qint64 id = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    AttemptResult result;
    result.newState = NoteState::Queued;
    result.outcome = QStringLiteral("unavailable");
    result.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(store->recordResult(id, claim->attemptId, result));
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox));
    QVERIFY(store->claimNext(QDateTime::currentDateTimeUtc().addSecs(61), Environment::Sandbox));
    // The payload and the tracking id never change between attempts.
    QCOMPARE(store->note(id)->payload, samples::note(NoteKind::Handel));
}

void TestNoteStore::recoveryAfterACrash_data()
{
    QTest::addColumn<bool>("written");
    QTest::addColumn<NoteState>("expected");
    QTest::newRow("innan något skrevs") << false << NoteState::Queued;
    QTest::newRow("efter att begäran skrevs") << true << NoteState::Uncertain;
}

void TestNoteStore::recoveryAfterACrash()
{
    QFETCH(bool, written);
    QFETCH(NoteState, expected);
    qint64 id = 0;
    {
        auto store = openStore();
        id = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
        auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
        if (written)
            store->markWritten(claim->attemptId);
        // The process "dies" here: nothing more is recorded.
    }
    auto store = openStore();
    QCOMPARE(store->recoverInterrupted(), written ? 1 : 0);
    QCOMPARE(store->note(id)->state, expected);
    QCOMPARE(store->attempts(id).first().outcome,
             written ? QStringLiteral("uncertain") : QStringLiteral("unavailable"));
}

void TestNoteStore::rejectedNoteGetsANewPayloadVersion()
{
    auto store = openStore();
    const QJsonObject bad = withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 0);
    const qint64 id = store->enqueue(NoteKind::Handel, Environment::Sandbox, bad);
    auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    AttemptResult result;
    result.newState = NoteState::Rejected;
    result.outcome = QStringLiteral("rejected");
    result.httpStatus = 400;
    result.errors =
        QJsonObject{{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), 1121}}}}};
    QVERIFY(store->recordResult(id, claim->attemptId, result));
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox));
    const QString trackingId = store->note(id)->trackingId;
    QVERIFY(store->requeueRejected(id, samples::note(NoteKind::Handel)));
    const StoredNote fixed = *store->note(id);
    QCOMPARE(fixed.state, NoteState::Queued);
    QCOMPARE(fixed.payload, samples::note(NoteKind::Handel));
    QCOMPARE(fixed.trackingId, trackingId);
    QCOMPARE(store->attempts(id)
                 .first()
                 .errors.value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             1121);
}

void TestNoteStore::uncertainNoteWaitsForTheUser()
{
    auto store = openStore();
    const qint64 id = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    AttemptResult result;
    result.newState = NoteState::Uncertain;
    result.outcome = QStringLiteral("uncertain");
    QVERIFY(store->recordResult(id, claim->attemptId, result));
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc().addDays(30), Environment::Sandbox));
    QVERIFY(!store->markReceived(id, QStringLiteral("inte-ett-id")));
    QVERIFY(store->markReceived(id, QStringLiteral("3F2504E0-4F89-11D3-9A0C-0305E82C3301")));
    QCOMPARE(store->note(id)->state, NoteState::Sent);
    QCOMPARE(store->note(id)->avfallId, QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));

    const qint64 other =
        store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    QVERIFY(store->recordResult(other, claim->attemptId, result));
    QVERIFY(store->resendUncertain(other));
    QCOMPARE(store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox)->note.id, other);
}

namespace {
void accept(NoteStore &store, const char *avfallId)
{
    auto claim = store.claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    QVERIFY(claim);
    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.avfallId = QString::fromLatin1(avfallId);
    QVERIFY(store.recordResult(claim->note.id, claim->attemptId, result));
}
} // namespace

void TestNoteStore::correctionChain()
{
    auto store = openStore();
    const qint64 first =
        store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    accept(*store, "11111111-1111-1111-1111-111111111111");
    QString error;
    QVERIFY(!store->enqueueCorrection(first + 100, samples::note(NoteKind::Handel), &error));
    const qint64 second = store->enqueueCorrection(
        first, withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 99.0), &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(store->note(second)->targetAvfallId, QStringLiteral("11111111-1111-1111-1111-111111111111"));
    QCOMPARE(store->note(second)->operation, Operation::Correct);
    // The same version cannot be corrected twice.
    QVERIFY(!store->enqueueCorrection(first, samples::note(NoteKind::Handel), &error));
    QVERIFY(error.contains(QStringLiteral("nyare version")));
    accept(*store, "22222222-2222-2222-2222-222222222222");
    const qint64 third = store->enqueueCorrection(second, samples::note(NoteKind::Handel));
    QCOMPARE(store->note(third)->targetAvfallId, QStringLiteral("22222222-2222-2222-2222-222222222222"));
    accept(*store, "33333333-3333-3333-3333-333333333333");
    const QList<StoredNote> chain = store->versions(second);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain.at(0).id, first);
    QCOMPARE(chain.at(2).id, third);
    QCOMPARE(store->latestAvfallId(first), QStringLiteral("33333333-3333-3333-3333-333333333333"));
}

void TestNoteStore::cancellation()
{
    auto store = openStore();
    const qint64 id = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QString error;
    QVERIFY(
        !store->enqueueCancellation(id, QStringLiteral("SkickatDubbelt"), QString(), &error)); // not sent yet
    accept(*store, "44444444-4444-4444-4444-444444444444");
    const qint64 cancel =
        store->enqueueCancellation(id, QStringLiteral("SkickatDubbelt"),
                                   QStringLiteral("Skickades två gånger vid strömavbrottet"), &error);
    QVERIFY2(cancel, qPrintable(error));
    QCOMPARE(store->note(cancel)->payload.value(QStringLiteral("avfallsId")).toString(),
             QStringLiteral("44444444-4444-4444-4444-444444444444"));
    accept(*store, "44444444-4444-4444-4444-444444444444");
    const StoredNote cancelled = *store->note(id);
    QCOMPARE(cancelled.state, NoteState::Cancelled);
    QCOMPARE(cancelled.cancelReason, QStringLiteral("SkickatDubbelt"));
    QCOMPARE(cancelled.cancelExplanation, QStringLiteral("Skickades två gånger vid strömavbrottet"));
    QVERIFY(cancelled.cancelledAt.isValid());
    // The cancellation itself is not a note of the history.
    NoteFilter filter;
    QCOMPARE(store->count(filter), 1);
}

void TestNoteStore::twoConnectionsNeverClaimTheSameNote()
{
    auto first = openStore();
    auto second = NoteStore::open(m_file);
    for (int i = 0; i < 40; ++i)
        first->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QSet<qint64> claimed;
    for (int i = 0; i < 40; ++i) {
        NoteStore &store = i % 2 ? *first : *second;
        const auto claim = store.claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
        QVERIFY(claim);
        QVERIFY(!claimed.contains(claim->note.id));
        claimed.insert(claim->note.id);
    }
    QVERIFY(!first->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox));
}

void TestNoteStore::filters()
{
    auto store = openStore();
    store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    store->enqueue(NoteKind::Transport, Environment::Sandbox,
                   withValue(samples::note(NoteKind::Transport), QStringLiteral("referens"),
                             QStringLiteral("Körning 7")));
    store->saveDraft(NoteKind::Transport, Environment::Sandbox, samples::note(NoteKind::Transport));
    NoteFilter filter;
    QCOMPARE(store->count(filter), 3);
    filter.kind = NoteKind::Transport;
    QCOMPARE(store->count(filter), 2);
    filter.state = NoteState::Draft;
    QCOMPARE(store->count(filter), 1);
    NoteFilter text;
    text.text = QStringLiteral("Körning");
    QCOMPARE(store->notes(text).size(), 1);
    NoteFilter code;
    code.wasteCode = QStringLiteral("1606");
    QCOMPARE(store->count(code), 3);
    QCOMPARE(store->stateCounts().value(NoteState::Queued), 2);
}

void TestNoteStore::damagedDatabaseSaysSo_data()
{
    // Where the damage is: the open finds it, or the first read of the damaged part does.
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database at all") << QStringLiteral("text");
    QTest::newRow("its header overwritten") << QStringLiteral("header");
    QTest::newRow("pages of the notes overwritten") << QStringLiteral("pages");
}

void TestNoteStore::damagedDatabaseSaysSo()
{
    QFETCH(QString, damage);
    if (damage == QLatin1String("text")) {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            file.write("Det här är en textfil som fick databasens namn.\n");
    } else {
        {
            auto store = openStore();
            for (int i = 0; i < 300; ++i)
                QVERIFY(store->enqueue(NoteKind::Transport, Environment::Test,
                                       samples::note(NoteKind::Transport)));
        } // closed: everything checkpointed into the database file
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 40 * 4096);
        if (damage == QLatin1String("header")) {
            file.write(QByteArray(100, '\x5a'));
        } else {
            file.seek(20 * 4096);
            file.write(QByteArray(20 * 4096, '\x5a'));
        }
    }
    QString error;
    auto store = NoteStore::open(m_file, &error);
    QString message = error;
    if (store) {
        // Opened: the damage shows with the first read of the notes.
        QVERIFY(store->notes(NoteFilter(), 1000).size() < 300);
        QVERIFY2(store->isDamaged(), qPrintable(store->lastError()));
        message = store->lastError();
    }
    QVERIFY2(message.startsWith(QStringLiteral("Databasen är skadad")), qPrintable(message));
    QVERIFY2(message.contains(QFileInfo(m_file).fileName()), qPrintable(message));
}

void TestNoteStore::retryAllNowDropsTheBackoff()
{
    auto store = openStore();
    for (int i = 0; i < 3; ++i) {
        const qint64 id =
            store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
        const auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
        AttemptResult result;
        result.outcome = QStringLiteral("unavailable");
        result.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(300);
        QVERIFY(store->recordResult(id, claim->attemptId, result));
    }
    store->enqueue(NoteKind::Handel, Environment::Test, samples::note(NoteKind::Handel));
    QVERIFY(!store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox));
    QCOMPARE(store->retryAllNow(Environment::Sandbox), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(store->claimNext(QDateTime::currentDateTimeUtc().addMSecs(1), Environment::Sandbox));
}

void TestNoteStore::dataVersionChangesForOtherConnectionsOnly()
{
    auto store = openStore();
    const qint64 before = store->dataVersion();
    QVERIFY(before >= 0);
    store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QCOMPARE(store->dataVersion(), before);
    auto other = openStore();
    other->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QVERIFY(store->dataVersion() != before);
}

void TestNoteStore::markReceivedRefusesAnotherNotesId()
{
    auto store = openStore();
    const auto uncertain = [&](qint64 id) {
        const auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
        QCOMPARE(claim->note.id, id);
        AttemptResult result;
        result.newState = NoteState::Uncertain;
        result.outcome = QStringLiteral("uncertain");
        QVERIFY(store->recordResult(id, claim->attemptId, result));
    };
    const QString first = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    const qint64 a = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    uncertain(a);
    QVERIFY(store->markReceived(a, first));
    const qint64 b = store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    uncertain(b);
    QString error;
    QVERIFY(!store->markReceived(b, first.toUpper(), &error));
    QVERIFY2(error.contains(QString::number(a)), qPrintable(error));
    QCOMPARE(store->note(b)->state, NoteState::Uncertain);
    // A cancellation arrives under the cancelled note's id, and only that one.
    const qint64 cancel = store->enqueueCancellation(a, QStringLiteral("FelAvfall"), QString());
    uncertain(cancel);
    QVERIFY(!store->markReceived(cancel, QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"), &error));
    QVERIFY(store->markReceived(cancel, first));
    QCOMPARE(store->note(a)->state, NoteState::Cancelled);
}

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
