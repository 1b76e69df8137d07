#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/connectionoptions.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"
#include "core/profile.h"
#include "core/settings.h"
#include "models/valuelistcache.h"
#include "network/registerclient.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace avfall::cli {

namespace {

// The fetch for --refresh: the register (or the sandbox) through the same connection options as
// every other command. The connection and the client live as long as the fetcher.
ValueListFetcher registerFetcher(const QCommandLineParser &parser, QString *error)
{
    auto connection =
        std::make_shared<Connection>(connectionFromOptions(parser, Profile::fromCommandLine(parser)));
    if (!connection->ok()) {
        *error = connection->error;
        return {};
    }
    auto client = std::make_shared<RegisterClient>();
    client->setConnection(connection->settings);
    return [connection, client](const QString &name, ValueListFetchDone done) {
        client->fetchValueList(name, [done](const CallResult &result) {
            done(result.isAccepted(), result.body, result.summary);
        });
    };
}

QString sourceText(const ValueListCache &cache, const QString &name)
{
    const QDateTime fetched = cache.fetchedAt(name);
    if (!fetched.isValid())
        return CliText::tr("inbyggd lista");
    QString text =
        CliText::tr("hämtad %1").arg(fetched.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (cache.isStale(name))
        text += CliText::tr(" (äldre än ett dygn)");
    return text;
}

class ValuesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("values"); }
    QString summary() const override
    {
        return CliText::tr("visa registrets värdelistor (avfallskoder, metoder …)");
    }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(CliText::tr("LISTA"),
                                     CliText::tr("lista att visa: ") +
                                         ValueListCache::listNames().join(QStringLiteral(", ")) +
                                         CliText::tr(" (utan LISTA: listornas källa och ålder)"),
                                     CliText::tr("[LISTA]"));
        parser.addOption(
            {QStringLiteral("refresh"), CliText::tr("hämta listorna (eller LISTA) från registret först")});
        parser.addOption({QStringLiteral("json"),
                          CliText::tr("skriv listan som JSON, så som den är sparad eller inbyggd")});
        parser.addOption({QStringLiteral("date"),
                          CliText::tr("avfallstyper: listan som gäller detta datum (annars i dag)"),
                          QStringLiteral("ÅÅÅÅ-MM-DD")});
        addConnectionOptions(parser);
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() > 1) {
            console.err
                << CliText::tr(
                       "avfall values: ange högst en lista, till exempel 'avfall values avfallstyper'.")
                << '\n';
            return Usage;
        }
        const QString list = arguments.value(0);
        if (!list.isEmpty() && !ValueListCache::listNames().contains(list)) {
            console.err << CliText::tr("avfall values: okänd lista '%1'. Möjliga: %2.")
                               .arg(list, ValueListCache::listNames().join(QStringLiteral(", ")))
                        << '\n';
            return Usage;
        }
        QDate date = QDate::currentDate();
        if (parser.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
            if (!date.isValid()) {
                console.err << CliText::tr("avfall values: ogiltigt datum '%1'; skriv ÅÅÅÅ-MM-DD.")
                                   .arg(parser.value(QStringLiteral("date")))
                            << '\n';
                return Usage;
            }
        }

        const Profile profile = Profile::fromCommandLine(parser);
        // One cache per environment: the sandbox's lists must never stand in for the register's.
        Environment environment = Settings(profile).environment();
        if (parser.isSet(QStringLiteral("env")))
            environment = environmentFromKey(parser.value(QStringLiteral("env"))).value_or(environment);
        const std::unique_ptr<ValueListCache> opened = openValueLists(profile, environment);
        ValueListCache &cache = *opened;
        if (parser.isSet(QStringLiteral("refresh"))) {
            const int result = refresh(parser, profile, cache, list, console);
            if (result != Success)
                return result;
        }

        if (list.isEmpty())
            return printOverview(cache, parser.isSet(QStringLiteral("json")), console);
        if (parser.isSet(QStringLiteral("json"))) {
            QByteArray json = cache.json(list, date);
            if (!json.endsWith('\n'))
                json += '\n';
            console.out << QString::fromUtf8(json);
            return Success;
        }
        printList(cache, list, date, console);
        return Success;
    }

private:
    static int refresh(const QCommandLineParser &parser, const Profile &profile, ValueListCache &cache,
                       const QString &list, Console &console)
    {
        QString error;
        ValueListFetcher fetcher = registerFetcher(parser, &error);
        if (!fetcher) {
            console.err << error << '\n';
            return Failure;
        }
        if (!profile.ensureDirectories(&error)) {
            console.err << CliText::tr("avfall values: %1").arg(error) << '\n';
            return Failure;
        }
        cache.setFetcher(std::move(fetcher));
        bool finished = false;
        bool ok = false;
        QString message;
        QEventLoop loop;
        QObject::connect(&cache, &ValueListCache::refreshFinished, &loop,
                         [&](bool success, const QString &text) {
                             finished = true;
                             ok = success;
                             message = text;
                             loop.quit();
                         });
        cache.refreshLists(list.isEmpty() ? ValueListCache::listNames() : QStringList{list});
        if (!finished)
            loop.exec();
        (ok ? console.out : console.err) << message << '\n';
        return ok ? Success : Failure;
    }

    static int printOverview(const ValueListCache &cache, bool json, Console &console)
    {
        if (json) {
            QJsonArray overview;
            for (const QString &name : ValueListCache::listNames()) {
                const QDateTime fetched = cache.fetchedAt(name);
                overview.append(QJsonObject{
                    {QStringLiteral("lista"), name},
                    {QStringLiteral("kalla"),
                     fetched.isValid() ? QStringLiteral("registret") : QStringLiteral("inbyggd")},
                    {QStringLiteral("hamtad"),
                     fetched.isValid() ? QJsonValue(fetched.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("inaktuell"), fetched.isValid() && cache.isStale(name)}});
            }
            console.out << QString::fromUtf8(QJsonDocument(overview).toJson(QJsonDocument::Indented));
            return Success;
        }
        for (const QString &name : ValueListCache::listNames())
            console.out << QStringLiteral("%1  %2\n").arg(name, -26).arg(sourceText(cache, name));
        return Success;
    }

    static void printList(const ValueListCache &cache, const QString &list, const QDate &date,
                          Console &console)
    {
        const ValueLists &lists = cache.lists();
        const auto line = [&console](const QString &code, int width, const QString &text) {
            console.out << QStringLiteral("%1  %2\n").arg(code, -width).arg(text);
        };
        if (list == QLatin1String("avfallstyper")) {
            // Only codes a note may carry; the display code ends in * for hazardous waste.
            for (const WasteCode &code : lists.wasteCodesOn(date).codes()) {
                if (code.isReportable())
                    line(code.ewc, 9, code.description);
            }
        } else if (list == QLatin1String("behandlingsmetoder")) {
            for (const TreatmentMethod &method : lists.treatmentMethods()) {
                line(method.code, 3, method.description);
                for (const TreatmentSubcode &subcode : method.subcodes)
                    line(QStringLiteral("     ") + subcode.code, 3, subcode.description);
            }
        } else if (list == QLatin1String("atervinningsresultattyper")) {
            for (const RecoveryResultType &type : lists.recoveryResultTypes())
                line(type.code, 2,
                     type.confirmed ? type.description
                                    : CliText::tr("%1 (ej bekräftad)").arg(type.description));
        } else if (list == QLatin1String("transportsatt")) {
            for (const TransportMode &mode : lists.transportModes())
                line(mode.code, 1, mode.description);
        } else {
            // anteckningstyper: nothing in the value lists draws from it; show its JSON's entries.
            const QJsonArray types = QJsonDocument::fromJson(cache.json(list, date)).array();
            for (const QJsonValue &value : types) {
                const QJsonObject type = value.toObject();
                line(type.value(QLatin1String("id")).toVariant().toString(), 1,
                     type.value(QLatin1String("beskrivning")).toString());
            }
        }
    }
};

} // namespace

std::unique_ptr<Command> makeValuesCommand()
{
    return std::make_unique<ValuesCommand>();
}

} // namespace avfall::cli
