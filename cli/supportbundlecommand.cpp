#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/profile.h"
#include "secrets/connectionstore.h"
#include "services/supportbundle.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace avfall::cli {

namespace {

// `avfall support-bundle DIR`: the same zip as Hjälp → Spara supportpaket, written into DIR.
class SupportBundleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("support-bundle"); }
    QString summary() const override
    {
        return CliText::tr("spara ett supportpaket (zip utan hemligheter) i en mapp");
    }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(CliText::tr("MAPP"), CliText::tr("mappen där paketet sparas"));
        parser.addOption(
            {QStringLiteral("json"), CliText::tr("skriv paketets sökväg som JSON: {\"path\": …}")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 1) {
            console.err << CliText::tr("avfall support-bundle: ange en mapp, till exempel "
                                       "'avfall support-bundle ~/Skrivbord'.")
                        << '\n';
            return Usage;
        }
        const Profile profile = Profile::fromCommandLine(parser);
        ConnectionStore connections(profile);
        QString error;
        const QString path = SupportBundle(profile, &connections).writeInto(arguments.first(), &error);
        if (path.isEmpty()) {
            console.err << QStringLiteral("avfall support-bundle: ") << error << '\n';
            return Failure;
        }
        if (parser.isSet(QStringLiteral("json")))
            console.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("path"), path}})
                                                 .toJson(QJsonDocument::Compact))
                        << '\n';
        else
            console.out << path << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSupportBundleCommand()
{
    return std::make_unique<SupportBundleCommand>();
}

} // namespace avfall::cli
