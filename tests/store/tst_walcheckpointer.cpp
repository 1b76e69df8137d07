#include "store/notestore.h"
#include "store/walcheckpointer.h"
#include "tests/support/samplenotes.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace std::chrono_literals;

// The background checkpointer: while it lives the committing connection never checkpoints, and
// the log still reaches the database file, from the checkpointer's own thread.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void automaticCheckpointsAreOffWhileItLives();
    void copiesTheLogIntoTheDatabaseFile();
    void withoutItsOwnConnectionSqliteKeepsCheckpointing();

private:
    QTemporaryDir m_dir;
};

void TestWalCheckpointer::automaticCheckpointsAreOffWhileItLives()
{
    auto store = NoteStore::open(m_dir.filePath(QStringLiteral("auto.sqlite")));
    QVERIFY(store);
    QVERIFY(store->automaticCheckpoints());
    {
        WalCheckpointer checkpointer(*store);
        QVERIFY(!store->automaticCheckpoints());
    }
    QVERIFY(store->automaticCheckpoints());
}

void TestWalCheckpointer::copiesTheLogIntoTheDatabaseFile()
{
    const QString file = m_dir.filePath(QStringLiteral("copy.sqlite"));
    auto store = NoteStore::open(file);
    QVERIFY(store);
    const qint64 before = QFileInfo(file).size();
    WalCheckpointer checkpointer(*store, 10ms);
    // Far below the 1,000 pages at which SQLite would checkpoint by itself.
    for (int i = 0; i < 50; ++i)
        store->enqueue(NoteKind::Handel, Environment::Sandbox, test::samples::note(NoteKind::Handel));
    // Fifty notes with their payloads take more than ten pages in the database file itself.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > before + 10 * 4096, 10000);
    QVERIFY(checkpointer.checkpoints() > 0);
    QCOMPARE(store->count(NoteFilter()), 50);
}

void TestWalCheckpointer::withoutItsOwnConnectionSqliteKeepsCheckpointing()
{
    // The folder goes away under the open store: a second connection can no longer be opened.
    const QString folder = m_dir.filePath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    auto store = NoteStore::open(folder + QStringLiteral("/notes.sqlite"));
    QVERIFY(store);
    QVERIFY(QDir(folder).removeRecursively());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^WalCheckpointer: ")));
    WalCheckpointer checkpointer(*store, 10ms);
    QVERIFY(store->automaticCheckpoints());
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
