#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace avfall {

// The user's client identity for mutual TLS: the certificate from a Swedish CA (an
// organisationscertifikat), its private key and any intermediate certificates that came with it.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QList<QSslCertificate> chain; // intermediates (and perhaps the root) from the file, not the leaf

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }

    // Distinguished names, most specific part first: "CN=…, O=…, serialNumber=…, C=SE".
    QString subject() const;
    QString issuer() const;
    QString organisation() const; // the subject's O, empty when there is none

    // The organisationsnummer (10 digits) the certificate was issued to: the subject's serialNumber
    // "16" + 10 digits (how Swedish CAs write it; a bare Luhn-valid organisationsnummer is accepted
    // too), else an organizationIdentifier like "NTRSE-5560000167", else empty.
    QString organisationNumber() const;

    QDateTime validFrom() const;
    QDateTime validTo() const;
    int daysLeft(const QDateTime &now) const; // whole days until validTo; negative once expired

    QString sha256Fingerprint() const; // "AB:CD:…", upper-case hex pairs

    // Whether the certificate may authenticate a TLS client: its extendedKeyUsage contains
    // clientAuth (or anyExtendedKeyUsage), or it has no extendedKeyUsage at all.
    bool allowsClientAuthentication() const;
};

enum class IdentityError
{
    None,
    FileUnreadable,
    WrongPassword,
    NoPrivateKey,
    KeyDoesNotMatch,
    Expired,
    NotYetValid,
    NoClientAuthentication,
    LegacyEncryptionUnsupported,
    NotACertificate,
};

struct IdentityLoad
{
    TlsIdentity identity; // filled as far as it could be read, also on most errors
    IdentityError error = IdentityError::None;
    QString message; // a plain Swedish sentence saying what is wrong and what to do; empty on success
    bool ok() const { return error == IdentityError::None; }
};

// Reads a PKCS#12 file (.p12/.pfx), also one encrypted the old way (40-bit RC2, as Swedish CAs
// still hand out), and checks it at time now: a private key that belongs to the certificate, within
// its validity, allowed for client authentication.
IdentityLoad loadPkcs12(const QByteArray &data, const QByteArray &password, const QDateTime &now);

// The same for a file on disk; FileUnreadable when it cannot be opened.
IdentityLoad loadPkcs12File(const QString &path, const QByteArray &password, const QDateTime &now);

// Reads a PEM certificate (followed by any intermediates) and a PEM private key, perhaps encrypted
// with keyPassword. An empty keyPem means the key is in certificatePem too.
IdentityLoad loadPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                     const QByteArray &keyPassword, const QDateTime &now);

// The Swedish sentence for an error; certificate gives the dates of Expired and NotYetValid.
QString identityErrorMessage(IdentityError error, const QSslCertificate &certificate = QSslCertificate());

} // namespace avfall
