#include "services/testrunreport.h"

#include "network/registerclient.h"
#include "network/tlsidentity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TestRunReport)
};

QJsonArray errorsJson(const QList<RegisterErrorItem> &errors)
{
    QJsonArray array;
    for (const RegisterErrorItem &error : errors)
        array.append(
            QJsonObject{{QStringLiteral("kod"), error.code}, {QStringLiteral("meddelande"), error.message}});
    return array;
}

QJsonObject callJson(const TestCall &call)
{
    return {
        {QStringLiteral("metod"), call.method},
        {QStringLiteral("sokvag"), call.path},
        {QStringLiteral("skickat"), call.payload.isEmpty() ? QJsonValue() : QJsonValue(call.payload)},
        {QStringLiteral("svar"), call.answer},
        {QStringLiteral("utfall"), call.outcome},
        {QStringLiteral("httpStatus"), call.httpStatus},
        {QStringLiteral("felkoder"), errorsJson(call.errors)},
        {QStringLiteral("traceId"), call.traceId},
        {QStringLiteral("trackingId"), call.trackingId},
        {QStringLiteral("avfallId"), call.avfallId},
        {QStringLiteral("varaktighetMs"), call.durationMs},
    };
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TestRunReport TestRunReport::fromRun(const TestRun &run)
{
    TestRunReport report;
    const ConnectionSettings &settings = run.settings();
    const TlsIdentity identity{settings.clientCertificate, settings.clientKey, settings.clientChain};
    report.environment = settings.environment;
    report.organisationNumber = run.input().own.organisationNumber;
    report.certificateSubject = identity.subject();
    report.certificateFingerprint = identity.sha256Fingerprint();
    report.appVersion = QStringLiteral(AVFALL_VERSION);
    report.systemId = RegisterClient::systemId();
    report.baseUrl = settings.baseUrl.toString();
    report.startedAt = run.startedAt();
    report.finishedAt = run.finishedAt();
    report.cases = run.cases();
    return report;
}

bool TestRunReport::passed() const
{
    return !cases.isEmpty() && count(TestCase::Verdict::Failed) == 0 && count(TestCase::Verdict::NotRun) == 0;
}

int TestRunReport::count(TestCase::Verdict verdict) const
{
    return int(std::count_if(cases.cbegin(), cases.cend(),
                             [verdict](const TestCase &testCase) { return testCase.verdict == verdict; }));
}

QString TestRunReport::environmentText() const
{
    if (environment == Environment::Sandbox)
        return Text::tr("Sandlåda (appens inbyggda övningsmiljö, inte Naturvårdsverket)");
    return environmentDisplayName(environment);
}

QJsonObject TestRunReport::toJson() const
{
    QJsonArray caseArray;
    for (const TestCase &testCase : cases) {
        QJsonArray calls;
        for (const TestCall &call : testCase.calls)
            calls.append(callJson(call));
        caseArray.append(QJsonObject{
            {QStringLiteral("id"), testCase.id},
            {QStringLiteral("rubrik"), testCase.title},
            {QStringLiteral("forvantat"), testCase.expectation},
            {QStringLiteral("resultat"), verdictKey(testCase.verdict)},
            {QStringLiteral("detalj"), testCase.detail},
            {QStringLiteral("varaktighetMs"), testCase.durationMs},
            {QStringLiteral("anrop"), calls},
        });
    }
    return {
        {QStringLiteral("rapport"), QStringLiteral("testkorning")},
        {QStringLiteral("miljo"), environmentKey(environment)},
        {QStringLiteral("miljoText"), environmentText()},
        {QStringLiteral("basadress"), baseUrl},
        {QStringLiteral("organisationsnummer"), organisationNumber},
        {QStringLiteral("certifikat"), QJsonObject{{QStringLiteral("subjekt"), certificateSubject},
                                                   {QStringLiteral("sha256"), certificateFingerprint}}},
        {QStringLiteral("appVersion"), appVersion},
        {QStringLiteral("systemId"), systemId},
        {QStringLiteral("start"), isoTime(startedAt)},
        {QStringLiteral("slut"), isoTime(finishedAt)},
        {QStringLiteral("godkand"), passed()},
        {QStringLiteral("antal"),
         QJsonObject{{QStringLiteral("godkanda"), count(TestCase::Verdict::Passed)},
                     {QStringLiteral("underkanda"), count(TestCase::Verdict::Failed)},
                     {QStringLiteral("ejTillampliga"), count(TestCase::Verdict::NotApplicable)},
                     {QStringLiteral("ejKorda"), count(TestCase::Verdict::NotRun)}}},
        {QStringLiteral("fall"), caseArray},
    };
}

QString TestRunReport::toHtml() const
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(Text::tr("Testkörning mot %1").arg(environmentText())));
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(Text::tr("Organisationsnummer"), organisationNumber);
    html += row(Text::tr("Certifikatets subjekt"), certificateSubject);
    html += row(Text::tr("Certifikatets SHA-256"), certificateFingerprint);
    html += row(Text::tr("App"), Text::tr("Avfallsrapport %1 (%2)").arg(appVersion, systemId));
    html += row(Text::tr("Miljö"), environmentText());
    html += row(Text::tr("Adress"), baseUrl);
    html += row(Text::tr("Datum"), Text::tr("%1 – %2").arg(isoTime(startedAt), isoTime(finishedAt)));
    html += row(Text::tr("Resultat"),
                passed() ? Text::tr("Godkänd: alla %n fall gick igenom", nullptr, int(cases.size()))
                         : Text::tr("Inte godkänd: %1 underkända, %2 ej körda")
                               .arg(count(TestCase::Verdict::Failed))
                               .arg(count(TestCase::Verdict::NotRun)));
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
            .arg(escaped(Text::tr("Fall")));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(escaped(Text::tr("Id")), escaped(Text::tr("Fall")), escaped(Text::tr("Resultat")),
                     escaped(Text::tr("Detalj")));
    for (const TestCase &testCase : cases) {
        const QString color = testCase.verdict == TestCase::Verdict::Failed   ? QStringLiteral("#a00000")
                              : testCase.verdict == TestCase::Verdict::Passed ? QStringLiteral("#006000")
                                                                              : QStringLiteral("#606060");
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"color: %3\"><b>%4</b></td><td>%5</td></tr>")
                .arg(escaped(testCase.id), escaped(testCase.title), color,
                     escaped(verdictText(testCase.verdict)), escaped(testCase.detail));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(escaped(Text::tr("Anrop")));
    for (const TestCase &testCase : cases) {
        for (const TestCall &call : testCase.calls) {
            QStringList codes;
            for (const RegisterErrorItem &error : call.errors)
                codes << QString::number(error.code);
            html += QStringLiteral("<p><b>%1</b> %2 %3 – HTTP %4, %5<br/>")
                        .arg(escaped(testCase.id), escaped(call.method), escaped(call.path))
                        .arg(call.httpStatus)
                        .arg(escaped(call.outcome));
            html += escaped(Text::tr("traceId %1, tracking id %2, avfallId %3, felkoder %4, %5 ms")
                                .arg(call.traceId.isEmpty() ? QStringLiteral("–") : call.traceId,
                                     call.trackingId.isEmpty() ? QStringLiteral("–") : call.trackingId,
                                     call.avfallId.isEmpty() ? QStringLiteral("–") : call.avfallId,
                                     codes.isEmpty() ? QStringLiteral("–") : codes.join(QStringLiteral(", ")))
                                .arg(call.durationMs));
            if (!call.payload.isEmpty())
                html +=
                    QStringLiteral("<br/><span style=\"font-family: monospace; font-size: 7pt\">%1</span>")
                        .arg(escaped(
                            QString::fromUtf8(QJsonDocument(call.payload).toJson(QJsonDocument::Compact))));
            html += QStringLiteral("</p>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace avfall
