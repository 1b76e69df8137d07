#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace avfall::test {

bool SandboxProcess::start(const QString &profile, const QStringList &extraArguments)
{
    // Its output goes to a file: a pipe that nobody drains while other processes run would stall it.
    const QString log = profile + QStringLiteral(".log");
    QFile::remove(log);
    process.setStandardOutputFile(log);
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/avfall"),
                  QStringList{QStringLiteral("--profile"), profile, QStringLiteral("sandbox")} +
                      extraArguments);
    QString output;
    QElapsedTimer timer;
    timer.start();
    while (output.count(QLatin1Char('\n')) < 6 && timer.elapsed() < 20000 &&
           process.state() != QProcess::NotRunning) {
        process.waitForFinished(100);
        QFile file(log);
        if (file.open(QIODevice::ReadOnly))
            output = QString::fromUtf8(file.readAll());
    }
    const auto value = [&](const char *label) {
        const QRegularExpression line(QStringLiteral("^") + QString::fromUtf8(label) +
                                          QStringLiteral(": (.*)$"),
                                      QRegularExpression::MultilineOption);
        return line.match(output).captured(1).trimmed();
    };
    baseUrl = value("Bas-URL");
    tokenUrl = value("Token-URL");
    caFile = value("CA-fil");
    clientFile = value("Klientcertifikat");
    password = value("Certifikatets lösenord");
    keySecret = value("Nyckel:hemlighet");
    return !baseUrl.isEmpty() && !keySecret.isEmpty();
}

void SandboxProcess::stop()
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    process.waitForFinished(5000);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

} // namespace avfall::test
