#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"
#include "core/settings.h"
#include "services/registerfile.h"

#include <QDir>

namespace avfall::cli {

namespace {

// `avfall export`: the register of one's own notes of a period, for a supervisory authority.
// Exit codes: 0 written, 1 the store or the file failed, 64 a missing or wrong option.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return CliText::tr("exportera registret över egna anteckningar i en period (XLSX eller CSV)");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("from"),
                          CliText::tr("första dagen (ÅÅÅÅ-MM-DD) räknat på anteckningens tidpunkt"),
                          CliText::tr("datum")});
        parser.addOption({QStringLiteral("to"), CliText::tr("sista dagen (ÅÅÅÅ-MM-DD), den tas med"),
                          CliText::tr("datum")});
        parser.addOption({QStringLiteral("format"),
                          CliText::tr("xlsx (en flik per anteckningstyp, förval) eller csv (en fil)"),
                          CliText::tr("format"), QStringLiteral("xlsx")});
        parser.addOption({QStringLiteral("output"),
                          CliText::tr("filen att skriva (annars anteckningar-FRÅN--TILL.FORMAT här)"),
                          CliText::tr("fil")});
        parser.addOption({QStringLiteral("env"),
                          CliText::tr("miljön vars anteckningar exporteras: sandbox, test, production eller "
                                      "custom (annars den sparade)"),
                          CliText::tr("miljö")});
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        RegisterPeriod period;
        for (const auto &[option, date] :
             {std::pair{QStringLiteral("from"), &period.from}, std::pair{QStringLiteral("to"), &period.to}}) {
            if (!parser.isSet(option)) {
                console.err << CliText::tr("avfall export: ange --from och --to, till exempel --from "
                                           "2026-01-01 --to 2026-12-31.")
                            << '\n';
                return Usage;
            }
            *date = QDate::fromString(parser.value(option), Qt::ISODate);
            if (!date->isValid()) {
                console.err << CliText::tr("avfall export: ogiltigt datum '%1'; skriv ÅÅÅÅ-MM-DD.")
                                   .arg(parser.value(option))
                            << '\n';
                return Usage;
            }
        }
        if (!period.isValid()) {
            console.err << CliText::tr("avfall export: perioden slutar före den börjar.") << '\n';
            return Usage;
        }
        const auto format = registerFormatFromKey(parser.value(QStringLiteral("format")));
        if (!format) {
            console.err << CliText::tr("avfall export: okänt format '%1'; välj xlsx eller csv.")
                               .arg(parser.value(QStringLiteral("format")))
                        << '\n';
            return Usage;
        }
        if (parser.isSet(QStringLiteral("env")) && !environmentFromKey(parser.value(QStringLiteral("env")))) {
            console.err << CliText::tr("Okänd miljö '%1'. Välj sandbox, test, production eller custom.")
                               .arg(parser.value(QStringLiteral("env")))
                        << '\n';
            return Usage;
        }
        const QString fileName = parser.isSet(QStringLiteral("output"))
                                     ? parser.value(QStringLiteral("output"))
                                     : period.fileName(registerFormatKey(*format));

        QueueSession session(parser);
        if (!session.openStore(console))
            return Failure;
        const NoteRegister noteRegister =
            NoteRegisterBuilder(period, session.environment(), Settings(session.profile()).ownCompany())
                .build(session.store());
        if (session.store().isDamaged()) {
            console.err << session.store().lastError() << '\n';
            return Failure;
        }
        QString error;
        if (!writeRegister(noteRegister, *format, fileName, &error)) {
            console.err << error << '\n';
            return Failure;
        }
        console.out << CliText::tr("Registret %1 i miljön %2 (antal anteckningar: %3) sparades i %4.")
                           .arg(noteRegister.periodText(), environmentDisplayName(noteRegister.environment))
                           .arg(noteRegister.noteCount())
                           .arg(QDir::toNativeSeparators(fileName))
                    << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace avfall::cli
