#include "tokenprovider.h"

#include "answerparser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace avfall {

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void TokenProvider::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
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

void TokenProvider::token(Callback done)
{
    if (!m_settings.accessToken.isEmpty()) {
        done(m_settings.accessToken, CallResult());
        return;
    }
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_validUntil) {
        done(m_token, CallResult());
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
        CallResult failure;
        failure.outcome = Outcome::AuthenticationFailed;
        failure.summary = tr("Det finns ingen åtkomsttoken och ingen nyckel och hemlighet. Fyll i dem under "
                             "Inställningar → Åtkomst.");
        deliver(QString(), failure);
        return;
    }
    QNetworkRequest request(m_settings.tokenUrl);
    request.setSslConfiguration(m_settings.sslConfiguration());
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray credentials =
        (m_settings.consumerKey + QLatin1Char(':') + m_settings.consumerSecret).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, generation] {
        reply->deleteLater();
        const qint64 elapsed = timer->elapsed();
        delete timer;
        if (generation != m_generation)
            return;
        CallResult failure;
        failure.durationMs = elapsed;
        failure.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(64 * 1024);
        if (reply->error() == QNetworkReply::NoError && failure.httpStatus == 200) {
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            const QString token = answer.value(QLatin1String("access_token")).toString();
            const qint64 expiresIn = answer.value(QLatin1String("expires_in")).toInteger();
            if (!token.isEmpty() && expiresIn > 0 &&
                answer.value(QLatin1String("token_type"))
                        .toString()
                        .compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0) {
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
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            failure.outcome = Outcome::CertificateProblem;
            failure.summary =
                tr("Den säkra förbindelsen till tokentjänsten misslyckades: %1").arg(reply->errorString());
        } else {
            failure.outcome = Outcome::Unavailable;
            failure.summary =
                tr("Tokentjänsten gick inte att nå: %1")
                    .arg(failure.httpStatus ? answers::plainText(body, 120) : reply->errorString());
        }
        deliver(QString(), failure);
    });
}

void TokenProvider::deliver(const QString &token, const CallResult &failure)
{
    m_fetching = false;
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(token, failure);
}

} // namespace avfall
