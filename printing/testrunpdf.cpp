#include "printing/testrunpdf.h"

#include "services/testrunreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace avfall {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TestRunPdf)
};
} // namespace

bool writeTestRunPdf(const TestRunReport &report, const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = Text::tr("Kunde inte skriva %1: %2").arg(fileName, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Text::tr("Testkörning %1 %2")
                            .arg(report.organisationNumber, report.startedAt.date().toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("Avfallsrapport %1").arg(report.appVersion));
        QTextDocument document;
        document.setHtml(report.toHtml());
        document.print(&writer); // the PDF is complete when print() returns
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0) {
        if (error)
            *error = Text::tr("Kunde inte skriva %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace avfall
