#include "secrets/identitystore.h"

#include "core/inputfile.h"
#include "core/settings.h"
#include "secrets/guarded.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include "network/opensslhandles.h"

#include <memory>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStore)
};

IdentityResult failure(IdentityError error, const QString &message)
{
    IdentityResult result;
    result.error = error;
    result.message = message;
    return result;
}

IdentityResult fromLoad(const IdentityLoad &load)
{
    IdentityResult result;
    result.identity = load.identity;
    result.error = load.error;
    result.message = load.message;
    return result;
}

// The file as the user chose it, refused unread when it is far too large for a certificate.
bool readFile(const QString &path, QByteArray *data, QString *error)
{
    inputfile::Read file = inputfile::read(path, inputfile::Kind::Certificate);
    if (!file.ok()) {
        *error = file.error;
        return false;
    }
    *data = std::move(file.data);
    return true;
}

QByteArray randomPassword()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

using namespace avfall::openssl;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(der.isEmpty() ? nullptr : d2i_X509(nullptr, &cursor, long(der.size())));
}

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
    QByteArray pem = key.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr result(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    std::fill(pem.begin(), pem.end(), '\0');
    return result;
}

// The identity as a PKCS#12 file encrypted with AES-256 (PBKDF2) and a SHA-256 MAC.
QByteArray encryptedPkcs12(const TlsIdentity &identity, const QByteArray &password)
{
    X509Ptr certificate = toX509(identity.certificate);
    PkeyPtr key = toEvpKey(identity.privateKey);
    X509StackPtr chain(sk_X509_new_null());
    if (!certificate || !key || !chain)
        return {};
    for (const QSslCertificate &extra : identity.chain) {
        X509Ptr x509 = toX509(extra);
        if (x509 && sk_X509_push(chain.get(), x509.get()) > 0)
            x509.release();
    }
    Pkcs12Ptr pkcs12(PKCS12_create(password.constData(), "Avfallsrapport", key.get(), certificate.get(),
                                   chain.get(), NID_aes_256_cbc, NID_aes_256_cbc, PKCS12_DEFAULT_ITER, -1,
                                   0));
    if (!pkcs12 || PKCS12_set_mac(pkcs12.get(), password.constData(), int(password.size()), nullptr, 0,
                                  PKCS12_DEFAULT_ITER, EVP_sha256()) != 1) {
        ERR_clear_error();
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || i2d_PKCS12_bio(bio.get(), pkcs12.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, length);
}

bool makeOwnerOnlyDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// Writes a new file readable by the owner only from the first byte on.
bool writeOwnerOnlyFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        file.remove();
        return false;
    }
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

QString formatDate(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime().date(), QLocale::ShortFormat);
}

struct Waiter
{
    std::optional<IdentityResult> result;
    QEventLoop *loop = nullptr;
};

IdentityResult waitFor(const std::function<void(IdentityStore::Done)> &start)
{
    auto wait = std::make_shared<Waiter>();
    QEventLoop loop;
    wait->loop = &loop;
    start([wait](const IdentityResult &answer) {
        wait->result = answer;
        if (wait->loop)
            wait->loop->quit();
    });
    if (!wait->result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    wait->loop = nullptr;
    return wait->result.value_or(
        failure(IdentityError::FileUnreadable, Text::tr("Nyckelringen svarade inte.")));
}

} // namespace

IdentityStore::IdentityStore(const Profile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

bool IdentityStore::hasIdentity(Environment environment) const
{
    return !storedFile(environment).isEmpty();
}

QString IdentityStore::storedFile(Environment environment) const
{
    const QString name = Settings(m_profile).certificateFile(environment);
    if (name.isEmpty())
        return {};
    const QString path = QDir(m_profile.certificateDirectory()).filePath(QFileInfo(name).fileName());
    return QFileInfo::exists(path) ? path : QString();
}

void IdentityStore::importPkcs12(Environment environment, const QString &path, const QByteArray &password,
                                 Done done)
{
    QByteArray data;
    QString error;
    if (!readFile(path, &data, &error)) {
        done(failure(IdentityError::FileUnreadable, error));
        return;
    }
    // Reading a PKCS#12 file can take seconds (key derivation of older files): off the GUI thread,
    // so that the window keeps drawing its progress.
    auto load = std::make_shared<IdentityLoad>();
    QThread *worker = QThread::create(
        [load, data, password, moment = now()] { *load = loadPkcs12(data, password, moment); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this,
            [this, load, environment, data, password, done = std::move(done)]() mutable {
                if (!load->ok()) {
                    done(fromLoad(*load));
                    return;
                }
                // A file without a password holds its key as good as unencrypted: it is stored
                // encrypted anew.
                if (password.isEmpty())
                    storeProtected(environment, *load, QByteArray(), std::move(done));
                else
                    store(environment, fromLoad(*load), data, password, std::move(done));
            });
    worker->start();
}

void IdentityStore::importPem(Environment environment, const QString &certificatePath, const QString &keyPath,
                              const QByteArray &keyPassword, Done done)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QString error;
    if (!readFile(certificatePath, &certificatePem, &error) ||
        (!keyPath.isEmpty() && !readFile(keyPath, &keyPem, &error))) {
        done(failure(IdentityError::FileUnreadable, error));
        return;
    }
    const IdentityLoad load = loadPem(certificatePem, keyPem, keyPassword, now());
    std::fill(keyPem.begin(), keyPem.end(), '\0');
    if (!load.ok()) {
        done(fromLoad(load));
        return;
    }
    storeProtected(environment, load, keyPassword, std::move(done));
}

void IdentityStore::storeProtected(Environment environment, const IdentityLoad &load,
                                   const QByteArray &knownPassword, Done done)
{
    // Whether the keychain keeps secrets across restarts is known once it has been tried.
    m_secrets->open(guarded(this, [this, environment, load, knownPassword, done = std::move(done)] {
        // With a keychain: a password nobody needs to know (the user keeps the original files).
        // Without one, the file must open again after a restart with a password the user knows:
        // the key's own. A key that came without any password is refused rather than stored in a
        // way that either lies open or can never be opened again.
        QByteArray password;
        if (m_secrets->isPersistent()) {
            password = randomPassword();
        } else if (!knownPassword.isEmpty()) {
            password = knownPassword;
        } else {
            done(failure(IdentityError::NotACertificate,
                         Text::tr("Det finns ingen nyckelring på den här datorn, och certifikatets nyckel "
                                  "saknar lösenord. Utan nyckelring kan programmet inte spara den skyddad. "
                                  "Importera certifikatet som en PKCS#12-fil (.p12) med lösenord, eller "
                                  "starta nyckelringen (till exempel GNOME-nyckelringen) och försök igen.")));
            return;
        }
        const QByteArray pkcs12 = encryptedPkcs12(load.identity, password);
        if (pkcs12.isEmpty() || !loadPkcs12(pkcs12, password, now()).ok()) {
            done(failure(
                IdentityError::NotACertificate,
                Text::tr("Certifikatet och nyckeln kunde inte sparas i skyddad form. Prova att importera "
                         "dem som en PKCS#12-fil (.p12) i stället.")));
            return;
        }
        store(environment, fromLoad(load), pkcs12, password, done);
    }));
}

void IdentityStore::store(Environment environment, const IdentityResult &checked, const QByteArray &fileData,
                          const QByteArray &password, Done done)
{
    if (environment == Environment::Sandbox) {
        done(failure(
            IdentityError::NotACertificate,
            Text::tr("Sandlådan använder sitt eget övningscertifikat. Välj Test, Produktion eller Egen "
                     "adress innan du importerar ert certifikat.")));
        return;
    }
    const QString directory = m_profile.certificateDirectory();
    if (!makeOwnerOnlyDirectory(directory)) {
        done(failure(IdentityError::FileUnreadable,
                     Text::tr("Mappen %1 kunde inte skapas.").arg(QDir::toNativeSeparators(directory))));
        return;
    }
    const QString fileName = environmentKey(environment) + QLatin1Char('-') +
                             QString::number(QRandomGenerator::system()->generate64(), 16) +
                             QStringLiteral(".p12");
    const QString path = QDir(directory).filePath(fileName);
    QString error;
    if (!writeOwnerOnlyFile(path, fileData, &error)) {
        done(failure(
            IdentityError::FileUnreadable,
            Text::tr("Certifikatet kunde inte sparas i %1: %2").arg(QDir::toNativeSeparators(path), error)));
        return;
    }

    auto finish = guarded(this, [this, environment, checked, path, fileName,
                                 done](const SecretResult &saved) {
        if (!saved.ok) {
            QFile::remove(path); // nothing stays behind
            done(failure(
                IdentityError::FileUnreadable,
                Text::tr("Lösenordet kunde inte sparas i nyckelringen, så certifikatet importerades inte: "
                         "%1")
                    .arg(saved.error)));
            return;
        }
        const QString previous = storedFile(environment);
        Settings settings(m_profile);
        settings.setCertificateFile(environment, fileName);
        settings.sync();
        if (!previous.isEmpty() && previous != path)
            QFile::remove(previous);
        emit identityChanged(environment);
        done(checked);
    });
    // Every stored file has a password (storeProtected gives one to those that came without).
    m_secrets->write(environment, SecretKind::CertificatePassword, password, finish);
}

void IdentityStore::load(Environment environment, Done done)
{
    const QString path = storedFile(environment);
    if (path.isEmpty()) {
        done(failure(
            IdentityError::FileUnreadable,
            Text::tr("Inget certifikat är importerat för %1. Importera ert certifikat under Inställningar "
                     "→ Certifikat.")
                .arg(environmentDisplayName(environment))));
        return;
    }
    m_secrets->read(
        environment, SecretKind::CertificatePassword,
        guarded(this, [this, environment, path, done = std::move(done)](const SecretResult &secret) {
            if (!secret.ok) {
                done(failure(IdentityError::FileUnreadable,
                             Text::tr("Certifikatets lösenord kunde inte läsas från nyckelringen: %1")
                                 .arg(secret.error)));
                return;
            }
            if (!secret.found && !m_secrets->isPersistent()) {
                IdentityResult result;
                result.needsPassword = true;
                result.message = Text::tr("Det finns ingen nyckelring, så lösenordet till certifikatet "
                                          "för %1 behövs en gång under den här sessionen. Ange det "
                                          "under Inställningar → Certifikat.")
                                     .arg(environmentDisplayName(environment));
                done(result);
                return;
            }
            done(fromLoad(loadPkcs12File(path, secret.data, now())));
        }));
}

void IdentityStore::unlock(Environment environment, const QByteArray &password, Done done)
{
    const QString path = storedFile(environment);
    if (path.isEmpty()) {
        load(environment, std::move(done));
        return;
    }
    const IdentityLoad load = loadPkcs12File(path, password, now());
    if (!load.ok()) {
        done(fromLoad(load));
        return;
    }
    m_secrets->write(
        environment, SecretKind::CertificatePassword, password,
        guarded(this, [this, environment, load, done = std::move(done)](const SecretResult &saved) {
            if (!saved.ok) {
                done(failure(IdentityError::FileUnreadable, saved.error));
                return;
            }
            emit identityChanged(environment);
            done(fromLoad(load));
        }));
}

void IdentityStore::remove(Environment environment, std::function<void(bool, const QString &)> done)
{
    const QString path = storedFile(environment);
    m_secrets->remove(
        environment, SecretKind::CertificatePassword,
        guarded(this, [this, environment, path, done = std::move(done)](const SecretResult &removed) {
            if (!removed.ok) {
                if (done)
                    done(false, removed.error);
                return;
            }
            Settings settings(m_profile);
            settings.setCertificateFile(environment, QString());
            settings.sync();
            if (!path.isEmpty())
                QFile::remove(path);
            emit identityChanged(environment);
            if (done)
                done(true, QString());
        }));
}

IdentityResult IdentityStore::importPkcs12Blocking(Environment environment, const QString &path,
                                                   const QByteArray &password)
{
    return waitFor([&](Done done) { importPkcs12(environment, path, password, std::move(done)); });
}

IdentityResult IdentityStore::loadBlocking(Environment environment)
{
    return waitFor([&](Done done) { load(environment, std::move(done)); });
}

QString IdentityStore::expiryWarning(const TlsIdentity &identity, const QDateTime &now)
{
    if (identity.certificate.isNull())
        return {};
    const int days = identity.daysLeft(now);
    if (days < 0 || days > kWarningDays)
        return {};
    if (days == 0)
        return Text::tr("Certifikatet går ut i dag (%1). Beställ ett nytt från er certifikatutfärdare och "
                        "importera det här.")
            .arg(formatDate(identity.validTo()));
    return Text::tr(
               "Certifikatet går ut om %n dagar (%1). Beställ ett nytt från er certifikatutfärdare i god "
               "tid och importera det här.",
               nullptr, days)
        .arg(formatDate(identity.validTo()));
}

} // namespace avfall
