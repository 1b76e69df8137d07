#pragma once

#include "core/result.h"
#include "store/storednote.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace avfall::services {

// The history as others read it: `avfall history --json` and the app's Exportera CSV.
namespace historyexport {

// One note in the shape of `avfall history --json`, a public interface: add keys, never rename or
// remove.
QJsonObject toJson(const StoredNote &note);
// The whole list as `avfall history --json` prints it (indented UTF-8).
QByteArray toJsonDocument(const QList<StoredNote> &notes);

// A table as CSV for Excel: UTF-8 with BOM, semicolons, CRLF; cells that Excel would run as a
// formula are neutralised (csv::field). The app passes the columns of its history table, so that
// the file shows what the user saw.
QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows);
Result<void> writeCsv(const QString &fileName, const QStringList &header, const QList<QStringList> &rows);

} // namespace historyexport

} // namespace avfall::services
