#include "notestore.h"
#include "samplenotes.h"
#include "sandboxserver.h"
#include "testpki.h"
#include "testprofile.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// `avfall queue flush` as a real process against the sandbox over mutual TLS, killed with SIGKILL
// at random moments and started again until the queue is done. Nothing may be lost (every note
// ends sent or uncertain) and nothing doubled (the sandbox received each note at most once).
// AVFALL_KILL_ROUNDS sets the number of kills (scripts/kill-test.sh runs many more).
class TestQueueKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedFlushesLoseAndDoubleNothing();
    void twoFlushersAtOnceOneWaits();

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

QTEST_GUILESS_MAIN(TestQueueKill)
#include "tst_queuekill.moc"
