#include "services/profilesession.h"

#include "core/messagelog.h"
#include "core/settings.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "network/tlsidentity.h"
#include "queue/senderlock.h"
#include "sandbox/sandboxserver.h"
#include "secrets/accesstoken.h"
#include "secrets/connectionstore.h"
#include "secrets/guarded.h"

#include <QNetworkInformation>

#include <algorithm>

namespace avfall::services {

ProfileSession::ProfileSession(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_connections(std::make_unique<ConnectionStore>(profile))
    , m_client(std::make_unique<RegisterClient>())
    , m_lock(std::make_unique<SenderLock>(profile))
{
    // The sandbox runs inside this process: it starts the first time the Sandlåda environment is used.
    m_connections->setSandboxProvider(
        [this](ConnectionSettings *settings, QString *error) { return provideSandbox(settings, error); });
    connect(m_connections.get(), &ConnectionStore::changed, this, [this] {
        if (m_keepSending)
            reconnect();
    });
}

ProfileSession::~ProfileSession()
{
    if (m_sender)
        m_sender->stop();
    m_sender.reset();
    m_client.reset();
}

Result<void> ProfileSession::open()
{
    QString error;
    if (!m_profile.ensureDirectories(&error))
        return Result<void>::failure(error);
    m_store = NoteStore::open(m_profile.databaseFile(), &error);
    if (!m_store)
        return Result<void>::failure(error);
    return Result<void>::success();
}

Environment ProfileSession::environment() const
{
    return Settings(m_profile).environment();
}

void ProfileSession::setEnvironment(Environment environment)
{
    m_connections->setEnvironment(environment); // saves it and emits changed(): reconnect
}

std::optional<StoredNote> ProfileSession::findNote(const QString &id) const
{
    bool isNumber = false;
    const qint64 local = id.toLongLong(&isNumber);
    if (isNumber)
        return m_store->note(local);
    return m_store->findByAvfallId(id);
}

QStringList ProfileSession::usedWasteCodes() const
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

void ProfileSession::noteQueued()
{
    emit storeChanged();
    wakeSender();
}

bool ProfileSession::provideSandbox(ConnectionSettings *settings, QString *error)
{
    startSandboxIfNeeded();
    if (!m_sandbox) {
        *error = tr("Sandlådan kunde inte starta.");
        return false;
    }
    const pki::SandboxPki sandboxPki =
        pki::ensureSandboxPki(m_profile.dataDirectory() + QStringLiteral("/sandbox-pki"), error);
    const IdentityLoad identity =
        loadPkcs12File(sandboxPki.clientPkcs12File, sandboxPki.clientPassword, QDateTime::currentDateTime());
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
}

void ProfileSession::startSandboxIfNeeded()
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

void ProfileSession::keepSending()
{
    if (m_keepSending)
        return;
    m_keepSending = true;
    reconnect();
    // Send again at once when the network comes back.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        wakeSender();
                });
    }
}

void ProfileSession::reconnect()
{
    // The keychain answers when it answers; the GUI thread goes on meanwhile. Only the newest
    // assembly counts: an older answer arriving late must not undo a later change.
    const quint64 serial = ++m_reconnectSerial;
    const Environment chosen = environment();
    ++m_reconnecting;
    emit reconnecting();
    m_connections->assemble(chosen, guarded(this, [this, serial, chosen](const ConnectionAssembly &assembly) {
                                --m_reconnecting;
                                if (serial != m_reconnectSerial)
                                    return;
                                logConnection(chosen, assembly.error);
                                m_connectionProblem = assembly.error;
                                m_certificateWarning = assembly.certificateWarning;
                                // Known even when something else is missing, so that the countdown
                                // shows all the same.
                                m_certificateExpiry = assembly.settings.clientCertificate.isNull()
                                                          ? QDateTime()
                                                          : assembly.settings.clientCertificate.expiryDate();
                                m_tokenExpiry =
                                    assembly.settings.accessToken.isEmpty()
                                        ? QDateTime()
                                        : inspectAccessToken(assembly.settings.accessToken).expiresAt;
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
                                if (assembly.ok() && m_store && (m_lock->isLocked() || m_lock->tryLock(0))) {
                                    m_store->recoverInterrupted();
                                    replaceSender(chosen);
                                    // Keep running: what becomes due later (backoff) is sent then.
                                    m_sender->run(QDateTime::currentDateTimeUtc().addYears(10));
                                }
                                emit connectionChanged();
                            }));
}

// One line in the log when the connection of an environment becomes ready or its problem changes.
void ProfileSession::logConnection(Environment environment, const QString &problem)
{
    if (problem == m_connectionProblem && m_connectedOnce)
        return;
    m_connectedOnce = true;
    if (problem.isEmpty())
        qCInfo(lcAvfallEvents, "environment %s: connection ready", qPrintable(environmentKey(environment)));
    else
        qCWarning(lcAvfallEvents, "environment %s: connection problem: %s",
                  qPrintable(environmentKey(environment)), qPrintable(problem));
}

void ProfileSession::replaceSender(Environment environment)
{
    if (m_sender) {
        m_sender->stop();
        m_sender.reset();
    }
    m_sender = std::make_unique<Sender>(*m_store, *m_client, environment);
    connect(m_sender.get(), &Sender::noteFinished, this, &ProfileSession::noteFinished);
    connect(m_sender.get(), &Sender::noteFinished, this, &ProfileSession::storeChanged);
}

void ProfileSession::wakeSender()
{
    if (m_sender && m_keepSending)
        m_sender->wake();
    else if (m_keepSending && !isReconnecting())
        reconnect();
}

bool ProfileSession::isSending() const
{
    return m_sender && m_sender->inFlight() > 0;
}

QString ProfileSession::certificateOrganisationNumber() const
{
    TlsIdentity identity;
    identity.certificate = m_connection.clientCertificate;
    return identity.organisationNumber();
}

QString ProfileSession::certificateOrganisationName() const
{
    TlsIdentity identity;
    identity.certificate = m_connection.clientCertificate;
    return identity.organisation();
}

void ProfileSession::flush(const ConnectionSettings &connection, const FlushOptions &options, FlushDone done)
{
    if (options.dropBackoff)
        m_store->retryAllNow(connection.environment);
    m_client->setConnection(connection);
    replaceSender(connection.environment);
    Sender *sender = m_sender.get();
    connect(sender, &Sender::finished, this, [sender, done = std::move(done)] { done(sender->summary()); });
    sender->run(options.until);
}

} // namespace avfall::services
