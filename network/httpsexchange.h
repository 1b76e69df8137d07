#pragma once

#include "network/httpanswerparser.h"
#include "network/outcomerules.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>

class QSslSocket;

namespace avfall {

struct HttpRequest
{
    QByteArray method; // "POST", "PUT", "DELETE", "GET"
    QUrl url;          // https only
    HeaderList headers;
    QByteArray body;
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
// byte of the request left the machine (the queue records that before the first byte) and whether
// the last one did (the outcome rules decide on that), and it reads the answer strictly (see
// HttpAnswerParser). Header values with forbidden characters are refused before connecting.
class HttpsExchange : public QObject
{
    Q_OBJECT

public:
    HttpsExchange(const QSslConfiguration &configuration, int timeoutMs, ConnectionPool *pool,
                  QByteArray identityKey, QObject *parent = nullptr);
    ~HttpsExchange() override;

    void start(const HttpRequest &request);
    // Ends the exchange at once without finished(): nothing more is written, nothing reported.
    void abandon();
    // Called once, right before the first byte of the request is handed to the network: the
    // queue records there that the request may now reach the server. When it returns false (the
    // record failed), nothing is sent and the exchange ends as Transport::NotRecorded.
    void setBeforeWrite(std::function<bool()> beforeWrite) { m_beforeWrite = std::move(beforeWrite); }

    // Transport::Answered: answer() holds a complete, well-framed answer.
    Transport transport() const { return m_transport; }
    const HttpAnswer &answer() const { return m_parser.answer(); }
    bool requestSent() const { return m_requestSent; }         // some byte may have left
    bool requestComplete() const { return m_requestComplete; } // the last byte may have left
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
    void finish(Transport transport, const QString &error = QString());
    // After a parser state change: finishes the exchange when the answer is complete or refused.
    bool finishOnAnswer(HttpAnswerParser::State state);

    QSslConfiguration m_configuration;
    int m_timeoutMs;
    ConnectionPool *m_pool;
    QByteArray m_identityKey;
    HttpRequest m_request;
    QSslSocket *m_socket = nullptr;
    QTimer m_timer;
    HttpAnswerParser m_parser{kMaxAnswerBytes};
    Transport m_transport = Transport::NotConnected;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
    qint64 m_requestBytes = 0;
    qint64 m_plaintextWritten = 0; // of the request, as the TLS layer took it
    bool m_requestSent = false;
    bool m_requestComplete = false;
    bool m_refusedByServer = false;
    bool m_reused = false;
    bool m_done = false;
    std::function<bool()> m_beforeWrite;
};

} // namespace avfall
