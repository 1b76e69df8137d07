#include "sandbox/sandboxserver.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// `avfall submit`, `queue`, `correct`, `cancel` and `history` as processes against a sandbox in
// this test (real mutual TLS): their exit codes and output are a public interface.
class TestQueueCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void submitSent();
    void connectionOptionsBeforeTheCommand();
    void submitInvalidStoresNothing();
    void submitRejectedPrintsTheErrors();
    void submitQueuedWhenUnavailableThenFlush();
    void submitUncertainThenCheck();
    void certificateProblemIsAFailure();
    void correctAndCancel();
    void historyJsonShape();
    void builtInSandboxNeedsNoSetup();
    void flushAfterAnOutageSendsEverythingNow();
    void flushSaysWhatIsLeft();
    void flushCountsWhatRecoveryMadeUncertain();
    void checkWithTwoIdenticalNotes();
    void checkSaysAmbiguous();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result avfall(QStringList arguments, bool connection = true);
    QString noteFile(const QJsonObject &note);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<SandboxServer> m_sandbox;
    QStringList m_connection;
    int m_files = 0;
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

void TestQueueCli::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestQueueCli::init()
{
    m_profile = std::make_unique<TestProfile>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QVERIFY(m_sandbox->listen());
    const QString dir = m_profile->path();
    m_connection = {
        QStringLiteral("--env"),
        QStringLiteral("custom"),
        QStringLiteral("--base-url"),
        m_sandbox->baseUrl().toString(),
        QStringLiteral("--token-url"),
        m_sandbox->tokenUrl().toString(),
        QStringLiteral("--ca-file"),
        writeFile(dir + QStringLiteral("/ca.pem"), m_pki->ca().certificatePem),
        QStringLiteral("--client-cert"),
        m_pki->sandboxPki().clientPkcs12File,
        QStringLiteral("--client-cert-password-file"),
        writeFile(dir + QStringLiteral("/pw"), m_pki->sandboxPki().clientPassword),
        QStringLiteral("--key-secret-file"),
        writeFile(
            dir + QStringLiteral("/ks"),
            (SandboxServer::consumerKey() + QLatin1Char(':') + SandboxServer::consumerSecret()).toUtf8())};
}

TestQueueCli::Result TestQueueCli::avfall(QStringList arguments, bool connection)
{
    arguments.prepend(m_profile->path());
    arguments.prepend(QStringLiteral("--profile"));
    if (connection)
        arguments << m_connection;
    QProcess process;
    process.start(binaryDirectory() + QStringLiteral("/avfall"), arguments);
    // The sandbox answers from this process: keep its event loop running while we wait.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestQueueCli::noteFile(const QJsonObject &note)
{
    return writeFile(m_profile->path() + QStringLiteral("/note%1.json").arg(++m_files),
                     QJsonDocument(note).toJson());
}

void TestQueueCli::submitSent()
{
    const Result result = avfall({QStringLiteral("submit"), QStringLiteral("transporter"),
                                  noteFile(samples::note(NoteKind::Transport))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}\\n$")).match(result.out).hasMatch(),
             qPrintable(result.out));
    QCOMPARE(m_sandbox->received().size(), 1);
}

// `avfall --env custom --client-cert F … submit TYPE FILE` works as well as the options after it.
void TestQueueCli::connectionOptionsBeforeTheCommand()
{
    const Result result =
        avfall(m_connection + QStringList{QStringLiteral("submit"), QStringLiteral("transporter"),
                                          noteFile(samples::note(NoteKind::Transport))},
               false);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(m_sandbox->received().size(), 1);
}

void TestQueueCli::submitInvalidStoresNothing()
{
    const Result result =
        avfall({QStringLiteral("submit"), QStringLiteral("handel"),
                noteFile(withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), -1))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains(QStringLiteral("avfall.mangd: ")));
    QVERIFY(m_sandbox->received().isEmpty());
    QCOMPARE(avfall({QStringLiteral("history")}, false).out.trimmed(), QStringLiteral("Inga anteckningar."));
}

void TestQueueCli::submitRejectedPrintsTheErrors()
{
    const QJsonObject other = withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                                        QString::fromLatin1(samples::kCustomerOrganisation));
    const Result result = avfall({QStringLiteral("submit"), QStringLiteral("handel"), noteFile(other)});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.out.contains(QStringLiteral("certifikat")), qPrintable(result.out));
    QVERIFY(avfall({QStringLiteral("queue"), QStringLiteral("list")}, false)
                .out.contains(QStringLiteral("rejected")));
}

void TestQueueCli::submitQueuedWhenUnavailableThenFlush()
{
    SandboxFaults faults;
    faults.unavailableWrites = 1;
    m_sandbox->setFaults(faults);
    Result result = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(avfall({QStringLiteral("queue"), QStringLiteral("list")}, false)
                .out.contains(QStringLiteral("queued")));
    // Its retry time lies a few seconds ahead: flush waits for it.
    result = avfall(
        {QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--wait"), QStringLiteral("30")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_sandbox->received().size(), 1);
    QCOMPARE(avfall({QStringLiteral("queue"), QStringLiteral("list")}, false).out.trimmed(),
             QStringLiteral("Kön är tom."));
}

void TestQueueCli::submitUncertainThenCheck()
{
    SandboxFaults faults;
    faults.closeAfterReadWrites = 1;
    m_sandbox->setFaults(faults);
    Result result = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))});
    QCOMPARE(result.exitCode, 5);
    // A flush never sends it again by itself.
    QCOMPARE(avfall({QStringLiteral("queue"), QStringLiteral("flush")}).exitCode, 0);
    QCOMPARE(m_sandbox->received().size(), 1);
    // Reading back settles it: it did arrive.
    result = avfall({QStringLiteral("queue"), QStringLiteral("check"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(m_sandbox->received().first().avfallId),
             qPrintable(result.out + result.err));
    const QJsonArray history =
        QJsonDocument::fromJson(
            avfall({QStringLiteral("history"), QStringLiteral("--json")}, false).out.toUtf8())
            .array();
    QCOMPARE(history.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
}

void TestQueueCli::certificateProblemIsAFailure()
{
    const pki::KeyPair foreign = TestPki::foreignClient(pki::sandboxOrganisationNumber());
    const QString p12 =
        writeFile(m_profile->path() + QStringLiteral("/foreign.p12"),
                  pki::exportPkcs12(foreign, QByteArrayLiteral("x"), QStringLiteral("främmande")));
    writeFile(m_profile->path() + QStringLiteral("/pw"), QByteArrayLiteral("x"));
    m_connection[m_connection.indexOf(QStringLiteral("--client-cert")) + 1] = p12;
    const Result result = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(m_sandbox->received().isEmpty());
    // Still queued for when the certificate is fixed.
    QVERIFY(avfall({QStringLiteral("queue"), QStringLiteral("list")}, false)
                .out.contains(QStringLiteral("queued")));
}

void TestQueueCli::correctAndCancel()
{
    const Result sent = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))});
    QCOMPARE(sent.exitCode, 0);
    const QString firstId = sent.out.trimmed();
    const Result corrected =
        avfall({QStringLiteral("correct"), firstId,
                noteFile(withValue(samples::note(NoteKind::Handel), QStringLiteral("avfall.mangd"), 7.5))});
    QCOMPARE(corrected.exitCode, 0);
    QVERIFY(corrected.out.trimmed() != firstId);
    QCOMPARE(m_sandbox->received().last().method, QStringLiteral("PUT"));
    // Cancelling the old version is refused: the newest must be cancelled.
    QCOMPARE(avfall({QStringLiteral("cancel"), firstId, QStringLiteral("FelAvfall")}).exitCode, 1);
    QCOMPARE(avfall({QStringLiteral("cancel"), corrected.out.trimmed(), QStringLiteral("Ånger")}).exitCode,
             64);
    const Result cancelled =
        avfall({QStringLiteral("cancel"), corrected.out.trimmed(), QStringLiteral("SkickatDubbelt"),
                QStringLiteral("--explanation"), QStringLiteral("Dubbelklick")});
    QCOMPARE(cancelled.exitCode, 0);
    const QString states = avfall({QStringLiteral("history")}, false).out;
    QVERIFY2(states.contains(QStringLiteral("cancelled")), qPrintable(states));
}

void TestQueueCli::historyJsonShape()
{
    QCOMPARE(avfall({QStringLiteral("submit"), QStringLiteral("insamlingar"),
                     noteFile(samples::note(NoteKind::InsamlingsMottagning))})
                 .exitCode,
             0);
    const Result result =
        avfall({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--type"),
                QStringLiteral("insamlingar"), QStringLiteral("--state"), QStringLiteral("sent"),
                QStringLiteral("--since"), QStringLiteral("2020-01-01")},
               false);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject note = list.first().toObject();
    for (const char *key :
         {"id", "type", "environment", "state", "avfallId", "referens", "trackingId", "deadline", "attempts"})
        QVERIFY2(note.contains(QLatin1String(key)), key);
    QCOMPARE(note.value(QStringLiteral("type")).toString(), QStringLiteral("insamlingar"));
    QCOMPARE(note.value(QStringLiteral("environment")).toString(), QStringLiteral("custom"));
    QCOMPARE(note.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-01"));
    QCOMPARE(note.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(avfall({QStringLiteral("history"), QStringLiteral("--state"), QStringLiteral("lost")}, false)
                 .exitCode,
             64);
}

void TestQueueCli::builtInSandboxNeedsNoSetup()
{
    // No options at all: the default environment is the sandbox, started inside `avfall`.
    const Result result = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))},
        false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.trimmed().isEmpty());
}

void TestQueueCli::flushAfterAnOutageSendsEverythingNow()
{
    // Six notes queued while the register was down for maintenance (it asked for a minute's
    // pause, so each waits with a backoff); the register is back and the user asks for a flush.
    QVERIFY(m_sandbox->setWriteModes(QStringLiteral("503-maintenance:60"), true));
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(avfall({QStringLiteral("submit"), QStringLiteral("handel"),
                         noteFile(samples::note(NoteKind::Handel))})
                     .exitCode,
                 3);
    }
    QVERIFY(m_sandbox->received().isEmpty());
    QVERIFY(m_sandbox->setWriteModes(QString(), false));
    const Result result = avfall({QStringLiteral("queue"), QStringLiteral("flush")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("Skickade: 6, avvisade: 0, osäkra: 0, kvar i kön: 0"));
    QCOMPARE(m_sandbox->received().size(), 6);
}

void TestQueueCli::flushSaysWhatIsLeft()
{
    QVERIFY(m_sandbox->setWriteModes(QStringLiteral("503-maintenance:60"), true));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(avfall({QStringLiteral("submit"), QStringLiteral("handel"),
                         noteFile(samples::note(NoteKind::Handel))})
                     .exitCode,
                 3);
    // Still in maintenance: the flush tries (once) and says that notes stay queued.
    const int requests = m_sandbox->requestCount();
    const Result result = avfall({QStringLiteral("queue"), QStringLiteral("flush")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(QStringLiteral("kvar i kön: 2")), qPrintable(result.out));
    QVERIFY(m_sandbox->requestCount() > requests);
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestQueueCli::flushCountsWhatRecoveryMadeUncertain()
{
    // A sender died after writing a note (its attempt is "written", the note "sending").
    {
        auto store = NoteStore::open(m_profile->profile().databaseFile());
        QVERIFY(store);
        QVERIFY(store->enqueue(NoteKind::Handel, Environment::Custom, samples::note(NoteKind::Handel)));
        const auto claim = store->claimNext(QDateTime::currentDateTimeUtc(), Environment::Custom);
        QVERIFY(claim);
        QVERIFY(store->markWritten(claim->attemptId));
    }
    const Result result = avfall({QStringLiteral("queue"), QStringLiteral("flush")});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.out.contains(QStringLiteral("osäkra: 1")), qPrintable(result.out));
    QVERIFY2(result.err.contains(QStringLiteral("osäkra")), qPrintable(result.err));
    QVERIFY(m_sandbox->received().isEmpty());
}

void TestQueueCli::checkWithTwoIdenticalNotes()
{
    // The first note arrived; the second, identical, never reached the register (a 502 from the
    // gateway alone). Checking the second must not hand it the first one's avfallId.
    const Result first = avfall(
        {QStringLiteral("submit"), QStringLiteral("handel"), noteFile(samples::note(NoteKind::Handel))});
    QCOMPARE(first.exitCode, 0);
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1;
    m_sandbox->setFaults(faults);
    QCOMPARE(avfall({QStringLiteral("submit"), QStringLiteral("handel"),
                     noteFile(samples::note(NoteKind::Handel))})
                 .exitCode,
             5);
    Result result = avfall({QStringLiteral("queue"), QStringLiteral("check"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.contains(QStringLiteral("hör redan till andra")), qPrintable(result.out));
    result = avfall(
        {QStringLiteral("queue"), QStringLiteral("received"), QStringLiteral("2"), first.out.trimmed()},
        false);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("hör redan till anteckning 1")), qPrintable(result.err));
}

void TestQueueCli::checkSaysAmbiguous()
{
    // Two identical notes, both uncertain, one of them at the register: which one is unknown.
    SandboxFaults faults;
    faults.htmlGatewayWrites = 1;
    m_sandbox->setFaults(faults);
    QVERIFY(m_sandbox->setWriteModes(QStringLiteral("store-then-502"), false));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(avfall({QStringLiteral("submit"), QStringLiteral("handel"),
                         noteFile(samples::note(NoteKind::Handel))})
                     .exitCode,
                 5);
    QCOMPARE(m_sandbox->received().size(), 1);
    const Result result = avfall({QStringLiteral("queue"), QStringLiteral("check"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.out.contains(QStringLiteral("Tvetydigt")), qPrintable(result.out));
    QVERIFY(avfall({QStringLiteral("queue"), QStringLiteral("list")}, false)
                .out.count(QStringLiteral("uncertain")) == 2);
}

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queuecli.moc"
