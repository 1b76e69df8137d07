#include "network/httpsexchange.h"

#include "network/headervalues.h"

#include <QDateTime>
#include <QSslSocket>

namespace avfall {

namespace {
QString poolKey(const QUrl &url, const QByteArray &identityKey)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(443)) + QLatin1Char('/') +
           QString::fromLatin1(identityKey.toHex());
}

} // namespace

ConnectionPool::~ConnectionPool()
{
    clear();
}

bool ConnectionPool::usable(const Idle &entry, qint64 now)
{
    return entry.socket && entry.socket->state() == QAbstractSocket::ConnectedState &&
           entry.socket->isEncrypted() && entry.socket->bytesAvailable() == 0 &&
           now - entry.idleSince <= kMaxIdleMs;
}

int ConnectionPool::idleCount(const QUrl &url, const QByteArray &identityKey) const
{
    const QString key = poolKey(url, identityKey);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return int(std::count_if(m_idle.cbegin(), m_idle.cend(),
                             [&](const Idle &entry) { return entry.key == key && usable(entry, now); }));
}

QSslSocket *ConnectionPool::take(const QUrl &url, const QByteArray &identityKey)
{
    const QString key = poolKey(url, identityKey);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        Idle entry = m_idle.at(i);
        const bool isUsable = usable(entry, now);
        if (!isUsable || entry.key == key)
            m_idle.removeAt(i);
        if (!isUsable) {
            if (entry.socket)
                entry.socket->deleteLater();
            continue;
        }
        if (entry.key == key)
            return entry.socket;
    }
    return nullptr;
}

void ConnectionPool::give(const QUrl &url, const QByteArray &identityKey, QSslSocket *socket)
{
    m_idle.append({poolKey(url, identityKey), socket, QDateTime::currentMSecsSinceEpoch()});
}

void ConnectionPool::clear()
{
    for (const Idle &entry : std::as_const(m_idle)) {
        if (entry.socket) {
            entry.socket->abort();
            entry.socket->deleteLater();
        }
    }
    m_idle.clear();
    m_accepted.clear();
}

void ConnectionPool::markAccepted(const QUrl &url, const QByteArray &identityKey)
{
    m_accepted.insert(poolKey(url, identityKey));
}

bool ConnectionPool::hasAccepted(const QUrl &url, const QByteArray &identityKey) const
{
    return m_accepted.contains(poolKey(url, identityKey));
}

HttpsExchange::HttpsExchange(const QSslConfiguration &configuration, int timeoutMs, ConnectionPool *pool,
                             QByteArray identityKey, QObject *parent)
    : QObject(parent)
    , m_configuration(configuration)
    , m_timeoutMs(timeoutMs)
    , m_pool(pool)
    , m_identityKey(std::move(identityKey))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpsExchange::onTimeout);
}

HttpsExchange::~HttpsExchange()
{
    if (m_socket && m_socket->parent() == this)
        m_socket->abort();
}

void HttpsExchange::abandon()
{
    m_done = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpsExchange::start(const HttpRequest &request)
{
    m_request = request;
    m_timer.start(m_timeoutMs);
    if (request.url.scheme() != QLatin1String("https")) {
        finish(Transport::NotConnected, tr("Adressen måste börja med https://."));
        return;
    }
    for (const auto &[name, value] : std::as_const(request.headers)) {
        // A CR or LF would end the header and begin another one: never let such a value through.
        if (!headervalues::isSafe(name) || !headervalues::isSafe(value) || name.contains(':') ||
            name.contains(' ')) {
            finish(Transport::InvalidRequest,
                   tr("huvudet %1 innehåller otillåtna tecken")
                       .arg(QString::fromLatin1(name.left(40).toPercentEncoding())));
            return;
        }
    }
    if (m_pool) {
        if (QSslSocket *idle = m_pool->take(request.url, m_identityKey)) {
            attach(idle, true);
            sendRequest();
            return;
        }
    }
    auto *socket = new QSslSocket;
    socket->setSslConfiguration(m_configuration);
    socket->setPeerVerifyName(request.url.host());
    // Requests and answers are small: send each at once instead of waiting to fill a segment.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    attach(socket, false);
    socket->connectToHostEncrypted(request.url.host(), quint16(request.url.port(443)));
}

void HttpsExchange::attach(QSslSocket *socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    socket->setParent(this);
    // A server that refuses our certificate may only say so after the handshake (TLS 1.3, or a
    // server that checks the certificate after accepting): on a new connection, give it a moment
    // to close before the request goes out, so that the refusal is known to have processed nothing.
    // Once the server has answered a request made with this certificate, it accepts it: later
    // connections (the sender opens several) go at once.
    connect(socket, &QSslSocket::encrypted, this, [this] {
        if (m_pool && m_pool->hasAccepted(m_request.url, m_identityKey))
            sendRequest();
        else
            QTimer::singleShot(kPostHandshakeGraceMs, this, &HttpsExchange::sendRequest);
    });
    connect(socket, &QSslSocket::readyRead, this, &HttpsExchange::onReadyRead);
    connect(socket, &QSslSocket::bytesWritten, this, [this](qint64 bytes) {
        if (m_requestSent)
            m_plaintextWritten += bytes;
    });
    connect(socket, &QSslSocket::errorOccurred, this, &HttpsExchange::onError);
    connect(socket, &QSslSocket::disconnected, this, &HttpsExchange::onError);
    connect(socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // A fatal alert from the server means its TLS layer refused us (bad, unknown or missing client
    // certificate): with TLS 1.3 it arrives after our side believes the handshake is done.
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &) {
                if (level == QSsl::AlertLevel::Fatal)
                    m_refusedByServer = true;
            });
}

void HttpsExchange::sendRequest()
{
    if (m_done || m_requestSent || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port(443) != 443)
        host += ':' + QByteArray::number(url.port());

    QByteArray data = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &header : std::as_const(m_request.headers))
        data += header.first + ": " + header.second + "\r\n";
    if (!m_request.body.isEmpty() || m_request.method != "GET")
        data += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    data += "\r\n" + m_request.body;
    // From here on the request may reach the server: whatever goes wrong later is "uncertain".
    if (m_beforeWrite && !m_beforeWrite()) {
        finish(Transport::NotRecorded, tr("Försöket kunde inte sparas i kön."));
        return;
    }
    m_requestSent = true;
    m_requestBytes = data.size();
    m_socket->write(data);
    // Out now, not when the event loop next runs: the caller may have more work before it returns.
    m_socket->flush();
}

void HttpsExchange::onReadyRead()
{
    if (m_done)
        return;
    finishOnAnswer(m_parser.feed(m_socket->readAll()));
}

bool HttpsExchange::finishOnAnswer(HttpAnswerParser::State state)
{
    switch (state) {
    case HttpAnswerParser::State::Incomplete:
        return false;
    case HttpAnswerParser::State::Complete:
        finish(Transport::Answered);
        return true;
    case HttpAnswerParser::State::Malformed:
        finish(Transport::Malformed, m_parser.problem());
        return true;
    case HttpAnswerParser::State::TooLarge:
        finish(Transport::TooLarge, m_parser.problem());
        return true;
    }
    return false;
}

void HttpsExchange::onError()
{
    if (m_done)
        return;
    if (m_parser.feed(m_socket->readAll()) == HttpAnswerParser::State::Incomplete)
        m_parser.finishAtClose();
    if (finishOnAnswer(m_parser.state()))
        return;
    const QString error = m_socket->errorString();
    const bool closedDuringOrRightAfterHandshake =
        !m_reused && !m_requestSent && m_socket->error() == QAbstractSocket::RemoteHostClosedError;
    if (m_refusedByServer || !m_sslErrors.isEmpty() ||
        m_socket->error() == QAbstractSocket::SslHandshakeFailedError || closedDuringOrRightAfterHandshake) {
        finish(Transport::TlsRefused, error);
        return;
    }
    finish(m_requestSent ? Transport::ConnectionLost : Transport::NotConnected, error);
}

void HttpsExchange::onTimeout()
{
    finish(m_requestSent ? Transport::TimedOut : Transport::NotConnected,
           tr("Inget svar inom %n sekunder.", nullptr, m_timeoutMs / 1000));
}

void HttpsExchange::finish(Transport transport, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_transport = transport;
    m_errorString = error;
    m_timer.stop();
    // The last byte may have left unless some of the request was still waiting for the TLS
    // layer: only then is it certain that the server never had all of it.
    m_requestComplete =
        m_requestSent && (m_plaintextWritten >= m_requestBytes || !m_socket || m_socket->bytesToWrite() == 0);
    if (transport == Transport::Answered && m_pool)
        m_pool->markAccepted(m_request.url, m_identityKey);
    if (m_socket) {
        m_socket->disconnect(this);
        if (transport == Transport::Answered && m_parser.keepAlive() && m_pool &&
            m_socket->bytesAvailable() == 0 && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->setParent(nullptr);
            m_pool->give(m_request.url, m_identityKey, m_socket);
        } else {
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = nullptr;
    }
    emit finished();
}

} // namespace avfall
