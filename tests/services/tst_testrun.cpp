#include "core/settings.h"
#include "network/registerclient.h"
#include "sandbox/sandboxserver.h"
#include "services/testrun.h"
#include "services/testrunreport.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// The test run Naturvårdsverket requires before production, run whole against the built-in sandbox
// over real mutual TLS on 127.0.0.1: the same cases a business runs against Test.
class TestTestRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void planFollowsTheRoles_data();
    void planFollowsTheRoles();
    void wholeRunPassesAgainstTheSandbox_data();
    void wholeRunPassesAgainstTheSandbox();
    void notesOfAnotherOrganisationFail();
    void pastedTokenCannotBeRenewed();
    void reportNamesTheIdentityAndKeepsNoSecret();
    void inputComesFromTheProfile();
    void cancelStopsTheRun();

private:
    TestRunInput input(const QList<NoteKind> &kinds, bool withCustomer) const;
    bool runToEnd(TestRun &run);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<SandboxServer> m_sandbox;
    ConnectionSettings m_settings;
};

void TestTestRun::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestTestRun::init()
{
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    m_settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(),
                                 m_pki->client(pki::sandboxOrganisationNumber()));
}

TestRunInput TestTestRun::input(const QList<NoteKind> &kinds, bool withCustomer) const
{
    TestRunInput result;
    result.own.organisationNumber = pki::sandboxOrganisationNumber();
    result.own.name = QStringLiteral("Sandlådebolaget AB");
    result.own.contactPerson = QStringLiteral("Anna Svensson");
    result.own.email = QStringLiteral("anna@example.se");
    result.own.phone = QStringLiteral("08-123 456 78");
    if (withCustomer) {
        Company customer;
        customer.organisationNumber = QStringLiteral("5560065087");
        customer.name = QStringLiteral("Kundföretaget i Ås AB");
        result.customers << customer;
    }
    result.kinds = kinds;
    result.now = QDateTime::currentDateTime();
    return result;
}

bool TestTestRun::runToEnd(TestRun &run)
{
    QSignalSpy finished(&run, &TestRun::finished);
    run.start();
    return finished.wait(120000) || !finished.isEmpty();
}

void TestTestRun::planFollowsTheRoles_data()
{
    QTest::addColumn<QList<NoteKind>>("kinds");
    QTest::addColumn<bool>("withCustomer");
    QTest::addColumn<QStringList>("noteCases");
    QTest::newRow("alla typer utan ombud")
        << QList<NoteKind>{} << false
        << strings({"A-transportplaneringar", "A-transporter", "A-insamlingar", "A-insamlingstransport",
                    "A-handel", "A-behandlingsmottaganden", "A-behandlingsresultat",
                    "A-behandlingsoverlamningar"});
    QTest::newRow("transportör som ombud")
        << QList<NoteKind>{NoteKind::Transport} << true << strings({"A-transporter", "O-transporter"});
    QTest::newRow("behandlare") << QList<NoteKind>{NoteKind::Behandlingsmottagning,
                                                   NoteKind::Behandlingsresultat}
                                << false << strings({"A-behandlingsmottaganden", "A-behandlingsresultat"});
}

void TestTestRun::planFollowsTheRoles()
{
    QFETCH(QList<NoteKind>, kinds);
    QFETCH(bool, withCustomer);
    QFETCH(QStringList, noteCases);
    QStringList ids;
    for (const TestCase &testCase : planTestCases(input(kinds, withCustomer)))
        ids << testCase.id;
    const QStringList expected =
        strings({"V-avfallstyper", "V-behandlingsmetoder", "V-atervinningsresultattyper", "V-transportsatt",
                 "V-anteckningstyper"}) +
        noteCases +
        strings({"R-1", "M-FelAvfall", "M-FelAnteckningstyp", "M-FelVU", "M-SkickatDubbelt", "N-1111", "T-1",
                 "C-1"});
    QCOMPARE(ids, expected);
}

void TestTestRun::wholeRunPassesAgainstTheSandbox_data()
{
    QTest::addColumn<QList<NoteKind>>("kinds");
    QTest::addColumn<bool>("withCustomer");
    QTest::newRow("alla åtta typer, själv och som ombud") << QList<NoteKind>{} << true;
    QTest::newRow("handlare utan kunder") << QList<NoteKind>{NoteKind::Handel} << false;
    QTest::newRow("behandlare, rättelse av behandlingsresultat")
        << QList<NoteKind>{NoteKind::Behandlingsresultat, NoteKind::Behandlingsmottagning} << true;
}

void TestTestRun::wholeRunPassesAgainstTheSandbox()
{
    QFETCH(QList<NoteKind>, kinds);
    QFETCH(bool, withCustomer);
    TestRun run(m_settings, input(kinds, withCustomer));
    QSignalSpy started(&run, &TestRun::caseStarted);
    QSignalSpy caseFinished(&run, &TestRun::caseFinished);
    QVERIFY(runToEnd(run));
    for (const TestCase &testCase : run.cases())
        QVERIFY2(testCase.verdict == TestCase::Verdict::Passed,
                 qPrintable(testCase.id + QStringLiteral(": ") + testCase.detail));
    QVERIFY(run.passed());
    QCOMPARE(started.size(), run.cases().size());
    QCOMPARE(caseFinished.size(), run.cases().size());

    const auto find = [&run](const QString &id) {
        for (const TestCase &testCase : run.cases()) {
            if (testCase.id == id)
                return testCase;
        }
        return TestCase();
    };
    // The refused note: the register's 400 with the expected code, and nothing stored.
    const TestCase refused = find(QStringLiteral("N-1111"));
    QCOMPARE(refused.calls.size(), 1);
    QCOMPARE(refused.calls.first().httpStatus, 400);
    QVERIFY(std::any_of(refused.calls.first().errors.cbegin(), refused.calls.first().errors.cend(),
                        [](const RegisterErrorItem &error) { return error.code == 1111; }));
    QVERIFY(refused.calls.first().avfallId.isEmpty());
    // The wrong certificate never got through the handshake.
    const TestCase wrong = find(QStringLiteral("C-1"));
    QCOMPARE(wrong.calls.size(), 1);
    QCOMPARE(wrong.calls.first().outcome, QStringLiteral("certificate"));
    // The correction: POST, PUT with a new id, PUT on the old id refused with 3022.
    const TestCase correction = find(QStringLiteral("R-1"));
    QCOMPARE(correction.calls.size(), 3);
    QVERIFY(!correction.calls.at(1).avfallId.isEmpty());
    QVERIFY(correction.calls.at(1).avfallId != correction.calls.at(0).avfallId);
    QCOMPARE(correction.calls.at(2).httpStatus, 400);
    QCOMPARE(correction.calls.at(2).errors.first().code, 3022);
    // Two tokens, then a read with the new one.
    const TestCase renewal = find(QStringLiteral("T-1"));
    QCOMPARE(renewal.calls.size(), 3);

    // What the sandbox received: every POST of the plan, each cancellation with its reason, and
    // the calls carry the tracking id the sandbox saw.
    QStringList reasons;
    int posts = 0;
    for (const ReceivedNote &note : m_sandbox->received()) {
        if (note.method == QLatin1String("DELETE"))
            reasons << note.cancelledReason;
        posts += note.method == QLatin1String("POST");
    }
    QCOMPARE(reasons, (strings({"FelAvfall", "FelAnteckningstyp", "FelVU", "SkickatDubbelt"})));
    int expectedPosts = 1 + 4; // the correction's note and the four to cancel
    for (const TestCase &testCase : run.cases())
        expectedPosts +=
            testCase.kind == TestCase::Kind::Submit || testCase.kind == TestCase::Kind::SubmitAsAgent;
    QCOMPARE(posts, expectedPosts);
    for (const TestCase &testCase : run.cases()) {
        for (const TestCall &call : testCase.calls) {
            if (call.method == QLatin1String("POST") && call.httpStatus == 200)
                QCOMPARE(m_sandbox->receivedCount(call.trackingId), 1);
        }
    }
    // As ombud: the customer is the verksamhetsutövare, the certificate's company the ombud.
    if (withCustomer) {
        const TestCall agent =
            find(QStringLiteral("O-") +
                 noteType(run.input().kinds.value(0, NoteKind::Transportplanering)).resource)
                .calls.value(0);
        QCOMPARE(agent.payload.value(QStringLiteral("verksamhetsutovare")).toString(),
                 QStringLiteral("5560065087"));
        QCOMPARE(agent.payload.value(QStringLiteral("ombud")).toString(), pki::sandboxOrganisationNumber());
    }
}

void TestTestRun::notesOfAnotherOrganisationFail()
{
    // The profile names a company the certificate does not belong to: the register refuses with
    // 1023, and the run must say so instead of passing.
    TestRunInput other = input({NoteKind::Handel}, false);
    other.own.organisationNumber = QStringLiteral("5560065087");
    TestRun run(m_settings, other);
    QVERIFY(runToEnd(run));
    QVERIFY(!run.passed());
    const TestCase submit = run.cases().at(5);
    QCOMPARE(submit.id, QStringLiteral("A-handel"));
    QCOMPARE(submit.verdict, TestCase::Verdict::Failed);
    QVERIFY2(submit.detail.contains(QStringLiteral("1023")), qPrintable(submit.detail));
    QCOMPARE(run.cases().constFirst().verdict, TestCase::Verdict::Passed); // value lists still work
}

void TestTestRun::pastedTokenCannotBeRenewed()
{
    ConnectionSettings pasted = m_settings;
    pasted.consumerKey.clear();
    pasted.consumerSecret.clear();
    pasted.accessToken = QStringLiteral("inklistrad-token-som-sandladan-inte-kanner");
    TestRun run(pasted, input({NoteKind::Handel}, false));
    QVERIFY(runToEnd(run));
    const TestCase renewal = run.cases().at(run.cases().size() - 2);
    QCOMPARE(renewal.id, QStringLiteral("T-1"));
    QCOMPARE(renewal.verdict, TestCase::Verdict::NotApplicable);
    QVERIFY(renewal.calls.isEmpty());
    // An unknown token opens nothing: the value lists fail as authentication problems.
    QCOMPARE(run.cases().constFirst().verdict, TestCase::Verdict::Failed);
    QCOMPARE(run.cases().constFirst().calls.value(0).outcome, QStringLiteral("authentication"));
}

void TestTestRun::reportNamesTheIdentityAndKeepsNoSecret()
{
    TestRun run(m_settings, input({NoteKind::Transport}, true));
    QVERIFY(runToEnd(run));
    const TestRunReport report = TestRunReport::fromRun(run);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("organisationsnummer")).toString(), pki::sandboxOrganisationNumber());
    QCOMPARE(json.value(QStringLiteral("miljo")).toString(), QStringLiteral("sandbox"));
    QVERIFY(json.value(QStringLiteral("miljoText")).toString().contains(QStringLiteral("Sandlåda")));
    QVERIFY(json.value(QStringLiteral("godkand")).toBool());
    QCOMPARE(json.value(QStringLiteral("appVersion")).toString(), QStringLiteral(AVFALL_VERSION));
    const QJsonObject certificate = json.value(QStringLiteral("certifikat")).toObject();
    QCOMPARE(certificate.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(
                 m_settings.clientCertificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QVERIFY(
        certificate.value(QStringLiteral("subjekt")).toString().contains(pki::sandboxOrganisationNumber()));
    const QJsonArray cases = json.value(QStringLiteral("fall")).toArray();
    QCOMPARE(cases.size(), run.cases().size());
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        QCOMPARE(testCase.value(QStringLiteral("resultat")).toString(), QStringLiteral("godkant"));
        QVERIFY(!testCase.value(QStringLiteral("anrop")).toArray().isEmpty());
    }
    const QJsonObject firstPost =
        cases.at(5).toObject().value(QStringLiteral("anrop")).toArray().at(0).toObject();
    // The register's traceId comes with its errors: the refused note has one.
    const QJsonObject refused = cases.at(cases.size() - 3).toObject();
    QCOMPARE(refused.value(QStringLiteral("id")).toString(), QStringLiteral("N-1111"));
    const QJsonObject refusedCall = refused.value(QStringLiteral("anrop")).toArray().at(0).toObject();
    QVERIFY(!refusedCall.value(QStringLiteral("traceId")).toString().isEmpty());
    QCOMPARE(refusedCall.value(QStringLiteral("felkoder"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("kod"))
                 .toInt(),
             1111);
    QVERIFY(!firstPost.value(QStringLiteral("trackingId")).toString().isEmpty());
    QVERIFY(!firstPost.value(QStringLiteral("avfallId")).toString().isEmpty());
    QCOMPARE(firstPost.value(QStringLiteral("skickat"))
                 .toObject()
                 .value(QStringLiteral("avfall"))
                 .toObject()
                 .value(QStringLiteral("kod"))
                 .toString(),
             QStringLiteral("160601"));

    const QByteArray text = QJsonDocument(json).toJson() + report.toHtml().toUtf8();
    QVERIFY(!text.contains(SandboxServer::consumerSecret().toUtf8()));
    QVERIFY(!text.contains(SandboxServer::consumerKey().toUtf8()));
    QVERIFY(!text.contains("Bearer"));
    QVERIFY(!text.contains("PRIVATE KEY"));
    QVERIFY(report.toHtml().contains(QStringLiteral("Sandlåda")));
}

void TestTestRun::inputComesFromTheProfile()
{
    TestProfile profile;
    Settings settings(profile.profile());
    Company own;
    own.organisationNumber = QStringLiteral("5569999999");
    own.name = QStringLiteral("Eget AB");
    settings.setOwnCompany(own);
    Company customer;
    customer.organisationNumber = QStringLiteral("5560065087");
    settings.setAgentCompanies({customer});
    settings.setReportedNoteKinds({NoteKind::Handel, NoteKind::Transport});
    QVERIFY(!settings.lastPassedTestRun(pki::sandboxOrganisationNumber()).isValid());
    const QDateTime when(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    settings.setLastPassedTestRun(pki::sandboxOrganisationNumber(), when);
    settings.setLastPassedTestRun(QStringLiteral("5560065087"), when.addDays(1));
    settings.setLastPassedTestRun(pki::sandboxOrganisationNumber(), when.addDays(2));

    Settings reopened(profile.profile());
    QCOMPARE(reopened.reportedNoteKinds(), (QList<NoteKind>{NoteKind::Transport, NoteKind::Handel}));
    QCOMPARE(reopened.lastPassedTestRun(pki::sandboxOrganisationNumber()), when.addDays(2));
    QCOMPARE(reopened.lastPassedTestRun(QStringLiteral("5560065087")), when.addDays(1));
    const TestRunInput fromProfile = testRunInput(reopened, pki::sandboxOrganisationNumber(), when);
    // The certificate decides the number the notes carry; the rest comes from Verksamhet.
    QCOMPARE(fromProfile.own.organisationNumber, pki::sandboxOrganisationNumber());
    QCOMPARE(fromProfile.own.name, QStringLiteral("Eget AB"));
    QCOMPARE(fromProfile.customers.size(), 1);
    QCOMPARE(fromProfile.kinds, (QList<NoteKind>{NoteKind::Transport, NoteKind::Handel}));

    QList<NoteKind> parsed;
    QString unknown;
    QVERIFY(parseNoteKinds(QStringLiteral("handel, Transport,transporter"), &parsed, &unknown));
    QCOMPARE(parsed, (QList<NoteKind>{NoteKind::Handel, NoteKind::Transport}));
    QVERIFY(!parseNoteKinds(QStringLiteral("handel,flyg"), &parsed, &unknown));
    QCOMPARE(unknown, QStringLiteral("flyg"));
}

void TestTestRun::cancelStopsTheRun()
{
    TestRun run(m_settings, input({}, true));
    QSignalSpy finished(&run, &TestRun::finished);
    connect(&run, &TestRun::caseFinished, &run, [&run](int index) {
        if (index == 2)
            run.cancel();
    });
    run.start();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!run.isRunning());
    QCOMPARE(run.cases().at(2).verdict, TestCase::Verdict::Passed);
    QCOMPARE(run.cases().at(3).verdict, TestCase::Verdict::NotRun);
    QVERIFY(!run.passed());
    QTest::qWait(200); // nothing more arrives after the cancel
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.cases().at(3).verdict, TestCase::Verdict::NotRun);
}

QTEST_MAIN(TestTestRun)
#include "tst_testrun.moc"
