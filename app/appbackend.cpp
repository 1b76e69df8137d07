#include "app/appbackend.h"

#include "core/settings.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "network/tlsidentity.h"
#include "queue/sender.h"
#include "queue/senderlock.h"
#include "sandbox/sandboxserver.h"
#include "secrets/connectionstore.h"

#include <QNetworkInformation>

namespace avfall::app {

AppBackend::AppBackend(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_connections(std::make_unique<ConnectionStore>(profile))
    , m_client(std::make_unique<RegisterClient>())
    , m_lock(std::make_unique<SenderLock>(profile))
{
    // The sandbox runs inside the app: it starts the first time the Sandlåda environment is used.
    m_connections->setSandboxProvider([this](ConnectionSettings *settings, QString *error) {
        startSandboxIfNeeded();
        if (!m_sandbox) {
            *error = tr("Sandlådan kunde inte starta.");
            return false;
        }
        const pki::SandboxPki sandboxPki =
            pki::ensureSandboxPki(m_profile.dataDirectory() + QStringLiteral("/sandbox-pki"), error);
        const IdentityLoad identity = loadPkcs12File(sandboxPki.clientPkcs12File, sandboxPki.clientPassword,
                                                     QDateTime::currentDateTime());
        if (!identity.ok()) {
            *error = identity.message;
            return false;
        }
        settings->baseUrl = m_sandbox->baseUrl();
        settings->tokenUrl = m_sandbox->tokenUrl();
        settings->clientCertificate = identity.identity.certificate;
        settings->clientKey = identity.identity.privateKey;
        settings->extraCaCertificates = QSslCertificate::fromPath(sandboxPki.caFile);
        settings->consumerKey = SandboxServer::consumerKey();
        settings->consumerSecret = SandboxServer::consumerSecret();
        return true;
    });
    connect(m_connections.get(), &ConnectionStore::changed, this, &AppBackend::reconnect);
}

AppBackend::~AppBackend()
{
    if (m_sender)
        m_sender->stop();
    m_sender.reset();
    m_client.reset();
}

bool AppBackend::start(QString *error)
{
    if (!m_profile.ensureDirectories(error))
        return false;
    m_store = NoteStore::open(m_profile.databaseFile(), error);
    if (!m_store)
        return false;
    reconnect();
    // Send again at once when the network comes back.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        wakeSender();
                });
    }
    return true;
}

void AppBackend::startSandboxIfNeeded()
{
    if (m_sandbox)
        return;
    QString error;
    const pki::SandboxPki sandboxPki =
        pki::ensureSandboxPki(m_profile.dataDirectory() + QStringLiteral("/sandbox-pki"), &error);
    if (sandboxPki.caFile.isEmpty())
        return;
    auto sandbox =
        std::make_unique<SandboxServer>(sandboxPki, m_profile.dataDirectory() + QStringLiteral("/sandbox"));
    if (sandbox->listen(0, &error))
        m_sandbox = std::move(sandbox);
}

Environment AppBackend::environment() const
{
    return Settings(m_profile).environment();
}

void AppBackend::reconnect()
{
    const ConnectionAssembly assembly = m_connections->assembleBlocking(environment());
    m_connectionProblem = assembly.error;
    m_certificateWarning = assembly.certificateWarning;
    m_needsSecrets = assembly.needsSecretsThisSession;
    m_needsCertificatePassword = assembly.needsCertificatePassword;
    if (assembly.ok()) {
        m_connection = assembly.settings;
        m_client->setConnection(m_connection);
    }
    // The sender belongs to one environment: notes of another wait for theirs.
    if (m_sender) {
        m_sender->stop();
        m_sender.reset();
    }
    if (assembly.ok() && (m_lock->isLocked() || m_lock->tryLock(0))) {
        m_store->recoverInterrupted();
        m_sender = std::make_unique<Sender>(*m_store, *m_client, environment());
        connect(m_sender.get(), &Sender::noteFinished, this, &AppBackend::noteFinished);
        connect(m_sender.get(), &Sender::noteFinished, this, &AppBackend::storeChanged);
        // Keep running: what becomes due later (backoff) is sent then.
        m_sender->run(QDateTime::currentDateTimeUtc().addYears(10));
    }
    emit connectionChanged();
}

bool AppBackend::isSending() const
{
    return m_sender && m_sender->inFlight() > 0;
}

QString AppBackend::certificateOrganisationNumber() const
{
    TlsIdentity identity;
    identity.certificate = m_connection.clientCertificate;
    return identity.organisationNumber();
}

QString AppBackend::certificateOrganisationName() const
{
    TlsIdentity identity;
    identity.certificate = m_connection.clientCertificate;
    return identity.organisation();
}

qint64 AppBackend::saveDraft(NoteKind kind, const QJsonObject &payload, qint64 draftId)
{
    const qint64 id = m_store->saveDraft(kind, environment(), payload, draftId);
    if (id && id != draftId)
        emit storeChanged(); // a new draft: the Utkast list grows
    return id;
}

QStringList AppBackend::usedWasteCodes() const
{
    NoteFilter filter;
    filter.state = NoteState::Sent;
    QHash<QString, int> counts;
    for (const StoredNote &note : m_store->notes(filter, 500))
        if (!note.wasteCode.isEmpty())
            ++counts[note.wasteCode];
    QStringList codes = counts.keys();
    std::sort(codes.begin(), codes.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return codes;
}

qint64 AppBackend::submit(NoteKind kind, const QJsonObject &payload, qint64 draftId)
{
    const qint64 id = m_store->enqueue(kind, environment(), payload, draftId);
    if (id) {
        emit storeChanged();
        wakeSender();
    }
    return id;
}

void AppBackend::wakeSender()
{
    if (m_sender)
        m_sender->wake();
    else
        reconnect();
}

} // namespace avfall::app
