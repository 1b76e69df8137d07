#pragma once

#include "core/profile.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

// Events worth having in the log file (start, environment, connection problems, the outcome of each
// attempt). They go to the file only, not to the terminal, and only once messagelog::install() has
// run; never with payloads or secrets.
const QLoggingCategory &lcAvfallEvents();

namespace avfall::messagelog {

// The rotating log of a profile: <data>/logg/avfallsrapport.log, with .1 … .4 before it.
QString logFile(const Profile &profile);

// Installs a Qt message handler that writes every info, warning and error message (and every event
// of lcAvfallEvents) as one timestamped, redacted line to the profile's rotating log file, and
// passes the others' messages on to the handler that was there before (the terminal). frontEnd
// names the program in the first line ("avfallsrapport", "avfall"). Returns false when the log's
// folder cannot be made; messages then go where they went before.
bool install(const Profile &profile, const QString &frontEnd);
// Puts the previous handler back and closes the file (tests; the programs keep it to the end).
void uninstall();
// The line as written: "2026-12-06T08:15:02.123Z WARN  avfall.events: text", redacted.
QString formatLine(QtMsgType type, const char *category, const QString &message, const QDateTime &at);

} // namespace avfall::messagelog
