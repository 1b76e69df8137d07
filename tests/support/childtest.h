#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace avfall::test {

// Runs one test function of this very test executable in a child process with its own
// environment (another HOME, a D-Bus address that leads nowhere, ...).
struct ChildRun
{
    bool passed = false; // ended normally, exit code 0, and the function passed
    int exitCode = -1;   // as the child ended (when it ended normally)
    QString output;      // stdout and stderr together, for the failure message
};
// serveEvents: this process's event loop runs while it waits (a server here that the child uses).
ChildRun runTestFunctionInChild(const QString &function, const QProcessEnvironment &environment,
                                int timeoutMs, bool serveEvents = false);

// A DBUS_SESSION_BUS_ADDRESS in `directory` where no bus listens: QtKeychain finds no Secret
// Service, as on a machine without one.
QString sessionBusThatIsNotThere(const QString &directory);

} // namespace avfall::test
