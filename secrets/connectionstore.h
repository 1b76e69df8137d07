#pragma once

#include "core/environment.h"
#include "core/profile.h"
#include "core/settings.h"
#include "network/connectionsettings.h"
#include "secrets/identitystore.h"
#include "secrets/secretstore.h"

#include <QObject>

#include <functional>

namespace avfall {

class RegisterClient;

// The connection of one environment, assembled for RegisterClient.
struct ConnectionAssembly
{
    ConnectionSettings settings;
    QString error; // Swedish: what is missing and where to fix it; empty when usable
    // Without a keychain: a password, token or secret must be given once in this session.
    bool needsSecretsThisSession = false;
    bool needsCertificatePassword = false; // of those: the certificate's password (else the access)
    QString certificateWarning;            // the certificate expires within 30 days
    bool ok() const { return error.isEmpty(); }
};

// Puts together what the client needs for an environment from Settings (addresses, CA file,
// access mode), the profile's certificate files and the keychain (passwords, token, key, secret).
// Sandlåda is the built-in sandbox: whoever starts it (the app shell, the command line, a test)
// gives a provider that fills in its addresses, practice certificate and practice key.
// Every change made through here emits changed(); the owner of a RegisterClient re-assembles and
// calls RegisterClient::setConnection, which drops open connections and the cached token when the
// identity differs, so that the next call uses the new certificate or environment.
class ConnectionStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ConnectionAssembly &)>;
    using Finished = std::function<void(bool ok, const QString &error)>;
    // Fills settings for the running sandbox; false and error (Swedish) when it cannot run.
    using SandboxProvider = std::function<bool(ConnectionSettings *settings, QString *error)>;

    // secrets: shared with other users of the profile; nullptr makes one (the OS keychain).
    explicit ConnectionStore(const Profile &profile, SecretStore *secrets = nullptr,
                             QObject *parent = nullptr);
    ~ConnectionStore() override;

    const Profile &profile() const { return m_profile; }
    SecretStore *secrets() const { return m_secrets; }
    IdentityStore *identities() const { return m_identities; }

    // The provider of this store; when none is set, the one of the process (setDefaultSandboxProvider).
    void setSandboxProvider(SandboxProvider provider) { m_sandbox = std::move(provider); }
    static void setDefaultSandboxProvider(SandboxProvider provider);
    bool hasSandboxProvider() const;

    void assemble(Environment environment, Done done);
    void assembleCurrent(Done done); // the environment chosen in Settings
    ConnectionAssembly assembleBlocking(Environment environment);
    // Assembles and hands the result to client->setConnection(); done gets the assembly either way.
    void applyTo(RegisterClient *client, Environment environment, Done done = {});

    // Changes that alter who the register sees; each emits changed().
    void setEnvironment(Environment environment);
    void setCustomAddress(const QUrl &baseUrl, const QUrl &tokenUrl, const QString &caFile);
    void storeAccessToken(Environment environment, const QString &token, Finished done);
    void storeKeyAndSecret(Environment environment, const QString &key, const QString &secret, Finished done);
    void forgetAccess(Environment environment, Finished done);

    // Which access is stored for the environment (reads the keychain).
    struct AccessState
    {
        AccessMode mode = AccessMode::KeyAndSecret;
        bool hasToken = false;
        bool hasKeyAndSecret = false;
        QString consumerKey; // shown to the user (it is not the secret)
        QString token;       // only for showing its expiry; never displayed
        QString error;
    };
    void accessState(Environment environment, std::function<void(const AccessState &)> done);

signals:
    void changed(avfall::Environment environment);

private:
    void assembleRegister(Environment environment, ConnectionAssembly assembly, Done done);

    Profile m_profile;
    SecretStore *m_secrets = nullptr;
    IdentityStore *m_identities = nullptr;
    SandboxProvider m_sandbox;
};

} // namespace avfall
