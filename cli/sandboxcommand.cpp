#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/profile.h"
#include "network/pki.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace avfall::cli {

namespace {

// SIGINT/SIGTERM write one byte here; the event loop reads it and quits (the self-pipe trick: a
// signal handler may not call into Qt).
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// Installs the handlers for as long as it lives.
class QuitOnTerminationSignal
{
public:
    QuitOnTerminationSignal()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [] {
            char byte = 0;
            [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_previousInterrupt);
        ::sigaction(SIGTERM, &action, &m_previousTerminate);
        m_installed = true;
    }

    ~QuitOnTerminationSignal()
    {
        if (!m_installed)
            return;
        ::sigaction(SIGINT, &m_previousInterrupt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerminate, nullptr);
        m_notifier.reset();
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }

    QuitOnTerminationSignal(const QuitOnTerminationSignal &) = delete;
    QuitOnTerminationSignal &operator=(const QuitOnTerminationSignal &) = delete;

    bool installed() const { return m_installed; }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previousInterrupt = {};
    struct sigaction m_previousTerminate = {};
    bool m_installed = false;
};

class SandboxCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override
    {
        return CliText::tr("kör den inbyggda sandlådan (en imitation av registret) tills den avbryts");
    }

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("port"),
                          CliText::tr("lyssna på porten N på 127.0.0.1 (annars en ledig port)"),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("state-dir"),
                          CliText::tr("spara det sandlådan tar emot i MAPP (annars profilens mapp sandbox)"),
                          QStringLiteral("MAPP")});
        parser.addOption({QStringLiteral("faults"),
                          CliText::tr("gatewayns fel för de följande skrivningarna i tur och ordning, "
                                      "kommaseparerade: %1")
                              .arg(GatewayFault::names().join(QStringLiteral(", "))),
                          CliText::tr("lista")});
        parser.addOption({QStringLiteral("faults-repeat"),
                          CliText::tr("börja om med --faults när listan är slut (en cykel)")});
    }

    int run(const QCommandLineParser &parser, Console &console) const override
    {
        if (!parser.positionalArguments().isEmpty()) {
            console.err << CliText::tr("avfall sandbox: tar inga argument, bara --port, --state-dir och "
                                       "--faults.")
                        << '\n';
            return Usage;
        }
        const QString faults = parser.value(QStringLiteral("faults"));
        for (const QString &name : faults.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!GatewayFault::parse(name)) {
                console.err << CliText::tr("avfall sandbox: okänt fel '%1'. Kända: %2.")
                                   .arg(name.trimmed(), GatewayFault::names().join(QStringLiteral(", ")))
                            << '\n';
                return Usage;
            }
        }
        quint16 port = 0;
        if (parser.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const uint value = parser.value(QStringLiteral("port")).toUInt(&ok);
            if (!ok || value > 65535) {
                console.err << CliText::tr("avfall sandbox: --port ska vara ett tal mellan 0 och 65535.")
                            << '\n';
                return Usage;
            }
            port = quint16(value);
        }

        const Profile profile = Profile::fromCommandLine(parser);
        QString error;
        if (!profile.ensureDirectories(&error)) {
            console.err << CliText::tr("avfall sandbox: %1").arg(error) << '\n';
            return Failure;
        }
        const QDir data(profile.dataDirectory());
        const pki::SandboxPki sandboxPki =
            pki::ensureSandboxPki(data.filePath(QStringLiteral("sandbox-pki")), &error);
        if (sandboxPki.caFile.isEmpty()) {
            console.err << CliText::tr("avfall sandbox: %1").arg(error) << '\n';
            return Failure;
        }
        const QString stateDirectory = parser.isSet(QStringLiteral("state-dir"))
                                           ? QDir(parser.value(QStringLiteral("state-dir"))).absolutePath()
                                           : data.filePath(QStringLiteral("sandbox"));
        SandboxServer server(sandboxPki, stateDirectory);
        server.setWriteModes(faults, parser.isSet(QStringLiteral("faults-repeat")));
        if (!server.listen(port, &error)) {
            console.err << CliText::tr("avfall sandbox: %1").arg(error) << '\n';
            return Failure;
        }
        QuitOnTerminationSignal quitOnSignal;

        // Scripts and tests read these six lines: their labels are an interface, not translated.
        console.out << QStringLiteral("Bas-URL: ") << server.baseUrl().toString() << '\n'
                    << QStringLiteral("Token-URL: ") << server.tokenUrl().toString() << '\n'
                    << QStringLiteral("CA-fil: ") << QDir::toNativeSeparators(sandboxPki.caFile) << '\n'
                    << QStringLiteral("Klientcertifikat: ")
                    << QDir::toNativeSeparators(sandboxPki.clientPkcs12File) << '\n'
                    << QStringLiteral("Certifikatets lösenord: ")
                    << QString::fromUtf8(sandboxPki.clientPassword) << '\n'
                    << QStringLiteral("Nyckel:hemlighet: ") << SandboxServer::consumerKey() << ':'
                    << SandboxServer::consumerSecret() << '\n'
                    << Qt::flush;
        console.err << CliText::tr("Sandlådan körs och sparar i %1. Avsluta med Ctrl+C.")
                           .arg(QDir::toNativeSeparators(stateDirectory))
                    << '\n'
                    << Qt::flush;

        const int code = QCoreApplication::exec();
        return code == 0 ? Success : Failure;
    }
};

} // namespace

std::unique_ptr<Command> makeSandboxCommand()
{
    return std::make_unique<SandboxCommand>();
}

} // namespace avfall::cli
