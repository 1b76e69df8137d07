#pragma once

#include "network/pki.h"
#include "sandbox/gatewayfault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslServer;

namespace avfall {

class NoteValidator;
struct NoteType;

namespace sandbox {
class SandboxStore;
struct Exchange;
struct Reply;
} // namespace sandbox

// Fault injection, for tests and demonstrations. Counters count down as requests use them up.
struct SandboxFaults
{
    int unavailableWrites =
        0; // answer the next N write requests with 503 (gateway text, no JSON), not recorded
    int closeAfterReadWrites = 0;  // read the next N write requests, record them, close without answering
    int htmlGatewayWrites = 0;     // answer the next N writes with 502 and an HTML page, not recorded
    int delayMs = 0;               // delay every answer by this much (recorded normally)
    int expireTokens = 0;          // treat the next N bearer tokens as expired (401), forcing a token refresh
    int headerInjectingTokens = 0; // issue the next N tokens with a CR LF and a header of their own in them
    // The gateway's faults by name (see GatewayFault), taken by the next write requests in turn
    // once the counters above are used up; with repeatModes they start over: a cycle for long runs.
    QList<GatewayFault> writeModes{};
    bool repeatModes = false;
};

// One write request the sandbox accepted: a note (POST), a correction (PUT) or a cancellation
// (DELETE /anteckningar, avfallId = the cancelled note).
struct ReceivedNote
{
    QString resource; // "transporter", ..., "anteckningar" for a cancellation
    QString method;   // "POST", "PUT", "DELETE"
    QString avfallId; // the id it handed out (the cancelled id for DELETE)
    QString trackingId;
    QJsonObject body; // the JSON exactly as received
    QDateTime receivedAt;
    QString replacedBy;         // avfallId of the correction that replaced this version
    QString cancelledReason;    // makuleringsorsak once cancelled (and on the DELETE itself)
    QString organisationNumber; // from the client certificate of the request
};

// The built-in imitation of the register (BTFA "anteckning" v1 behind its WSO2 gateway) over real
// mutual TLS on 127.0.0.1: the token endpoint, the eight write endpoints with the register's own
// rules (NoteValidator) and error shapes, corrections, cancellations, read-back and value lists.
// Only client certificates issued by the sandbox CA get through the handshake.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // stateDirectory: where it keeps what it received (sandbox-notes.jsonl), so that
    // GET /anteckningar, corrections and cancellations work across runs; empty = memory only.
    SandboxServer(const pki::SandboxPki &pki, const QString &stateDirectory, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0, QString *error = nullptr); // 127.0.0.1 only
    quint16 port() const;
    QUrl baseUrl() const;  // https://127.0.0.1:<port>/btfa/anteckning/v1 (the real path)
    QUrl tokenUrl() const; // https://127.0.0.1:<port>/oauth2/token

    // Fixed practice values, public by design: they open nothing but this imitation.
    static QString consumerKey();    // "sandlada-nyckel"
    static QString consumerSecret(); // "sandlada-hemlighet"

    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    // "store-then-502,429:1,ok": the names of GatewayFault, separated by commas. False (nothing
    // changes) when a name is unknown.
    bool setWriteModes(const QString &list, bool repeat);

    QList<ReceivedNote> received() const; // every write request it recorded, in order
    int receivedCount(const QString &trackingId) const;
    int requestCount() const; // every HTTP request, any kind

    // The name of the journal in stateDirectory.
    static QString journalFileName(); // "sandbox-notes.jsonl"

signals:
    // After each answer; status 0 when the connection was closed without one.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    struct Token
    {
        QString organisation;
        QDateTime expiresAt;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    sandbox::Reply dispatch(const sandbox::Exchange &exchange);
    void deliver(const sandbox::Exchange &exchange, sandbox::Reply reply, QHttpServerResponder &&responder);

    sandbox::Reply issueToken(const sandbox::Exchange &exchange);
    bool authorize(const sandbox::Exchange &exchange, sandbox::Reply *refusal);
    sandbox::Reply writeNote(const sandbox::Exchange &exchange, const NoteType &type,
                             const QString &previousId);
    sandbox::Reply cancelNote(const sandbox::Exchange &exchange);
    sandbox::Reply listNotes(const sandbox::Exchange &exchange) const;
    sandbox::Reply showNote(const sandbox::Exchange &exchange, const QString &avfallId) const;
    sandbox::Reply setFaultsFromJson(const sandbox::Exchange &exchange);
    sandbox::Reply receivedSummary() const;
    GatewayFault takeWriteFault();
    void answer(QHttpServerResponder &responder, const sandbox::Reply &reply, const QString &method,
                const QString &path);

    pki::SandboxPki m_pki;
    std::unique_ptr<sandbox::SandboxStore> m_store;
    std::unique_ptr<NoteValidator> m_validator;
    QHttpServer *m_http = nullptr;
    QSslServer *m_tcp = nullptr;
    SandboxFaults m_faults;
    qsizetype m_nextMode = 0; // in m_faults.writeModes, when they repeat
    QHash<QString, Token> m_tokens;
    int m_requestCount = 0;
};

} // namespace avfall
