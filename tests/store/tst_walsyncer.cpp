#include "store/notestore.h"
#include "store/walsyncer.h"
#include "tests/support/powerlossvfs.h"
#include "tests/support/samplenotes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// The sync of the log from a thread of its own: a deferred commit is not on the disk until a sync
// asked for after it is done, and then it is (PowerLossVfs tracks what SQLite synced).
class TestWalSyncer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aDeferredCommitIsOnTheDiskOnlyAfterTheSync();
    void aReportCoversEveryEarlierRequest();
    void waitsForASync();

private:
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWalSyncer::initTestCase()
{
    QVERIFY(PowerLossVfs::install());
}

void TestWalSyncer::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    PowerLossVfs::forgetFiles();
    m_store = NoteStore::open(m_dir->filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(m_store);
    QVERIFY(m_store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
}

void TestWalSyncer::aDeferredCommitIsOnTheDiskOnlyAfterTheSync()
{
    WalSyncer syncer(*m_store);
    QVERIFY2(syncer.isWorking(), qPrintable(syncer.problem()));
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0); // the enqueue was synced at its commit

    QList<NoteStore::Claim> claims;
    QVERIFY(m_store->recordAndClaim({}, 1, QDateTime::currentDateTimeUtc(), Environment::Sandbox, &claims,
                                    AttemptPhase::Written, Commit::Deferred));
    QCOMPARE(claims.size(), 1);
    QVERIFY(PowerLossVfs::unsyncedBytes() > 0);

    QSignalSpy synced(&syncer, &WalSyncer::synced);
    const quint64 ticket = syncer.request();
    QVERIFY(synced.wait(10000));
    QCOMPARE(synced.last().at(0).toULongLong(), ticket);
    QVERIFY(synced.last().at(1).toBool());
    QCOMPARE(syncer.completed(), ticket);
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
    QVERIFY(syncer.averageSyncMs() > 0);
    // The next commit is synced again by itself.
    QVERIFY(m_store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
}

void TestWalSyncer::aReportCoversEveryEarlierRequest()
{
    WalSyncer syncer(*m_store);
    QSignalSpy synced(&syncer, &WalSyncer::synced);
    quint64 last = 0;
    for (int i = 0; i < 40; ++i) {
        QList<NoteStore::Claim> none;
        QVERIFY(m_store->recordAndClaim({}, 1, QDateTime::currentDateTimeUtc(), Environment::Test, &none,
                                        AttemptPhase::Written, Commit::Deferred));
        last = syncer.request();
    }
    QTRY_COMPARE_WITH_TIMEOUT(syncer.completed(), last, 20000);
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
    // Requests made while a sync runs share the next one: the numbers reported only grow, and the
    // last one covers all.
    quint64 previous = 0;
    for (const QList<QVariant> &report : std::as_const(synced)) {
        QVERIFY(report.at(0).toULongLong() > previous);
        QVERIFY(report.at(1).toBool());
        previous = report.at(0).toULongLong();
    }
    QCOMPARE(previous, last);
    qInfo("40 requests, %lld syncs", qlonglong(synced.size()));
}

void TestWalSyncer::waitsForASync()
{
    WalSyncer syncer(*m_store);
    QList<NoteStore::Claim> claims;
    QVERIFY(m_store->recordAndClaim({}, 1, QDateTime::currentDateTimeUtc(), Environment::Sandbox, &claims,
                                    AttemptPhase::Written, Commit::Deferred));
    QVERIFY(PowerLossVfs::unsyncedBytes() > 0);
    QVERIFY(syncer.waitFor(syncer.request()));
    QCOMPARE(PowerLossVfs::unsyncedBytes(), 0);
}

QTEST_GUILESS_MAIN(TestWalSyncer)
#include "tst_walsyncer.moc"
