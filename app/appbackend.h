#pragma once

#include "core/profile.h"
#include "network/connectionsettings.h"
#include "store/notestore.h"
#include "store/storednote.h"

#include <QObject>

#include <memory>

namespace avfall {
class ConnectionStore;
class RegisterClient;
class SandboxServer;
class Sender;
class SenderLock;
} // namespace avfall

namespace avfall::app {

// Everything behind the windows: the profile's store, the connection of the chosen environment
// (the built-in sandbox started in this process when that is chosen), and the one sender of the
// profile, which keeps sending while the app runs.
class AppBackend : public QObject
{
    Q_OBJECT

public:
    explicit AppBackend(const Profile &profile, QObject *parent = nullptr);
    ~AppBackend() override;

    // Opens the store and starts sending. False with a Swedish message when the store cannot open.
    bool start(QString *error);

    NoteStore &store() { return *m_store; }
    // The connection settings of the profile; the settings dialog changes them through here, so
    // that the backend reconnects and "Testa anslutningen" reaches the running sandbox.
    ConnectionStore *connections() const { return m_connections.get(); }
    Environment environment() const;
    const ConnectionSettings &connection() const { return m_connection; }
    // The organisation the client certificate was issued to (for the review before sending).
    QString certificateOrganisationNumber() const;
    QString certificateOrganisationName() const;
    bool isSending() const;
    QString connectionProblem() const { return m_connectionProblem; }
    // Set when the client certificate expires within 30 days.
    QString certificateWarning() const { return m_certificateWarning; }
    // Without a keychain: a password, token or secret must be given in this session before sending.
    bool needsSecretsThisSession() const { return m_needsSecrets; }
    bool needsCertificatePassword() const { return m_needsCertificatePassword; }

    // Saves the note being edited as a draft (Utkast shows it at once). Returns its id, 0 on failure.
    qint64 saveDraft(NoteKind kind, const QJsonObject &payload, qint64 draftId);
    // Codes of the waste this business has reported, most often first (for the waste-code search).
    QStringList usedWasteCodes() const;
    // Queues a note (durable first) and wakes the sender. Returns the local id, 0 on failure.
    qint64 submit(NoteKind kind, const QJsonObject &payload, qint64 draftId);
    void wakeSender();
    // Applies a changed environment or identity from the settings.
    void reconnect();

signals:
    void noteFinished(qint64 id, avfall::NoteState state, const QString &summary);
    void storeChanged();
    void connectionChanged();

private:
    void startSandboxIfNeeded();

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
    bool m_needsSecrets = false;
    bool m_needsCertificatePassword = false;
};

} // namespace avfall::app
