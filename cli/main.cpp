#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/connectionoptions.h"
#include "cli/exitcodes.h"
#include "core/messagelog.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace avfall;
using namespace avfall::cli;

namespace {

// Options that may stand before the command as well as after it. --profile belongs to every
// command; the connection options only to those that talk to the register.
QList<QCommandLineOption> globalOptions()
{
    return QList<QCommandLineOption>{Profile::commandLineOption()} + connectionOptions();
}

// "  --env <miljö>   miljö: …" lines, aligned like Qt's own help.
QString optionLines(const QList<QCommandLineOption> &options)
{
    QStringList left;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString text = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            text += QStringLiteral(" <%1>").arg(option.valueName());
        left << text;
    }
    qsizetype width = 0;
    for (const QString &text : std::as_const(left))
        width = std::max(width, text.size());
    QString lines;
    for (qsizetype i = 0; i < options.size(); ++i)
        lines += QStringLiteral("  %1  %2\n").arg(left.at(i), -int(width)).arg(options.at(i).description());
    return lines;
}

QString usageText(const CommandList &commands, const QList<QCommandLineOption> &ownOptions)
{
    QString text = CliText::tr("Användning: avfall [ALLMÄNNA FLAGGOR] KOMMANDO [FLAGGOR] [ARGUMENT]\n\n"
                               "Rapportera farligt avfall till Naturvårdsverkets avfallsregister "
                               "från kommandoraden.\n\n"
                               "Kommandon:\n");
    int width = 10;
    for (const auto &command : commands)
        width = std::max(width, int(command->name().size()));
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -width).arg(command->summary());
    text += CliText::tr("\nAllmänna flaggor (före eller efter kommandot):\n");
    text += optionLines(globalOptions() + ownOptions);
    text += CliText::tr("\nSlutkoder: 0 klart, 1 fel, 2 ogiltig anteckning, 3 köad men inte skickad, "
                        "4 avvisad av registret, 5 osäker, 6 testfall underkända (testrun), "
                        "64 felaktig användning.\n");
    return text;
}

// Qt's help of one command, named as the user types it: "Användning: avfall submit [flaggor] …".
QString commandHelp(const QCommandLineParser &parser, const QString &name)
{
    QString text = parser.helpText();
    // The first line is "Usage: avfall [options] …" in the user's language; argv[0] is "avfall".
    const qsizetype program = text.indexOf(QLatin1String("avfall"));
    if (program >= 0 && program < text.indexOf(QLatin1Char('\n')))
        text.insert(program + 6, QLatin1Char(' ') + name);
    return text;
}

int usageError(Console &console, const QString &message, const QString &helpCommand)
{
    console.err << QStringLiteral("avfall: ") << message << '\n'
                << CliText::tr("Se '%1 --help'.").arg(helpCommand) << '\n';
    return Usage;
}

// A parser for what stands before the command; everything after the command is its own.
void configureGlobal(QCommandLineParser &parser, const QCommandLineOption &help,
                     const QCommandLineOption &version)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(globalOptions());
}

// The global options the user gave before the command, to be passed on to it.
QStringList givenGlobalOptions(const QCommandLineParser &global)
{
    QStringList arguments;
    for (const QCommandLineOption &option : globalOptions()) {
        const QString name = option.names().constLast();
        if (!global.isSet(name))
            continue;
        if (option.valueName().isEmpty()) {
            arguments << QStringLiteral("--") + name;
            continue;
        }
        for (const QString &value : global.values(name))
            arguments << QStringLiteral("--") + name << value;
    }
    return arguments;
}

// The app's language for this profile; a profile nobody has set up yet stays Swedish and is not
// created just for this. Qt's own texts (the command help's frame) follow it too.
void followTheAppsLanguage(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser probe;
    probe.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    probe.addOptions(globalOptions());
    probe.parse(arguments); // errors are reported by the real parse, in the right language
    const Profile profile = Profile::fromCommandLine(probe);
    if (QFile::exists(profile.settingsFile()))
        applyLanguage(app, Settings(profile).language());
    else
        installTranslations(app, QStringLiteral("sv"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's help names the program by argv[0], which may be a whole path; ours is called "avfall".
    char programName[] = "avfall";
    std::vector<char *> argumentPointers(argv, argv + argc);
    if (argumentPointers.empty())
        argumentPointers.push_back(programName);
    argumentPointers[0] = programName;
    int argumentCount = int(argumentPointers.size());
    argumentPointers.push_back(nullptr);
    // Only a PDF needs Qt Gui (fonts, QTextDocument); it runs without a display, offscreen.
    const bool printsPdf =
        std::any_of(argumentPointers.begin(), argumentPointers.end() - 1,
                    [](const char *a) { return qstrcmp(a, "--pdf") == 0 || qstrncmp(a, "--pdf=", 6) == 0; });
    if (printsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        printsPdf ? std::make_unique<QGuiApplication>(argumentCount, argumentPointers.data())
                  : std::make_unique<QCoreApplication>(argumentCount, argumentPointers.data());
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("avfallsrapport"));
    QCoreApplication::setOrganizationName(QStringLiteral("Avfallsrapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AVFALL_VERSION));

    Console console{QTextStream(stdout), QTextStream(stderr)};
    followTheAppsLanguage(app, app.arguments());
    const CommandList commands = allCommands();

    QCommandLineParser global;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("visa denna hjälp (eller 'avfall KOMMANDO --help')"));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CliText::tr("visa versionen"));
    configureGlobal(global, helpOption, versionOption);
    if (!global.parse(app.arguments()))
        return usageError(console, global.errorText(), QStringLiteral("avfall"));

    if (global.isSet(versionOption)) {
        console.out << QStringLiteral("avfall %1 (%2)\n")
                           .arg(app.applicationVersion(), QStringLiteral(AVFALL_SYSTEM_ID));
        return Success;
    }

    const QStringList positional = global.positionalArguments();
    if (global.isSet(helpOption) || positional.isEmpty()) {
        (global.isSet(helpOption) ? console.out : console.err)
            << usageText(commands, {helpOption, versionOption});
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
        // Options given before the command come first, so that the same option after it wins.
        const QStringList arguments =
            QStringList{QStringLiteral("avfall")} + givenGlobalOptions(global) + positional.mid(1);
        const QString helpCommand = QStringLiteral("avfall ") + name;
        if (!parser.parse(arguments))
            return usageError(console, parser.errorText(), helpCommand);
        if (parser.isSet(QStringLiteral("help"))) {
            console.out << commandHelp(parser, name);
            return Success;
        }
        // The profile's log gets the command's events; a profile nobody has used is not created for it.
        const Profile profile = Profile::fromCommandLine(parser);
        if (QFileInfo::exists(profile.dataDirectory()) &&
            messagelog::install(profile, QStringLiteral("avfall")))
            qCInfo(lcAvfallEvents, "command: %s", qPrintable(name));
        return command->run(parser, console);
    }
    return usageError(console, CliText::tr("okänt kommando '%1'.").arg(name), QStringLiteral("avfall"));
}
