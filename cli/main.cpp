#include "clitext.h"
#include "command.h"
#include "exitcodes.h"
#include "profile.h"
#include "settings.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace avfall;
using namespace avfall::cli;

namespace {

QString usageText(const CommandList &commands)
{
    QString text = CliText::tr("Användning: avfall [--profile MAPP] KOMMANDO [ARGUMENT]\n\n"
                               "Rapportera farligt avfall till Naturvårdsverkets avfallsregister "
                               "från kommandoraden.\n\n"
                               "Kommandon:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += CliText::tr("\nAllmänna flaggor:\n"
                        "  --profile MAPP  spara all data under MAPP i stället för standardplatsen\n"
                        "  -h, --help      visa denna hjälp (eller 'avfall KOMMANDO --help')\n"
                        "  -v, --version   visa versionen\n\n"
                        "Slutkoder: 0 klart, 1 fel, 2 ogiltig anteckning, 3 köad men inte skickad, "
                        "4 avvisad av registret, 5 osäker, 64 felaktig användning.\n");
    return text;
}

int usageError(Console &console, const QString &message)
{
    console.err << QStringLiteral("avfall: ") << message << '\n'
                << CliText::tr("Se 'avfall --help'.") << '\n';
    return Usage;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("avfallsrapport"));
    QCoreApplication::setOrganizationName(QStringLiteral("Avfallsrapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AVFALL_VERSION));

    Console console{QTextStream(stdout), QTextStream(stderr)};
    const CommandList commands = allCommands();

    // Global options stand before the command; everything after it belongs to the command.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QString());
    global.addOption(helpOption);
    global.addOption(versionOption);
    Profile::addCommandLineOption(global);
    if (!global.parse(app.arguments()))
        return usageError(console, global.errorText());

    if (global.isSet(versionOption)) {
        console.out << QStringLiteral("avfall %1 (%2)\n")
                           .arg(app.applicationVersion(), QStringLiteral(AVFALL_SYSTEM_ID));
        return Success;
    }
    // The language chosen in the app's settings; a profile nobody has set up yet stays Swedish
    // and is not created just for this.
    const Profile profile = Profile::fromCommandLine(global);
    if (QFile::exists(profile.settingsFile()))
        applyLanguage(app, Settings(profile).language());

    const QStringList positional = global.positionalArguments();
    if (global.isSet(helpOption) || positional.isEmpty()) {
        (global.isSet(helpOption) ? console.out : console.err) << usageText(commands);
        return global.isSet(helpOption) ? Success : Usage;
    }

    const QString name = positional.first();
    for (const auto &command : commands) {
        if (command->name() != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        Profile::addCommandLineOption(parser);
        command->configure(parser);
        // Keep the global --profile when the command's own arguments do not repeat it.
        QStringList arguments{QStringLiteral("avfall ") + name};
        if (global.isSet(QStringLiteral("profile")))
            arguments << QStringLiteral("--profile") << global.value(QStringLiteral("profile"));
        arguments << positional.mid(1);
        if (!parser.parse(arguments))
            return usageError(console, parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            console.out << parser.helpText();
            return Success;
        }
        return command->run(parser, console);
    }
    return usageError(console, CliText::tr("okänt kommando '%1'.").arg(name));
}
