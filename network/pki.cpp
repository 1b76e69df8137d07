#include "network/pki.h"

#include "network/opensslhandles.h"
#include "network/tlsidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace avfall::pki {

namespace {

Q_LOGGING_CATEGORY(lcPki, "avfall.pki")

using namespace avfall::openssl;

const QString kCaFile = QStringLiteral("ca.pem");
const QString kServerCertificateFile = QStringLiteral("server.pem");
const QString kServerKeyFile = QStringLiteral("server.key");
const QString kClientPkcs12File = QStringLiteral("client.p12");
const QString kClientPasswordFile = QStringLiteral("client.password");
constexpr int kRenewalMarginDays = 30;

// Logs and clears OpenSSL's error queue so that nothing stale reaches Qt's TLS backend later.
void warnOpenSsl(const char *what)
{
    QByteArray details;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        details += QByteArray(buffer) + ' ';
    }
    qCWarning(lcPki, "%s: %s", what, details.constData());
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

// Never prompts on a terminal: keys here are unencrypted, and an encrypted one is an error.
int noPassword(char *, int, int, void *)
{
    return -1;
}

X509Ptr readCertificate(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

PkeyPtr readPrivateKey(const QByteArray &pem)
{
    BioPtr bio = memoryBio(pem);
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

QByteArray certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

PkeyPtr generateKey(KeyType type)
{
    switch (type) {
    case KeyType::Rsa2048:
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    case KeyType::EcP256:
        break;
    }
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addNameEntry(X509_NAME *name, int nid, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addSubjectAltName(X509 *certificate, const QStringList &dnsNames, const QStringList &ipAddresses)
{
    if (dnsNames.isEmpty() && ipAddresses.isEmpty())
        return true;
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    for (const QString &dnsName : dnsNames) {
        const QByteArray ascii = QUrl::toAce(dnsName);
        GENERAL_NAME *entry = GENERAL_NAME_new();
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        if (!entry || !text || ascii.isEmpty() ||
            !ASN1_STRING_set(text, ascii.constData(), int(ascii.size()))) {
            GENERAL_NAME_free(entry);
            ASN1_IA5STRING_free(text);
            return false;
        }
        GENERAL_NAME_set0_value(entry, GEN_DNS, text);
        sk_GENERAL_NAME_push(names.get(), entry);
    }
    for (const QString &ipAddress : ipAddresses) {
        ASN1_OCTET_STRING *address = a2i_IPADDRESS(ipAddress.toLatin1().constData());
        GENERAL_NAME *entry = GENERAL_NAME_new();
        if (!entry || !address) {
            GENERAL_NAME_free(entry);
            ASN1_OCTET_STRING_free(address);
            return false;
        }
        GENERAL_NAME_set0_value(entry, GEN_IPADD, address);
        sk_GENERAL_NAME_push(names.get(), entry);
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

bool setRandomSerial(X509 *certificate)
{
    // 127 random bits: positive and unique without bookkeeping (RFC 5280 allows up to 20 octets).
    BignumPtr serial(BN_new());
    return serial && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
           BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool writeOwnerOnly(const QString &path, const QByteArray &contents, QString *error)
{
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("SandboxPki", "Kan inte skriva filen %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The folder is already owner-only; the temporary file is narrowed before anything is written.
    file.setPermissions(ownerOnly);
    if (file.write(contents) != contents.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("SandboxPki", "Kan inte skriva filen %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool validLongEnough(X509 *certificate, const QDateTime &now)
{
    const time_t from = time_t(now.toSecsSinceEpoch());
    const time_t until = time_t(now.addDays(kRenewalMarginDays).toSecsSinceEpoch());
    time_t checkFrom = from;
    time_t checkUntil = until;
    return X509_cmp_time(X509_get0_notBefore(certificate), &checkFrom) < 0 &&
           X509_cmp_time(X509_get0_notAfter(certificate), &checkUntil) > 0;
}

bool signedBy(X509 *certificate, X509 *ca)
{
    EVP_PKEY *caKey = X509_get0_pubkey(ca);
    return caKey && X509_verify(certificate, caKey) == 1;
}

// Whether the files in directory are a complete sandbox PKI, valid for more than 30 more days.
bool existingPkiUsable(const QDir &directory, const QByteArray &password, const QDateTime &now)
{
    X509Ptr ca = readCertificate(readFile(directory.filePath(kCaFile)));
    X509Ptr server = readCertificate(readFile(directory.filePath(kServerCertificateFile)));
    PkeyPtr serverKey = readPrivateKey(readFile(directory.filePath(kServerKeyFile)));
    if (!ca || !server || !serverKey || password.isEmpty())
        return false;
    if (!validLongEnough(ca.get(), now) || !validLongEnough(server.get(), now) ||
        !signedBy(server.get(), ca.get()) || X509_check_private_key(server.get(), serverKey.get()) != 1)
        return false;

    const IdentityLoad client = loadPkcs12(readFile(directory.filePath(kClientPkcs12File)), password, now);
    if (client.error != IdentityError::None || client.identity.daysLeft(now) <= kRenewalMarginDays ||
        client.identity.organisationNumber() != sandboxOrganisationNumber())
        return false;
    const QByteArray clientDer = client.identity.certificate.toDer();
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(clientDer.constData());
    X509Ptr clientCertificate(d2i_X509(nullptr, &cursor, long(clientDer.size())));
    return clientCertificate && signedBy(clientCertificate.get(), ca.get());
}

QByteArray randomPassword()
{
    static constexpr char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray password;
    for (int i = 0; i < 24; ++i)
        password += alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return password;
}

} // namespace

QString sandboxOrganisationName()
{
    return QStringLiteral("Sandlådebolaget AB");
}

QString sandboxOrganisationNumber()
{
    return QStringLiteral("5560000167");
}

bool loadLegacyProvider()
{
    // Loading any provider explicitly stops OpenSSL from activating "default" by itself, so both
    // are loaded. They stay loaded for the rest of the process; the static keeps them reachable
    // (for LeakSanitizer too) after OpenSSL's own cleanup at exit has let go of them.
    struct Providers
    {
        OSSL_PROVIDER *defaultProvider = nullptr;
        OSSL_PROVIDER *legacyProvider = nullptr;
    };
    static const Providers providers = [] {
        Providers loaded;
        loaded.defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
        if (!loaded.defaultProvider)
            warnOpenSsl("OpenSSL default provider");
        loaded.legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
        if (!loaded.legacyProvider)
            warnOpenSsl("OpenSSL legacy provider (RC2-encrypted PKCS#12 files cannot be read)");
        ERR_clear_error();
        return loaded;
    }();
    return providers.legacyProvider != nullptr;
}

KeyPair createCertificate(const CertificateRequest &request, const KeyPair *issuer)
{
    X509Ptr issuerCertificate;
    PkeyPtr issuerKey;
    if (issuer) {
        issuerCertificate = readCertificate(issuer->certificatePem);
        issuerKey = readPrivateKey(issuer->privateKeyPem);
        if (!issuerCertificate || !issuerKey ||
            X509_check_private_key(issuerCertificate.get(), issuerKey.get()) != 1) {
            warnOpenSsl("createCertificate: the issuer's certificate and key do not belong together");
            return {};
        }
    }

    PkeyPtr key = generateKey(request.keyType);
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        warnOpenSsl("createCertificate: no key");
        return {};
    }

    const QDateTime notBefore =
        request.notBefore.isValid() ? request.notBefore : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter =
        request.notAfter.isValid() ? request.notAfter : notBefore.addYears(request.isCa ? 10 : 2);

    X509_NAME *subject = X509_get_subject_name(certificate.get());
    // In DER order, so that the name reads "CN=…, O=…, serialNumber=16…, C=SE" most specific first.
    bool ok = X509_set_version(certificate.get(), 2) == 1 && setRandomSerial(certificate.get()) &&
              ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch())) &&
              ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch())) &&
              X509_set_pubkey(certificate.get(), key.get()) == 1 &&
              addNameEntry(subject, NID_countryName, request.country) &&
              addNameEntry(subject, NID_serialNumber,
                           request.organisationNumber.isEmpty()
                               ? QString()
                               : QStringLiteral("16") + request.organisationNumber) &&
              addNameEntry(subject, NID_organizationName, request.organisation) &&
              addNameEntry(subject, NID_commonName, request.commonName) &&
              X509_set_issuer_name(certificate.get(), issuerCertificate
                                                          ? X509_get_subject_name(issuerCertificate.get())
                                                          : subject) == 1;

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuerCertificate ? issuerCertificate.get() : certificate.get(),
                   certificate.get(), nullptr, nullptr, 0);
    ok = ok && addExtension(certificate.get(), &context, NID_basic_constraints,
                            request.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE");
    const char *keyUsage = request.isCa                          ? "critical,keyCertSign,cRLSign"
                           : request.keyType == KeyType::Rsa2048 ? "critical,digitalSignature,keyEncipherment"
                                                                 : "critical,digitalSignature";
    ok = ok && addExtension(certificate.get(), &context, NID_key_usage, keyUsage);
    if (request.serverAuth || request.clientAuth) {
        const char *usage = request.serverAuth && request.clientAuth ? "serverAuth,clientAuth"
                            : request.serverAuth                     ? "serverAuth"
                                                                     : "clientAuth";
        ok = ok && addExtension(certificate.get(), &context, NID_ext_key_usage, usage);
    }
    ok = ok && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    if (issuerCertificate)
        ok = ok && addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    ok = ok && addSubjectAltName(certificate.get(), request.dnsNames, request.ipAddresses);
    ok = ok && X509_sign(certificate.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) > 0;

    KeyPair pair;
    if (ok) {
        pair.certificatePem = certificatePem(certificate.get());
        pair.privateKeyPem = privateKeyPem(key.get());
    }
    if (!ok || pair.certificatePem.isEmpty() || pair.privateKeyPem.isEmpty()) {
        warnOpenSsl("createCertificate");
        return {};
    }
    ERR_clear_error();
    return pair;
}

QByteArray exportPkcs12(const KeyPair &pair, const QByteArray &password, const QString &friendlyName,
                        bool legacyRc2)
{
    if (legacyRc2 && !loadLegacyProvider())
        return {};
    X509Ptr certificate = readCertificate(pair.certificatePem);
    PkeyPtr key;
    if (!pair.privateKeyPem.isEmpty())
        key = readPrivateKey(pair.privateKeyPem);
    if (!certificate || (!pair.privateKeyPem.isEmpty() && !key)) {
        warnOpenSsl("exportPkcs12: unreadable certificate or key");
        return {};
    }

    const int certificateCipher = legacyRc2 ? NID_pbe_WithSHA1And40BitRC2_CBC : NID_aes_256_cbc;
    const int keyCipher = legacyRc2 ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const QByteArray name = friendlyName.toUtf8();
    // The MAC is left out here and set below, so that its digest is chosen, not defaulted.
    Pkcs12Ptr pkcs12(PKCS12_create(password.constData(), name.isEmpty() ? nullptr : name.constData(),
                                   key.get(), certificate.get(), nullptr, keyCipher, certificateCipher,
                                   PKCS12_DEFAULT_ITER, -1, 0));
    if (!pkcs12 || PKCS12_set_mac(pkcs12.get(), password.constData(), int(password.size()), nullptr, 0,
                                  PKCS12_DEFAULT_ITER, legacyRc2 ? EVP_sha1() : EVP_sha256()) != 1) {
        warnOpenSsl("exportPkcs12");
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || i2d_PKCS12_bio(bio.get(), pkcs12.get()) != 1) {
        warnOpenSsl("exportPkcs12: encoding");
        return {};
    }
    ERR_clear_error();
    return bioContents(bio.get());
}

SandboxPki ensureSandboxPki(const QString &directory, QString *error)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QDir().mkpath(absolute)) {
        if (error)
            *error = QCoreApplication::translate("SandboxPki", "Kan inte skapa mappen %1.")
                         .arg(QDir::toNativeSeparators(absolute));
        return {};
    }
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QDir dir(absolute);

    // The app and the avfall command line may start at the same moment: one of them makes the files.
    QLockFile lock(dir.filePath(QStringLiteral(".sandbox-pki.lock")));
    if (!lock.tryLock(20000)) {
        if (error)
            *error = QCoreApplication::translate("SandboxPki",
                                                 "Sandlådans certifikat i %1 är låsta av ett annat program.")
                         .arg(QDir::toNativeSeparators(absolute));
        return {};
    }

    SandboxPki pki;
    pki.caFile = dir.filePath(kCaFile);
    pki.serverCertificateFile = dir.filePath(kServerCertificateFile);
    pki.serverKeyFile = dir.filePath(kServerKeyFile);
    pki.clientPkcs12File = dir.filePath(kClientPkcs12File);
    pki.organisationNumber = sandboxOrganisationNumber();
    const QString passwordFile = dir.filePath(kClientPasswordFile);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray existingPassword = readFile(passwordFile).trimmed();
    if (existingPkiUsable(dir, existingPassword, now)) {
        // Keep the files, but make sure nobody else may read them (chmod leaves mtime alone).
        for (const QString &file :
             {pki.caFile, pki.serverCertificateFile, pki.serverKeyFile, pki.clientPkcs12File, passwordFile})
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        pki.clientPassword = existingPassword;
        return pki;
    }

    // The sandbox's practice credentials are public by design: they only open the built-in
    // imitation of the register on 127.0.0.1, never the real one. That is why the client password
    // may lie in a plain file next to the certificate; real passwords live in the keychain.
    const QDateTime notBefore = now.addSecs(-3600);
    CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Avfallsrapport sandlåda CA");
    caRequest.organisation = QStringLiteral("Avfallsrapport sandlåda");
    caRequest.notBefore = notBefore;
    caRequest.notAfter = notBefore.addYears(10);
    caRequest.isCa = true;
    const KeyPair ca = createCertificate(caRequest, nullptr);

    CertificateRequest serverRequest;
    serverRequest.commonName = QStringLiteral("localhost");
    serverRequest.organisation = QStringLiteral("Avfallsrapport sandlåda");
    serverRequest.dnsNames = {QStringLiteral("localhost")};
    serverRequest.ipAddresses = {QStringLiteral("127.0.0.1")};
    serverRequest.notBefore = notBefore;
    serverRequest.notAfter = notBefore.addYears(2);
    serverRequest.serverAuth = true;
    const KeyPair server = ca.isNull() ? KeyPair() : createCertificate(serverRequest, &ca);

    CertificateRequest clientRequest;
    clientRequest.commonName = sandboxOrganisationName();
    clientRequest.organisation = sandboxOrganisationName();
    clientRequest.organisationNumber = sandboxOrganisationNumber();
    clientRequest.notBefore = notBefore;
    clientRequest.notAfter = notBefore.addYears(2);
    clientRequest.clientAuth = true;
    const KeyPair client = ca.isNull() ? KeyPair() : createCertificate(clientRequest, &ca);

    pki.clientPassword = randomPassword();
    const QByteArray clientPkcs12 =
        client.isNull() ? QByteArray() : exportPkcs12(client, pki.clientPassword, sandboxOrganisationName());
    if (server.isNull() || clientPkcs12.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("SandboxPki", "Kan inte skapa sandlådans certifikat.");
        return {};
    }

    if (!writeOwnerOnly(pki.caFile, ca.certificatePem, error) ||
        !writeOwnerOnly(pki.serverCertificateFile, server.certificatePem, error) ||
        !writeOwnerOnly(pki.serverKeyFile, server.privateKeyPem, error) ||
        !writeOwnerOnly(pki.clientPkcs12File, clientPkcs12, error) ||
        !writeOwnerOnly(passwordFile, pki.clientPassword + '\n', error))
        return {};
    return pki;
}

} // namespace avfall::pki
