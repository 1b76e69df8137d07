#include "cli/queuesession.h"
#include "cli/clitext.h"

#include "cli/exitcodes.h"
#include "core/callbackwait.h"
#include "core/inputfile.h"
#include "core/notevalidator.h"
#include "core/settings.h"
#include "queue/senderlock.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace avfall::cli {

QueueSession::QueueSession(const QCommandLineParser &parser)
    : m_parser(parser)
    , m_session(Profile::fromCommandLine(parser))
    , m_actions(m_session)
{}

bool QueueSession::openStore(Console &console)
{
    const Result<void> opened = m_session.open();
    if (!opened)
        console.err << opened.error() << '\n';
    return opened.ok();
}

Environment QueueSession::environment() const
{
    if (m_parser.isSet(QStringLiteral("env"))) {
        if (const auto environment = environmentFromKey(m_parser.value(QStringLiteral("env"))))
            return *environment;
    }
    return m_session.environment();
}

bool QueueSession::send(const SendOptions &options, Console &console, SendReport *report)
{
    SenderLock &lock = m_session.senderLock();
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
    report->recoveredUncertain = m_session.store().recoverInterrupted();
    if (report->recoveredUncertain)
        console.err << CliText::tr("%n anteckning(ar) avbröts under sändning och är nu osäkra.", nullptr,
                                   report->recoveredUncertain)
                    << '\n';

    Connection connection = connectionFromOptions(m_parser, m_session.profile());
    if (!connection.ok()) {
        console.err << connection.error << '\n';
        lock.unlock();
        return false;
    }
    const QMetaObject::Connection progress = QObject::connect(
        &m_session, &services::ProfileSession::noteFinished,
        [&console](qint64 id, NoteState state, const QString &text) {
            console.err << QStringLiteral("%1: %2 – %3").arg(id).arg(stateDisplayName(state), text) << '\n';
            console.err.flush();
        });
    services::ProfileSession::FlushOptions flush;
    flush.until =
        options.waitSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(options.waitSeconds) : QDateTime();
    flush.dropBackoff = options.dropBackoff;
    report->summary = *waitForCallback<Sender::Summary>([&](services::ProfileSession::FlushDone done) {
        m_session.flush(connection.settings, flush, std::move(done));
    });
    QObject::disconnect(progress);
    lock.unlock(); // another process may send from here on
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
