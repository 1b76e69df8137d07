#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace avfall::test {

// What a program of the build said and how it ended.
struct CliResult
{
    int exitCode = -1; // -1: did not end in time (killed), -2: crashed
    QString out;       // standard output (both channels when run with MergedChannels)
    QString err;       // standard error
};

// Runs `avfall` (or another program of the build) as a process to its end, the one way every test
// of the command line does. This process's event loop keeps running while it waits, so that a
// sandbox served from the test can answer the program.
class CliRunner
{
public:
    explicit CliRunner(QString program = QStringLiteral("avfall"));

    // Every run starts with --profile <path>.
    CliRunner &profile(const QString &path);
    // stdout and stderr as one text in CliResult::out, in the order written.
    CliRunner &mergeChannels();
    CliRunner &timeout(int milliseconds);
    // The folder the program starts in (default: this process's).
    CliRunner &workingDirectory(const QString &path);

    CliResult run(const QStringList &arguments, const QByteArray &standardInput = QByteArray()) const;

private:
    QString m_program;
    QStringList m_leading;
    QProcess::ProcessChannelMode m_channels = QProcess::SeparateChannels;
    int m_timeoutMs = 60000;
    QString m_workingDirectory;
};

} // namespace avfall::test
