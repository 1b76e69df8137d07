#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace avfall::datetext {

// A date and time as people type them, read in local time relative to `now`:
//   "2026-11-20 13:00", "2026-11-20 13.00", "20261120 1300", "20/11 13:00", "20/11/2026 13",
//   "20.11.2026 kl. 13", "20 nov 13:00", "igår 13", "i dag 8:30", "imorgon 7", "nu", "13:00" (today),
//   and the English "today", "yesterday", "tomorrow", "now".
// A date without a year is the nearest such date that is not more than half a year ahead. A date
// without a time takes `defaultTime` (the minute of now when invalid). nullopt when the text is
// not a date at all or names a day that does not exist.
std::optional<QDateTime> parse(QStringView text, const QDateTime &now, QTime defaultTime = QTime());

// How the form writes a date back: "2026-11-20 13:00".
QString format(const QDateTime &moment);

} // namespace avfall::datetext
