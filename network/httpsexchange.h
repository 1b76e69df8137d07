#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>

class QSslSocket;

namespace avfall {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method; // "POST", "PUT", "DELETE", "GET"
    QUrl url;          // https only
    HeaderList headers;
    QByteArray body;
};

struct HttpAnswer
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// Keeps finished connections for a moment so that a run of writes reuses them instead of a new
// TLS handshake per note. Cleared whenever the identity changes.
class ConnectionPool
{
public:
    ~ConnectionPool();
    QSslSocket *take(const QUrl &url, const QByteArray &identityKey);
    int idleCount(const QUrl &url, const QByteArray &identityKey) const; // what take() could hand out now
    void give(const QUrl &url, const QByteArray &identityKey, QSslSocket *socket);
    void clear();
    // The server answered a request made with this identity: it accepts the certificate.
    void markAccepted(const QUrl &url, const QByteArray &identityKey);
    bool hasAccepted(const QUrl &url, const QByteArray &identityKey) const;

    static constexpr int kMaxIdleMs = 2000; // servers close idle connections; never reuse old ones

private:
    struct Idle
    {
        QString key;
        QPointer<QSslSocket> socket;
        qint64 idleSince;
    };
    static bool usable(const Idle &entry, qint64 now);
    QList<Idle> m_idle;
    QSet<QString> m_accepted; // pool keys (server and identity); forgotten with clear()
};

// One HTTP/1.1 request over one TLS connection, never re-sent by itself. It knows whether any
// byte of the request left the machine, which the queue needs to decide between "unavailable"
// (retry) and "uncertain" (ask the user).
class HttpsExchange : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        None,
        ConnectFailed,   // refused, host not found, or no connection within the timeout: nothing sent
        TlsFailed,       // handshake failed or the server refused our certificate: not processed
        SentNoAnswer,    // the request was written, then the connection closed or timed out
        AnswerTooLarge,  // the answer exceeded the limit; the request was delivered
        MalformedAnswer, // not HTTP; the request was delivered
        NotRecorded,     // the caller could not record the attempt before writing: nothing sent
    };

    HttpsExchange(const QSslConfiguration &configuration, int timeoutMs, ConnectionPool *pool,
                  QByteArray identityKey, QObject *parent = nullptr);
    ~HttpsExchange() override;

    void start(const HttpRequest &request);
    // Ends the exchange at once without finished(): nothing more is written, nothing reported.
    void abandon();
    // Called once, right before the first byte of the request is handed to the network: the
    // queue records there that the request may now reach the server. When it returns false (the
    // record failed), nothing is sent and the exchange ends as NotRecorded.
    void setBeforeWrite(std::function<bool()> beforeWrite) { m_beforeWrite = std::move(beforeWrite); }

    Failure failure() const { return m_failure; }
    const HttpAnswer &answer() const { return m_answer; }
    bool requestSent() const { return m_requestSent; }
    QString errorString() const { return m_errorString; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    bool certificateRefusedByServer() const { return m_refusedByServer; }

    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;
    static constexpr int kPostHandshakeGraceMs = 100;

signals:
    void finished();

private:
    void attach(QSslSocket *socket, bool reused);
    void sendRequest();
    void onReadyRead();
    void onError();
    void onTimeout();
    void finish(Failure failure, const QString &error = QString());
    bool parseAnswer(bool connectionClosed);

    QSslConfiguration m_configuration;
    int m_timeoutMs;
    ConnectionPool *m_pool;
    QByteArray m_identityKey;
    HttpRequest m_request;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    QByteArray m_buffer;
    HttpAnswer m_answer;
    Failure m_failure = Failure::None;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
    bool m_requestSent = false;
    bool m_refusedByServer = false;
    bool m_reused = false;
    bool m_done = false;
    bool m_keepAlive = false;
    std::function<bool()> m_beforeWrite;
};

} // namespace avfall
