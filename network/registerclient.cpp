#include "network/registerclient.h"

#include "core/errorcatalogue.h"
#include "network/answerparser.h"
#include "network/httpsexchange.h"
#include "network/outcomerules.h"
#include "network/tokenprovider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

namespace avfall {

namespace {

QString joinPath(const QUrl &base, const QString &path)
{
    QString result = base.toString(QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return result + QLatin1Char('/') + path;
}

// What the register said, in our words where we know the code.
QString rejectionSummary(const CallResult &result)
{
    QStringList lines;
    for (const RegisterErrorItem &error : result.errors)
        lines << errorcatalogue::explain(error.code, error.message);
    return lines.join(QLatin1Char('\n'));
}

// A stable key for "who we are towards the register": connections of one identity are never
// reused by another.
QByteArray identityKey(const ConnectionSettings &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(settings.clientCertificate.toDer());
    hash.addData(environmentKey(settings.environment).toUtf8());
    return hash.result().left(8);
}

} // namespace

RegisterClient::RegisterClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(std::make_unique<TokenProvider>())
    , m_pool(std::make_unique<ConnectionPool>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RegisterClient::~RegisterClient() = default;

QString RegisterClient::systemId()
{
    return QStringLiteral(AVFALL_SYSTEM_ID);
}

void RegisterClient::setConnection(const ConnectionSettings &settings)
{
    const bool changed = !settings.sameIdentityAs(m_settings);
    m_settings = settings;
    // Built once: the default configuration parses every system CA when it is extended.
    m_sslConfiguration = settings.sslConfiguration();
    if (changed) {
        // A kept-alive connection would otherwise go on with the old certificate.
        m_network->clearConnectionCache();
        m_pool->clear();
        m_identityKey = identityKey(settings);
        m_tokens->setSettings(settings, m_sslConfiguration, m_pool.get(), m_identityKey);
    }
}

void RegisterClient::abortWrites()
{
    ++m_writeGeneration;
    const auto exchanges = findChildren<HttpsExchange *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpsExchange *exchange : exchanges) {
        exchange->abandon();
        exchange->deleteLater();
    }
}

int RegisterClient::writesReadyAtOnce() const
{
    if (!m_tokens->hasToken())
        return 0;
    return m_pool->idleCount(m_settings.baseUrl, m_identityKey);
}

int RegisterClient::tokenFetchCount() const
{
    return m_tokens->fetchCount();
}

namespace {
QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void RegisterClient::submit(NoteKind kind, const QJsonObject &payload, const QString &trackingId,
                            Callback done, BeforeWrite beforeWrite)
{
    submit(kind, jsonBytes(payload), trackingId, std::move(done), std::move(beforeWrite));
}

void RegisterClient::correct(NoteKind kind, const QString &latestAvfallId, const QJsonObject &payload,
                             const QString &trackingId, Callback done, BeforeWrite beforeWrite)
{
    correct(kind, latestAvfallId, jsonBytes(payload), trackingId, std::move(done), std::move(beforeWrite));
}

void RegisterClient::submit(NoteKind kind, const QByteArray &payloadJson, const QString &trackingId,
                            Callback done, BeforeWrite beforeWrite)
{
    write(Method::Post, noteType(kind).resource, payloadJson, trackingId, std::move(done),
          std::move(beforeWrite));
}

void RegisterClient::correct(NoteKind kind, const QString &latestAvfallId, const QByteArray &payloadJson,
                             const QString &trackingId, Callback done, BeforeWrite beforeWrite)
{
    write(Method::Put, noteType(kind).resource + QLatin1Char('/') + latestAvfallId, payloadJson, trackingId,
          std::move(done), std::move(beforeWrite));
}

void RegisterClient::cancel(const QString &avfallId, const QString &reason, const QString &trackingId,
                            Callback done, BeforeWrite beforeWrite)
{
    const QJsonObject body{{QStringLiteral("avfallsId"), avfallId},
                           {QStringLiteral("makuleringsorsak"), reason}};
    write(Method::Delete, QStringLiteral("anteckningar"), jsonBytes(body), trackingId, std::move(done),
          std::move(beforeWrite));
}

void RegisterClient::fetchValueList(const QString &name, Callback done)
{
    read(name, std::move(done));
}

void RegisterClient::listNotes(const QDateTime &from, const QDateTime &to, Callback done)
{
    listNotes(from, to, 1, 1000, std::move(done));
}

void RegisterClient::listNotes(const QDateTime &from, const QDateTime &to, int page, int pageSize,
                               Callback done)
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(QStringLiteral("DatumTidFran"), from.toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("DatumTidTom"), to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("MaxAntalPerSida"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("Sida"), QString::number(page));
    read(QStringLiteral("anteckningar?") + query.toString(QUrl::FullyEncoded), std::move(done));
}

void RegisterClient::write(Method method, const QString &path, const QByteArray &body,
                           const QString &trackingId, Callback done, BeforeWrite beforeWrite,
                           bool retriedAfter401)
{
    m_tokens->token([this, method, path, body, trackingId, done = std::move(done),
                     beforeWrite = std::move(beforeWrite), retriedAfter401, generation = m_writeGeneration](
                        const QString &token, const CallResult &failure) mutable {
        if (generation != m_writeGeneration)
            return; // abortWrites() came meanwhile: nobody waits for this any more
        if (token.isEmpty()) {
            done(failure); // nothing was sent to the API
            return;
        }
        HttpRequest request;
        request.method = method == Method::Post ? "POST" : method == Method::Put ? "PUT" : "DELETE";
        request.url = QUrl(joinPath(m_settings.baseUrl, path));
        request.headers = {{"Authorization", "Bearer " + token.toUtf8()},
                           {"NV-Client-System-ID", systemId().toUtf8()},
                           {"NV-Client-Tracking-ID", trackingId.toUtf8()},
                           {"Content-Type", "application/json; charset=UTF-8"},
                           {"Accept", "application/json"}};
        request.body = body;

        auto *exchange =
            new HttpsExchange(m_sslConfiguration, m_settings.timeoutMs, m_pool.get(), m_identityKey, this);
        exchange->setBeforeWrite(beforeWrite);
        QElapsedTimer timer; // by value: nothing to free
        timer.start();
        connect(exchange, &HttpsExchange::finished, this,
                [this, exchange, timer, method, path, body, trackingId, done = std::move(done), beforeWrite,
                 retriedAfter401]() mutable {
                    exchange->deleteLater();
                    const qint64 elapsed = timer.elapsed();
                    const HttpAnswer &answer = exchange->answer();
                    if (exchange->transport() == Transport::Answered && answer.status == 401 &&
                        !retriedAfter401 && m_tokens->canRenew()) {
                        // The token was refused before anything was processed: renew once, send again.
                        m_tokens->invalidate();
                        write(method, path, body, trackingId, std::move(done), beforeWrite, true);
                        return;
                    }
                    CallResult result = writeResult(*exchange, method, body);
                    result.durationMs = elapsed;
                    done(result);
                });
        exchange->start(request);
    });
}

CallResult RegisterClient::writeResult(const HttpsExchange &exchange, Method method,
                                       const QByteArray &body) const
{
    CallResult result;
    result.requestSent = exchange.requestSent();
    const HttpAnswer &answer = exchange.answer();
    const bool answered = exchange.transport() == Transport::Answered;
    result.httpStatus = answered ? answer.status : 0;
    result.trackingId = QString::fromLatin1(answer.header("NV-Client-Tracking-ID"));

    WriteFacts facts;
    facts.method = method == Method::Post  ? WriteMethod::Post
                   : method == Method::Put ? WriteMethod::Put
                                           : WriteMethod::Delete;
    facts.transport = exchange.transport();
    facts.requestComplete = exchange.requestComplete();
    facts.status = result.httpStatus;
    answers::ParsedError parsed;
    if (answered) {
        parsed = answers::parseError(answer.body, answer.header("Content-Type"));
        result.traceId = parsed.traceId;
        facts.registerErrorBody = parsed.fromRegister;
        if (method == Method::Delete) {
            result.avfallId =
                QJsonDocument::fromJson(body).object().value(QLatin1String("avfallsId")).toString();
        } else if (answer.status >= 200 && answer.status < 300) {
            result.avfallId = answers::avfallId(answer.body);
            facts.validAvfallId = !result.avfallId.isEmpty();
        }
    }
    const OutcomeDecision decision = outcomerules::decideWrite(facts);
    result.outcome = decision.outcome;
    // What is kept of an answer that is not an accepted note: enough to read, never megabytes.
    result.body =
        decision.outcome == Outcome::Accepted ? answer.body : answer.body.left(answers::kMaxErrorBodyBytes);
    if (decision.outcome != Outcome::Accepted)
        result.avfallId.clear();
    if (decision.why == Why::Throttled || decision.why == Why::Maintenance) {
        if (const auto when =
                outcomerules::retryAfter(answer.header("Retry-After"), QDateTime::currentDateTimeUtc()))
            result.retryAfter = *when;
    }
    const QString detail = answered ? parsed.summary : exchange.errorString();
    switch (decision.outcome) {
    case Outcome::Accepted:
        result.summary = method == Method::Delete
                             ? tr("Anteckningen är makulerad.")
                             : tr("Registret tog emot anteckningen. AvfallsId: %1").arg(result.avfallId);
        break;
    case Outcome::Rejected:
        result.errors = parsed.errors;
        if (result.errors.isEmpty())
            result.errors.append({0, outcomerules::summary(decision, result.httpStatus, detail)});
        result.summary = rejectionSummary(result);
        break;
    case Outcome::CertificateProblem:
        result.requestSent = false; // refused by TLS before the request was complete: never processed
        result.summary = exchange.sslErrors().isEmpty()
                             ? outcomerules::summary(decision, 0, detail)
                             : tr("Registrets servercertifikat gick inte att lita på: %1")
                                   .arg(exchange.sslErrors().first().errorString());
        break;
    default:
        result.summary = outcomerules::summary(decision, result.httpStatus, detail, result.retryAfter);
        break;
    }
    return result;
}

void RegisterClient::read(const QString &path, Callback done, bool retriedAfter401)
{
    m_tokens->token([this, path, done = std::move(done), retriedAfter401](const QString &token,
                                                                          const CallResult &failure) mutable {
        if (token.isEmpty()) {
            done(failure);
            return;
        }
        QNetworkRequest request(QUrl(joinPath(m_settings.baseUrl, path)));
        request.setSslConfiguration(m_sslConfiguration);
        request.setTransferTimeout(m_settings.timeoutMs);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("NV-Client-System-ID", systemId().toLatin1());
        request.setRawHeader("NV-Client-Tracking-ID",
                             QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        request.setRawHeader("Accept", "application/json");
        QElapsedTimer timer; // by value: nothing to free
        timer.start();
        QNetworkReply *reply = m_network->get(request);
        // Refuse answers larger than the limit instead of filling memory.
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
            if (received > kMaxAnswerBytes || total > kMaxAnswerBytes)
                reply->abort();
        });
        connect(
            reply, &QNetworkReply::finished, this,
            [this, reply, timer, path, done = std::move(done), retriedAfter401]() mutable {
                reply->deleteLater();
                CallResult result;
                result.durationMs = timer.elapsed();
                result.requestSent = true;
                result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                result.body = reply->read(kMaxAnswerBytes);
                result.trackingId = QString::fromLatin1(reply->rawHeader("NV-Client-Tracking-ID"));
                const int status = result.httpStatus;
                if (status == 401 && !retriedAfter401 && m_tokens->canRenew()) {
                    m_tokens->invalidate();
                    read(path, std::move(done), true);
                    return;
                }
                const answers::ParsedError parsed = answers::parseError(
                    result.body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
                result.traceId = parsed.traceId;
                // A 2xx whose transfer failed (aborted at the size limit, cut off) is no answer.
                const bool cutOff = reply->error() != QNetworkReply::NoError && status >= 200 && status < 300;
                const Transport transport = reply->error() == QNetworkReply::SslHandshakeFailedError
                                                ? Transport::TlsRefused
                                            : status == 0 ? Transport::NotConnected
                                            : cutOff      ? Transport::ConnectionLost
                                                          : Transport::Answered;
                result.outcome = outcomerules::decideRead(transport, status);
                if (result.outcome != Outcome::Accepted)
                    result.body = result.body.left(answers::kMaxErrorBodyBytes);
                switch (result.outcome) {
                case Outcome::Accepted:
                    break;
                case Outcome::CertificateProblem:
                    result.summary = tr("Den säkra förbindelsen misslyckades: %1").arg(reply->errorString());
                    break;
                case Outcome::AuthenticationFailed:
                    result.summary = tr("Registret godtog inte inloggningen (HTTP %1).").arg(status);
                    break;
                case Outcome::Rejected:
                    result.errors = parsed.errors;
                    result.summary = parsed.summary.isEmpty() ? tr("Registret svarade HTTP %1.").arg(status)
                                                              : parsed.summary;
                    break;
                default:
                    result.summary = status
                                         ? tr("Registret svarade HTTP %1: %2").arg(status).arg(parsed.summary)
                                         : tr("Registret gick inte att nå: %1").arg(reply->errorString());
                    break;
                }
                done(result);
            },
            // An answer is delivered once, even if Qt should report its end twice.
            Qt::SingleShotConnection);
    });
}

} // namespace avfall
