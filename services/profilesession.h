#pragma once

#include "core/environment.h"
#include "core/profile.h"
#include "core/result.h"
#include "network/connectionsettings.h"
#include "queue/sender.h"
#include "store/notestore.h"
#include "store/storednote.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace avfall {
class ConnectionStore;
class RegisterClient;
class SandboxServer;
class SenderLock;
} // namespace avfall

namespace avfall::services {

// What a front end holds while it works with one profile: the store, the connection of the chosen
// environment (the built-in sandbox started in this process when that is chosen), the client, the
// one-sender-per-profile lock and the sender. The app keeps a sender running (keepSending); the
// command line sends once with the connection its options describe (flush).
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    explicit ProfileSession(const Profile &profile, QObject *parent = nullptr);
    ~ProfileSession() override;

    // Creates the profile's folders and opens its store; fails (Swedish message) when the store
    // cannot open: damaged, from a newer version, not writable.
    Result<void> open();
    bool isOpen() const { return m_store != nullptr; }
    NoteStore &store() { return *m_store; }
    const NoteStore &store() const { return *m_store; }
    const Profile &profile() const { return m_profile; }
    // The connection settings of the profile; the settings pages change them through here, so that
    // the session reconnects and "Testa anslutningen" reaches the running sandbox.
    ConnectionStore *connections() const { return m_connections.get(); }
    SenderLock &senderLock() { return *m_lock; }

    // The environment chosen in Settings. setEnvironment is the only way to change it: it saves
    // the choice and, while keepSending runs, reconnects.
    Environment environment() const;
    void setEnvironment(Environment environment);

    // A local id or an avfallId.
    std::optional<StoredNote> findNote(const QString &id) const;
    // Codes of the waste this business has reported, most often first (for the waste-code search).
    QStringList usedWasteCodes() const;
    // Something in the store changed through this session: storeChanged, and the sender looks.
    void noteQueued();
    void notifyStoreChanged() { emit storeChanged(); }

    // --- The app: a sender that keeps running while the session lives --------------------------
    // Assembles the connection of the chosen environment and starts sending; again whenever the
    // connection settings change or the network comes back.
    void keepSending();
    // Assembles anew without waiting: connectionChanged() tells when the result is applied.
    void reconnect();
    void wakeSender();
    bool isSending() const;
    bool isReconnecting() const { return m_reconnecting > 0; }
    const ConnectionSettings &connection() const { return m_connection; }
    QString connectionProblem() const { return m_connectionProblem; }
    // Set when the client certificate expires within 30 days.
    QString certificateWarning() const { return m_certificateWarning; }
    // When the client certificate and a pasted access token run out (invalid: unknown, or none).
    QDateTime certificateExpiry() const { return m_certificateExpiry; }
    QDateTime tokenExpiry() const { return m_tokenExpiry; }
    // Without a keychain: a password, token or secret must be given in this session before sending.
    bool needsSecretsThisSession() const { return m_needsSecrets; }
    bool needsCertificatePassword() const { return m_needsCertificatePassword; }
    // The organisation the client certificate was issued to (for the review before sending).
    QString certificateOrganisationNumber() const;
    QString certificateOrganisationName() const;

    // --- The command line: one run of sending ----------------------------------------------------
    struct FlushOptions
    {
        QDateTime until;          // also send what becomes due before then (invalid: only what is due)
        bool dropBackoff = false; // send every queued note now (the user asked)
    };
    using FlushDone = std::function<void(const Sender::Summary &)>;
    // Sends what is due over `connection`; done runs when nothing more will be sent before
    // options.until. The caller holds senderLock() and has recovered interrupted notes.
    void flush(const ConnectionSettings &connection, const FlushOptions &options, FlushDone done);

signals:
    void noteFinished(qint64 id, avfall::NoteState state, const QString &summary);
    void storeChanged();
    void connectionChanged();
    // A new assembly started (reconnect); connectionChanged() follows with its result.
    void reconnecting();

private:
    void startSandboxIfNeeded();
    bool provideSandbox(ConnectionSettings *settings, QString *error);
    void replaceSender(Environment environment);
    void logConnection(Environment environment, const QString &problem);

    Profile m_profile;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ConnectionStore> m_connections;
    std::unique_ptr<RegisterClient> m_client;
    std::unique_ptr<SenderLock> m_lock;
    std::unique_ptr<Sender> m_sender;
    ConnectionSettings m_connection;
    QString m_connectionProblem;
    QString m_certificateWarning;
    QDateTime m_certificateExpiry;
    QDateTime m_tokenExpiry;
    bool m_connectedOnce = false;
    bool m_needsSecrets = false;
    bool m_needsCertificatePassword = false;
    bool m_keepSending = false;
    int m_reconnecting = 0;        // assemblies asked for and not answered yet
    quint64 m_reconnectSerial = 0; // only the newest assembly is applied
};

} // namespace avfall::services
