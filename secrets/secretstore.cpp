#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

constexpr int kProbeTimeoutMs = 15000;

// Overwrites the bytes before they are freed, where we own the only copy.
void wipe(QByteArray &data)
{
    if (data.isDetached())
        std::fill(data.begin(), data.end(), '\0');
    data.clear();
}

QString keychainErrorText(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Text::tr("Nyckelringen nekade åtkomst; den kan vara låst (%1).").arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Text::tr("Det finns ingen nyckelring på den här datorn (%1).").arg(detail);
    default:
        return Text::tr("Nyckelringen svarade med ett fel (%1).").arg(detail);
    }
}

class KeychainBackend final : public SecretBackend
{
public:
    void read(const QString &service, const QString &key, Done done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        prepare(job, key);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                             SecretResult result;
                             if (finished->error() == QKeychain::NoError) {
                                 result.ok = true;
                                 result.found = true;
                                 result.data = readJob->binaryData();
                             } else if (finished->error() == QKeychain::EntryNotFound) {
                                 result.ok = true;
                             } else {
                                 result.error = keychainErrorText(finished->error(), finished->errorString());
                             }
                             done(result);
                         });
        job->start();
    }

    void write(const QString &service, const QString &key, const QByteArray &data, Done done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        prepare(job, key);
        job->setBinaryData(data);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             SecretResult result;
                             result.ok = finished->error() == QKeychain::NoError;
                             if (!result.ok)
                                 result.error = keychainErrorText(finished->error(), finished->errorString());
                             done(result);
                         });
        job->start();
    }

    void remove(const QString &service, const QString &key, Done done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(service);
        prepare(job, key);
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [done = std::move(done)](QKeychain::Job *finished) {
                             SecretResult result;
                             // Nothing to delete is as good as deleted.
                             result.ok = finished->error() == QKeychain::NoError ||
                                         finished->error() == QKeychain::EntryNotFound;
                             if (!result.ok)
                                 result.error = keychainErrorText(finished->error(), finished->errorString());
                             done(result);
                         });
        job->start();
    }

    bool isPersistent() const override { return true; }

private:
    static void prepare(QKeychain::Job *job, const QString &key)
    {
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file
        job->setKey(key);
    }
};

// The process memory, shared by every session backend of the process.
struct SessionSecrets
{
    QMutex mutex;
    QHash<QString, QByteArray> values;
};

SessionSecrets &sessionSecrets()
{
    static SessionSecrets secrets;
    return secrets;
}

class SessionBackend final : public SecretBackend
{
public:
    void read(const QString &service, const QString &key, Done done) override
    {
        SecretResult result;
        result.ok = true;
        {
            SessionSecrets &secrets = sessionSecrets();
            QMutexLocker lock(&secrets.mutex);
            const auto it = secrets.values.constFind(entry(service, key));
            if (it != secrets.values.constEnd()) {
                result.found = true;
                result.data = *it;
            }
        }
        later(std::move(done), result);
    }

    void write(const QString &service, const QString &key, const QByteArray &data, Done done) override
    {
        {
            SessionSecrets &secrets = sessionSecrets();
            QMutexLocker lock(&secrets.mutex);
            QByteArray &slot = secrets.values[entry(service, key)];
            wipe(slot);
            slot = QByteArray(data.constData(), data.size());
        }
        SecretResult result;
        result.ok = true;
        later(std::move(done), result);
    }

    void remove(const QString &service, const QString &key, Done done) override
    {
        {
            SessionSecrets &secrets = sessionSecrets();
            QMutexLocker lock(&secrets.mutex);
            auto it = secrets.values.find(entry(service, key));
            if (it != secrets.values.end()) {
                wipe(*it);
                secrets.values.erase(it);
            }
        }
        SecretResult result;
        result.ok = true;
        later(std::move(done), result);
    }

    bool isPersistent() const override { return false; }

private:
    static QString entry(const QString &service, const QString &key)
    {
        return service + QLatin1Char('\n') + key;
    }

    // Answers asynchronously like a keychain, so that callers see one behaviour.
    static void later(Done done, const SecretResult &result)
    {
        QTimer::singleShot(0, QCoreApplication::instance(),
                           [done = std::move(done), result] { done(result); });
    }
};

} // namespace

SecretBackend::~SecretBackend() = default;

std::unique_ptr<SecretBackend> makeKeychainBackend()
{
    return std::make_unique<KeychainBackend>();
}

std::unique_ptr<SecretBackend> makeSessionBackend()
{
    return std::make_unique<SessionBackend>();
}

void clearSessionSecrets()
{
    SessionSecrets &secrets = sessionSecrets();
    QMutexLocker lock(&secrets.mutex);
    for (QByteArray &value : secrets.values)
        wipe(value);
    secrets.values.clear();
}

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AccessToken:
        return QStringLiteral("access-token");
    case SecretKind::ConsumerKey:
        return QStringLiteral("consumer-key");
    case SecretKind::ConsumerSecret:
        return QStringLiteral("consumer-secret");
    case SecretKind::CertificatePassword:
        return QStringLiteral("certificate-password");
    }
    Q_UNREACHABLE();
}

SecretStore::SecretStore(const Profile &profile, QObject *parent)
    : SecretStore(profile, makeKeychainBackend(), parent)
{}

SecretStore::SecretStore(const Profile &profile, std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_service(serviceNameFor(profile))
    , m_backend(std::move(backend))
    , m_alive(std::make_shared<bool>(true))
{}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceNameFor(const Profile &profile)
{
    // The profile's folder (or, for the standard profile, its settings file) identifies it.
    const QString root = profile.isCustom() ? profile.rootDirectory() : profile.settingsFile();
    QString canonical = QFileInfo(root).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("Avfallsrapport-") + QString::fromLatin1(hash.left(8).toHex());
}

QString SecretStore::keyFor(Environment environment, SecretKind kind)
{
    return environmentKey(environment) + QLatin1Char('/') + secretKindKey(kind);
}

void SecretStore::open(std::function<void()> ready)
{
    whenOpen(std::move(ready));
}

void SecretStore::whenOpen(std::function<void()> action)
{
    if (m_mode != Mode::Unknown) {
        if (action)
            action();
        return;
    }
    if (action)
        m_waiting << std::move(action);
    if (!m_probing)
        probe();
}

void SecretStore::probe()
{
    m_probing = true;
    const QString key =
        QStringLiteral("probe/") + QString::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray value = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    std::weak_ptr<bool> alive = m_alive;
    auto done = std::make_shared<bool>(false);
    // A keychain that never answers (a prompt nobody sees) counts as none.
    QTimer::singleShot(kProbeTimeoutMs, this, [this, done] {
        if (*done)
            return;
        *done = true;
        finishProbe(false, Text::tr("Nyckelringen svarade inte."));
    });
    auto fail = [this, alive, done](const QString &problem) {
        if (alive.expired() || *done)
            return;
        *done = true;
        finishProbe(false, problem);
    };
    m_backend->write(
        m_service, key, value, [this, alive, done, fail, key, value](const SecretResult &written) {
            if (alive.expired() || *done)
                return;
            if (!written.ok) {
                fail(written.error);
                return;
            }
            m_backend->read(m_service, key, [this, alive, done, fail, key, value](const SecretResult &read) {
                if (alive.expired() || *done)
                    return;
                if (!read.ok || !read.found || read.data != value) {
                    // A locked keyring reports a missing entry here, although the write "worked".
                    fail(read.ok ? Text::tr("Nyckelringen gav inte tillbaka provvärdet; den kan vara låst.")
                                 : read.error);
                    return;
                }
                m_backend->remove(m_service, key, [this, alive, done, fail](const SecretResult &removed) {
                    if (alive.expired() || *done)
                        return;
                    if (!removed.ok) {
                        fail(removed.error);
                        return;
                    }
                    *done = true;
                    finishProbe(m_backend->isPersistent(), QString());
                });
            });
        });
}

void SecretStore::finishProbe(bool works, const QString &problem)
{
    m_probing = false;
    if (works) {
        m_mode = Mode::Keychain;
        m_problem.clear();
    } else {
        m_mode = Mode::SessionOnly;
        m_problem = problem.isEmpty() ? Text::tr("Ingen nyckelring används.") : problem;
        m_backend = makeSessionBackend();
    }
    emit modeChanged(m_mode);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &action : waiting)
        action();
}

void SecretStore::read(Environment environment, SecretKind kind, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    whenOpen([this, alive, environment, kind, done = std::move(done)]() mutable {
        if (alive.expired())
            return;
        m_backend->read(m_service, keyFor(environment, kind),
                        [alive, done = std::move(done)](const SecretResult &result) {
                            if (!alive.expired() && done)
                                done(result);
                        });
    });
}

void SecretStore::write(Environment environment, SecretKind kind, const QByteArray &data, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    whenOpen([this, alive, environment, kind, data, done = std::move(done)]() mutable {
        if (alive.expired())
            return;
        m_backend->write(
            m_service, keyFor(environment, kind), data,
            [this, alive, environment, kind, done = std::move(done)](const SecretResult &result) {
                if (alive.expired())
                    return; // the store is gone: so is whoever asked
                if (result.ok)
                    emit secretChanged(environment, kind);
                if (done)
                    done(result);
            });
    });
}

void SecretStore::remove(Environment environment, SecretKind kind, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    whenOpen([this, alive, environment, kind, done = std::move(done)]() mutable {
        if (alive.expired())
            return;
        m_backend->remove(
            m_service, keyFor(environment, kind),
            [this, alive, environment, kind, done = std::move(done)](const SecretResult &result) {
                if (alive.expired())
                    return; // the store is gone: so is whoever asked
                if (result.ok)
                    emit secretChanged(environment, kind);
                if (done)
                    done(result);
            });
    });
}

namespace {
// Runs start(done) and waits for done, at most timeoutMs.
SecretResult waitFor(const std::function<void(SecretStore::Done)> &start, int timeoutMs)
{
    struct Wait
    {
        std::optional<SecretResult> result;
        QEventLoop *loop = nullptr;
    };
    auto wait = std::make_shared<Wait>();
    QEventLoop loop;
    wait->loop = &loop;
    // An answer after the timeout finds no loop any more.
    start([wait](const SecretResult &answer) {
        wait->result = answer;
        if (wait->loop)
            wait->loop->quit();
    });
    if (!wait->result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    wait->loop = nullptr;
    if (wait->result)
        return *wait->result;
    SecretResult timedOut;
    timedOut.error = Text::tr("Nyckelringen svarade inte.");
    return timedOut;
}
} // namespace

bool SecretStore::openBlocking(int timeoutMs)
{
    if (m_mode == Mode::Unknown) {
        waitFor(
            [this](Done done) {
                open([done] {
                    SecretResult result;
                    result.ok = true;
                    done(result);
                });
            },
            timeoutMs);
    }
    return m_mode != Mode::Unknown;
}

SecretResult SecretStore::readBlocking(Environment environment, SecretKind kind, int timeoutMs)
{
    return waitFor([&](Done done) { read(environment, kind, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::writeBlocking(Environment environment, SecretKind kind, const QByteArray &data,
                                        int timeoutMs)
{
    return waitFor([&](Done done) { write(environment, kind, data, std::move(done)); }, timeoutMs);
}

SecretResult SecretStore::removeBlocking(Environment environment, SecretKind kind, int timeoutMs)
{
    return waitFor([&](Done done) { remove(environment, kind, std::move(done)); }, timeoutMs);
}

} // namespace avfall
