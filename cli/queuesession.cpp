#include "cli/queuesession.h"
#include "cli/clitext.h"

#include "cli/exitcodes.h"
#include "core/inputfile.h"
#include "core/notevalidator.h"
#include "core/settings.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace avfall::cli {

QueueSession::QueueSession(const QCommandLineParser &parser)
    : m_parser(parser)
    , m_profile(Profile::fromCommandLine(parser))
{}

bool QueueSession::openStore(Console &console)
{
    QString error;
    if (!m_profile.ensureDirectories(&error)) {
        console.err << error << '\n';
        return false;
    }
    m_store = NoteStore::open(m_profile.databaseFile(), &error);
    if (!m_store) {
        console.err << error << '\n';
        return false;
    }
    return true;
}

Environment QueueSession::environment() const
{
    if (m_parser.isSet(QStringLiteral("env"))) {
        if (const auto environment = environmentFromKey(m_parser.value(QStringLiteral("env"))))
            return *environment;
    }
    return Settings(m_profile).environment();
}

std::optional<StoredNote> QueueSession::findNote(const QString &id) const
{
    bool isNumber = false;
    const qint64 local = id.toLongLong(&isNumber);
    if (isNumber)
        return m_store->note(local);
    return m_store->findByAvfallId(id);
}

bool QueueSession::send(const SendOptions &options, Console &console, SendReport *report)
{
    SenderLock lock(m_profile);
    if (!lock.tryLock(0)) {
        if (options.wait == LockWait::No) {
            console.err
                << CliText::tr(
                       "En annan process skickar redan från denna profil (pid %1); anteckningen skickas "
                       "därifrån.")
                       .arg(lock.holderPid())
                << '\n';
            return false;
        }
        console.err << CliText::tr("Väntar på att en annan process (pid %1) ska bli klar med att skicka …")
                           .arg(lock.holderPid())
                    << '\n';
        console.err.flush();
        if (!lock.tryLock(-1))
            return false;
    }
    // Holding the lock, anything left "sending" is from a sender that died.
    report->recoveredUncertain = m_store->recoverInterrupted();
    if (report->recoveredUncertain)
        console.err << CliText::tr("%n anteckning(ar) avbröts under sändning och är nu osäkra.", nullptr,
                                   report->recoveredUncertain)
                    << '\n';

    Connection connection = connectionFromOptions(m_parser, m_profile);
    if (!connection.ok()) {
        console.err << connection.error << '\n';
        return false;
    }
    if (options.dropBackoff)
        m_store->retryAllNow(connection.settings.environment);
    RegisterClient client;
    client.setConnection(connection.settings);
    Sender sender(*m_store, client, connection.settings.environment);
    QEventLoop loop;
    QObject::connect(&sender, &Sender::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &sender, &Sender::noteFinished, &loop, [&console](qint64 id, NoteState state, const QString &text) {
            console.err << QStringLiteral("%1: %2 – %3").arg(id).arg(stateDisplayName(state), text) << '\n';
            console.err.flush();
        });
    sender.run(options.waitSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(options.waitSeconds)
                                       : QDateTime());
    loop.exec();
    report->summary = sender.summary();
    if (report->summary.blocked)
        console.err << report->summary.blockedReason << '\n';
    return true;
}

std::unique_ptr<ValueListCache> openValueLists(const Profile &profile, Environment environment)
{
    // One cache per environment: the sandbox's lists must never stand in for the register's.
    return std::make_unique<ValueListCache>(profile.cacheDirectory() + QLatin1Char('/') +
                                            environmentKey(environment));
}

std::optional<QJsonObject> readNoteFile(const QString &path, Console &console)
{
    // Refused unread when it is far too large to be a note.
    const inputfile::Read file = inputfile::read(path, inputfile::Kind::Note, true);
    if (!file.ok()) {
        console.err << file.error << '\n';
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &error);
    if (!document.isObject()) {
        console.err << CliText::tr("%1 är inte ett JSON-objekt (%2).").arg(path, error.errorString()) << '\n';
        return std::nullopt;
    }
    return document.object();
}

bool printProblems(const QList<Problem> &problems, Console &console)
{
    for (const Problem &problem : problems) {
        console.out << problem.path << QStringLiteral(": ")
                    << (problem.isError() ? QString() : CliText::tr("(varning) ")) << problem.message << '\n';
    }
    return !hasErrors(problems);
}

} // namespace avfall::cli
