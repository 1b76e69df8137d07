#pragma once

#include "core/environment.h"
#include "core/profile.h"
#include "network/tlsidentity.h"

#include <QObject>

#include <functional>

namespace avfall {

class SecretStore;

// What became of an import, or of reading the stored certificate back.
struct IdentityResult
{
    TlsIdentity identity;
    IdentityError error = IdentityError::None;
    QString message; // Swedish: what is wrong and what to do; empty on success
    // Reading back without a keychain: the password was not given in this session yet.
    bool needsPassword = false;
    bool ok() const { return error == IdentityError::None && message.isEmpty() && !needsPassword; }
};

// The client certificate of each environment (Test, Produktion, Egen adress; Sandlåda has its own).
// An import is checked first (tlsidentity.h: password, private key, validity, client
// authentication); a refused file leaves nothing behind, and a file far too large to be a
// certificate is refused unread. An accepted PKCS#12 file is copied into
// Profile::certificateDirectory() (folder 0700, file 0600) and its password goes to the keychain; a
// PEM certificate and key, and a PKCS#12 file without password, are stored as a PKCS#12 file
// encrypted with a random password that only the keychain knows, so that no private key lies
// unencrypted in the profile. Without a keychain such a file is encrypted with the key's own
// password (asked again once per session); a key without any password is then refused at import.
class IdentityStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const IdentityResult &)>;

    IdentityStore(const Profile &profile, SecretStore *secrets, QObject *parent = nullptr);

    void importPkcs12(Environment environment, const QString &path, const QByteArray &password, Done done);
    // keyPath may be empty when the key is in the certificate file; keyPassword for an encrypted key.
    void importPem(Environment environment, const QString &certificatePath, const QString &keyPath,
                   const QByteArray &keyPassword, Done done);
    // The stored certificate with its password from the keychain, checked at now.
    void load(Environment environment, Done done);
    // Without a keychain: the password of the stored file for this session (checked against it).
    void unlock(Environment environment, const QByteArray &password, Done done);
    void remove(Environment environment, std::function<void(bool ok, const QString &error)> done);

    bool hasIdentity(Environment environment) const;
    QString storedFile(Environment environment) const; // absolute path, empty when none

    // Blocking helpers (command line, tests).
    IdentityResult importPkcs12Blocking(Environment environment, const QString &path,
                                        const QByteArray &password);
    IdentityResult loadBlocking(Environment environment);

    // "Certifikatet går ut om 12 dagar …" when at most kWarningDays are left (empty otherwise).
    static QString expiryWarning(const TlsIdentity &identity, const QDateTime &now);
    static constexpr int kWarningDays = 30;

    // The clock the checks use (tests move it).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void identityChanged(avfall::Environment environment);

private:
    void store(Environment environment, const IdentityResult &checked, const QByteArray &fileData,
               const QByteArray &password, Done done);
    // A PEM import or a PKCS#12 file without password: encrypted anew before it is stored.
    void storeProtected(Environment environment, const IdentityLoad &load, const QByteArray &knownPassword,
                        Done done);
    QDateTime now() const { return m_clock(); }

    Profile m_profile;
    SecretStore *m_secrets;
    std::function<QDateTime()> m_clock;
};

} // namespace avfall
