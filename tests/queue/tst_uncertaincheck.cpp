#include "network/registerclient.h"
#include "queue/sender.h"
#include "queue/uncertaincheck.h"
#include "sandbox/sandboxserver.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace avfall;
using namespace avfall::test;

// Settling uncertain notes by reading back the sandbox over mutual TLS: identical notes, every
// page, and "ambiguous" where a guess could mark the wrong note as received.
class TestUncertainCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void arrivedIsRecordedWithTheRegistersId();
    void notArrivedIsSaid();
    void identicalNoteAlreadySentDoesNotCount();
    void twoIdenticalUncertainNotesAreAmbiguous();
    void twoMatchesAtTheRegisterAreAmbiguous();
    void readsEveryPage();
    void onlyUncertainNotes();

private:
    qint64 enqueue(const QJsonObject &note)
    {
        return m_store->enqueue(NoteKind::Handel, Environment::Sandbox, note);
    }
    void send(const QString &modes = QString());
    UncertainCheck::Result check(qint64 id, int pageSize = UncertainCheck::kPageSize);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<RegisterClient> m_client;
};

void TestUncertainCheck::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestUncertainCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = NoteStore::open(m_dir->filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(m_store);
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QVERIFY(m_sandbox->listen());
    m_client = std::make_unique<RegisterClient>();
    m_client->setConnection(m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(),
                                            m_pki->client(pki::sandboxOrganisationNumber())));
}

void TestUncertainCheck::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
    m_store.reset();
}

// Sends what is queued, one note at a time so that the modes apply in order.
void TestUncertainCheck::send(const QString &modes)
{
    if (!modes.isEmpty())
        QVERIFY(m_sandbox->setWriteModes(modes, false));
    Sender sender(*m_store, *m_client, Environment::Sandbox);
    sender.setParallelism(1);
    QSignalSpy finished(&sender, &Sender::finished);
    sender.run();
    QVERIFY(finished.wait(20000));
}

UncertainCheck::Result TestUncertainCheck::check(qint64 id, int pageSize)
{
    UncertainCheck checker(*m_store, *m_client);
    checker.setPageSize(pageSize);
    std::optional<UncertainCheck::Result> result;
    checker.run(*m_store->note(id), [&result](const UncertainCheck::Result &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qWarning("no verdict");
    return result.value_or(UncertainCheck::Result());
}

void TestUncertainCheck::arrivedIsRecordedWithTheRegistersId()
{
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    send(QStringLiteral("store-then-502"));
    QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
    const UncertainCheck::Result result = check(id);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::Arrived));
    QCOMPARE(result.avfallId, m_sandbox->received().first().avfallId);
    QCOMPARE(m_store->note(id)->state, NoteState::Sent);
    QCOMPARE(m_store->note(id)->avfallId, result.avfallId);
}

void TestUncertainCheck::notArrivedIsSaid()
{
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1; // a 502 from a gateway that never reached the register
    m_sandbox->setFaults(faults);
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    send();
    QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
    const UncertainCheck::Result result = check(id);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::NotArrived));
    QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
}

void TestUncertainCheck::identicalNoteAlreadySentDoesNotCount()
{
    // Two identical notes: the first arrived and is sent; the second never reached the register.
    // The register's one note is the first one's: the second must not take its avfallId.
    const qint64 first = enqueue(samples::note(NoteKind::Handel));
    send();
    QCOMPARE(m_store->note(first)->state, NoteState::Sent);
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1;
    m_sandbox->setFaults(faults);
    const qint64 second = enqueue(samples::note(NoteKind::Handel));
    send();
    QCOMPARE(m_store->note(second)->state, NoteState::Uncertain);
    const UncertainCheck::Result result = check(second);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::NotArrived));
    QCOMPARE(result.taken, 1);
    QCOMPARE(m_store->note(second)->state, NoteState::Uncertain);
    // Marking it by hand with the first note's avfallId is refused too.
    QString error;
    QVERIFY(!m_store->markReceived(second, m_store->note(first)->avfallId, &error));
    QVERIFY2(error.contains(QString::number(first)), qPrintable(error));
}

void TestUncertainCheck::twoIdenticalUncertainNotesAreAmbiguous()
{
    // Both uncertain, one at the register: it could be either's.
    const qint64 first = enqueue(samples::note(NoteKind::Handel));
    const qint64 second = enqueue(samples::note(NoteKind::Handel));
    SandboxFaults faults;
    faults.writeModes = {*GatewayFault::parse(QStringLiteral("store-then-502"))};
    faults.htmlGatewayWrites = 1; // taken first: the first note's 502 comes from a gateway alone
    m_sandbox->setFaults(faults);
    send();
    QCOMPARE(m_store->note(first)->state, NoteState::Uncertain);
    QCOMPARE(m_store->note(second)->state, NoteState::Uncertain);
    QCOMPARE(m_sandbox->received().size(), 1);
    for (const qint64 id : {first, second}) {
        const UncertainCheck::Result result = check(id);
        QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::Ambiguous));
        QCOMPARE(result.candidates.size(), 1);
        QCOMPARE(result.rivals, QList<qint64>{id == first ? second : first});
        QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
    }
}

void TestUncertainCheck::twoMatchesAtTheRegisterAreAmbiguous()
{
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    send(QStringLiteral("store-then-reset"));
    // The same note arrived once more, from elsewhere (another system, another computer).
    std::optional<CallResult> other;
    m_client->submit(NoteKind::Handel, samples::note(NoteKind::Handel),
                     QUuid::createUuid().toString(QUuid::WithoutBraces),
                     [&other](const CallResult &result) { other = result; });
    QTRY_VERIFY(other.has_value());
    QVERIFY(other->isAccepted());
    const UncertainCheck::Result result = check(id);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::Ambiguous));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
}

void TestUncertainCheck::readsEveryPage()
{
    // Seven other notes first, then the uncertain one: with three to a page it is on page three.
    for (int i = 0; i < 7; ++i)
        enqueue(withValue(samples::note(NoteKind::Handel), QStringLiteral("referens"),
                          QStringLiteral("Annan %1").arg(i)));
    send();
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    send(QStringLiteral("store-then-504"));
    QCOMPARE(m_store->note(id)->state, NoteState::Uncertain);
    const UncertainCheck::Result result = check(id, 3);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::Arrived));
    QCOMPARE(result.pages, 3);
    QCOMPARE(result.avfallId, m_sandbox->received().last().avfallId);
}

void TestUncertainCheck::onlyUncertainNotes()
{
    const qint64 id = enqueue(samples::note(NoteKind::Handel));
    const UncertainCheck::Result result = check(id);
    QCOMPARE(int(result.verdict), int(UncertainCheck::Verdict::Failed));
    QVERIFY(!result.summary.isEmpty());
}

QTEST_GUILESS_MAIN(TestUncertainCheck)
#include "tst_uncertaincheck.moc"
