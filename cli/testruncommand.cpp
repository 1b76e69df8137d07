#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/connectionoptions.h"
#include "cli/exitcodes.h"
#include "core/profile.h"
#include "core/settings.h"
#include "network/tlsidentity.h"
#include "printing/testrunpdf.h"
#include "sandbox/sandboxserver.h"
#include "services/testrun.h"
#include "services/testrunreport.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>

namespace avfall::cli {

namespace {

// `avfall testrun`: the test run Naturvårdsverket requires before production (docs/testfall.md),
// against Test (or the sandbox, for practice and CI), one case after the other.
class TestRunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("testrun"); }
    QString summary() const override
    {
        return CliText::tr("kör testfallen mot testmiljön och skriv rapporten för Naturvårdsverket");
    }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("types"),
                          CliText::tr("anteckningstyper att testa, t.ex. transporter,handel (annars "
                                      "verksamhetens roller, eller alla åtta)"),
                          CliText::tr("TYP,...")});
        parser.addOption({QStringLiteral("json"), CliText::tr("skriv rapporten som JSON")});
        parser.addOption(
            {QStringLiteral("pdf"), CliText::tr("skriv rapporten som PDF till FIL"), CliText::tr("FIL")});
        addConnectionOptions(parser);
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const Profile profile = Profile::fromCommandLine(parser);
        QList<NoteKind> kinds;
        if (parser.isSet(QStringLiteral("types"))) {
            QString unknown;
            if (!parseNoteKinds(parser.value(QStringLiteral("types")), &kinds, &unknown) || kinds.isEmpty()) {
                console.err << CliText::tr("avfall testrun: okänd anteckningstyp '%1'.").arg(unknown) << '\n';
                return Usage;
            }
        }
        const QString pdfFile = parser.value(QStringLiteral("pdf"));
        if (!pdfFile.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            console.err << CliText::tr("avfall testrun: PDF kan inte skrivas i detta läge.") << '\n';
            return Failure;
        }

        // The test cases write notes; in production they would be real notes about waste that
        // does not exist.
        const auto refuseProduction = [&console] {
            console.err << CliText::tr("avfall testrun: testkörningen görs mot Test (eller Sandlåda), "
                                       "aldrig mot Produktion. Välj --env test.")
                        << '\n';
            return Usage;
        };
        Environment environment = Settings(profile).environment();
        if (parser.isSet(QStringLiteral("env")))
            environment = environmentFromKey(parser.value(QStringLiteral("env"))).value_or(environment);
        if (environment == Environment::Production)
            return refuseProduction();
        Connection connection = connectionFromOptions(parser, profile);
        if (!connection.ok()) {
            console.err << connection.error << '\n';
            return Failure;
        }
        if (connection.settings.environment == Environment::Production ||
            connection.settings.baseUrl.host() == defaultBaseUrl(Environment::Production).host())
            return refuseProduction();

        const TlsIdentity identity{connection.settings.clientCertificate, connection.settings.clientKey, {}};
        Settings settings(profile);
        TestRunInput input =
            testRunInput(settings, identity.organisationNumber(), QDateTime::currentDateTime());
        if (input.own.organisationNumber.isEmpty()) {
            console.err << CliText::tr("avfall testrun: certifikatet har inget organisationsnummer och "
                                       "verksamhetens organisationsnummer saknas.")
                        << '\n';
            return Failure;
        }
        if (!kinds.isEmpty())
            input.kinds = kinds;

        const bool json = parser.isSet(QStringLiteral("json"));
        TestRun run(connection.settings, input);
        QObject::connect(&run, &TestRun::caseFinished, [&run, &console, json](int index) {
            if (json)
                return;
            const TestCase &testCase = run.cases().at(index);
            console.out << QStringLiteral("%1  %2  %3: %4\n")
                               .arg(testCase.id, -28)
                               .arg(verdictText(testCase.verdict), -12)
                               .arg(testCase.title, testCase.detail);
            console.out.flush();
        });
        QEventLoop loop;
        QObject::connect(&run, &TestRun::finished, &loop, &QEventLoop::quit);
        run.start();
        if (run.isRunning())
            loop.exec();

        const TestRunReport report = TestRunReport::fromRun(run);
        if (report.passed() && report.environment == Environment::Test) {
            settings.setLastPassedTestRun(report.organisationNumber, report.finishedAt);
            settings.sync();
        }
        if (json) {
            console.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        } else {
            const QString total = QString::number(report.cases.size());
            console.out << (report.passed()
                                ? CliText::tr("Godkänd: %1 fall mot %2.").arg(total, report.environmentText())
                                : CliText::tr(
                                      "Inte godkänd: %1 av %2 fall underkända eller inte körda mot %3.")
                                      .arg(report.count(TestCase::Verdict::Failed) +
                                           report.count(TestCase::Verdict::NotRun))
                                      .arg(total, report.environmentText()))
                        << '\n';
        }
        if (!pdfFile.isEmpty()) {
            QString error;
            if (!writeTestRunPdf(report, pdfFile, &error)) {
                console.err << CliText::tr("avfall testrun: %1").arg(error) << '\n';
                return Failure;
            }
        }
        return report.passed() ? Success : TestFailed;
    }
};

} // namespace

std::unique_ptr<Command> makeTestRunCommand()
{
    return std::make_unique<TestRunCommand>();
}

} // namespace avfall::cli
