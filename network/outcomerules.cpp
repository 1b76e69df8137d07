#include "network/outcomerules.h"

#include <QCoreApplication>
#include <QLocale>

namespace avfall::outcomerules {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRules)
};

// The request is refused as such by whoever answered (routing, method, size, media type): no
// register processed it, and sending it again as it is would be refused again.
bool refusesTheRequestAsSuch(int status)
{
    switch (status) {
    case 404: // no such resource
    case 405: // method not allowed
    case 410:
    case 411: // length required
    case 413: // too large
    case 414: // URI too long
    case 415: // media type
    case 431: // header fields too large
        return true;
    default:
        return false;
    }
}

// When the request did not leave completely, nothing can have processed it; otherwise the
// register may have it.
OutcomeDecision sentOrNot(bool requestComplete, Why afterSending)
{
    return requestComplete ? OutcomeDecision{Outcome::Uncertain, afterSending}
                           : OutcomeDecision{Outcome::Unavailable, Why::CutShort};
}

OutcomeDecision decideAnswer(const WriteFacts &facts)
{
    const int status = facts.status;
    if (status >= 200 && status < 300) {
        if (facts.method == WriteMethod::Delete)
            return status == 200 || status == 201 || status == 204
                       ? OutcomeDecision{Outcome::Accepted, Why::Accepted}
                       : OutcomeDecision{Outcome::Uncertain, Why::NoValidId};
        // Without the id the register may still have stored it: only the id proves what it holds.
        return (status == 200 || status == 201) && facts.validAvfallId
                   ? OutcomeDecision{Outcome::Accepted, Why::Accepted}
                   : OutcomeDecision{Outcome::Uncertain, Why::NoValidId};
    }
    switch (status) {
    case 401: // the gateway refused the token before the register saw anything
    case 403:
    case 407:
        return {Outcome::AuthenticationFailed, Why::LoginRefused};
    case 429:
        return {Outcome::Unavailable, Why::Throttled};
    case 503:
        return {Outcome::Unavailable, Why::Maintenance};
    case 421: // misdirected
    case 425: // too early
        return {Outcome::Unavailable, Why::NotProcessed};
    case 408:
        return sentOrNot(facts.requestComplete, Why::TimeoutStatus);
    default:
        break;
    }
    if (status >= 400 && status < 500) {
        // The register's own refusal (Felsvar, ProblemDetails) proves it did not store the note;
        // a bare 400 or 409 from something in between proves nothing.
        if (facts.registerErrorBody || refusesTheRequestAsSuch(status))
            return {Outcome::Rejected, facts.registerErrorBody ? Why::RegisterRefused : Why::RequestRefused};
        return sentOrNot(facts.requestComplete, Why::UnexpectedAfterSending);
    }
    if (status >= 500 && status < 600)
        return sentOrNot(facts.requestComplete, Why::ServerErrorAfterSending);
    // 3xx (a 303 after a POST means it was processed) and anything stranger.
    return sentOrNot(facts.requestComplete, Why::UnexpectedAfterSending);
}

} // namespace

OutcomeDecision decideWrite(const WriteFacts &facts)
{
    switch (facts.transport) {
    case Transport::Answered:
        return decideAnswer(facts);
    case Transport::NotConnected:
        return {Outcome::Unavailable, Why::NotConnected};
    case Transport::NotRecorded:
        return {Outcome::Unavailable, Why::NotRecorded};
    case Transport::InvalidRequest:
        return {Outcome::Rejected, Why::InvalidRequest};
    case Transport::TlsRefused:
        // A fatal alert after the whole request went out may come after the register took it.
        return facts.requestComplete ? OutcomeDecision{Outcome::Uncertain, Why::TlsAlertAfterSending}
                                     : OutcomeDecision{Outcome::CertificateProblem, Why::CertificateRefused};
    case Transport::ConnectionLost:
        return sentOrNot(facts.requestComplete, Why::LostAfterSending);
    case Transport::TimedOut:
        return sentOrNot(facts.requestComplete, Why::TimedOutAfterSending);
    case Transport::Malformed:
        return sentOrNot(facts.requestComplete, Why::MalformedAfterSending);
    case Transport::TooLarge:
        return sentOrNot(facts.requestComplete, Why::TooLargeAfterSending);
    }
    return {Outcome::Uncertain, Why::UnexpectedAfterSending};
}

Outcome decideRead(Transport transport, int status)
{
    if (transport == Transport::TlsRefused)
        return Outcome::CertificateProblem;
    if (transport == Transport::InvalidRequest)
        return Outcome::Rejected;
    if (transport != Transport::Answered)
        return Outcome::Unavailable;
    if (status >= 200 && status < 300)
        return Outcome::Accepted;
    if (status == 401 || status == 403 || status == 407)
        return Outcome::AuthenticationFailed;
    if (status == 408 || status == 421 || status == 425 || status == 429)
        return Outcome::Unavailable;
    if (status >= 400 && status < 500)
        return Outcome::Rejected;
    return Outcome::Unavailable;
}

std::optional<QDateTime> retryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Delay in seconds; anything beyond a day is as good as "much later".
        const qint64 seconds = text.size() > 6 ? 86400 : std::min<qint64>(text.toLongLong(), 86400);
        return now.addSecs(seconds);
    }
    // An HTTP-date in any of the three forms a recipient must accept (RFC 9110 5.6.7): IMF-fixdate,
    // the obsolete RFC 850 form and asctime().
    // The day's name goes first: it adds nothing, and a two-digit year would make it disagree.
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype comma = date.indexOf(QLatin1Char(','));
    date = comma >= 0 ? date.sliced(comma + 1).trimmed() : date.sliced(date.indexOf(QLatin1Char(' ')) + 1);
    for (const QString &format :
         {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        QDateTime when = QLocale::c().toDateTime(date, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // a two-digit year of this century
            when = when.addYears(100);
        when.setTimeSpec(Qt::UTC);
        return std::max(when, now);
    }
    return std::nullopt;
}

QString summary(const OutcomeDecision &decision, int status, const QString &detail, const QDateTime &retryAt)
{
    const QString said = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    switch (decision.why) {
    case Why::Accepted:
        return Text::tr("Registret tog emot anteckningen.");
    case Why::NoValidId:
        return Text::tr("Registret svarade %1 men utan giltigt avfallsId. Anteckningen kan ha kommit fram; "
                        "skicka inte igen utan att kontrollera.")
            .arg(status);
    case Why::RegisterRefused:
    case Why::RequestRefused:
        return Text::tr("Registret tog inte emot anteckningen (HTTP %1%2).").arg(status).arg(said);
    case Why::LoginRefused:
        return Text::tr(
                   "Registret godtog inte inloggningen (HTTP %1). Kontrollera token, nyckel och hemlighet, "
                   "och att avtalet gäller denna miljö.")
            .arg(status);
    case Why::Throttled:
    case Why::Maintenance: {
        const QString reason =
            decision.why == Why::Throttled
                ? Text::tr("Registret ber om färre anrop just nu (HTTP 429).")
                : Text::tr("Registret är inte tillgängligt just nu (HTTP 503%1).").arg(said);
        const qint64 seconds = retryAt.isValid() ? QDateTime::currentDateTimeUtc().secsTo(retryAt) : 0;
        return reason + QLatin1Char(' ') +
               (seconds > 0 ? Text::tr("Anteckningen skickas igen automatiskt, tidigast om %n sekunder.",
                                       nullptr, int(std::min<qint64>(seconds, 86400)))
                            : Text::tr("Anteckningen skickas igen automatiskt."));
    }
    case Why::NotProcessed:
        return Text::tr("Registret behandlade inte anteckningen (HTTP %1). Den skickas igen automatiskt.")
            .arg(status);
    case Why::ServerErrorAfterSending:
        return Text::tr("Registret svarade med ett fel (HTTP %1%2) efter att anteckningen hade skickats. Den "
                        "kan ha kommit fram; skicka inte igen utan att kontrollera.")
            .arg(status)
            .arg(said);
    case Why::TimeoutStatus:
        return Text::tr("Registret svarade att tiden tog slut (HTTP 408). Anteckningen kan ha kommit fram; "
                        "skicka inte igen utan att kontrollera.");
    case Why::UnexpectedAfterSending:
        return Text::tr("Registret svarade oväntat (HTTP %1%2). Anteckningen kan ha kommit fram; skicka inte "
                        "igen utan att kontrollera.")
            .arg(status)
            .arg(said);
    case Why::CutShort:
        return Text::tr("Förbindelsen bröts innan hela anteckningen hade skickats (%1). Den kan inte ha "
                        "kommit fram och skickas igen automatiskt.")
            .arg(detail);
    case Why::NotConnected:
        return Text::tr("Registret gick inte att nå (%1). Anteckningen ligger kvar i kön och skickas när "
                        "förbindelsen fungerar.")
            .arg(detail);
    case Why::NotRecorded:
        return Text::tr("Anteckningen skickades inte: försöket kunde inte sparas i den lokala kön (%1). Den "
                        "ligger kvar i kön och skickas senare.")
            .arg(detail);
    case Why::InvalidRequest:
        return Text::tr("Anteckningen skickades inte: %1").arg(detail);
    case Why::CertificateRefused:
        return Text::tr(
                   "Registret godtog inte ert certifikat (%1). Kontrollera att det är giltigt och gäller "
                   "rätt miljö.")
            .arg(detail);
    case Why::TlsAlertAfterSending:
        return Text::tr(
                   "Förbindelsen avbröts av registret (%1) efter att anteckningen hade skickats. Den kan "
                   "ha kommit fram; skicka inte igen utan att kontrollera.")
            .arg(detail);
    case Why::LostAfterSending:
    case Why::TimedOutAfterSending:
    case Why::MalformedAfterSending:
    case Why::TooLargeAfterSending:
        return Text::tr("Anteckningen skickades men inget säkert svar kom (%1). Den kan ha kommit fram; "
                        "skicka inte igen utan att kontrollera.")
            .arg(detail);
    }
    return detail;
}

} // namespace avfall::outcomerules
