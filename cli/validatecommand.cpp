#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace avfall::cli {

namespace {

QStringList resourceNames()
{
    QStringList names;
    for (const NoteType &type : noteTypes())
        names << type.resource;
    return names;
}

class ValidateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return CliText::tr("kontrollera en anteckning i JSON mot registrets regler");
    }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(CliText::tr("TYP"), CliText::tr("anteckningstyp: ") +
                                                             resourceNames().join(QStringLiteral(", ")));
        parser.addPositionalArgument(CliText::tr("FIL"),
                                     CliText::tr("anteckningen som JSON ('-' läser från standard in)"));
        parser.addOption({QStringLiteral("json"), CliText::tr("skriv problemen som en JSON-lista")});
        parser.addOption(
            {QStringLiteral("print-payload"), CliText::tr("skriv anteckningen som den skulle skickas")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 2) {
            console.err
                << CliText::tr(
                       "avfall validate: ange TYPE och FILE, till exempel 'avfall validate transporter "
                       "anteckning.json'.")
                << '\n';
            return Usage;
        }
        const NoteType *type = noteTypeByResource(arguments.at(0));
        if (!type) {
            console.err << CliText::tr("avfall validate: okänd anteckningstyp '%1'. Möjliga: %2.")
                               .arg(arguments.at(0), resourceNames().join(QStringLiteral(", ")))
                        << '\n';
            return Usage;
        }
        const auto note = readNoteFile(arguments.at(1), console);
        if (!note)
            return Failure;

        // Judged as the register would: with its own lists when they have been fetched.
        const Profile profile = Profile::fromCommandLine(parser);
        const auto lists = openValueLists(profile, Settings(profile).environment());
        const QList<Problem> problems = NoteValidator(lists->lists()).validate(type->kind, *note);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Problem &problem : problems) {
                list.append(
                    QJsonObject{{QStringLiteral("path"), problem.path},
                                {QStringLiteral("message"), problem.message},
                                {QStringLiteral("code"), problem.registerCode},
                                {QStringLiteral("severity"),
                                 problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")}});
            }
            console.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            printProblems(problems, console);
        }
        if (hasErrors(problems))
            return Invalid;
        if (parser.isSet(QStringLiteral("print-payload")))
            console.out << QString::fromUtf8(
                QJsonDocument(notejson::normalized(type->kind, *note)).toJson(QJsonDocument::Indented));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeValidateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace avfall::cli
