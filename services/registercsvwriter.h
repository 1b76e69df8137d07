#pragma once

#include "services/noteregisterexport.h"

#include <QByteArray>
#include <QString>

namespace avfall::registercsv {

// The register as ONE CSV file for Excel, like the history export: UTF-8 with BOM, semicolons,
// CRLF, every cell through csv::field (quoting, and an apostrophe before what a spreadsheet would
// run as a formula). One file rather than one per note type, so that it is one file to choose,
// send and open: the first column names the note type (the contract's model name) and the columns
// are the union of all types' columns, each heading once in the order the types first use it;
// a type leaves the columns of other types empty. Decimals are written with a decimal comma, as a
// Swedish spreadsheet reads them; times as ISO 8601 with their offset, as in the note.
QByteArray toCsv(const NoteRegister &noteRegister);

// The headings of the one file: "Anteckningstyp" and the union described above.
QStringList headings(const NoteRegister &noteRegister);

// A cell as the CSV file writes it, before csv::field.
QString cellText(const QVariant &cell);

// Writes toCsv() to the file, atomically. On failure the reason is in `error` (Swedish).
bool write(const NoteRegister &noteRegister, const QString &fileName, QString *error);

} // namespace avfall::registercsv
