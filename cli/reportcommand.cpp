#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"
#include "core/reportingfacts.h"
#include "services/statistics.h"

#include <QJsonDocument>
#include <QLocale>

namespace avfall::cli {

namespace {

// `avfall report --monthly`: the reported kilograms per month (services/reporting.h says what
// counts), the same figures as the Statistik page.
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return CliText::tr("visa rapporterade kilogram per månad"); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("monthly"), CliText::tr("rapporterade kilogram per månad")});
        parser.addOption({QStringLiteral("from"),
                          CliText::tr("första månaden (ÅÅÅÅ-MM; annars elva månader före --to)"),
                          CliText::tr("månad")});
        parser.addOption({QStringLiteral("to"), CliText::tr("sista månaden (ÅÅÅÅ-MM; annars denna månad)"),
                          CliText::tr("månad")});
        parser.addOption({QStringLiteral("env"),
                          CliText::tr("miljö: production (standard), test, sandbox eller custom"),
                          CliText::tr("miljö")});
        parser.addOption({QStringLiteral("json"),
                          CliText::tr("skriv JSON: månader, avfallskoder, anteckningstyper och parter")});
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        if (!parser.isSet(QStringLiteral("monthly"))) {
            console.err << CliText::tr("Välj en rapport: --monthly.") << '\n';
            return Usage;
        }
        StatisticsRequest request;
        if (parser.isSet(QStringLiteral("env"))) {
            const auto environment = environmentFromKey(parser.value(QStringLiteral("env")));
            if (!environment) {
                console.err << CliText::tr("Okänd miljö '%1'. Välj sandbox, test, production eller custom.")
                                   .arg(parser.value(QStringLiteral("env")))
                            << '\n';
                return Usage;
            }
            request.environment = *environment;
        }
        const QDate thisMonth = facts::swedishTime(QDateTime::currentDateTimeUtc()).date();
        request.toMonth = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                             : thisMonth.toString(QStringLiteral("yyyy-MM"));
        if (!statistics::isMonth(request.toMonth)) {
            console.err << CliText::tr("--to ska vara en månad, ÅÅÅÅ-MM.") << '\n';
            return Usage;
        }
        request.fromMonth = parser.isSet(QStringLiteral("from"))
                                ? parser.value(QStringLiteral("from"))
                                : QDate::fromString(request.toMonth + QStringLiteral("-01"), Qt::ISODate)
                                      .addMonths(-11)
                                      .toString(QStringLiteral("yyyy-MM"));
        if (statistics::monthsBetween(request.fromMonth, request.toMonth).isEmpty()) {
            console.err << CliText::tr("--from ska vara en månad, ÅÅÅÅ-MM, och inte efter --to.") << '\n';
            return Usage;
        }
        QueueSession session(parser);
        if (!session.openStore(console))
            return Failure;
        const Statistics result = statistics::collect(session.store(), request);
        if (session.store().isDamaged()) {
            console.err << session.store().lastError() << '\n';
            return Failure;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            console.out << QString::fromUtf8(
                QJsonDocument(statistics::toJson(result)).toJson(QJsonDocument::Indented));
            return Success;
        }
        const QLocale swedish(QLocale::Swedish);
        console.out << CliText::tr("Rapporterade anteckningar i %1, %2 – %3 (månad efter anteckningens "
                                   "tidpunkt)")
                           .arg(environmentDisplayName(request.environment), request.fromMonth,
                                request.toMonth)
                    << '\n';
        const QString line = QStringLiteral("%1  %2  %3\n");
        console.out << line.arg(CliText::tr("Månad"), -8)
                           .arg(CliText::tr("Anteckningar"), 12)
                           .arg(CliText::tr("Kilogram"), 16);
        for (const auto &[month, sum] : result.months)
            console.out
                << line.arg(month, -8).arg(sum.notes, 12).arg(swedish.toString(sum.kilograms, 'f', 3), 16);
        console.out << line.arg(CliText::tr("Totalt"), -8)
                           .arg(result.total.notes, 12)
                           .arg(swedish.toString(result.total.kilograms, 'f', 3), 16);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace avfall::cli
