#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace avfall::test {

// `avfall sandbox` as a process of its own, and what it prints about itself: the six lines that
// scripts read (Bas-URL, Token-URL, CA-fil, Klientcertifikat, Certifikatets lösenord,
// Nyckel:hemlighet). Terminated when it goes.
struct SandboxProcess
{
    QProcess process;
    QString baseUrl, tokenUrl, caFile, clientFile, password, keySecret;

    // profile: a folder for its profile; extraArguments: --port, --state-dir, --faults, …
    bool start(const QString &profile, const QStringList &extraArguments = {});
    void stop();
    ~SandboxProcess();
};

} // namespace avfall::test
