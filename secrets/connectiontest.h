#pragma once

#include "network/connectionsettings.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSslSocket;

namespace avfall {

class RegisterClient;
class TokenProvider;

// "Testa anslutningen": the three things every call depends on, one after the other, each reported
// in plain Swedish – what worked, what failed and what to do about it:
//   1. the TLS handshake with the register's server, with the client certificate;
//   2. a token from the token service (or the pasted token, read for its expiry);
//   3. one value list (transportsätt) through RegisterClient, as a real call.
// A failed step stops the test; the steps after it are marked as not run.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        enum class State
        {
            Pending,
            Running,
            Passed,
            Failed,
            Skipped,
        };
        QString title;
        State state = State::Pending;
        QString detail; // what happened
        QString advice; // what to do; empty when it worked
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<Step> &steps() const { return m_steps; }
    // All steps as text, one paragraph each ("✓ TLS-handskakning: …").
    QString report() const;
    bool succeeded() const;

    // How long to wait after the handshake for the server to refuse the client certificate (with
    // TLS 1.3 that refusal arrives after the client considers the handshake done).
    void setRefusalGraceMs(int ms) { m_graceMs = ms; }

signals:
    void stepChanged(int index);
    void finished(bool ok);

private:
    void runHandshake();
    void runToken();
    void runValueList();
    void pass(int index, const QString &detail);
    void fail(int index, const QString &detail, const QString &advice);
    void finish();

    ConnectionSettings m_settings;
    QList<Step> m_steps;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<RegisterClient> m_client;
    int m_graceMs = 800;
    bool m_running = false;
    quint64 m_generation = 0;
    QString m_technical; // "TLS 1.3, servercertifikat …", shown after the steps
};

} // namespace avfall
