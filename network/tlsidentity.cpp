#include "network/tlsidentity.h"

#include "network/pki.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "network/opensslhandles.h"
#include <algorithm>

#include <memory>

namespace avfall {

namespace {

using namespace avfall::openssl;

// Leaves OpenSSL's per-thread error queue empty when a function of ours returns, so that nothing
// stale is mistaken for a failure of Qt's TLS backend later.
struct ClearOpenSslErrors
{
    ClearOpenSslErrors() = default;
    ClearOpenSslErrors(const ClearOpenSslErrors &) = delete;
    ClearOpenSslErrors &operator=(const ClearOpenSslErrors &) = delete;
    ~ClearOpenSslErrors() { ERR_clear_error(); }
};

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(der.isEmpty() ? nullptr : d2i_X509(nullptr, &cursor, long(der.size())));
}

QSslCertificate fromX509(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return QSslCertificate();
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &cursor);
    return QSslCertificate(der, QSsl::Der);
}

// Copies the password given as user data; never prompts on a terminal.
int passwordCallback(char *buffer, int size, int, void *userData)
{
    const auto *password = static_cast<const QByteArray *>(userData);
    if (!password || password->isEmpty() || password->size() > size)
        return -1;
    std::copy(password->cbegin(), password->cend(), buffer);
    return int(password->size());
}

PkeyPtr readPrivateKey(const QByteArray &pem, const QByteArray &password)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    QByteArray copy = password;
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &copy) : nullptr);
}

// The key as libcrypto sees it, for comparing it with the certificate. Owned by the caller.
PkeyPtr toEvpKey(const QSslKey &key)
{
    if (key.isNull())
        return nullptr;
    if (key.algorithm() == QSsl::Opaque) {
        auto *handle = static_cast<EVP_PKEY *>(key.handle());
        if (handle && EVP_PKEY_up_ref(handle) == 1)
            return PkeyPtr(handle);
        return nullptr;
    }
    return readPrivateKey(key.toPem(), {});
}

QSslKey fromEvpKey(EVP_PKEY *key)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    case EVP_PKEY_DH:
        algorithm = QSsl::Dh;
        break;
    default:
        break;
    }
    if (algorithm != QSsl::Opaque) {
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
            char *data = nullptr;
            const long length = BIO_get_mem_data(bio.get(), &data);
            QSslKey qtKey(QByteArray(data, length), algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!qtKey.isNull())
                return qtKey;
        }
    }
    // Any other kind of key (Ed25519, …): Qt takes over a reference of its own.
    if (EVP_PKEY_up_ref(key) != 1)
        return {};
    return QSslKey(static_cast<Qt::HANDLE>(key), QSsl::PrivateKey);
}

bool keyMatches(const QSslCertificate &certificate, const QSslKey &key)
{
    X509Ptr x509 = toX509(certificate);
    PkeyPtr evpKey = toEvpKey(key);
    return x509 && evpKey && X509_check_private_key(x509.get(), evpKey.get()) == 1;
}

QString nameText(const X509_NAME *name)
{
    QStringList parts;
    for (int i = X509_NAME_entry_count(name) - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        QString attribute;
        if (const int nid = OBJ_obj2nid(object); nid != NID_undef) {
            attribute = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            attribute = QString::fromLatin1(oid);
        }
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        const QString value =
            length >= 0 ? QString::fromUtf8(reinterpret_cast<const char *>(utf8), length) : QString();
        OPENSSL_free(utf8);
        parts.append(attribute + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i].unicode() - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

QString formatDate(const QDateTime &moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatDateTime(const QDateTime &moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd 'kl.' HH:mm"));
}

IdentityLoad failure(IdentityError error, TlsIdentity identity)
{
    IdentityLoad load;
    load.error = error;
    load.message = identityErrorMessage(error, identity.certificate);
    load.identity = std::move(identity);
    return load;
}

IdentityLoad failure(IdentityError error)
{
    return failure(error, TlsIdentity());
}

// The checks every identity passes, whatever file it came from.
IdentityLoad checked(TlsIdentity identity, const QDateTime &now)
{
    if (identity.certificate.isNull())
        return failure(IdentityError::NotACertificate, std::move(identity));
    if (identity.privateKey.isNull())
        return failure(IdentityError::NoPrivateKey, std::move(identity));
    if (!keyMatches(identity.certificate, identity.privateKey))
        return failure(IdentityError::KeyDoesNotMatch, std::move(identity));
    if (now < identity.validFrom())
        return failure(IdentityError::NotYetValid, std::move(identity));
    if (now > identity.validTo())
        return failure(IdentityError::Expired, std::move(identity));
    if (!identity.allowsClientAuthentication())
        return failure(IdentityError::NoClientAuthentication, std::move(identity));
    IdentityLoad load;
    load.identity = std::move(identity);
    return load;
}

// Qt's import said no; libcrypto tells why. The MAC is checked first: it is computed from the
// password alone (SHA-1 or SHA-256 with the PKCS#12 key derivation, both in the default provider),
// so a failing MAC means a wrong password, and a good MAC with unreadable contents means a cipher
// this OpenSSL cannot use (40-bit RC2 without the legacy provider).
IdentityLoad diagnosePkcs12(const QByteArray &data, const QByteArray &password, const QDateTime &now)
{
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(data.constData());
    Pkcs12Ptr pkcs12(d2i_PKCS12(nullptr, &cursor, long(data.size())));
    if (!pkcs12)
        return failure(IdentityError::NotACertificate);

    const char *passphrase = password.constData();
    const bool hasMac = PKCS12_mac_present(pkcs12.get()) == 1;
    if (hasMac) {
        bool macOk = PKCS12_verify_mac(pkcs12.get(), passphrase, int(password.size())) == 1;
        if (!macOk && password.isEmpty() && PKCS12_verify_mac(pkcs12.get(), nullptr, 0) == 1) {
            macOk = true;
            passphrase = nullptr;
        }
        if (!macOk)
            return failure(IdentityError::WrongPassword);
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const bool parsed = PKCS12_parse(pkcs12.get(), passphrase, &rawKey, &rawCertificate, &rawChain) == 1;
    PkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr chain(rawChain);
    if (!parsed)
        return failure(hasMac ? IdentityError::LegacyEncryptionUnsupported : IdentityError::WrongPassword);

    TlsIdentity identity;
    if (certificate)
        identity.certificate = fromX509(certificate.get());
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i) {
        X509 *member = sk_X509_value(chain.get(), i);
        // Without a key OpenSSL cannot tell the leaf by its localKeyID and lists every certificate
        // as chain: the first one that is no CA is the user's (shown in the dialog all the same).
        if (!key && identity.certificate.isNull() && X509_check_ca(member) == 0)
            identity.certificate = fromX509(member);
        else
            identity.chain.append(fromX509(member));
    }
    if (key)
        identity.privateKey = fromEvpKey(key.get());
    return checked(std::move(identity), now);
}

} // namespace

QString TlsIdentity::subject() const
{
    ClearOpenSslErrors clear;
    X509Ptr x509 = toX509(certificate);
    return x509 ? nameText(X509_get_subject_name(x509.get())) : QString();
}

QString TlsIdentity::issuer() const
{
    ClearOpenSslErrors clear;
    X509Ptr x509 = toX509(certificate);
    return x509 ? nameText(X509_get_issuer_name(x509.get())) : QString();
}

QString TlsIdentity::organisation() const
{
    return certificate.subjectInfo(QSslCertificate::Organization).join(QStringLiteral(", "));
}

QString TlsIdentity::organisationNumber() const
{
    for (const QString &value : certificate.subjectInfo(QSslCertificate::SerialNumber)) {
        const QString serial = value.trimmed();
        if (serial.size() == 12 && serial.startsWith(u"16") && allDigits(serial))
            return serial.mid(2);
        // A bare organisationsnummer: its third digit is 2 or more (a personnummer has a month there).
        if (serial.size() == 10 && allDigits(serial) && serial.at(2) >= u'2' && luhnValid(serial))
            return serial;
    }
    // ETSI EN 319 412-1: "NTR" (national trade register), the country, a hyphen, the number.
    for (const QString &value : certificate.subjectInfo(QByteArrayLiteral("organizationIdentifier"))) {
        const QString identifier = value.trimmed();
        if (!identifier.startsWith(u"NTRSE-", Qt::CaseInsensitive))
            continue;
        QString digits = identifier.mid(6);
        digits.remove(QLatin1Char('-'));
        if (digits.size() == 10 && allDigits(digits))
            return digits;
    }
    return {};
}

QDateTime TlsIdentity::validFrom() const
{
    return certificate.effectiveDate();
}

QDateTime TlsIdentity::validTo() const
{
    return certificate.expiryDate();
}

int TlsIdentity::daysLeft(const QDateTime &now) const
{
    const qint64 seconds = now.secsTo(validTo());
    constexpr qint64 day = 24 * 60 * 60;
    return int(seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day));
}

QString TlsIdentity::sha256Fingerprint() const
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TlsIdentity::allowsClientAuthentication() const
{
    // libcrypto rather than QSslCertificate::extensions(): Qt 6.4 does not decode extendedKeyUsage
    // ("supported" is false), and the flags below also cover anyExtendedKeyUsage.
    ClearOpenSslErrors clear;
    X509Ptr x509 = toX509(certificate);
    if (!x509)
        return false;
    if ((X509_get_extension_flags(x509.get()) & EXFLAG_XKUSAGE) == 0)
        return true;
    return (X509_get_extended_key_usage(x509.get()) & (XKU_SSL_CLIENT | XKU_ANYEKU)) != 0;
}

QString identityErrorMessage(IdentityError error, const QSslCertificate &certificate)
{
    switch (error) {
    case IdentityError::None:
        return {};
    case IdentityError::FileUnreadable:
        return QCoreApplication::translate(
            "TlsIdentity", "Filen kunde inte läsas. Kontrollera att den finns och att du får öppna den.");
    case IdentityError::WrongPassword:
        return QCoreApplication::translate(
            "TlsIdentity", "Lösenordet stämmer inte. Skriv lösenordet som hör till certifikatfilen – det "
                           "du fick eller valde när certifikatet hämtades.");
    case IdentityError::NoPrivateKey:
        return QCoreApplication::translate(
            "TlsIdentity", "Filen innehåller certifikatet men inte dess privata nyckel. Exportera "
                           "certifikatet igen och välj att ta med den privata nyckeln.");
    case IdentityError::KeyDoesNotMatch:
        return QCoreApplication::translate(
            "TlsIdentity", "Nyckeln hör inte till certifikatet. Välj den nyckelfil som skapades "
                           "tillsammans med just det här certifikatet.");
    case IdentityError::Expired:
        return QCoreApplication::translate("TlsIdentity", "Certifikatet gick ut %1. Beställ ett nytt "
                                                          "certifikat från din certifikatutfärdare.")
            .arg(formatDate(certificate.expiryDate()));
    case IdentityError::NotYetValid:
        return QCoreApplication::translate("TlsIdentity",
                                           "Certifikatet gäller först från %1. Vänta till dess, eller "
                                           "kontrollera att datorns klocka går rätt.")
            .arg(formatDateTime(certificate.effectiveDate()));
    case IdentityError::NoClientAuthentication:
        return QCoreApplication::translate(
            "TlsIdentity", "Certifikatet får inte användas för att logga in mot en tjänst "
                           "(klientautentisering saknas). Kontrollera att du valt rätt fil, eller beställ "
                           "ett organisationscertifikat för klientautentisering.");
    case IdentityError::LegacyEncryptionUnsupported:
        // Two commands, not a pipe: OpenSSL 3.0's "pkcs12 -export" reads key and certificates from
        // its input one after the other, so stdin is used up by the key. The middle file keeps the
        // key encrypted (no -nodes).
        return QCoreApplication::translate(
            "TlsIdentity",
            "Lösenordet stämmer, men filen är krypterad på ett gammalt sätt (RC2) som inte går att "
            "läsa på den här datorn. Gör om filen med modern kryptering, till exempel med två "
            "kommandon i en terminal: openssl pkcs12 -legacy -in gammal.p12 -out mellan.pem och "
            "sedan openssl pkcs12 -export -in mellan.pem -out ny.p12. Importera ny.p12 och radera "
            "mellan.pem efteråt.");
    case IdentityError::NotACertificate:
        return QCoreApplication::translate(
            "TlsIdentity", "Filen innehåller inget certifikat som programmet kan läsa. Välj certifikatfilen "
                           "(.p12 eller .pfx) som du fick från certifikatutfärdaren.");
    }
    return {};
}

IdentityLoad loadPkcs12(const QByteArray &data, const QByteArray &password, const QDateTime &now)
{
    ClearOpenSslErrors clear;
    // OpenSSL 3 reads 40-bit RC2 (still common in files from Swedish CAs) only with the legacy
    // provider; without it the diagnosis below says so.
    pki::loadLegacyProvider();
    if (data.isEmpty())
        return failure(IdentityError::FileUnreadable);

    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    TlsIdentity identity;
    if (!QSslCertificate::importPkcs12(&buffer, &identity.privateKey, &identity.certificate, &identity.chain,
                                       password))
        return diagnosePkcs12(data, password, now);
    identity.chain.removeAll(identity.certificate);
    return checked(std::move(identity), now);
}

IdentityLoad loadPkcs12File(const QString &path, const QByteArray &password, const QDateTime &now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(IdentityError::FileUnreadable);
    return loadPkcs12(file.readAll(), password, now);
}

IdentityLoad loadPem(const QByteArray &certificatePem, const QByteArray &keyPem,
                     const QByteArray &keyPassword, const QDateTime &now)
{
    ClearOpenSslErrors clear;
    if (certificatePem.isEmpty())
        return failure(IdentityError::FileUnreadable);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty())
        return failure(IdentityError::NotACertificate);

    TlsIdentity identity;
    identity.certificate = certificates.first();
    const QByteArray &keySource = keyPem.isEmpty() ? certificatePem : keyPem;
    if (!keySource.contains("PRIVATE KEY"))
        return failure(IdentityError::NoPrivateKey, std::move(identity));
    PkeyPtr key = readPrivateKey(keySource, keyPassword);
    if (!key) {
        // PKCS#8 "ENCRYPTED PRIVATE KEY" or the traditional "Proc-Type: 4,ENCRYPTED".
        return failure(keySource.contains("ENCRYPTED") ? IdentityError::WrongPassword
                                                       : IdentityError::NoPrivateKey,
                       std::move(identity));
    }
    identity.privateKey = fromEvpKey(key.get());

    // The leaf is the certificate the key belongs to; the others are its chain.
    const auto leaf = std::find_if(certificates.cbegin(), certificates.cend(), [&](const QSslCertificate &c) {
        return keyMatches(c, identity.privateKey);
    });
    if (leaf != certificates.cend())
        identity.certificate = *leaf;
    certificates.removeAll(identity.certificate);
    identity.chain = certificates;
    return checked(std::move(identity), now);
}

} // namespace avfall
