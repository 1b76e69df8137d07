#pragma once

#include <QString>

namespace avfall {

struct TestRunReport;

// Prints the report (TestRunReport::toHtml) to an A4 PDF. Needs a QGuiApplication. False and a
// Swedish error when the file cannot be written.
bool writeTestRunPdf(const TestRunReport &report, const QString &fileName, QString *error);

} // namespace avfall
