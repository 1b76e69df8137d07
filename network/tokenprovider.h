#pragma once

#include "network/callresult.h"
#include "network/connectionsettings.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace avfall {

class ConnectionPool;

// The bearer token: the one the user gave, or one fetched with the consumer key and secret
// (client_credentials, HTTP Basic) and kept until shortly before it expires. One fetch at a time:
// callers that ask meanwhile wait for the same answer.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    // token is empty when failure says why.
    using Callback = std::function<void(const QString &token, const CallResult &failure)>;

    explicit TokenProvider(QObject *parent = nullptr);

    // Drops the cached token. sslConfiguration is the one the client built for these settings.
    // pool: the client's connections (the token request may use one, and proves the certificate is
    // accepted); identityKey names the certificate in it.
    void setSettings(const ConnectionSettings &settings, const QSslConfiguration &sslConfiguration,
                     ConnectionPool *pool = nullptr, const QByteArray &identityKey = {});
    void token(Callback done);
    bool hasToken() const; // token() would answer at once, without a fetch
    void invalidate();     // after a 401: the next call fetches a new token
    bool canRenew() const; // false for a token the user pasted

    int fetchCount() const { return m_fetchCount; }

private:
    void fetch();
    void deliver(const QString &token, const CallResult &failure);
    static CallResult loginProblem(const QString &summary);

    ConnectionSettings m_settings;
    QSslConfiguration m_sslConfiguration;
    ConnectionPool *m_pool = nullptr;
    QByteArray m_identityKey;
    QString m_token;
    QDateTime m_validUntil;
    QList<Callback> m_waiting;
    bool m_fetching = false;
    int m_fetchCount = 0;
    quint64 m_generation = 0; // answers for settings that were replaced meanwhile are dropped
};

} // namespace avfall
