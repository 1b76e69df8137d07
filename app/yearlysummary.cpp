#include "app/yearlysummary.h"

#include "core/identitynumber.h"
#include "core/valuelists.h"
#include "models/notesummary.h"
#include "services/statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

namespace avfall::app {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YearlySummary)
};

QString row(const QString &what, const Sum &sum)
{
    const QLocale locale;
    return QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
        .arg(what.toHtmlEscaped(), locale.toString(sum.notes), locale.toString(sum.kilograms, 'f', 3));
}

QString tableHead(const QString &first)
{
    return QStringLiteral("<table cellpadding=\"3\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"right\">%2</th><th align=\"right\">%3</th></tr>")
        .arg(first, Text::tr("Anteckningar"), Text::tr("Kilogram"));
}
} // namespace

YearlySummary::YearlySummary(const NoteStore &store, Environment environment, int year, Company company)
    : m_store(store)
    , m_environment(environment)
    , m_year(year)
    , m_company(std::move(company))
{}

QString YearlySummary::html() const
{
    const QString year = QString::number(m_year);
    const Statistics result =
        statistics::collect(m_store, {m_environment, year + QStringLiteral("-01"),
                                      year + QStringLiteral("-12"), m_company.organisationNumber});
    const QLocale locale;
    const IdentityCheck number =
        identity::check(m_company.organisationNumber,
                        IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat);
    QString html = Text::tr("<h2>Årssammanställning %1 – farligt avfall</h2>").arg(year);
    html += Text::tr("<p><b>%1</b><br>Organisationsnummer: %2<br>Miljö: %3<br>Period: %4 – %5<br>"
                     "Skapad: %6</p>")
                .arg(m_company.name.isEmpty() ? Text::tr("(inget företagsnamn i Inställningar)")
                                              : m_company.name.toHtmlEscaped(),
                     number.isValid() ? identity::display(number)
                                      : Text::tr("(inget – alla anteckningar i databasen)"),
                     environmentDisplayName(m_environment),
                     locale.toString(QDate(m_year, 1, 1), QLocale::ShortFormat),
                     locale.toString(QDate(m_year, 12, 31), QLocale::ShortFormat),
                     summary::dateTime(QDateTime::currentDateTime()));
    if (m_environment == Environment::Sandbox)
        html += Text::tr("<p><b>Övning i sandlådan: inget skickades till Naturvårdsverket.</b></p>");
    html += Text::tr("<p>Rapporterade anteckningar: <b>%1</b><br>Rapporterad mängd: <b>%2 kg</b></p>")
                .arg(locale.toString(result.total.notes), locale.toString(result.total.kilograms, 'f', 3));

    html += Text::tr("<h3>Per avfallskod</h3>") + tableHead(Text::tr("Avfallskod"));
    const WasteCodeList &codes = ValueLists::bundled().wasteCodesOn(QDate(m_year, 12, 31));
    for (const auto &[code, sum] : statistics::byKilograms(result.wasteCodes)) {
        const WasteCode *known = codes.find(code);
        html += row(known ? known->ewc + QStringLiteral(" ") + known->description : code, sum);
    }
    html += QStringLiteral("</table>");

    html += Text::tr("<h3>Per anteckningstyp</h3>") + tableHead(Text::tr("Anteckningstyp"));
    for (auto it = result.noteTypes.cbegin(); it != result.noteTypes.cend(); ++it)
        html += row(noteType(it.key()).model + QStringLiteral(" – ") + noteType(it.key()).displayTitle(),
                    it.value());
    html += QStringLiteral("</table>");

    html += Text::tr("<h3>Per månad</h3>") + tableHead(Text::tr("Månad"));
    for (const auto &[month, sum] : result.months)
        html += row(
            locale.standaloneMonthName(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).month()),
            sum);
    html += QStringLiteral("</table>");
    html += Text::tr("<p style=\"color:#555\">En anteckning räknas när registret har tagit emot den och den "
                     "varken är makulerad eller ersatt av en senare rättelse som registret har tagit emot. "
                     "Mängden hör till månaden för anteckningens tidpunkt (svensk tid).</p>");
    return html;
}

bool YearlySummary::writePdf(const QString &fileName) const
{
    QTextDocument document;
    document.setHtml(html());
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(Text::tr("Årssammanställning %1").arg(m_year));
    writer.setCreator(QStringLiteral(AVFALL_SYSTEM_ID));
    document.print(&writer);
    return QFileInfo(fileName).size() > 0;
}

} // namespace avfall::app
