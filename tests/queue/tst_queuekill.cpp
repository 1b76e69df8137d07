#include "sandbox/sandboxserver.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// `avfall queue flush` as a real process against the sandbox over mutual TLS, killed with SIGKILL
// at random moments and started again until the queue is done. Nothing may be lost (every note
// ends sent or uncertain) and nothing doubled (the sandbox received each note at most once).
// AVFALL_KILL_ROUNDS sets the number of kills (scripts/kill-test.sh runs many more).
// chaosThroughAllFaultModes does the same against `avfall sandbox` as a process of its own that
// cycles through every gateway fault; AVFALL_CHAOS_NOTES and AVFALL_CHAOS_SECONDS make it the long
// run of scripts/chaos.sh.
class TestQueueKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedFlushesLoseAndDoubleNothing();
    void twoFlushersAtOnceOneWaits();
    void chaosThroughAllFaultModes();

private:
    QStringList flushArguments() const;
    void fillQueue(int count);
    QProcess *startFlush();

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_caFile;
    QString m_passwordFile;
    QString m_keySecretFile;
    QString m_clientFile;
};

namespace {
QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}
} // namespace

void TestQueueKill::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    m_profile = std::make_unique<TestProfile>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(),
                                                m_profile->path() + QStringLiteral("/sandbox-state"));
    QVERIFY(m_sandbox->listen());
    const QString dir = m_profile->path();
    m_caFile = writeFile(dir + QStringLiteral("/ca.pem"), m_pki->ca().certificatePem);
    m_clientFile = m_pki->sandboxPki().clientPkcs12File;
    m_passwordFile = writeFile(dir + QStringLiteral("/password"), m_pki->sandboxPki().clientPassword);
    m_keySecretFile = writeFile(
        dir + QStringLiteral("/keysecret"),
        (SandboxServer::consumerKey() + QLatin1Char(':') + SandboxServer::consumerSecret()).toUtf8());
}

QStringList TestQueueKill::flushArguments() const
{
    return {QStringLiteral("--profile"),
            m_profile->path(),
            QStringLiteral("queue"),
            QStringLiteral("flush"),
            QStringLiteral("--env"),
            QStringLiteral("custom"),
            QStringLiteral("--base-url"),
            m_sandbox->baseUrl().toString(),
            QStringLiteral("--token-url"),
            m_sandbox->tokenUrl().toString(),
            QStringLiteral("--ca-file"),
            m_caFile,
            QStringLiteral("--client-cert"),
            m_clientFile,
            QStringLiteral("--client-cert-password-file"),
            m_passwordFile,
            QStringLiteral("--key-secret-file"),
            m_keySecretFile};
}

void TestQueueKill::fillQueue(int count)
{
    auto store = NoteStore::open(m_profile->profile().databaseFile());
    QVERIFY(store);
    for (int i = 0; i < count; ++i) {
        const NoteKind kind = NoteKind(i % 8);
        QVERIFY(store->enqueue(kind, Environment::Custom, samples::note(kind)));
    }
}

QProcess *TestQueueKill::startFlush()
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(binaryDirectory() + QStringLiteral("/avfall"), flushArguments());
    return process;
}

void TestQueueKill::killedFlushesLoseAndDoubleNothing()
{
    const int notes = 200;
    fillQueue(notes);
    const int rounds = qEnvironmentVariableIsSet("AVFALL_KILL_ROUNDS")
                           ? qEnvironmentVariableIntValue("AVFALL_KILL_ROUNDS")
                           : 10;
    int kills = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess *process = startFlush();
        QVERIFY(process->waitForStarted());
        // Kill somewhere between start-up and the middle of the sending.
        QTest::qWait(int(QRandomGenerator::global()->bounded(60, 450)));
        if (process->state() == QProcess::Running) {
            process->kill(); // SIGKILL: no chance to clean up
            ++kills;
        }
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 10000);
        delete process;
    }
    // Finish the queue: flushes run to the end.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QProcess *process = startFlush();
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, 120000);
        const int code = process->exitCode();
        delete process;
        if (code == 0 || code == 5)
            break;
    }

    auto store = NoteStore::open(m_profile->profile().databaseFile());
    QVERIFY(store);
    int sent = 0;
    int uncertain = 0;
    QHash<QString, QString> receivedIds;
    for (const ReceivedNote &received : m_sandbox->received()) {
        QVERIFY2(!receivedIds.contains(received.trackingId),
                 qPrintable(QStringLiteral("received twice: ") + received.trackingId));
        receivedIds.insert(received.trackingId, received.avfallId);
    }
    for (const StoredNote &note : store->notes(NoteFilter(), notes * 2)) {
        if (note.state == NoteState::Sent) {
            ++sent;
            QCOMPARE(receivedIds.value(note.trackingId), note.avfallId);
        } else {
            QCOMPARE(stateKey(note.state), stateKey(NoteState::Uncertain));
            ++uncertain;
        }
    }
    QCOMPARE(sent + uncertain, notes);
    QVERIFY(receivedIds.size() <= notes);
    qInfo("%d kills: %d sent, %d uncertain (of these %lld did reach the sandbox), sandbox received %lld",
          kills, sent, uncertain, qlonglong(receivedIds.size() - sent), qlonglong(receivedIds.size()));
}

void TestQueueKill::twoFlushersAtOnceOneWaits()
{
    fillQueue(60);
    QProcess *first = startFlush();
    QProcess *second = startFlush();
    QTRY_VERIFY_WITH_TIMEOUT(
        first->state() == QProcess::NotRunning && second->state() == QProcess::NotRunning, 120000);
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    const QString errors = QString::fromUtf8(first->readAllStandardError() + second->readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("Väntar")), qPrintable(errors));
    QSet<QString> tracking;
    for (const ReceivedNote &received : m_sandbox->received()) {
        QVERIFY(!tracking.contains(received.trackingId));
        tracking.insert(received.trackingId);
    }
}

namespace {

// Every fault mode once, each after a request that goes through, so that the queue moves on.
QString chaosCycle()
{
    QStringList modes;
    for (const QString &mode :
         {QStringLiteral("store-then-502"), QStringLiteral("store-then-504"),
          QStringLiteral("store-then-reset"), QStringLiteral("store-then-close"), QStringLiteral("429:1"),
          QStringLiteral("429-date:1"), QStringLiteral("503-maintenance:1"), QStringLiteral("slow:2500"),
          QStringLiteral("html-error:300000"), QStringLiteral("xml-error:100000"),
          QStringLiteral("store-then-negative-length"), QStringLiteral("store-then-double-length"),
          QStringLiteral("store-then-huge-chunk")})
        modes << QStringLiteral("ok") << mode;
    return modes.join(QLatin1Char(','));
}

int runProcess(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

} // namespace

void TestQueueKill::chaosThroughAllFaultModes()
{
    const int notes = qEnvironmentVariableIsSet("AVFALL_CHAOS_NOTES")
                          ? qEnvironmentVariableIntValue("AVFALL_CHAOS_NOTES")
                          : 52;
    const int seconds = qEnvironmentVariableIsSet("AVFALL_CHAOS_SECONDS")
                            ? qEnvironmentVariableIntValue("AVFALL_CHAOS_SECONDS")
                            : 25;
    QElapsedTimer total;
    total.start();
    TestProfile profile;
    const QString dir = profile.path();
    const QString journal = dir + QStringLiteral("/register/") + SandboxServer::journalFileName();
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QStringList sandboxArguments = {QStringLiteral("--port"), QString::number(port),
                                          QStringLiteral("--state-dir"), dir + QStringLiteral("/register")};
    auto sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(sandbox->start(dir + QStringLiteral("/sandbox-profile"),
                           sandboxArguments + QStringList{QStringLiteral("--faults"), chaosCycle(),
                                                          QStringLiteral("--faults-repeat")}));
    const QStringList connection = {
        QStringLiteral("--profile"),
        dir,
        QStringLiteral("--env"),
        QStringLiteral("custom"),
        QStringLiteral("--base-url"),
        sandbox->baseUrl,
        QStringLiteral("--token-url"),
        sandbox->tokenUrl,
        QStringLiteral("--ca-file"),
        sandbox->caFile,
        QStringLiteral("--client-cert"),
        sandbox->clientFile,
        QStringLiteral("--client-cert-password-file"),
        writeFile(dir + QStringLiteral("/password"), sandbox->password.toUtf8()),
        QStringLiteral("--key-secret-file"),
        writeFile(dir + QStringLiteral("/keysecret"), sandbox->keySecret.toUtf8()),
        QStringLiteral("--timeout"),
        QStringLiteral("2")}; // "slow" answers after 2.5 s
    const QString avfallBinary = binaryDirectory() + QStringLiteral("/avfall");
    const auto queueCommand = [&](const QStringList &action) {
        return QStringList{QStringLiteral("queue")} + action + connection;
    };
    {
        auto store = NoteStore::open(profile.profile().databaseFile());
        QVERIFY(store);
        for (int i = 0; i < notes; ++i) {
            // Each its own reference: reading back can tell them apart.
            const NoteKind kind = NoteKind(i % 8);
            QVERIFY(store->enqueue(kind, Environment::Custom,
                                   withValue(samples::note(kind), QStringLiteral("referens"),
                                             QStringLiteral("Kaos %1").arg(i))));
        }
    }

    // Flushers killed at random while the gateway cycles through its faults.
    int kills = 0;
    int runs = 0;
    QElapsedTimer chaos;
    chaos.start();
    while (chaos.elapsed() < seconds * 1000) {
        QProcess flush;
        flush.start(avfallBinary, queueCommand({QStringLiteral("flush")}));
        QVERIFY(flush.waitForStarted());
        ++runs;
        const bool kill = QRandomGenerator::global()->bounded(4) != 0;
        if (!flush.waitForFinished(kill ? int(QRandomGenerator::global()->bounded(150, 2500)) : 120000) &&
            kill) {
            flush.kill();
            ++kills;
        }
        flush.waitForFinished(10000);
        const auto counts = NoteStore::open(profile.profile().databaseFile())->stateCounts();
        if (counts.value(NoteState::Queued) + counts.value(NoteState::Sending) == 0)
            break; // nothing left to send
    }
    // The gateway behaves again: the same register (its journal), faults off. Flush to the end.
    sandbox->stop();
    sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(sandbox->start(dir + QStringLiteral("/sandbox-profile"), sandboxArguments));
    int code = -1;
    for (int attempt = 0; attempt < 5 && code != 0 && code != 5; ++attempt)
        code = runProcess(avfallBinary, queueCommand({QStringLiteral("flush")}));

    const auto registerHas = [&journal] {
        QHash<QString, QStringList> byTracking; // tracking id → avfallIds received
        QFile file(journal);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QJsonObject entry = QJsonDocument::fromJson(line).object();
                if (!entry.isEmpty())
                    byTracking[entry.value(QLatin1String("trackingId")).toString()]
                        << entry.value(QLatin1String("avfallId")).toString();
            }
        }
        return byTracking;
    };
    QHash<QString, QStringList> received = registerHas();
    auto store = NoteStore::open(profile.profile().databaseFile());
    QVERIFY(store);
    int sent = 0;
    int lost = 0;
    QList<StoredNote> uncertain;
    for (const StoredNote &note : store->notes(NoteFilter(), notes * 2)) {
        if (note.state == NoteState::Sent && received.value(note.trackingId) == QStringList{note.avfallId})
            ++sent;
        else if (note.state == NoteState::Uncertain)
            uncertain.append(note);
        else
            ++lost; // queued, rejected, or "sent" with an id the register never gave it
    }
    // The uncertain ones, settled as a user would: `queue check`, which must agree with what the
    // register really holds, then `queue resend` for those that never arrived.
    int arrived = 0;
    int checkWrong = 0;
    for (const StoredNote &note : std::as_const(uncertain)) {
        const bool there = received.contains(note.trackingId);
        arrived += there ? 1 : 0;
        QString said;
        const int checked = runProcess(
            avfallBinary, queueCommand({QStringLiteral("check"), QString::number(note.id)}), &said);
        if (checked != (there ? 0 : 3)) {
            ++checkWrong;
            qWarning("check of %lld said %d (%s)", note.id, checked, qPrintable(said.trimmed()));
        }
        if (!there)
            runProcess(avfallBinary, queueCommand({QStringLiteral("resend"), QString::number(note.id)}));
    }
    received = registerHas();
    int doubled = 0;
    int settledSent = 0;
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        doubled += it.value().size() > 1 ? 1 : 0;
    for (const StoredNote &note : store->notes(NoteFilter(), notes * 2)) {
        if (note.state == NoteState::Sent && received.value(note.trackingId) == QStringList{note.avfallId})
            ++settledSent;
    }
    qInfo("chaos: %d notes, %d flush runs, %d killed, %.0f s; at the register %lld notes (%s); sent %d, "
          "uncertain %lld (of these %d truly arrived, %lld did not; queue check wrong %d times), lost %d, "
          "doubled %d; after settling: %d of %d sent, each exactly once",
          notes, runs, kills, double(total.elapsed()) / 1000.0, qlonglong(received.size()),
          doubled ? "some more than once" : "each exactly once", sent, qlonglong(uncertain.size()), arrived,
          qlonglong(uncertain.size() - arrived), checkWrong, lost, doubled, settledSent, notes);
    QCOMPARE(lost, 0);
    QCOMPARE(doubled, 0);
    QCOMPARE(checkWrong, 0);
    QCOMPARE(settledSent, notes);
    QCOMPARE(received.size(), notes);
}

QTEST_GUILESS_MAIN(TestQueueKill)
#include "tst_queuekill.moc"
