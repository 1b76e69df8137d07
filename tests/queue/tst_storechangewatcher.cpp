#include "app/appbackend.h"
#include "queue/storechangewatcher.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// Notes queued by another process reach the sender that holds the profile's lock: the watcher
// itself, and the case of the issue with two real processes (the app's backend in this process,
// `avfall submit` in another).
class TestStoreChangeWatcher : public QObject
{
    Q_OBJECT

private slots:
    void firesForAnotherConnectionOnly();
    void appSendsWhatTheCommandLineQueued();
};

void TestStoreChangeWatcher::firesForAnotherConnectionOnly()
{
    QTemporaryDir dir;
    auto store = NoteStore::open(dir.filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(store);
    StoreChangeWatcher watcher(*store, 50);
    QSignalSpy changed(&watcher, &StoreChangeWatcher::changedElsewhere);
    watcher.start();
    // Its own connection's commits are not "elsewhere".
    QVERIFY(store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 0);
    auto other = NoteStore::open(store->fileName());
    QVERIFY(other->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
    QTRY_COMPARE(changed.size(), 1);
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1); // once per change, not on every poll
    watcher.stop();
    QVERIFY(other->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel)));
    QTest::qWait(300);
    QCOMPARE(changed.size(), 1);
}

void TestStoreChangeWatcher::appSendsWhatTheCommandLineQueued()
{
    TestProfile profile;
    app::AppBackend backend(profile.profile());
    QString error;
    QVERIFY2(backend.start(&error), qPrintable(error));
    // The app holds the sender lock and has nothing to send.
    QTRY_VERIFY(!backend.isSending());
    QTest::qWait(300);

    const QString file = profile.path() + QStringLiteral("/note.json");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(samples::note(NoteKind::Handel)).toJson());
    out.close();
    QProcess submit;
    submit.start(binaryDirectory() + QStringLiteral("/avfall"),
                 {QStringLiteral("--profile"), profile.path(), QStringLiteral("submit"),
                  QStringLiteral("handel"), file});
    QVERIFY(QTest::qWaitFor([&] { return submit.state() == QProcess::NotRunning; }, 60000));
    const QString said = QString::fromUtf8(submit.readAllStandardError());
    QCOMPARE(submit.exitCode(), 3); // queued: the app sends it
    QVERIFY2(said.contains(QStringLiteral("skickas därifrån")), qPrintable(said));

    // The app notices within a few seconds, without anyone touching it.
    NoteFilter all;
    const auto sent = [&] {
        const QList<StoredNote> notes = backend.store().notes(all);
        return notes.size() == 1 && notes.first().state == NoteState::Sent;
    };
    QVERIFY(QTest::qWaitFor(sent, 5000));
    QCOMPARE(backend.store().notes(all).first().attemptCount, 1);
}

QTEST_GUILESS_MAIN(TestStoreChangeWatcher)
#include "tst_storechangewatcher.moc"
