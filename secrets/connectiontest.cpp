#include "secrets/connectiontest.h"

#include "network/registerclient.h"
#include "network/tokenprovider.h"
#include "secrets/accesstoken.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSslSocket>
#include <QTimer>

namespace avfall {

namespace {
enum StepIndex
{
    Handshake,
    Token,
    ValueList,
};

QString formatDateTime(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{}

ConnectionTest::~ConnectionTest() = default;

bool ConnectionTest::succeeded() const
{
    for (const Step &step : m_steps) {
        if (step.state != Step::State::Passed)
            return false;
    }
    return !m_steps.isEmpty();
}

QString ConnectionTest::report() const
{
    QStringList paragraphs;
    for (const Step &step : m_steps) {
        QString mark;
        switch (step.state) {
        case Step::State::Passed:
            mark = QStringLiteral("✓");
            break;
        case Step::State::Failed:
            mark = QStringLiteral("✗");
            break;
        case Step::State::Running:
            mark = QStringLiteral("…");
            break;
        case Step::State::Pending:
        case Step::State::Skipped:
            mark = QStringLiteral("–");
            break;
        }
        QString text = mark + QLatin1Char(' ') + step.title;
        if (!step.detail.isEmpty())
            text += QStringLiteral(": ") + step.detail;
        if (!step.advice.isEmpty())
            text += QLatin1Char(' ') + step.advice;
        paragraphs << text;
    }
    // Protocol versions and certificate names help a support person, not the user: they come last.
    if (!m_technical.isEmpty())
        paragraphs << QString() << m_technical;
    return paragraphs.join(QLatin1Char('\n'));
}

void ConnectionTest::start(const ConnectionSettings &settings)
{
    cancel();
    m_settings = settings;
    m_running = true;
    m_technical.clear();
    ++m_generation;
    m_steps = {
        {tr("Säker förbindelse med ert certifikat"), Step::State::Pending, {}, {}},
        {tr("Åtkomsttoken"), Step::State::Pending, {}, {}},
        {tr("Hämta en värdelista"), Step::State::Pending, {}, {}},
    };
    for (int i = 0; i < m_steps.size(); ++i)
        emit stepChanged(i);
    runHandshake();
}

void ConnectionTest::cancel()
{
    ++m_generation;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_client.reset();
    m_tokens.reset();
    m_running = false;
}

void ConnectionTest::pass(int index, const QString &detail)
{
    m_steps[index].state = Step::State::Passed;
    m_steps[index].detail = detail;
    m_steps[index].advice.clear();
    emit stepChanged(index);
}

void ConnectionTest::fail(int index, const QString &detail, const QString &advice)
{
    m_steps[index].state = Step::State::Failed;
    m_steps[index].detail = detail;
    m_steps[index].advice = advice;
    emit stepChanged(index);
    for (int later = index + 1; later < m_steps.size(); ++later) {
        m_steps[later].state = Step::State::Skipped;
        m_steps[later].detail = tr("inte prövat, eftersom steget före misslyckades.");
        emit stepChanged(later);
    }
    finish();
}

void ConnectionTest::finish()
{
    const bool ok = succeeded();
    cancel();
    emit finished(ok);
}

void ConnectionTest::runHandshake()
{
    m_steps[Handshake].state = Step::State::Running;
    emit stepChanged(Handshake);
    const QUrl url = m_settings.baseUrl;
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        fail(Handshake, tr("registrets adress saknas eller börjar inte med https://."),
             tr("Välj miljö, eller fyll i bas-URL och token-URL för Egen adress."));
        return;
    }
    if (m_settings.clientCertificate.isNull()) {
        fail(Handshake, tr("inget klientcertifikat är valt."),
             tr("Importera ert certifikat under fliken Certifikat."));
        return;
    }

    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_settings.sslConfiguration());
    m_socket->setPeerVerifyName(url.host());
    const quint64 generation = m_generation;
    auto handshakeDone = std::make_shared<bool>(false);

    connect(m_socket, &QSslSocket::encrypted, this, [this, generation, handshakeDone, url] {
        *handshakeDone = true;
        // With TLS 1.3 a refused client certificate shows only after this point.
        QTimer::singleShot(m_graceMs, this, [this, generation, url] {
            if (generation != m_generation || !m_socket)
                return;
            const QString protocol = m_socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
                                                                                  : QStringLiteral("TLS 1.2");
            const QString server = m_socket->peerCertificate().subjectDisplayName();
            m_socket->disconnect(this);
            m_socket->disconnectFromHost();
            m_socket->deleteLater();
            m_socket = nullptr;
            pass(Handshake, tr("%1 svarade och godtog ert certifikat.").arg(url.host()));
            m_technical = tr("Tekniska detaljer: %1, servercertifikat %2.")
                              .arg(protocol, server.isEmpty() ? url.host() : server);
            runToken();
        });
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this, generation](const QList<QSslError> &errors) {
        if (generation != m_generation || errors.isEmpty())
            return;
        fail(Handshake,
             tr("serverns certifikat gick inte att lita på: %1.").arg(errors.first().errorString()),
             tr("Kontrollera adressen. För Egen adress med en egen CA: ange CA-filen under Anslutning. "
                "Kontrollera också att datorns klocka går rätt."));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this, generation, handshakeDone, url](QAbstractSocket::SocketError error) {
                if (generation != m_generation || !m_socket)
                    return;
                const QString reason = m_socket->errorString();
                switch (error) {
                case QAbstractSocket::HostNotFoundError:
                    fail(Handshake, tr("servern %1 hittades inte (%2).").arg(url.host(), reason),
                         tr("Kontrollera adressen och att datorn är ansluten till internet."));
                    return;
                case QAbstractSocket::ConnectionRefusedError:
                case QAbstractSocket::NetworkError:
                case QAbstractSocket::SocketTimeoutError:
                    fail(Handshake, tr("servern %1 svarade inte (%2).").arg(url.host(), reason),
                         tr("Kontrollera adressen och nätverket, och försök igen om en stund; en brandvägg "
                            "kan också stoppa förbindelsen."));
                    return;
                default:
                    break;
                }
                if (m_socket->sslHandshakeErrors().isEmpty())
                    fail(Handshake, tr("servern godtog inte ert klientcertifikat (%1).").arg(reason),
                         tr("Kontrollera att certifikatet är ert organisationscertifikat, att det gäller "
                            "och att det hör till den valda miljön (Test eller Produktion)."));
                Q_UNUSED(handshakeDone);
            });
    QTimer::singleShot(m_settings.timeoutMs, this, [this, generation, handshakeDone, url] {
        if (generation != m_generation || *handshakeDone || !m_socket)
            return;
        fail(Handshake,
             tr("servern %1 svarade inte inom %2 sekunder.").arg(url.host()).arg(m_settings.timeoutMs / 1000),
             tr("Kontrollera adressen och nätverket, och försök igen om en stund."));
    });
    m_socket->connectToHostEncrypted(url.host(), quint16(defaultPort(url)));
}

void ConnectionTest::runToken()
{
    m_steps[Token].state = Step::State::Running;
    emit stepChanged(Token);
    if (!m_settings.accessToken.isEmpty()) {
        const AccessTokenInfo info = inspectAccessToken(m_settings.accessToken);
        if (info.isExpired(QDateTime::currentDateTimeUtc())) {
            fail(Token, tr("den inklistrade åtkomsttoken gick ut %1.").arg(formatDateTime(info.expiresAt)),
                 tr("Klistra in en ny token under Åtkomst, eller ange nyckel och hemlighet så förnyas den av "
                    "sig själv."));
            return;
        }
        pass(Token,
             info.expiresAt.isValid()
                 ? tr("den inklistrade åtkomsttoken används; den gäller till %1.")
                       .arg(formatDateTime(info.expiresAt))
                 : tr("den inklistrade åtkomsttoken används; hur länge den gäller går inte att läsa ut."));
        runValueList();
        return;
    }
    m_tokens = std::make_unique<TokenProvider>();
    m_tokens->setSettings(m_settings, m_settings.sslConfiguration());
    const quint64 generation = m_generation;
    m_tokens->token([this, generation](const QString &token, const CallResult &failure) {
        QTimer::singleShot(0, this, [this, generation, token, failure] {
            if (generation != m_generation)
                return;
            if (token.isEmpty()) {
                QString advice;
                switch (failure.outcome) {
                case Outcome::AuthenticationFailed:
                    advice = tr("Kontrollera nyckel och hemlighet under Åtkomst: de ska höra till den valda "
                                "miljön och komma från Naturvårdsverkets API-portal.");
                    break;
                case Outcome::CertificateProblem:
                    advice = tr("Kontrollera certifikatet under Certifikat.");
                    break;
                default:
                    advice = tr("Försök igen om en stund; kontrollera token-URL:en om det inte går.");
                    break;
                }
                fail(Token, tr("ingen token kunde hämtas: %1").arg(failure.summary), advice);
                return;
            }
            pass(Token, tr("tokentjänsten lämnade ut en åtkomsttoken för nyckeln."));
            runValueList();
        });
    });
}

void ConnectionTest::runValueList()
{
    m_steps[ValueList].state = Step::State::Running;
    emit stepChanged(ValueList);
    m_client = std::make_unique<RegisterClient>();
    m_client->setConnection(m_settings);
    const quint64 generation = m_generation;
    m_client->fetchValueList(QStringLiteral("transportsatt"), [this, generation](const CallResult &result) {
        QTimer::singleShot(0, this, [this, generation, result] {
            if (generation != m_generation)
                return;
            if (!result.isAccepted()) {
                QString advice;
                switch (result.outcome) {
                case Outcome::AuthenticationFailed:
                    advice =
                        tr("Registret godtog inte åtkomsten. Kontrollera att avtalet med Naturvårdsverket "
                           "gäller den valda miljön och att nyckeln hör till samma organisation som "
                           "certifikatet.");
                    break;
                case Outcome::CertificateProblem:
                    advice = tr("Kontrollera certifikatet under Certifikat.");
                    break;
                default:
                    advice = tr("Försök igen om en stund.");
                    break;
                }
                fail(ValueList,
                     result.summary.isEmpty() ? tr("registret svarade med status %1.").arg(result.httpStatus)
                                              : result.summary,
                     advice);
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(result.body);
            const int entries = document.isArray() ? int(document.array().size()) : 0;
            pass(ValueList, tr("registret svarade på %1 ms med listan över transportsätt (%2 poster).")
                                .arg(result.durationMs)
                                .arg(entries));
            finish();
        });
    });
}

} // namespace avfall
