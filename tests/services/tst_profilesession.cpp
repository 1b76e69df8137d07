#include "core/callbackwait.h"
#include "core/settings.h"
#include "queue/senderlock.h"
#include "sandbox/sandboxserver.h"
#include "services/noteactions.h"
#include "services/profilesession.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QSignalSpy>
#include <QTest>

using namespace avfall;
using namespace avfall::services;
using namespace avfall::test;

// What both front ends hold for a profile: the store, the connection of the chosen environment
// (the built-in sandbox in this process), the sender lock and the sender; the app's way of sending
// (keepSending) and the command line's (flush), both over mutual TLS on 127.0.0.1.
class TestProfileSession : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedStoreIsSaidInWords();
    void keepsSendingThroughTheBuiltInSandbox();
    void setEnvironmentSavesTheChoiceAndReconnects();
    void theNewestAssemblyCounts();
    void flushSendsOnceOverTheGivenConnection();
};

void TestProfileSession::aDamagedStoreIsSaidInWords()
{
    TestProfile profile;
    QVERIFY(profile.damageDatabase());
    ProfileSession session(profile.profile());
    const Result<void> opened = session.open();
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().isEmpty());
    QVERIFY(!session.isOpen());
}

void TestProfileSession::keepsSendingThroughTheBuiltInSandbox()
{
    TestProfile profile;
    ProfileSession session(profile.profile());
    QVERIFY(session.open().ok());
    QSignalSpy connected(&session, &ProfileSession::connectionChanged);
    QSignalSpy finished(&session, &ProfileSession::noteFinished);
    session.keepSending();
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 60000);
    QVERIFY2(session.connectionProblem().isEmpty(), qPrintable(session.connectionProblem()));
    QCOMPARE(session.connection().environment, Environment::Sandbox);
    QVERIFY(session.connection().baseUrl.host() == QLatin1String("127.0.0.1") ||
            session.connection().baseUrl.host() == QLatin1String("localhost"));
    QVERIFY(session.senderLock().isLocked()); // the one sender of the profile is this one
    QCOMPARE(session.certificateOrganisationNumber(), pki::sandboxOrganisationNumber());

    NoteActions actions(session);
    const Result<qint64> id =
        actions.submit(NoteKind::Handel, session.environment(), samples::note(NoteKind::Handel));
    QVERIFY(id.ok());
    QTRY_VERIFY_WITH_TIMEOUT(session.store().note(*id)->state == NoteState::Sent, 60000);
    QVERIFY(!session.store().note(*id)->avfallId.isEmpty());
    QTRY_VERIFY(!finished.isEmpty()); // said after the store has it
    QCOMPARE(finished.last().at(0).toLongLong(), *id);
}

void TestProfileSession::setEnvironmentSavesTheChoiceAndReconnects()
{
    TestProfile profile;
    ProfileSession session(profile.profile());
    QVERIFY(session.open().ok());
    QSignalSpy connected(&session, &ProfileSession::connectionChanged);
    session.keepSending();
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() == 1, 60000);

    session.setEnvironment(Environment::Test);
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Test);
    QCOMPARE(session.environment(), Environment::Test);
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() == 2, 60000);
    // This profile has no certificate for Test: said, and nothing sends.
    QVERIFY(!session.connectionProblem().isEmpty());
    QVERIFY(!session.isSending());

    session.setEnvironment(Environment::Sandbox);
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() == 3, 60000);
    QVERIFY2(session.connectionProblem().isEmpty(), qPrintable(session.connectionProblem()));
}

void TestProfileSession::theNewestAssemblyCounts()
{
    // Test's assembly reads the keychain and answers later than the sandbox's: the later choice
    // must win even when the earlier answer comes last.
    TestProfile profile;
    ProfileSession session(profile.profile());
    QVERIFY(session.open().ok());
    QSignalSpy connected(&session, &ProfileSession::connectionChanged);
    session.keepSending();
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 60000);
    session.setEnvironment(Environment::Test);
    session.setEnvironment(Environment::Sandbox);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isReconnecting(), 60000);
    QCOMPARE(session.connection().environment, Environment::Sandbox);
    QVERIFY2(session.connectionProblem().isEmpty(), qPrintable(session.connectionProblem()));
}

void TestProfileSession::flushSendsOnceOverTheGivenConnection()
{
    TestPki testPki;
    SandboxServer sandbox(testPki.sandboxPki(), QString());
    QVERIFY(sandbox.listen());
    TestProfile profile;
    ProfileSession session(profile.profile());
    QVERIFY(session.open().ok());
    QVERIFY(session.senderLock().tryLock(0));
    NoteActions actions(session);
    // Two notes of one waste, one of another: the waste-code search offers the frequent one first.
    const QJsonObject other =
        withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.kod"), QStringLiteral("130205"));
    QList<qint64> ids;
    for (const QJsonObject &note :
         {other, samples::note(NoteKind::Handel), samples::note(NoteKind::Handel)}) {
        const Result<qint64> id = actions.submit(NoteKind::Handel, Environment::Sandbox, note);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ids << *id;
    }
    QVERIFY(session.usedWasteCodes().isEmpty()); // only what was sent counts

    QSignalSpy finished(&session, &ProfileSession::noteFinished);
    const ConnectionSettings connection = testPki.settings(sandbox.baseUrl(), sandbox.tokenUrl(),
                                                           testPki.client(pki::sandboxOrganisationNumber()));
    const auto summary = waitForCallback<Sender::Summary>(
        [&](const ProfileSession::FlushDone &done) { session.flush(connection, {}, done); }, 60000);
    QVERIFY(summary.has_value());
    QCOMPARE(summary->sent, 3);
    QCOMPARE(summary->rejected, 0);
    QCOMPARE(finished.size(), 3);
    QCOMPARE(session.usedWasteCodes(), (QStringList{QStringLiteral("160601"), QStringLiteral("130205")}));

    // A note is found by its local id or by the avfallId the register gave it.
    const QString avfallId = session.store().note(ids.first())->avfallId;
    QVERIFY(!avfallId.isEmpty());
    QCOMPARE(session.findNote(avfallId)->id, ids.first());
    QCOMPARE(session.findNote(QString::number(ids.last()))->id, ids.last());
    QVERIFY(!session.findNote(QStringLiteral("999999")).has_value());
    QVERIFY(!session.findNote(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")).has_value());
}

QTEST_GUILESS_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
