#pragma once

#include <QString>

namespace avfall::csv {

// One cell of a CSV file for Excel (semicolon-separated), as the history export writes it.
// - Quoted ("…", inner quotes doubled) when it holds a semicolon, a quote, a line feed or a carriage
//   return (also a lone CR, which Excel would take for a line break).
// - Formula injection: a cell that begins with = + - @ (or a tab or CR) would be run as a formula
//   by Excel and LibreOffice (=HYPERLINK(…), =cmd|…). Such a cell gets an apostrophe in front, so
//   that it is shown as the text it is; the apostrophe is visible in the cell. Our own values never
//   begin so (dates, codes, quantities), only text a user or a counterparty typed.
QString field(const QString &text);

} // namespace avfall::csv
