#include "childtest.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

namespace avfall::test {

ChildRun runTestFunctionInChild(const QString &function, const QProcessEnvironment &environment,
                                int timeoutMs)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    ChildRun run;
    const bool finished = child.waitForFinished(timeoutMs);
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
    run.passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                 passLine.match(run.output).hasMatch();
    return run;
}

QString sessionBusThatIsNotThere(const QString &directory)
{
    return QStringLiteral("unix:path=") + directory + QStringLiteral("/ingen-buss");
}

} // namespace avfall::test
