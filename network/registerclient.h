#pragma once

#include "core/notetype.h"
#include "network/callresult.h"
#include "network/connectionsettings.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace avfall {

class ConnectionPool;
class HttpsExchange;
class TokenProvider;

// The one way to talk to the register (or the sandbox): mutual TLS with the user's certificate,
// a bearer token, and the NV-Client-System-ID / NV-Client-Tracking-ID headers on every call.
// Reads go through one QNetworkAccessManager. Writes (POST, PUT, DELETE) and the token go through
// HttpsExchange, one request on one connection that is never re-sent by itself: Qt 6.4's
// QNetworkAccessManager silently re-sends any request, POST included, when the server closes the
// connection before answering, and a blind re-send can report a note twice.
class RegisterClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CallResult &)>;
    // Runs right before the request is handed to the network (see HttpsExchange::setBeforeWrite);
    // false: nothing is sent, and the call ends as Unavailable.
    using BeforeWrite = std::function<bool()>;

    explicit RegisterClient(QObject *parent = nullptr);
    ~RegisterClient() override;

    // A new identity (certificate, environment, token or key) drops every open connection and the
    // cached token, so that the next call really uses the new identity.
    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_settings; }

    void submit(NoteKind kind, const QJsonObject &payload, const QString &trackingId, Callback done,
                BeforeWrite beforeWrite = {});
    void correct(NoteKind kind, const QString &latestAvfallId, const QJsonObject &payload,
                 const QString &trackingId, Callback done, BeforeWrite beforeWrite = {});
    // The same with the payload's JSON as stored: these bytes are sent as they are.
    void submit(NoteKind kind, const QByteArray &payloadJson, const QString &trackingId, Callback done,
                BeforeWrite beforeWrite = {});
    void correct(NoteKind kind, const QString &latestAvfallId, const QByteArray &payloadJson,
                 const QString &trackingId, Callback done, BeforeWrite beforeWrite = {});
    void cancel(const QString &avfallId, const QString &reason, const QString &trackingId, Callback done,
                BeforeWrite beforeWrite = {});

    // GET of a value list: "avfallstyper", "behandlingsmetoder", "atervinningsresultattyper",
    // "transportsatt", "anteckningstyper". The list's JSON is in CallResult::body.
    void fetchValueList(const QString &name, Callback done);
    // GET /anteckningar (the register answers it in Test only; the sandbox too): the first page of
    // at most 1,000, or the page `page` (from 1) of pageSize notes.
    void listNotes(const QDateTime &from, const QDateTime &to, Callback done);
    void listNotes(const QDateTime &from, const QDateTime &to, int page, int pageSize, Callback done);

    // The NV-Client-System-ID of this build: "Avfallsrapport-<version>".
    static QString systemId();
    // Drops every write in progress: none of them writes another byte or calls back. For a sender
    // that goes away while requests are on their way (what was written stays "maybe arrived").
    void abortWrites();

    // How many writes would go out at once, on an open connection with a token at hand (the
    // sender marks those as sent before it hands them over).
    int writesReadyAtOnce() const;

    // How many tokens were fetched so far (tests check renewal and the single flight).
    int tokenFetchCount() const;
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

private:
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };
    void write(Method method, const QString &path, const QByteArray &body, const QString &trackingId,
               Callback done, BeforeWrite beforeWrite, bool retriedAfter401 = false);
    void read(const QString &path, Callback done, bool retriedAfter401 = false);
    // What became of a finished write (see outcomerules.h), with the user's summary.
    CallResult writeResult(const HttpsExchange &exchange, Method method, const QByteArray &body) const;

    ConnectionSettings m_settings;
    QSslConfiguration m_sslConfiguration;
    QByteArray m_identityKey;      // names this identity's connections in the pool
    quint64 m_writeGeneration = 0; // writes waiting for a token from before abortWrites() are dropped
    QNetworkAccessManager *m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ConnectionPool> m_pool;
};

} // namespace avfall
