#include "core/callbackwait.h"
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

// What the app's buttons and the command's verbs do with notes, sent to the sandbox over mutual
// TLS the way `avfall` sends (ProfileSession::flush): one chain policy for corrections, and each
// action's refusal in words.
class TestNoteActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void submitQueuesAndTellsTheSession();
    void correctsOnlyTheChainsTip_data();
    void correctsOnlyTheChainsTip();
    void cancelsOnlyTheChainsTip();
    void resendsOnlyAnUncertainNote();
    void markReceivedWantsAnAvfallId();
    void retryNowOnlyForAQueuedNote();

private:
    qint64 submit();
    Sender::Summary flush();
    qint64 sentNote();

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<NoteActions> m_actions;
};

void TestNoteActions::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestNoteActions::init()
{
    m_profile = std::make_unique<TestProfile>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QVERIFY(m_sandbox->listen());
    m_session = std::make_unique<ProfileSession>(m_profile->profile());
    const Result<void> opened = m_session->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(m_session->senderLock().tryLock(0));
    m_actions = std::make_unique<NoteActions>(*m_session);
}

void TestNoteActions::cleanup()
{
    m_actions.reset();
    m_session.reset();
    m_sandbox.reset();
    m_profile.reset();
}

qint64 TestNoteActions::submit()
{
    const Result<qint64> id =
        m_actions->submit(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    return id.ok() ? *id : 0;
}

Sender::Summary TestNoteActions::flush()
{
    const ConnectionSettings connection = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(),
                                                          m_pki->client(pki::sandboxOrganisationNumber()));
    return waitForCallback<Sender::Summary>(
               [&](const ProfileSession::FlushDone &done) { m_session->flush(connection, {}, done); }, 60000)
        .value_or(Sender::Summary());
}

qint64 TestNoteActions::sentNote()
{
    const qint64 id = submit();
    flush();
    return m_session->store().note(id)->state == NoteState::Sent ? id : 0;
}

void TestNoteActions::submitQueuesAndTellsTheSession()
{
    QSignalSpy changed(m_session.get(), &ProfileSession::storeChanged);
    const qint64 id = submit();
    QVERIFY(id > 0);
    QCOMPARE(m_session->store().note(id)->state, NoteState::Queued);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(flush().sent, 1);
    QCOMPARE(m_session->store().note(id)->avfallId, m_sandbox->received().last().avfallId);
}

void TestNoteActions::correctsOnlyTheChainsTip_data()
{
    // Which note of a chain "first (sent) → second (sent correction)" the user corrects.
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the tip") << QStringLiteral("second") << true;
    QTest::newRow("an older version") << QStringLiteral("first") << false;
    QTest::newRow("a note still queued") << QStringLiteral("queued") << false;
    QTest::newRow("a note that does not exist") << QStringLiteral("none") << false;
}

void TestNoteActions::correctsOnlyTheChainsTip()
{
    QFETCH(QString, target);
    QFETCH(bool, accepted);
    const qint64 first = sentNote();
    QVERIFY(first);
    const Result<qint64> second = m_actions->correct(first, samples::note(NoteKind::Handel));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(flush().sent, 1);
    const qint64 queued = submit();
    const QHash<QString, qint64> ids{{QStringLiteral("first"), first},
                                     {QStringLiteral("second"), *second},
                                     {QStringLiteral("queued"), queued},
                                     {QStringLiteral("none"), 999999}};
    const int before = m_session->store().notes(NoteFilter(), 1000).size();

    const Result<qint64> correction = m_actions->correct(ids.value(target), samples::note(NoteKind::Handel));

    QCOMPARE(correction.ok(), accepted);
    QCOMPARE(m_session->store().notes(NoteFilter(), 1000).size(), before + (accepted ? 1 : 0));
    if (accepted) {
        QCOMPARE(m_session->store().note(*correction)->correctsId, *second);
        QCOMPARE(flush().sent, 2); // the correction and the queued note
        const QList<ReceivedNote> received = m_sandbox->received();
        QCOMPARE(std::count_if(received.cbegin(), received.cend(),
                               [](const ReceivedNote &note) { return note.method == QLatin1String("PUT"); }),
                 2);
    } else {
        QVERIFY(!correction.error().isEmpty());
    }
    if (target == QLatin1String("first")) // says which version to correct instead
        QVERIFY2(correction.error().contains(QString::number(*second)), qPrintable(correction.error()));
}

void TestNoteActions::cancelsOnlyTheChainsTip()
{
    const qint64 first = sentNote();
    const Result<qint64> second = m_actions->correct(first, samples::note(NoteKind::Handel));
    QVERIFY(second.ok());
    QCOMPARE(flush().sent, 1);

    const Result<qint64> refused = m_actions->cancel(first, QStringLiteral("FelAvfall"), QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QString::number(*second)), qPrintable(refused.error()));

    const Result<qint64> cancellation =
        m_actions->cancel(*second, QStringLiteral("SkickatDubbelt"), QStringLiteral("Dubbelklick"));
    QVERIFY2(cancellation.ok(), qPrintable(cancellation.error()));
    QCOMPARE(flush().sent, 1);
    QCOMPARE(m_session->store().note(*second)->state, NoteState::Cancelled);
}

void TestNoteActions::resendsOnlyAnUncertainNote()
{
    const qint64 sent = sentNote();
    const Result<void> refused = m_actions->resend(sent);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("Bara en osäker anteckning kan skickas igen."));

    SandboxFaults faults;
    faults.htmlGatewayWrites = 1; // a 502 from a gateway: did it arrive?
    m_sandbox->setFaults(faults);
    const qint64 uncertain = submit();
    flush();
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Uncertain);
    QSignalSpy changed(m_session.get(), &ProfileSession::storeChanged);
    QVERIFY(m_actions->resend(uncertain).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Queued);
    QCOMPARE(flush().sent, 1);
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Sent);
}

void TestNoteActions::markReceivedWantsAnAvfallId()
{
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1;
    m_sandbox->setFaults(faults);
    const qint64 uncertain = submit();
    flush();
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Uncertain);

    const Result<void> refused = m_actions->markReceived(uncertain, QStringLiteral("inte-en-guid"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("inte-en-guid")), qPrintable(refused.error()));
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Uncertain);

    const QString avfallId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    QVERIFY(m_actions->markReceived(uncertain, avfallId).ok());
    QCOMPARE(m_session->store().note(uncertain)->state, NoteState::Sent);
    QCOMPARE(m_session->store().note(uncertain)->avfallId, avfallId);
}

void TestNoteActions::retryNowOnlyForAQueuedNote()
{
    const qint64 sent = sentNote();
    QVERIFY(!m_actions->retryNow(sent).ok());
    const qint64 queued = submit();
    QVERIFY(m_actions->retryNow(queued).ok());
}

QTEST_GUILESS_MAIN(TestNoteActions)
#include "tst_noteactions.moc"
