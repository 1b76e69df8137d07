#pragma once

#include "core/profile.h"
#include "network/connectionsettings.h"

#include <QCommandLineParser>

#include <memory>

namespace avfall {
class SandboxServer;
}

namespace avfall::cli {

// The options of every command that talks to the register:
//   --env sandbox|test|production|custom, --base-url, --token-url, --ca-file,
//   --client-cert FILE [--client-cert-password-file F], --token-file F | --key-secret-file F.
// Secrets come from files (or the keychain), never from the command line itself.
// They may also stand before the command (`avfall --env test submit ...`): main.cpp passes them on.
QList<QCommandLineOption> connectionOptions();
void addConnectionOptions(QCommandLineParser &parser);

// The connection the options describe. In the sandbox environment without --base-url, the
// built-in sandbox is started in this process with the profile's practice certificate.
struct Connection
{
    ConnectionSettings settings;
    std::unique_ptr<SandboxServer> sandbox;
    QString error; // in Swedish; set when the options do not describe a usable connection

    Connection();
    Connection(Connection &&) noexcept;
    ~Connection();
    bool ok() const { return error.isEmpty(); }
};

Connection connectionFromOptions(const QCommandLineParser &parser, const Profile &profile);

} // namespace avfall::cli
