#include "network/tokenprovider.h"

#include "network/answerparser.h"
#include "network/headervalues.h"
#include "network/httpsexchange.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace avfall {

TokenProvider::TokenProvider(QObject *parent)
    : QObject(parent)
{}

void TokenProvider::setSettings(const ConnectionSettings &settings, const QSslConfiguration &sslConfiguration,
                                ConnectionPool *pool, const QByteArray &identityKey)
{
    m_settings = settings;
    m_sslConfiguration = sslConfiguration;
    m_pool = pool;
    m_identityKey = identityKey;
    m_token.clear();
    m_validUntil = QDateTime();
    ++m_generation;
    // Waiting callers are answered by the fetch of the new settings.
    if (m_fetching) {
        m_fetching = false;
        if (!m_waiting.isEmpty())
            fetch();
    }
}

bool TokenProvider::canRenew() const
{
    return m_settings.accessToken.isEmpty();
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_validUntil = QDateTime();
}

bool TokenProvider::hasToken() const
{
    return !m_settings.accessToken.isEmpty() ||
           (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_validUntil);
}

CallResult TokenProvider::loginProblem(const QString &summary)
{
    CallResult failure;
    failure.outcome = Outcome::AuthenticationFailed;
    failure.summary = summary;
    return failure;
}

void TokenProvider::token(Callback done)
{
    if (!m_settings.accessToken.isEmpty() && !headervalues::isBearerToken(m_settings.accessToken)) {
        done(QString(),
             loginProblem(tr("Åtkomsttoken innehåller otillåtna tecken (till exempel mellanslag eller "
                             "radbrytningar). Klistra in den igen under Inställningar → Åtkomst.")));
        return;
    }
    if (hasToken()) {
        done(m_settings.accessToken.isEmpty() ? m_token : m_settings.accessToken, CallResult());
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        fetch();
}

void TokenProvider::fetch()
{
    m_fetching = true;
    ++m_fetchCount;
    if (m_settings.consumerKey.isEmpty() || m_settings.consumerSecret.isEmpty()) {
        deliver(QString(),
                loginProblem(tr("Det finns ingen åtkomsttoken och ingen nyckel och hemlighet. Fyll i "
                                "dem under Inställningar → Åtkomst.")));
        return;
    }
    // Through HttpsExchange like the writes: it tells a refused client certificate (certificate
    // problem: stop and tell the user) from a register that cannot be reached (retry later).
    HttpRequest request;
    request.method = "POST";
    request.url = m_settings.tokenUrl;
    const QByteArray credentials =
        (m_settings.consumerKey + QLatin1Char(':') + m_settings.consumerSecret).toUtf8();
    request.headers = {{"Authorization", "Basic " + credentials.toBase64()},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.body = QByteArrayLiteral("grant_type=client_credentials");
    auto *exchange = new HttpsExchange(m_sslConfiguration, m_settings.timeoutMs, m_pool, m_identityKey, this);
    QElapsedTimer timer; // by value: nothing to free
    timer.start();
    const quint64 generation = m_generation;
    connect(exchange, &HttpsExchange::finished, this, [this, exchange, timer, generation] {
        exchange->deleteLater();
        const qint64 elapsed = timer.elapsed();
        if (generation != m_generation)
            return;
        CallResult failure;
        failure.durationMs = elapsed;
        failure.httpStatus = exchange->answer().status;
        const QByteArray &body = exchange->answer().body;
        if (exchange->transport() == Transport::TlsRefused) {
            failure.outcome = Outcome::CertificateProblem;
            failure.summary =
                exchange->sslErrors().isEmpty()
                    ? tr("Tokentjänsten godtog inte ert certifikat (%1). Kontrollera att det är "
                         "giltigt och gäller rätt miljö.")
                          .arg(exchange->errorString())
                    : tr("Tokentjänstens servercertifikat gick inte att lita på: %1")
                          .arg(exchange->sslErrors().first().errorString());
        } else if (exchange->transport() != Transport::Answered) {
            failure.outcome = Outcome::Unavailable;
            failure.summary = tr("Tokentjänsten gick inte att nå: %1").arg(exchange->errorString());
        } else if (failure.httpStatus == 200) {
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            const QString token = answer.value(QLatin1String("access_token")).toString();
            const qint64 expiresIn = answer.value(QLatin1String("expires_in")).toInteger();
            const bool bearer = answer.value(QLatin1String("token_type"))
                                    .toString()
                                    .compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0;
            if (!token.isEmpty() && !headervalues::isBearerToken(token)) {
                // It would go into the Authorization header as it is: a line break in it would
                // add a header of the token service's choosing to every request.
                deliver(QString(),
                        loginProblem(tr("Tokentjänsten lämnade en token med otillåtna tecken (till "
                                        "exempel radbrytningar). Den används inte; försök igen senare "
                                        "eller kontakta Naturvårdsverket om felet består.")));
                return;
            }
            if (!token.isEmpty() && expiresIn > 0 && bearer) {
                // Renew a little early: 10 % of the lifetime, at most 30 seconds.
                const qint64 margin = std::min<qint64>(30, expiresIn / 10);
                m_token = token;
                m_validUntil = QDateTime::currentDateTimeUtc().addSecs(expiresIn - margin);
                deliver(token, CallResult());
                return;
            }
            failure.outcome = Outcome::AuthenticationFailed;
            failure.summary = tr("Tokentjänsten svarade utan giltig token.");
        } else if (failure.httpStatus == 400 || failure.httpStatus == 401 || failure.httpStatus == 403) {
            failure.outcome = Outcome::AuthenticationFailed;
            failure.summary =
                tr("Nyckeln och hemligheten godtogs inte av tokentjänsten (HTTP %1). Kontrollera "
                   "dem under Inställningar → Åtkomst; Test och Produktion har olika nycklar.")
                    .arg(failure.httpStatus);
        } else {
            failure.outcome = Outcome::Unavailable;
            failure.summary = tr("Tokentjänsten svarade HTTP %1: %2")
                                  .arg(failure.httpStatus)
                                  .arg(answers::plainText(body, 120));
        }
        deliver(QString(), failure);
    });
    exchange->start(request);
}

void TokenProvider::deliver(const QString &token, const CallResult &failure)
{
    m_fetching = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(token, failure);
}

} // namespace avfall
