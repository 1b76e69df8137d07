#include "network/registerclient.h"
#include "queue/sender.h"
#include "queue/uncertaincheck.h"
#include "sandbox/sandboxserver.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

Q_DECLARE_METATYPE(avfall::Operation)

// The sender with a real store, a real client and the sandbox over mutual TLS.
class TestSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendsEverythingQueued();
    void stoppingReturnsNotesClaimedAhead();
    void senderGoneWhileConnectingSendsNothingTwice();
    void registerDownForAWhile();
    void burstsOf503AreRetriedWithBackoff();
    void uncertainIsNeverResentByItself();
    void rejectedKeepsTheErrors();
    void certificateProblemStopsTheSender();
    void correctionChainAnd3022();
    void cancellationThroughTheQueue();
    void backoffGrowsAndIsCapped();
    void gatewayFaultsForEveryOperation_data();
    void gatewayFaultsForEveryOperation();
    void retryAfterPausesTheWholeQueue();
    void notesQueuedElsewhereAreNoticed();

private:
    void startSandbox(quint16 port = 0);
    bool runSender(const QDateTime &until = QDateTime(), Sender::Summary *summary = nullptr);
    qint64 enqueue(const QJsonObject &note, NoteKind kind = NoteKind::Handel);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RegisterClient> m_client;
    ConnectionSettings m_settings;
};

void TestSender::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestSender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = NoteStore::open(m_dir->filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(m_store);
    startSandbox();
    m_client = std::make_unique<RegisterClient>();
    m_settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(),
                                 m_pki->client(pki::sandboxOrganisationNumber()));
    m_client->setConnection(m_settings);
}

void TestSender::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_store.reset();
}

void TestSender::startSandbox(quint16 port)
{
    m_sandbox =
        std::make_unique<SandboxServer>(m_pki->sandboxPki(), m_dir->filePath(QStringLiteral("sandbox")));
    QString error;
    QVERIFY2(m_sandbox->listen(port, &error), qPrintable(error));
}

bool TestSender::runSender(const QDateTime &until, Sender::Summary *summary)
{
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    sender.setBackoff(Backoff({}, 50, 400));
    QSignalSpy finished(&sender, &Sender::finished);
    sender.run(until);
    const bool done = finished.wait(60000);
    if (summary)
        *summary = sender.summary();
    return done;
}

qint64 TestSender::enqueue(const QJsonObject &note, NoteKind kind)
{
    return m_store->enqueue(kind, Environment::Sandbox, note);
}

void TestSender::sendsEverythingQueued()
{
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << enqueue(samples::note(NoteKind(i % 8)), NoteKind(i % 8));
    // When the register has a note, the queue has recorded that it may have arrived.
    QHash<QString, qint64> byTrackingId;
    for (qint64 id : ids)
        byTrackingId.insert(m_store->note(id)->trackingId, id);
    int checked = 0;
    connect(m_sandbox.get(), &SandboxServer::requestHandled, this, [&] {
        if (m_sandbox->received().size() == checked)
            return; // the token, not a note
        const qint64 id = byTrackingId.value(m_sandbox->received().last().trackingId);
        QCOMPARE(m_store->attempts(id).last().phase, AttemptPhase::Written);
        ++checked;
    });
    Sender::Summary summary;
    QVERIFY(runSender(QDateTime(), &summary));
    QCOMPARE(summary.sent, 30);
    QCOMPARE(checked, 30);
    for (qint64 id : ids) {
        const StoredNote note = *m_store->note(id);
        QCOMPARE(note.state, NoteState::Sent);
        QCOMPARE(m_sandbox->receivedCount(note.trackingId), 1);
        // What arrived is the payload frozen in the queue.
        for (const ReceivedNote &received : m_sandbox->received()) {
            if (received.trackingId == note.trackingId)
                QCOMPARE(received.body, note.payload);
        }
    }
}

namespace {
NoteFilter inState(NoteState state)
{
    NoteFilter filter;
    filter.state = state;
    return filter;
}
} // namespace

void TestSender::stoppingReturnsNotesClaimedAhead()
{
    for (int i = 0; i < 40; ++i)
        enqueue(samples::note(NoteKind::Handel));
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    sender.setParallelism(3);
    int finishedNotes = 0;
    connect(&sender, &Sender::noteFinished, &sender, [&] {
        if (++finishedNotes == 5)
            sender.stop();
    });
    sender.run();
    QTRY_VERIFY(finishedNotes >= 5);
    // The requests on their way finish; the notes claimed for the next round go back to the
    // queue at once, as if never claimed, instead of staying "sending".
    QTRY_COMPARE(sender.inFlight(), 0);
    QTRY_COMPARE(m_store->count(inState(NoteState::Sending)), 0);
    // Each answer is announced once its record is on the disk (a sync later).
    QTRY_COMPARE(finishedNotes, m_store->count(inState(NoteState::Sent)));
    const QList<StoredNote> queued = m_store->notes(inState(NoteState::Queued));
    QCOMPARE(queued.size(), 40 - finishedNotes);
    for (const StoredNote &note : queued) {
        QCOMPARE(note.attemptCount, 0);
        QVERIFY(m_store->attempts(note.id).isEmpty());
    }
    // They are sent by the next run, each once.
    QVERIFY(runSender());
    QCOMPARE(m_store->count(inState(NoteState::Sent)), 40);
    QCOMPARE(m_sandbox->received().size(), 40);
}

void TestSender::senderGoneWhileConnectingSendsNothingTwice()
{
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << enqueue(samples::note(NoteKind::Handel));
    {
        // The first round is still in its TLS handshakes when the sender goes (the app does
        // that when the connection settings change).
        Sender sender(*m_store, *m_client, Environment::Sandbox);
        sender.run();
        QTRY_VERIFY(sender.inFlight() > 0);
    }
    // As the app does next: recovery puts the notes whose requests never left back in the queue.
    m_store->recoverInterrupted();
    QTest::qWait(300); // time for the old handshakes to finish, had they not been ended
    QVERIFY(runSender());
    // Each note arrived at most once; a sent one exactly once. An uncertain one was written by
    // the old sender (it may or may not have arrived) and waits for the user.
    for (qint64 id : ids) {
        const StoredNote note = *m_store->note(id);
        QVERIFY2(note.state == NoteState::Sent || note.state == NoteState::Uncertain,
                 qPrintable(stateKey(note.state)));
        QCOMPARE(m_sandbox->receivedCount(note.trackingId), note.state == NoteState::Sent ? 1 : 0);
    }
}

void TestSender::registerDownForAWhile()
{
    const quint16 port = m_sandbox->port();
    m_sandbox.reset(); // the register is down
    for (int i = 0; i < 5; ++i)
        enqueue(samples::note(NoteKind::Handel));
    Sender::Summary summary;
    QVERIFY(runSender(QDateTime(), &summary));
    QCOMPARE(summary.sent, 0);
    QCOMPARE(m_store->stateCounts().value(NoteState::Queued), 5);

    // It comes back while the sender keeps trying.
    QTimer::singleShot(300, this, [this, port] { startSandbox(port); });
    QVERIFY(runSender(QDateTime::currentDateTimeUtc().addSecs(30), &summary));
    QCOMPARE(m_store->stateCounts().value(NoteState::Sent), 5);
    QCOMPARE(m_sandbox->received().size(), 5);
    for (const StoredNote &note : m_store->notes(NoteFilter()))
        QVERIFY(m_store->attempts(note.id).size() >= 2);
}

void TestSender::burstsOf503AreRetriedWithBackoff()
{
    SandboxFaults faults;
    faults.unavailableWrites = 7;
    m_sandbox->setFaults(faults);
    for (int i = 0; i < 3; ++i)
        enqueue(samples::note(NoteKind::Transport), NoteKind::Transport);
    QVERIFY(runSender(QDateTime::currentDateTimeUtc().addSecs(30)));
    QCOMPARE(m_store->stateCounts().value(NoteState::Sent), 3);
    QCOMPARE(m_sandbox->received().size(), 3); // 503 answers recorded nothing
}

void TestSender::uncertainIsNeverResentByItself()
{
    SandboxFaults faults;
    faults.closeAfterReadWrites = 1;
    m_sandbox->setFaults(faults);
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    Sender::Summary summary;
    QVERIFY(runSender(QDateTime::currentDateTimeUtc().addSecs(2), &summary));
    QCOMPARE(summary.uncertain, 1);
    const StoredNote note = *m_store->note(id);
    QCOMPARE(note.state, NoteState::Uncertain);
    QCOMPARE(m_sandbox->receivedCount(note.trackingId), 1);
    // Another run, much later: still not sent again.
    QVERIFY(runSender(QDateTime::currentDateTimeUtc().addSecs(1)));
    QCOMPARE(m_sandbox->receivedCount(note.trackingId), 1);
    // The user decides: "send again anyway".
    QVERIFY(m_store->resendUncertain(id));
    QVERIFY(runSender());
    QCOMPARE(m_store->note(id)->state, NoteState::Sent);
    QCOMPARE(m_sandbox->receivedCount(note.trackingId), 2); // the same tracking id, a known duplicate
}

void TestSender::rejectedKeepsTheErrors()
{
    const qint64 id = enqueue(withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                                        QString::fromLatin1(samples::kCustomerOrganisation)));
    Sender::Summary summary;
    QVERIFY(runSender(QDateTime(), &summary));
    QCOMPARE(summary.rejected, 1);
    QCOMPARE(m_store->note(id)->state, NoteState::Rejected);
    const Attempt attempt = m_store->attempts(id).first();
    QCOMPARE(attempt.httpStatus, 400);
    QCOMPARE(attempt.errors.value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             1023);
    QVERIFY(!attempt.traceId.isEmpty());
    // Fixed by the user as ombud: a new payload version of the same note.
    QVERIFY(m_store->requeueRejected(id, samples::asAgent(samples::note(NoteKind::Handel))));
    QVERIFY(runSender());
    QCOMPARE(m_store->note(id)->state, NoteState::Sent);
    QCOMPARE(m_store->attempts(id).size(), 2);
}

void TestSender::certificateProblemStopsTheSender()
{
    ConnectionSettings settings = m_settings;
    const pki::KeyPair foreign = TestPki::foreignClient(pki::sandboxOrganisationNumber());
    settings.clientCertificate = QSslCertificate(foreign.certificatePem);
    settings.clientKey = QSslKey(foreign.privateKeyPem, QSsl::Ec);
    settings.accessToken = QStringLiteral("token");
    m_client->setConnection(settings);
    for (int i = 0; i < 10; ++i)
        enqueue(samples::note(NoteKind::Handel));
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    QSignalSpy blocked(&sender, &Sender::blocked);
    QSignalSpy finished(&sender, &Sender::finished);
    sender.run(QDateTime::currentDateTimeUtc().addSecs(30));
    QVERIFY(finished.wait(20000));
    QCOMPARE(blocked.size(), 1);
    // It stopped after the first failures instead of burning through all ten notes' retries.
    int attempts = 0;
    for (const StoredNote &note : m_store->notes(NoteFilter()))
        attempts += note.attemptCount;
    QVERIFY2(attempts <= 4, qPrintable(QString::number(attempts)));
    // TLS 1.3 refuses a client certificate only after the client's side of the handshake. Mostly the
    // refusal comes within the client's grace period and the note goes back to the queue; on a
    // loaded machine the request may already be out, and a fatal alert after the last byte left is
    // uncertain by the outcome rules. Either way nothing reached the register and nothing was lost.
    const auto counts = m_store->stateCounts();
    const int queued = counts.value(NoteState::Queued);
    const int uncertain = counts.value(NoteState::Uncertain);
    QCOMPARE(queued + uncertain, 10);
    QVERIFY2(uncertain <= attempts, qPrintable(QString::number(uncertain)));
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestSender::correctionChainAnd3022()
{
    const qint64 first = enqueue(samples::note(NoteKind::Handel));
    QVERIFY(runSender());
    const qint64 second = m_store->enqueueCorrection(
        first, withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 80.0));
    QVERIFY(runSender());
    QCOMPARE(m_store->note(second)->state, NoteState::Sent);
    QCOMPARE(m_store->versions(first).size(), 2);
    QCOMPARE(m_store->latestAvfallId(first), m_store->note(second)->avfallId);
    QCOMPARE(m_sandbox->received().last().method, QStringLiteral("PUT"));

    // A correction of a version that the register already replaced (made elsewhere): 3022.
    StoredNote stale = *m_store->note(second);
    const qint64 third = m_store->enqueueCorrection(second, samples::note(NoteKind::Handel));
    QVERIFY(runSender());
    const qint64 fourth =
        m_store->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    Q_UNUSED(fourth);
    // Simulate the other system: send a PUT on the old id directly.
    QVERIFY(m_store->note(third)->state == NoteState::Sent);
    std::optional<CallResult> result;
    m_client->correct(NoteKind::Handel, stale.avfallId, samples::note(NoteKind::Handel), QStringLiteral("x"),
                      [&](const CallResult &answer) { result = answer; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->errors.first().code, 3022);
}

void TestSender::cancellationThroughTheQueue()
{
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    QVERIFY(runSender());
    const qint64 cancel =
        m_store->enqueueCancellation(id, QStringLiteral("FelAvfall"), QStringLiteral("Fel kod"));
    QVERIFY(cancel);
    QVERIFY(runSender());
    QCOMPARE(m_store->note(id)->state, NoteState::Cancelled);
    QCOMPARE(m_sandbox->received().last().method, QStringLiteral("DELETE"));
    QCOMPARE(m_sandbox->received().last().cancelledReason, QStringLiteral("FelAvfall"));
}

void TestSender::backoffGrowsAndIsCapped()
{
    const Backoff fixed([] { return 1.0; });
    QCOMPARE(fixed.delayMs(1), 5000);
    QCOMPARE(fixed.delayMs(2), 10000);
    QCOMPARE(fixed.delayMs(3), 20000);
    QCOMPARE(fixed.delayMs(30), 300000);
    const Backoff low([] { return 0.0; });
    QCOMPARE(low.delayMs(1), 2500); // jitter never below half the delay
    QCOMPARE(low.delayMs(30), 150000);
}

void TestSender::gatewayFaultsForEveryOperation_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<Operation>("operation");
    for (const QString &mode :
         {QStringLiteral("store-then-502"), QStringLiteral("store-then-504"),
          QStringLiteral("store-then-reset"), QStringLiteral("store-then-close"), QStringLiteral("429:1"),
          QStringLiteral("429-date:1"), QStringLiteral("503-maintenance:1"), QStringLiteral("slow:2000"),
          QStringLiteral("html-error:300000"), QStringLiteral("xml-error:300000"),
          QStringLiteral("store-then-negative-length"), QStringLiteral("store-then-double-length"),
          QStringLiteral("store-then-huge-chunk")}) {
        for (const Operation operation : {Operation::Create, Operation::Correct, Operation::Cancel})
            QTest::addRow("%s %s", qPrintable(mode), qPrintable(operationKey(operation)))
                << mode << operation;
    }
}

// Every gateway fault once, for a new note (POST), a correction (PUT) and a cancellation
// (DELETE): the register ends with exactly one of it, and the app with the right state. A fault
// after the register stored the request leaves it uncertain (never sent again by itself, so a
// correction is never refused with 3022 by a blind repeat), and reading back settles it with the
// register's avfallId. Throttling and maintenance wait as long as the register asked, then send.
void TestSender::gatewayFaultsForEveryOperation()
{
    QFETCH(QString, mode);
    QFETCH(Operation, operation);
    m_settings.timeoutMs = 1000; // "slow" answers after 2 s
    m_client->setConnection(m_settings);
    qint64 original = 0;
    if (operation != Operation::Create) {
        original = enqueue(samples::note(NoteKind::Handel));
        QVERIFY(runSender());
        QCOMPARE(m_store->note(original)->state, NoteState::Sent);
    }
    const qint64 id =
        operation == Operation::Create ? enqueue(samples::note(NoteKind::Handel))
        : operation == Operation::Correct
            ? m_store->enqueueCorrection(
                  original, withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 42.5))
            : m_store->enqueueCancellation(original, QStringLiteral("FelAvfall"), QString());
    QVERIFY(id);
    const QString trackingId = m_store->note(id)->trackingId;
    const auto fault = GatewayFault::parse(mode);
    QVERIFY(fault);
    QVERIFY(m_sandbox->setWriteModes(mode, false));

    QVERIFY(runSender(QDateTime::currentDateTimeUtc().addSecs(15)));
    QTRY_COMPARE(m_sandbox->receivedCount(trackingId), 1);
    StoredNote note = *m_store->note(id);
    if (fault->stores()) {
        QCOMPARE(stateKey(note.state), stateKey(NoteState::Uncertain));
        QCOMPARE(m_store->attempts(id).size(), 1);
        // Never sent again by itself.
        QVERIFY(runSender());
        QCOMPARE(m_sandbox->receivedCount(trackingId), 1);
        // Reading back settles it.
        UncertainCheck check(*m_store, *m_client);
        std::optional<UncertainCheck::Result> result;
        check.run(note, [&result](const UncertainCheck::Result &answer) { result = answer; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(int(result->verdict), int(UncertainCheck::Verdict::Arrived));
        note = *m_store->note(id);
    } else {
        // Not stored the first time; the second attempt came no sooner than Retry-After.
        const QList<Attempt> attempts = m_store->attempts(id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.first().httpStatus, mode.startsWith(QLatin1String("503")) ? 503 : 429);
        QVERIFY2(attempts.first().startedAt.msecsTo(attempts.last().startedAt) >= 900,
                 qPrintable(QString::number(attempts.first().startedAt.msecsTo(attempts.last().startedAt))));
    }
    QCOMPARE(stateKey(note.state), stateKey(NoteState::Sent));
    const ReceivedNote received = [&] {
        for (const ReceivedNote &entry : m_sandbox->received()) {
            if (entry.trackingId == trackingId)
                return entry;
        }
        return ReceivedNote();
    }();
    QCOMPARE(note.avfallId, received.avfallId);
    QCOMPARE(m_sandbox->received().size(), operation == Operation::Create ? 1 : 2);
    switch (operation) {
    case Operation::Create:
        break;
    case Operation::Correct:
        // The chain knows the version the register holds now.
        QCOMPARE(m_store->latestAvfallId(original), received.avfallId);
        QCOMPARE(m_store->versions(original).size(), 2);
        QCOMPARE(received.method, QStringLiteral("PUT"));
        break;
    case Operation::Cancel:
        QCOMPARE(m_store->note(original)->state, NoteState::Cancelled);
        QCOMPARE(received.method, QStringLiteral("DELETE"));
        break;
    }
}

void TestSender::retryAfterPausesTheWholeQueue()
{
    // The register throttles: nothing more goes out until the time it named, not even other notes.
    QVERIFY(m_sandbox->setWriteModes(QStringLiteral("429:2"), false));
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    sender.setParallelism(1);
    sender.setBackoff(Backoff({}, 50, 400));
    for (int i = 0; i < 5; ++i)
        enqueue(samples::note(NoteKind::Handel));
    QSignalSpy finished(&sender, &Sender::finished);
    QElapsedTimer timer;
    timer.start();
    sender.run(QDateTime::currentDateTimeUtc().addSecs(30));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_store->stateCounts().value(NoteState::Sent), 5);
    QCOMPARE(m_sandbox->received().size(), 5);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    // The first answer paused the queue: the four others were sent only after it.
    for (const ReceivedNote &entry : m_sandbox->received())
        QVERIFY(entry.receivedAt >= sender.pausedUntil().addMSecs(-1));
}

void TestSender::notesQueuedElsewhereAreNoticed()
{
    // The sender runs (like the app's) with nothing to do; another connection, as another process
    // would, queues a note.
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    sender.run(QDateTime::currentDateTimeUtc().addSecs(60));
    QTRY_VERIFY(!sender.isRunning());
    auto other = NoteStore::open(m_store->fileName());
    QVERIFY(other);
    const qint64 id = other->enqueue(NoteKind::Handel, Environment::Sandbox, samples::note(NoteKind::Handel));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->note(id)->state, NoteState::Sent, 5000);
    // A note queued through the sender's own connection is the app's business (it calls wake()):
    // the watcher does not fire on its own commits.
    QCOMPARE(m_sandbox->received().size(), 1);
}

QTEST_GUILESS_MAIN(TestSender)
#include "tst_sender.moc"
