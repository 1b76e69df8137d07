#include "tests/cli/clirunner.h"

#include "tests/support/testprofile.h"

#include <QTest>

namespace avfall::test {

CliRunner::CliRunner(QString program)
    : m_program(std::move(program))
{}

CliRunner &CliRunner::profile(const QString &path)
{
    m_leading = {QStringLiteral("--profile"), path};
    return *this;
}

CliRunner &CliRunner::mergeChannels()
{
    m_channels = QProcess::MergedChannels;
    return *this;
}

CliRunner &CliRunner::timeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    return *this;
}

CliRunner &CliRunner::workingDirectory(const QString &path)
{
    m_workingDirectory = path;
    return *this;
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &standardInput) const
{
    QProcess process;
    process.setProcessChannelMode(m_channels);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    process.start(binaryDirectory() + QLatin1Char('/') + m_program, m_leading + arguments);
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, m_timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                process.errorString() + QLatin1Char('\n') +
                    QString::fromUtf8(process.readAllStandardError())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace avfall::test
