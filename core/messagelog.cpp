#include "core/messagelog.h"

#include "core/rotatinglogfile.h"
#include "core/secretredaction.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSysInfo>

#include <memory>

// Off until install(): without the log file the events would only add noise to a terminal (the
// command line's stderr is part of its interface) and to test output.
namespace {
QLoggingCategory &eventsCategory()
{
    static QLoggingCategory category("avfall.events", QtCriticalMsg);
    return category;
}
} // namespace

const QLoggingCategory &lcAvfallEvents()
{
    return eventsCategory();
}

namespace avfall::messagelog {

namespace {

struct State
{
    QMutex mutex;
    std::unique_ptr<RotatingLogFile> file;
    QtMessageHandler previous = nullptr;
};

// Never destroyed: Qt may still report something while the program's statics are torn down.
State &state()
{
    static State *instance = new State;
    return *instance;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?    ";
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool event = context.category && qstrcmp(context.category, lcAvfallEvents().categoryName()) == 0;
    State &s = state();
    // A message raised while writing one (a failing file, say) must not write again or deadlock.
    thread_local bool writing = false;
    if (!writing) {
        writing = true;
        QMutexLocker lock(&s.mutex);
        if (s.file && (event || type != QtDebugMsg))
            s.file->append(formatLine(type, context.category, message, QDateTime::currentDateTimeUtc()));
        lock.unlock();
        writing = false;
    }
    if (!event && s.previous)
        s.previous(type, context, message);
}

} // namespace

QString logFile(const Profile &profile)
{
    return profile.dataDirectory() + QStringLiteral("/logg/avfallsrapport.log");
}

QString formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &at)
{
    const QString where = category && qstrcmp(category, "default") != 0
                              ? QString(QString::fromUtf8(category) + QStringLiteral(": "))
                              : QString();
    QString text = message;
    text.replace(QLatin1Char('\n'), QStringLiteral(" | "));
    return redactSecrets(
        QStringLiteral("%1 %2 %3%4")
            .arg(at.toUTC().toString(Qt::ISODateWithMs), QLatin1String(typeName(type)), where, text));
}

bool install(const Profile &profile, const QString &frontEnd)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.file = std::make_unique<RotatingLogFile>(logFile(profile));
        if (!s.file->append(formatLine(
                QtInfoMsg, "avfall.events",
                QStringLiteral("%1 %2 starts (Qt %3, %4, %5)")
                    .arg(frontEnd, QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                         QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()),
                QDateTime::currentDateTimeUtc()))) {
            s.file.reset();
            return false;
        }
    }
    eventsCategory().setEnabled(QtInfoMsg, true);
    eventsCategory().setEnabled(QtWarningMsg, true);
    QtMessageHandler previous = qInstallMessageHandler(handle);
    if (previous != handle)
        s.previous = previous;
    return true;
}

void uninstall()
{
    State &s = state();
    eventsCategory().setEnabled(QtInfoMsg, false);
    eventsCategory().setEnabled(QtWarningMsg, false);
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.previous = nullptr;
    s.file.reset();
}

} // namespace avfall::messagelog
