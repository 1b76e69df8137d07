#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Certificates for the built-in sandbox (the imitation of the register) and for the tests, made in
// process with OpenSSL 3 libcrypto. Nothing here is used against the real register: there the user
// brings a certificate from a Swedish CA (see tlsidentity.h).
namespace avfall::pki {

struct KeyPair
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // unencrypted PKCS#8 PEM; may be empty for a certificate alone
    bool isNull() const { return certificatePem.isEmpty(); }
};

enum class KeyType
{
    EcP256,  // fast to make; what the sandbox uses
    Rsa2048, // what Swedish CAs hand out
};

struct CertificateRequest
{
    QString commonName;
    QString organisation;
    // 10 digits. Written into the subject as serialNumber "16" + the digits, the way Swedish CAs
    // write an organisationsnummer. Empty: no serialNumber attribute.
    QString organisationNumber;
    QString country = QStringLiteral("SE"); // empty: no C attribute
    QStringList dnsNames;                   // subjectAltName DNS entries
    QStringList ipAddresses;                // subjectAltName IP entries (IPv4 or IPv6)
    QDateTime notBefore;                    // invalid: now minus one hour
    QDateTime notAfter;                     // invalid: notBefore plus two years (ten for a CA)
    bool serverAuth = false;                // extendedKeyUsage; neither set: no extendedKeyUsage extension
    bool clientAuth = false;
    bool isCa = false; // basicConstraints CA:TRUE and keyUsage keyCertSign, cRLSign
    KeyType keyType = KeyType::EcP256;
};

// Makes a fresh key and a certificate for it, signed by issuer (its certificate and private key) or
// self-signed when issuer is nullptr. Returns an empty pair (isNull()) and logs a warning when
// OpenSSL refuses, e.g. when the issuer's key does not belong to its certificate.
KeyPair createCertificate(const CertificateRequest &request, const KeyPair *issuer = nullptr);

// The pair as a PKCS#12 file (.p12/.pfx) protected by password. A pair without private key gives a
// file with the certificate alone. Modern: AES-256-CBC (PBES2/PBKDF2) for key and certificate and a
// SHA-256 MAC. legacyRc2: 40-bit RC2 for the certificate, 3DES for the key and a SHA-1 MAC, like the
// files Swedish CAs hand out; needs the legacy provider (empty result when it is missing).
QByteArray exportPkcs12(const KeyPair &pair, const QByteArray &password, const QString &friendlyName,
                        bool legacyRc2 = false);

// Loads OpenSSL's "legacy" provider (RC2, RC4, DES…) next to "default", once per process. Returns
// whether the legacy provider is available. Safe after Qt has initialised OpenSSL: both use the
// same libcrypto.so.3 and its default library context.
bool loadLegacyProvider();

// The sandbox company: "Sandlådebolaget AB" with the organisationsnummer 5560000167 (Luhn-valid, the
// same as Expisoft's "Testbolag 1").
QString sandboxOrganisationName();
QString sandboxOrganisationNumber();

struct SandboxPki
{
    QString caFile;                // ca.pem: the sandbox's own CA
    QString serverCertificateFile; // server.pem: CN=localhost, SAN DNS:localhost and IP:127.0.0.1
    QString serverKeyFile;         // server.key: unencrypted PEM
    QString clientPkcs12File;      // client.p12: Sandlådebolaget AB's client certificate and key
    QByteArray clientPassword;     // the password of client.p12 (also in client.password)
    QString organisationNumber;    // 5560000167
};

// Everything the sandbox needs, in directory (made owner-only, 0700; every file 0600): ca.pem,
// server.pem, server.key, client.p12 and client.password. Idempotent: files that are all present,
// belong together and stay valid for more than 30 days are reused untouched; otherwise all of them
// are made anew. The CA's key is never written: a renewal makes a new CA too. Returns an empty
// SandboxPki (empty caFile) and fills error, in Swedish, on failure.
SandboxPki ensureSandboxPki(const QString &directory, QString *error = nullptr);

} // namespace avfall::pki
