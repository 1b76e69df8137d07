#include "tests/support/childtest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace avfall::test {

ChildRun runTestFunctionInChild(const QString &function, const QProcessEnvironment &environment,
                                int timeoutMs, bool serveEvents)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    ChildRun run;
    bool finished = false;
    if (serveEvents) {
        QEventLoop loop;
        QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (child.state() != QProcess::NotRunning)
            loop.exec();
        finished = child.state() == QProcess::NotRunning;
    } else {
        finished = child.waitForFinished(timeoutMs);
    }
    run.output = QString::fromUtf8(child.readAll());
    if (!finished) {
        child.kill();
        child.waitForFinished(5000);
        run.output += QStringLiteral("\n(no end within %1 ms)").arg(timeoutMs);
        return run;
    }
    const QRegularExpression passLine(QStringLiteral("^PASS   : \\w+::") +
                                          QRegularExpression::escape(function) + QStringLiteral("\\(\\)$"),
                                      QRegularExpression::MultilineOption);
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    run.passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                 passLine.match(run.output).hasMatch();
    return run;
}

QString sessionBusThatIsNotThere(const QString &directory)
{
    return QStringLiteral("unix:path=") + directory + QStringLiteral("/ingen-buss");
}

} // namespace avfall::test
