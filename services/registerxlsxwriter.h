#pragma once

#include "services/noteregisterexport.h"

#include <QString>

namespace avfall::registerxlsx {

// The register as an XLSX workbook (libxlsxwriter): first a sheet "Översikt" (company, period and
// what it is counted by, environment, the number of notes per type), then one sheet per note type
// named by the contract's model name, headings in the first row (frozen, with a filter), one note
// per row. Numbers are numbers; every text is written as a text cell, never as a formula, so a
// value such as "=HYPERLINK(…)" is shown as typed and never run.
// On failure the reason is in `error` (Swedish) and no half-written file is left behind.
bool write(const NoteRegister &noteRegister, const QString &fileName, QString *error);

} // namespace avfall::registerxlsx
