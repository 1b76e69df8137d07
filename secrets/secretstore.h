#pragma once

#include "core/environment.h"
#include "core/profile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace avfall {

// The secrets of one environment. None of them is ever written to a file of ours.
enum class SecretKind
{
    AccessToken,         // a bearer token the user pasted
    ConsumerKey,         // the API portal's consumer key …
    ConsumerSecret,      // … and its secret, for fetching tokens
    CertificatePassword, // the password of the imported certificate file
};

QString secretKindKey(SecretKind kind); // "access-token", "consumer-key", …

struct SecretResult
{
    bool ok = false;    // the backend answered without error (a missing entry is ok)
    bool found = false; // reads: an entry exists
    QByteArray data;    // reads: the secret
    QString error;      // in Swedish, when !ok
};

// Where secrets go. The tests inject their own; the app uses the OS keychain through QtKeychain, or
// the process memory when there is no keychain.
class SecretBackend
{
public:
    using Done = std::function<void(const SecretResult &)>;

    virtual ~SecretBackend();
    virtual void read(const QString &service, const QString &key, Done done) = 0;
    virtual void write(const QString &service, const QString &key, const QByteArray &data, Done done) = 0;
    virtual void remove(const QString &service, const QString &key, Done done) = 0;
    // Whether what is written survives the end of the process.
    virtual bool isPersistent() const = 0;
};

// The OS keychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows) through QtKeychain, without its insecure plain-text fallback.
std::unique_ptr<SecretBackend> makeKeychainBackend();
// The memory of this process, shared by every SessionBackend in it and gone when the process ends.
std::unique_ptr<SecretBackend> makeSessionBackend();
// Forgets every secret kept in process memory (tests; also wipes the bytes).
void clearSessionSecrets();

// The secrets of one profile: per environment and kind, under a service name of its own
// ("Avfallsrapport-<hash of the profile>") so that two profiles never share secrets.
// Before first use it checks that the keychain really works by writing, reading and deleting a
// test entry (QtKeychain reports a missing D-Bus as OtherError and a locked keyring as AccessDenied,
// never as NoBackendAvailable). When it does not, secrets are kept for this session only: the app
// asks for them again after a restart, and never writes them in plain text.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unknown,     // not checked yet
        Keychain,    // the OS keychain works
        SessionOnly, // no usable keychain: secrets live in this process only
    };
    Q_ENUM(Mode)

    using Done = std::function<void(const SecretResult &)>;

    // The OS keychain, falling back to the session when it does not work.
    explicit SecretStore(const Profile &profile, QObject *parent = nullptr);
    // Tests: a given backend (still checked the same way before first use).
    SecretStore(const Profile &profile, std::unique_ptr<SecretBackend> backend, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceNameFor(const Profile &profile);
    static QString keyFor(Environment environment, SecretKind kind); // "production/consumer-secret"
    QString serviceName() const { return m_service; }

    // Checks the keychain once; ready runs when mode() is known. Every operation below waits for it.
    void open(std::function<void()> ready = {});
    Mode mode() const { return m_mode; }
    bool isPersistent() const { return m_mode == Mode::Keychain; }
    // Why secrets are kept for this session only, in Swedish; empty with a working keychain.
    QString keychainProblem() const { return m_problem; }

    void read(Environment environment, SecretKind kind, Done done);
    void write(Environment environment, SecretKind kind, const QByteArray &data, Done done);
    void remove(Environment environment, SecretKind kind, Done done);

    // Blocking helpers for the command line (run a local event loop; timeoutMs per operation).
    bool openBlocking(int timeoutMs = 15000);
    SecretResult readBlocking(Environment environment, SecretKind kind, int timeoutMs = 15000);
    SecretResult writeBlocking(Environment environment, SecretKind kind, const QByteArray &data,
                               int timeoutMs = 15000);
    SecretResult removeBlocking(Environment environment, SecretKind kind, int timeoutMs = 15000);

signals:
    void modeChanged(avfall::SecretStore::Mode mode);
    void secretChanged(avfall::Environment environment, avfall::SecretKind kind);

private:
    void whenOpen(std::function<void()> action);
    void probe();
    void finishProbe(bool works, const QString &problem);

    QString m_service;
    std::unique_ptr<SecretBackend> m_backend;
    Mode m_mode = Mode::Unknown;
    bool m_probing = false;
    QString m_problem;
    QList<std::function<void()>> m_waiting;
    std::shared_ptr<bool> m_alive;
};

} // namespace avfall

Q_DECLARE_METATYPE(avfall::SecretKind)
