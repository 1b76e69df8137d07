#include "secrets/connectionstore.h"

#include "core/inputfile.h"
#include "core/settings.h"
#include "network/registerclient.h"
#include "secrets/accesstoken.h"
#include "secrets/guarded.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)
};

ConnectionStore::SandboxProvider &defaultSandboxProvider()
{
    static ConnectionStore::SandboxProvider provider;
    return provider;
}

bool usableHttpsUrl(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

QString formatDateTime(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ConnectionStore::ConnectionStore(const Profile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets ? secrets : new SecretStore(profile, this))
    , m_identities(new IdentityStore(profile, m_secrets, this))
{
    connect(m_identities, &IdentityStore::identityChanged, this, &ConnectionStore::changed);
}

ConnectionStore::~ConnectionStore() = default;

void ConnectionStore::setDefaultSandboxProvider(SandboxProvider provider)
{
    defaultSandboxProvider() = std::move(provider);
}

bool ConnectionStore::hasSandboxProvider() const
{
    return m_sandbox || defaultSandboxProvider();
}

void ConnectionStore::assembleCurrent(Done done)
{
    assemble(Settings(m_profile).environment(), std::move(done));
}

void ConnectionStore::assemble(Environment environment, Done done)
{
    ConnectionAssembly assembly;
    assembly.settings.environment = environment;
    if (environment == Environment::Sandbox) {
        const SandboxProvider &provider = m_sandbox ? m_sandbox : defaultSandboxProvider();
        QString error;
        if (!provider) {
            assembly.error =
                Text::tr("Sandlådan är inte startad här, så den kan inte provas från det här fönstret. "
                         "Anteckningar i Sandlåda skickas ändå när programmet startar sandlådan.");
        } else if (!provider(&assembly.settings, &error)) {
            assembly.error = error.isEmpty() ? Text::tr("Sandlådan kunde inte starta.") : error;
        }
        assembly.settings.environment = Environment::Sandbox;
        done(assembly);
        return;
    }

    QStringList problems;
    const Settings settings(m_profile);
    if (environment == Environment::Custom) {
        assembly.settings.baseUrl = settings.customBaseUrl();
        assembly.settings.tokenUrl = settings.customTokenUrl();
        if (!usableHttpsUrl(assembly.settings.baseUrl) || !usableHttpsUrl(assembly.settings.tokenUrl))
            problems << Text::tr("Egen adress behöver både en bas-URL och en token-URL som börjar med "
                                 "https://. Fyll i dem under Inställningar → Anslutning.");
        const QString caFile = settings.value(Settings::Key::CustomCaFile).toString();
        if (!caFile.isEmpty()) {
            const inputfile::Read file = inputfile::read(caFile, inputfile::Kind::Certificate);
            assembly.settings.extraCaCertificates = QSslCertificate::fromData(file.data, QSsl::Pem);
            if (!file.ok() && QFileInfo::exists(caFile))
                problems << file.error; // far too large, or a folder
            else if (assembly.settings.extraCaCertificates.isEmpty())
                problems << Text::tr("Filen med CA-certifikat (%1) innehåller inga certifikat som går att "
                                     "läsa.")
                                .arg(QDir::toNativeSeparators(caFile));
        }
    } else {
        assembly.settings.baseUrl = defaultBaseUrl(environment);
        assembly.settings.tokenUrl = defaultTokenUrl(environment);
    }

    m_identities->load(
        environment, guarded(this, [this, environment, assembly, problems,
                                    done = std::move(done)](const IdentityResult &identity) mutable {
            if (identity.ok()) {
                assembly.settings.clientCertificate = identity.identity.certificate;
                assembly.settings.clientKey = identity.identity.privateKey;
                assembly.settings.clientChain = identity.identity.chain;
                assembly.certificateWarning =
                    IdentityStore::expiryWarning(identity.identity, QDateTime::currentDateTime());
            } else {
                problems << identity.message;
                assembly.needsSecretsThisSession |= identity.needsPassword;
                assembly.needsCertificatePassword = identity.needsPassword;
            }
            if (!problems.isEmpty())
                assembly.error = problems.join(QLatin1Char('\n'));
            assembleRegister(environment, std::move(assembly), std::move(done));
        }));
}

void ConnectionStore::assembleRegister(Environment environment, ConnectionAssembly assembly, Done done)
{
    const AccessMode mode = Settings(m_profile).accessMode(environment);
    // Whether the keychain works is known only once a read has come back (it opens on first use).
    auto addProblem = [](ConnectionAssembly &target, const QString &problem) {
        target.error = target.error.isEmpty() ? problem : target.error + QLatin1Char('\n') + problem;
    };
    if (mode == AccessMode::Token) {
        m_secrets->read(
            environment, SecretKind::AccessToken,
            guarded(this, [this, assembly, addProblem, environment,
                           done = std::move(done)](const SecretResult &token) mutable {
                if (!token.ok) {
                    addProblem(
                        assembly,
                        Text::tr("Åtkomsttoken kunde inte läsas från nyckelringen: %1").arg(token.error));
                } else if (!token.found || token.data.isEmpty()) {
                    assembly.needsSecretsThisSession |= !m_secrets->isPersistent();
                    addProblem(assembly, Text::tr("Ingen åtkomsttoken finns för %1. Klistra in den under "
                                                  "Inställningar → Åtkomst, eller ange nyckel och hemlighet.")
                                             .arg(environmentDisplayName(environment)));
                } else {
                    assembly.settings.accessToken = QString::fromUtf8(token.data);
                    const AccessTokenInfo info = inspectAccessToken(assembly.settings.accessToken);
                    if (info.isExpired(QDateTime::currentDateTimeUtc()))
                        addProblem(assembly, Text::tr("Åtkomsttoken gick ut %1. Klistra in en ny under "
                                                      "Inställningar → Åtkomst, eller ange nyckel och "
                                                      "hemlighet så förnyas den av sig själv.")
                                                 .arg(formatDateTime(info.expiresAt)));
                }
                done(assembly);
            }));
        return;
    }
    m_secrets->read(
        environment, SecretKind::ConsumerKey,
        guarded(this, [this, assembly, addProblem, environment,
                       done = std::move(done)](const SecretResult &key) mutable {
            m_secrets->read(
                environment, SecretKind::ConsumerSecret,
                guarded(this, [this, assembly, addProblem, environment, key,
                               done = std::move(done)](const SecretResult &secret) mutable {
                    if (!key.ok || !secret.ok) {
                        addProblem(assembly, Text::tr("Nyckel och hemlighet kunde inte läsas från "
                                                      "nyckelringen: %1")
                                                 .arg(key.ok ? secret.error : key.error));
                    } else if (!key.found || !secret.found || key.data.isEmpty() || secret.data.isEmpty()) {
                        assembly.needsSecretsThisSession |= !m_secrets->isPersistent();
                        addProblem(assembly, Text::tr("Nyckel och hemlighet saknas för %1. Hämta dem i "
                                                      "Naturvårdsverkets API-portal och ange dem under "
                                                      "Inställningar → Åtkomst.")
                                                 .arg(environmentDisplayName(environment)));
                    } else {
                        assembly.settings.consumerKey = QString::fromUtf8(key.data);
                        assembly.settings.consumerSecret = QString::fromUtf8(secret.data);
                    }
                    done(assembly);
                }));
        }));
}

ConnectionAssembly ConnectionStore::assembleBlocking(Environment environment)
{
    struct Wait
    {
        std::optional<ConnectionAssembly> result;
        QEventLoop *loop = nullptr;
    };
    auto wait = std::make_shared<Wait>();
    QEventLoop loop;
    wait->loop = &loop;
    assemble(environment, [wait](const ConnectionAssembly &assembly) {
        wait->result = assembly;
        if (wait->loop)
            wait->loop->quit();
    });
    if (!wait->result) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    wait->loop = nullptr;
    if (wait->result)
        return *wait->result;
    ConnectionAssembly timedOut;
    timedOut.settings.environment = environment;
    timedOut.error = Text::tr("Nyckelringen svarade inte.");
    return timedOut;
}

void ConnectionStore::applyTo(RegisterClient *client, Environment environment, Done done)
{
    QPointer<RegisterClient> target(client);
    assemble(environment, [target, done = std::move(done)](const ConnectionAssembly &assembly) {
        if (target)
            target->setConnection(assembly.settings);
        if (done)
            done(assembly);
    });
}

void ConnectionStore::setEnvironment(Environment environment)
{
    Settings settings(m_profile);
    if (settings.environment() == environment)
        return;
    settings.setEnvironment(environment);
    settings.sync();
    emit changed(environment);
}

void ConnectionStore::setCustomAddress(const QUrl &baseUrl, const QUrl &tokenUrl, const QString &caFile)
{
    Settings settings(m_profile);
    if (settings.customBaseUrl() == baseUrl && settings.customTokenUrl() == tokenUrl &&
        settings.value(Settings::Key::CustomCaFile).toString() == caFile)
        return;
    settings.setCustomUrls(baseUrl, tokenUrl);
    if (caFile.isEmpty())
        settings.remove(Settings::Key::CustomCaFile);
    else
        settings.setValue(Settings::Key::CustomCaFile, caFile);
    settings.sync();
    emit changed(Environment::Custom);
}

void ConnectionStore::storeAccessToken(Environment environment, const QString &token, Finished done)
{
    const QString clean = cleanAccessToken(token);
    if (clean.isEmpty()) {
        done(false, Text::tr("Klistra in en åtkomsttoken först."));
        return;
    }
    m_secrets->write(environment, SecretKind::AccessToken, clean.toUtf8(),
                     guarded(this, [this, environment, done = std::move(done)](const SecretResult &saved) {
                         if (!saved.ok) {
                             done(false, saved.error);
                             return;
                         }
                         Settings settings(m_profile);
                         settings.setAccessMode(environment, AccessMode::Token);
                         settings.sync();
                         // Only what is used is kept.
                         m_secrets->remove(environment, SecretKind::ConsumerKey, {});
                         m_secrets->remove(environment, SecretKind::ConsumerSecret,
                                           guarded(this, [this, environment, done](const SecretResult &) {
                                               emit changed(environment);
                                               done(true, QString());
                                           }));
                     }));
}

void ConnectionStore::storeKeyAndSecret(Environment environment, const QString &key, const QString &secret,
                                        Finished done)
{
    const QString cleanKey = key.trimmed();
    const QString cleanSecret = secret.trimmed();
    if (cleanKey.isEmpty() || cleanSecret.isEmpty()) {
        done(false, Text::tr("Ange både nyckel och hemlighet."));
        return;
    }
    m_secrets->write(
        environment, SecretKind::ConsumerKey, cleanKey.toUtf8(),
        guarded(this, [this, environment, cleanSecret, done = std::move(done)](const SecretResult &keySaved) {
            if (!keySaved.ok) {
                done(false, keySaved.error);
                return;
            }
            m_secrets->write(environment, SecretKind::ConsumerSecret, cleanSecret.toUtf8(),
                             guarded(this, [this, environment, done](const SecretResult &secretSaved) {
                                 if (!secretSaved.ok) {
                                     m_secrets->remove(environment, SecretKind::ConsumerKey, {});
                                     done(false, secretSaved.error);
                                     return;
                                 }
                                 Settings settings(m_profile);
                                 settings.setAccessMode(environment, AccessMode::KeyAndSecret);
                                 settings.sync();
                                 m_secrets->remove(
                                     environment, SecretKind::AccessToken,
                                     guarded(this, [this, environment, done](const SecretResult &) {
                                         emit changed(environment);
                                         done(true, QString());
                                     }));
                             }));
        }));
}

void ConnectionStore::forgetAccess(Environment environment, Finished done)
{
    auto remaining = std::make_shared<int>(3);
    auto failure = std::make_shared<QString>();
    for (SecretKind kind : {SecretKind::AccessToken, SecretKind::ConsumerKey, SecretKind::ConsumerSecret}) {
        m_secrets->remove(environment, kind,
                          guarded(this, [this, environment, remaining, failure, done](const SecretResult &r) {
                              if (!r.ok && failure->isEmpty())
                                  *failure = r.error;
                              if (--*remaining > 0)
                                  return;
                              emit changed(environment);
                              if (done)
                                  done(failure->isEmpty(), *failure);
                          }));
    }
}

void ConnectionStore::accessState(Environment environment, std::function<void(const AccessState &)> done)
{
    auto state = std::make_shared<AccessState>();
    state->mode = Settings(m_profile).accessMode(environment);
    m_secrets->read(environment, SecretKind::AccessToken,
                    guarded(this, [this, environment, state, done](const SecretResult &token) {
                        state->hasToken = token.ok && token.found && !token.data.isEmpty();
                        state->token = QString::fromUtf8(token.data);
                        if (!token.ok)
                            state->error = token.error;
                        m_secrets->read(
                            environment, SecretKind::ConsumerKey,
                            guarded(this, [this, environment, state, done](const SecretResult &key) {
                                state->consumerKey = QString::fromUtf8(key.data);
                                if (!key.ok && state->error.isEmpty())
                                    state->error = key.error;
                                m_secrets->read(environment, SecretKind::ConsumerSecret,
                                                guarded(this, [state, key, done](const SecretResult &secret) {
                                                    state->hasKeyAndSecret =
                                                        key.ok && key.found && !key.data.isEmpty() &&
                                                        secret.ok && secret.found && !secret.data.isEmpty();
                                                    if (!secret.ok && state->error.isEmpty())
                                                        state->error = secret.error;
                                                    done(*state);
                                                }));
                            }));
                    }));
}

} // namespace avfall
