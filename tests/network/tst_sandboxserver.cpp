// The sandbox server over real mutual TLS on 127.0.0.1, driven by a plain QSslSocket that writes
// HTTP/1.1 by hand: one request per connection, never re-sent, so that faults such as "close after
// reading" are seen exactly as they happen.
#include "core/fieldformats.h"
#include "core/notetype.h"
#include "network/pki.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/samplenotes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(avfall::NoteKind)

using namespace avfall;
namespace samples = avfall::test::samples;

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply
{
    bool encrypted = false; // the client finished its side of the handshake
    bool answered = false;  // a complete HTTP answer arrived
    bool closed = false;    // the connection ended (or failed) before a complete answer
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString error;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QList<int> codes() const
    {
        QList<int> result;
        for (const QJsonValue &item : object().value(QLatin1String("errors")).toArray())
            result.append(item.toObject().value(QLatin1String("code")).toInt());
        return result;
    }
};

// One HTTP/1.1 exchange on a fresh TLS connection. Waits for the whole answer (Content-Length),
// for the connection to end, or at most timeoutMs.
HttpReply exchange(quint16 port, const QSslConfiguration &tls, const QByteArray &method, const QString &path,
                   const QByteArray &body = QByteArray(), const HeaderList &headers = HeaderList(),
                   int timeoutMs = 5000)
{
    HttpReply reply;
    QEventLoop loop;
    bool done = false;
    const auto finish = [&] {
        done = true;
        loop.quit();
    };
    QByteArray request =
        method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method != "GET")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;

    QSslSocket socket;
    socket.setSslConfiguration(tls);
    QByteArray buffer;
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        reply.encrypted = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || reply.answered)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        reply.headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = reply.headers.value("content-length", "-1").toLongLong();
        if (length >= 0 && buffer.size() - end - 4 >= length) {
            reply.body = buffer.mid(end + 4, length);
            reply.answered = true;
            finish();
        }
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, [&] {
        reply.closed = !reply.answered;
        finish();
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
        if (reply.error.isEmpty())
            reply.error = socket.errorString();
        if (!reply.answered) {
            reply.closed = true;
            finish();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, finish);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!done)
        loop.exec();
    socket.disconnect();
    socket.abort();
    return reply;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray basicAuthorization(const QString &key, const QString &secret)
{
    return "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

const QByteArray kFormType = QByteArrayLiteral("application/x-www-form-urlencoded");

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void tokenIsIssued();
    void tokenIsRefused_data();
    void tokenIsRefused();
    void eachNoteKindIsAccepted_data();
    void eachNoteKindIsAccepted();
    void trackingIdIsGeneratedWhenMissing();
    void missingOrUnknownTokenGives401();
    void missingSystemIdGives400();
    void invalidNoteGivesRegisterCodes_data();
    void invalidNoteGivesRegisterCodes();
    void unreadableJsonGives1000();
    void handWrittenNoteIsBoundLikeTheRegister();
    void identityMustMatchCertificate();
    void correctionChain();
    void cancellation();
    void valueListsAreServed();
    void listNotesShowsOwnNotes();
    void unknownPathOrMethodGives404();
    void faultUnavailable();
    void faultCloseAfterRead();
    void faultHtmlGateway();
    void faultDelay();
    void faultExpiredToken();
    void faultsAndReceivedOverHttps();
    void clientWithoutCertificateIsRefused();
    void clientFromAnotherCaIsRefused();
    void notesSurviveARestart();
    void gatewayFaultNames_data();
    void gatewayFaultNames();
    void gatewayFaultsOnTheWire_data();
    void gatewayFaultsOnTheWire();
    void gatewayFaultsInACycle();
    void gatewayFaultsOverHttps();

private:
    QSslConfiguration tls(const QSslCertificate &certificate, const QSslKey &key) const;
    QString fetchToken();
    HeaderList apiHeaders(const QString &trackingId = QString()) const;
    HttpReply api(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
                  const HeaderList &headers = HeaderList());
    HttpReply submit(NoteKind kind, const QJsonObject &note, const QString &trackingId = QString());
    HttpReply correct(NoteKind kind, const QString &id, const QJsonObject &note);
    HttpReply cancel(const QString &id, const QString &reason);

    QTemporaryDir m_dir;
    pki::SandboxPki m_pki;
    QString m_stateDirectory;
    std::unique_ptr<SandboxServer> m_server;
    QSslConfiguration m_clientTls;
    QString m_token;
};

QSslConfiguration TestSandboxServer::tls(const QSslCertificate &certificate, const QSslKey &key) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_pki.caFile));
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

QString TestSandboxServer::fetchToken()
{
    const HttpReply reply = exchange(
        m_server->port(), m_clientTls, "POST", QStringLiteral("/oauth2/token"),
        "grant_type=client_credentials",
        {{"Authorization", basicAuthorization(SandboxServer::consumerKey(), SandboxServer::consumerSecret())},
         {"Content-Type", kFormType}});
    return reply.status == 200 ? reply.object().value(QLatin1String("access_token")).toString() : QString();
}

HeaderList TestSandboxServer::apiHeaders(const QString &trackingId) const
{
    HeaderList headers{{"Authorization", "Bearer " + m_token.toUtf8()},
                       {"NV-Client-System-ID", "Avfallsrapport-test"},
                       {"Content-Type", "application/json; charset=UTF-8"},
                       {"Accept", "application/json"}};
    if (!trackingId.isEmpty())
        headers.append({"NV-Client-Tracking-ID", trackingId.toUtf8()});
    return headers;
}

HttpReply TestSandboxServer::api(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const HeaderList &headers)
{
    return exchange(m_server->port(), m_clientTls, method, m_server->baseUrl().path() + path, body,
                    headers.isEmpty() ? apiHeaders() : headers);
}

HttpReply TestSandboxServer::submit(NoteKind kind, const QJsonObject &note, const QString &trackingId)
{
    return api("POST", QLatin1Char('/') + noteType(kind).resource, jsonBytes(note), apiHeaders(trackingId));
}

HttpReply TestSandboxServer::correct(NoteKind kind, const QString &id, const QJsonObject &note)
{
    return api("PUT", QLatin1Char('/') + noteType(kind).resource + QLatin1Char('/') + id, jsonBytes(note));
}

HttpReply TestSandboxServer::cancel(const QString &id, const QString &reason)
{
    return api("DELETE", QStringLiteral("/anteckningar"),
               jsonBytes({{QStringLiteral("avfallsId"), id}, {QStringLiteral("makuleringsorsak"), reason}}));
}

void TestSandboxServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_pki = pki::ensureSandboxPki(m_dir.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(!m_pki.caFile.isEmpty(), qPrintable(error));
    QCOMPARE(m_pki.organisationNumber, QString::fromLatin1(samples::kOwnOrganisation));

    pki::loadLegacyProvider();
    QFile p12(m_pki.clientPkcs12File);
    QVERIFY(p12.open(QIODevice::ReadOnly));
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QVERIFY(QSslCertificate::importPkcs12(&p12, &key, &certificate, &chain, m_pki.clientPassword));
    m_clientTls = tls(certificate, key);

    m_stateDirectory = m_dir.filePath(QStringLiteral("state"));
    m_server = std::make_unique<SandboxServer>(m_pki, m_stateDirectory);
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("https://127.0.0.1:%1/btfa/anteckning/v1").arg(m_server->port()));
    QCOMPARE(m_server->tokenUrl().toString(),
             QStringLiteral("https://127.0.0.1:%1/oauth2/token").arg(m_server->port()));

    m_token = fetchToken();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxServer::cleanup()
{
    m_server->setFaults({});
}

void TestSandboxServer::tokenIsIssued()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const HttpReply reply = exchange(
        m_server->port(), m_clientTls, "POST", QStringLiteral("/oauth2/token"),
        "grant_type=client_credentials",
        {{"Authorization", basicAuthorization(SandboxServer::consumerKey(), SandboxServer::consumerSecret())},
         {"Content-Type", kFormType}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.header("content-length").toInt(), reply.body.size());
    const QJsonObject token = reply.object();
    QVERIFY(!token.value(QLatin1String("access_token")).toString().isEmpty());
    QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("POST"));
    QCOMPARE(handled.at(0).at(1).toString(), QStringLiteral("/oauth2/token"));
    QCOMPARE(handled.at(0).at(2).toInt(), 200);
}

void TestSandboxServer::tokenIsRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray good = basicAuthorization(SandboxServer::consumerKey(), SandboxServer::consumerSecret());
    QTest::newRow("wrong secret") << basicAuthorization(SandboxServer::consumerKey(), QStringLiteral("fel"))
                                  << kFormType << QByteArray("grant_type=client_credentials") << 401
                                  << QStringLiteral("invalid_client");
    QTest::newRow("no credentials") << QByteArray() << kFormType
                                    << QByteArray("grant_type=client_credentials") << 401
                                    << QStringLiteral("invalid_client");
    QTest::newRow("wrong grant") << good << kFormType << QByteArray("grant_type=password") << 400
                                 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("no grant") << good << kFormType << QByteArray("scope=default") << 400
                              << QStringLiteral("invalid_request");
    QTest::newRow("json body") << good << QByteArray("application/json")
                               << QByteArray("{\"grant_type\":\"client_credentials\"}") << 400
                               << QStringLiteral("invalid_request");
}

void TestSandboxServer::tokenIsRefused()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    HeaderList headers{{"Content-Type", contentType}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpReply reply =
        exchange(m_server->port(), m_clientTls, "POST", QStringLiteral("/oauth2/token"), body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.object().value(QLatin1String("error")).toString(), error);
    QVERIFY(!reply.object().contains(QLatin1String("access_token")));
}

void TestSandboxServer::eachNoteKindIsAccepted_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (const NoteType &type : noteTypes())
        QTest::newRow(qPrintable(type.resource)) << type.kind;
}

void TestSandboxServer::eachNoteKindIsAccepted()
{
    QFETCH(NoteKind, kind);
    const QString trackingId = QStringLiteral("test-") + noteType(kind).resource;
    const HttpReply reply = submit(kind, samples::note(kind), trackingId);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.header("content-length").toInt(), reply.body.size());
    QCOMPARE(reply.header("nv-client-tracking-id"), trackingId.toUtf8());
    const QString id = reply.object().value(QLatin1String("avfallId")).toString();
    QVERIFY(formats::isGuid(id));
    QCOMPARE(id, id.toLower());

    QCOMPARE(m_server->receivedCount(trackingId), 1);
    const ReceivedNote received = m_server->received().constLast();
    QCOMPARE(received.avfallId, id);
    QCOMPARE(received.resource, noteType(kind).resource);
    QCOMPARE(received.method, QStringLiteral("POST"));
    QCOMPARE(received.organisationNumber, QString::fromLatin1(samples::kOwnOrganisation));
    QCOMPARE(received.body, samples::note(kind));
    QVERIFY(received.receivedAt.isValid());
}

void TestSandboxServer::trackingIdIsGeneratedWhenMissing()
{
    const HttpReply reply = submit(NoteKind::Transport, samples::note(NoteKind::Transport));
    QCOMPARE(reply.status, 200);
    const QString generated = QString::fromUtf8(reply.header("nv-client-tracking-id"));
    QVERIFY(formats::isGuid(generated));
    QCOMPARE(m_server->receivedCount(generated), 1);
}

void TestSandboxServer::missingOrUnknownTokenGives401()
{
    const int before = int(m_server->received().size());
    HeaderList headers = apiHeaders();
    headers.removeFirst(); // Authorization
    HttpReply reply =
        api("POST", QStringLiteral("/transporter"), jsonBytes(samples::note(NoteKind::Transport)), headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(QLatin1String("fault")).toObject().value(QLatin1String("code")).toInt(),
             900901);

    headers.prepend({"Authorization", "Bearer 00000000-0000-0000-0000-000000000000"});
    reply = api("GET", QStringLiteral("/transportsatt"), QByteArray(), headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(
        reply.object().value(QLatin1String("fault")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Invalid Credentials"));
    QCOMPARE(m_server->received().size(), before);
}

void TestSandboxServer::missingSystemIdGives400()
{
    HeaderList headers = apiHeaders();
    headers.removeAt(1); // NV-Client-System-ID
    const HttpReply reply =
        api("POST", QStringLiteral("/transporter"), jsonBytes(samples::note(NoteKind::Transport)), headers);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{1000});
    const QString message = reply.object()
                                .value(QLatin1String("errors"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    QVERIFY2(message.contains(QLatin1String("NV-Client-System-ID")), qPrintable(message));
    QVERIFY(!reply.header("nv-client-tracking-id").isEmpty());
}

void TestSandboxServer::invalidNoteGivesRegisterCodes_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<QJsonObject>("note");
    QTest::addColumn<int>("code");

    using test::without;
    using test::withValue;
    const QJsonObject transport = samples::note(NoteKind::Transport);
    QTest::newRow("mangd 0") << NoteKind::Transport << withValue(transport, QStringLiteral("avfall.mangd"), 0)
                             << 1121;
    QTest::newRow("tidpunkt missing")
        << NoteKind::Transport << without(transport, QStringLiteral("tidpunkt")) << 1031;
    QTest::newRow("tidpunkt in the future")
        << NoteKind::Transport
        << withValue(transport, QStringLiteral("tidpunkt"),
                     QDateTime::currentDateTime().addDays(2).toString(Qt::ISODate))
        << 1032;
    QTest::newRow("transportsatt missing")
        << NoteKind::Transport << without(transport, QStringLiteral("transportsatt")) << 1131;
    QTest::newRow("rapporteringsar missing")
        << NoteKind::Behandlingsresultat
        << without(samples::note(NoteKind::Behandlingsresultat), QStringLiteral("rapporteringsar")) << 5012;
}

void TestSandboxServer::invalidNoteGivesRegisterCodes()
{
    QFETCH(NoteKind, kind);
    QFETCH(QJsonObject, note);
    QFETCH(int, code);
    const int before = int(m_server->received().size());
    const HttpReply reply = submit(kind, note);
    QCOMPARE(reply.status, 400);
    const QJsonObject felsvar = reply.object();
    QCOMPARE(felsvar.value(QLatin1String("title")).toString(), QStringLiteral("InputValidationException"));
    QCOMPARE(felsvar.value(QLatin1String("statusCode")).toInt(), 400);
    QCOMPARE(felsvar.value(QLatin1String("message")).toString(),
             QStringLiteral("Ett eller flera valideringsfel har inträffat."));
    static const QRegularExpression traceId(
        QStringLiteral("^[0-9a-f]{8}-0000-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY(traceId.match(felsvar.value(QLatin1String("traceId")).toString()).hasMatch());
    QVERIFY2(reply.codes().contains(code), reply.body.constData());
    for (const QJsonValue &error : felsvar.value(QLatin1String("errors")).toArray())
        QVERIFY(!error.toObject().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_server->received().size(), before);
}

void TestSandboxServer::unreadableJsonGives1000()
{
    const HttpReply reply = api("POST", QStringLiteral("/handel"), "{\"tidpunkt\": ");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{1000});
}

void TestSandboxServer::handWrittenNoteIsBoundLikeTheRegister()
{
    // Issue 13 item 12: like ASP.NET Core, the sandbox binds names in any case, ignores unknown fields
    // and reads numbers from text; it keeps the note under the contract's names.
    const QJsonObject note = samples::note(NoteKind::Transportplanering);
    QJsonObject written;
    for (auto it = note.constBegin(); it != note.constEnd(); ++it)
        written.insert(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    written.insert(QStringLiteral("Kommentar"), QStringLiteral("intern"));
    written.insert(QStringLiteral("Avfall"), QJsonObject{{QStringLiteral("KOD"), QStringLiteral("160601")},
                                                         {QStringLiteral("mangd"), QStringLiteral("120.5")}});
    const HttpReply reply = api("POST", QStringLiteral("/transportplaneringar"), jsonBytes(written));
    QCOMPARE(reply.status, 200);
    const QJsonObject stored = m_server->received().constLast().body;
    QCOMPARE(stored.keys(), note.keys());
    QCOMPARE(stored.value(QStringLiteral("avfall")).toObject().value(QStringLiteral("mangd")).toDouble(),
             120.5);
}

void TestSandboxServer::identityMustMatchCertificate()
{
    // Filed for another operator without an ombud: what TEST answered in 2026-10.
    const QJsonObject foreign =
        test::withValue(samples::note(NoteKind::Handel), QStringLiteral("verksamhetsutovare"),
                        QString::fromLatin1(samples::kCustomerOrganisation));
    HttpReply reply = submit(NoteKind::Handel, foreign);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), (QList<int>{1023, 1012, 4031, 4033, 4035, 4037}));
    QCOMPARE(reply.object()
                 .value(QLatin1String("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString(),
             QStringLiteral("Verksamhetsutövare eller ombud måste matcha rapportörens organisationsnummer"));

    // As ombud for the customer: accepted.
    reply = submit(NoteKind::Handel, samples::asAgent(samples::note(NoteKind::Handel)));
    QVERIFY2(reply.status == 200, reply.body.constData());

    // An ombud that is not the certificate's organisation either: 1023 alone.
    QJsonObject otherAgent = samples::asAgent(samples::note(NoteKind::Handel));
    otherAgent.insert(QStringLiteral("ombud"), QStringLiteral("2021005489"));
    reply = submit(NoteKind::Handel, otherAgent);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{1023});
}

void TestSandboxServer::correctionChain()
{
    const QJsonObject note = samples::note(NoteKind::Transportplanering);
    HttpReply reply = submit(NoteKind::Transportplanering, note);
    QCOMPARE(reply.status, 200);
    const QString first = reply.object().value(QLatin1String("avfallId")).toString();

    const QJsonObject changed = test::withValue(note, QStringLiteral("avfall.mangd"), 99.5);
    reply = correct(NoteKind::Transportplanering, first, changed);
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QString second = reply.object().value(QLatin1String("avfallId")).toString();
    QVERIFY(formats::isGuid(second));
    QVERIFY(second != first);

    const ReceivedNote last = m_server->received().constLast();
    QCOMPARE(last.method, QStringLiteral("PUT"));
    QCOMPARE(last.avfallId, second);
    for (const ReceivedNote &received : m_server->received()) {
        if (received.avfallId == first)
            QCOMPARE(received.replacedBy, second);
    }

    reply = correct(NoteKind::Transportplanering, first, changed);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{3022});

    reply = correct(NoteKind::Transport, second, samples::note(NoteKind::Transport));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{3023});

    reply = correct(NoteKind::Transportplanering, QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"),
                    changed);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{1116});

    // The newest version can be corrected again, and an invalid correction keeps its own codes.
    reply = correct(NoteKind::Transportplanering, second,
                    test::withValue(changed, QStringLiteral("avfall.mangd"), 0));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{1121});
    reply = correct(NoteKind::Transportplanering, second, note);
    QCOMPARE(reply.status, 200);
}

void TestSandboxServer::cancellation()
{
    HttpReply reply = submit(NoteKind::Behandlingsmottagning, samples::note(NoteKind::Behandlingsmottagning));
    QCOMPARE(reply.status, 200);
    const QString id = reply.object().value(QLatin1String("avfallId")).toString();

    reply = cancel(id, QStringLiteral("SkickatDubbelt"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("content-length"), QByteArray("0"));
    const ReceivedNote last = m_server->received().constLast();
    QCOMPARE(last.method, QStringLiteral("DELETE"));
    QCOMPARE(last.resource, QStringLiteral("anteckningar"));
    QCOMPARE(last.avfallId, id);
    QCOMPARE(last.cancelledReason, QStringLiteral("SkickatDubbelt"));

    // Once cancelled it can be neither cancelled nor corrected.
    reply = cancel(id, QStringLiteral("SkickatDubbelt"));
    QCOMPARE(reply.status, 400);
    reply = correct(NoteKind::Behandlingsmottagning, id, samples::note(NoteKind::Behandlingsmottagning));
    QCOMPARE(reply.codes(), QList<int>{1116});

    reply = cancel(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"), QStringLiteral("FelAvfall"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("content-type").startsWith("application/problem+json"));
    const QJsonObject problem = reply.object();
    QCOMPARE(problem.value(QLatin1String("status")).toInt(), 400);
    for (const char *member : {"type", "title", "detail", "traceId"})
        QVERIFY2(!problem.value(QLatin1String(member)).toString().isEmpty(), member);

    reply = cancel(id, QStringLiteral("Ångrat"));
    QCOMPARE(reply.status, 400);
    QVERIFY(
        reply.object().value(QLatin1String("errors")).toObject().contains(QLatin1String("makuleringsorsak")));
}

void TestSandboxServer::valueListsAreServed()
{
    HttpReply reply = api("GET", QStringLiteral("/avfallstyper"));
    QCOMPARE(reply.status, 200);
    const QJsonArray chapters = reply.array();
    QCOMPARE(chapters.size(), 20);
    QCOMPARE(chapters.first().toObject().value(QLatin1String("kod")).toString(), QStringLiteral("01"));
    QVERIFY(chapters.first().toObject().value(QLatin1String("avfallstyper")).isArray());

    reply = api("GET", QStringLiteral("/behandlingsmetoder"));
    QCOMPARE(reply.status, 200);
    const qsizetype all = reply.array().size();
    QVERIFY(all > 20);
    reply = api("GET", QStringLiteral("/behandlingsmetoder?filter=R"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.array().size() > 0 && reply.array().size() < all);
    for (const QJsonValue &method : reply.array())
        QCOMPARE(method.toObject().value(QLatin1String("typ")).toString(), QStringLiteral("R"));
    QCOMPARE(api("GET", QStringLiteral("/behandlingsmetoder?filter=X")).status, 400);

    reply = api("GET", QStringLiteral("/atervinningsresultattyper"));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.array().isEmpty());
    QVERIFY(!reply.array().first().toObject().contains(QLatin1String("bekraftat")));
    reply = api("GET", QStringLiteral("/atervinningsresultattyper/01"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("kod")).toString(), QStringLiteral("01"));
    reply = api("GET", QStringLiteral("/atervinningsresultattyper/99"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QLatin1String("title")).toString(), QStringLiteral("Not Found"));

    reply = api("GET", QStringLiteral("/transportsatt"));
    QCOMPARE(reply.array().size(), 6);
    reply = api("GET", QStringLiteral("/anteckningstyper"));
    QCOMPARE(reply.array().size(), 8);
}

void TestSandboxServer::listNotesShowsOwnNotes()
{
    const QString trackingId = QStringLiteral("list-me");
    HttpReply reply =
        submit(NoteKind::InsamlingsTransport, samples::note(NoteKind::InsamlingsTransport), trackingId);
    QCOMPARE(reply.status, 200);
    const QString id = reply.object().value(QLatin1String("avfallId")).toString();

    reply = api("GET", QStringLiteral("/anteckningar?MaxAntalPerSida=1000"));
    QCOMPARE(reply.status, 200);
    const QJsonObject container = reply.object();
    const QJsonArray notes = container.value(QLatin1String("anteckningar")).toArray();
    const QList<ReceivedNote> received = m_server->received();
    const qsizetype written = std::count_if(received.cbegin(), received.cend(), [](const ReceivedNote &note) {
        return note.method != QLatin1String("DELETE");
    });
    QCOMPARE(container.value(QLatin1String("antalRader")).toInt(), int(written));
    QCOMPARE(notes.size(), written);
    QCOMPARE(container.value(QLatin1String("sida")).toInt(), 1);
    QCOMPARE(container.value(QLatin1String("antalSidor")).toInt(), 1);
    const QJsonObject lastNote = notes.last().toObject();
    QCOMPARE(lastNote.value(QLatin1String("avfall")).toObject().value(QLatin1String("avfallId")).toString(),
             id);
    QCOMPARE(lastNote.value(QLatin1String("anteckningstypBeskrivning")).toString(),
             QStringLiteral("Insamlingstransport"));
    QCOMPARE(lastNote.value(QLatin1String("verksamhetsutovare")).toString(),
             QString::fromLatin1(samples::kOwnOrganisation));
    QVERIFY(lastNote.value(QLatin1String("makuleradOrsak")).isNull());
    bool sawCancelled = false;
    for (const QJsonValue &note : notes)
        sawCancelled = sawCancelled || note.toObject().value(QLatin1String("makuleradOrsak")).isObject();
    QVERIFY(sawCancelled);

    reply = api("GET", QStringLiteral("/anteckningar?MaxAntalPerSida=2&Sida=2"));
    QCOMPARE(reply.object().value(QLatin1String("anteckningar")).toArray().size(), 2);
    QCOMPARE(reply.object().value(QLatin1String("antalSidor")).toInt(), int((written + 1) / 2));

    const QString future = QString::fromLatin1(
        QUrl::toPercentEncoding(QDateTime::currentDateTime().addDays(1).toString(Qt::ISODate)));
    reply = api("GET", QStringLiteral("/anteckningar?DatumTidFran=") + future);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QLatin1String("antalRader")).toInt(), 0);
    QCOMPARE(api("GET", QStringLiteral("/anteckningar?Sida=0")).status, 400);

    reply = api("GET", QStringLiteral("/anteckningar/") + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(
        reply.object().value(QLatin1String("avfall")).toObject().value(QLatin1String("avfallId")).toString(),
        id);
    reply = api("GET", QStringLiteral("/anteckningar/0f8fad5b-d9cb-469f-a165-70867728950e"));
    QCOMPARE(reply.status, 404);
}

void TestSandboxServer::unknownPathOrMethodGives404()
{
    HttpReply reply = api("GET", QStringLiteral("/finnsinte"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object().value(QLatin1String("status")).toInt(), 404);
    reply = api("GET", QStringLiteral("/transporter"));
    QCOMPARE(reply.status, 404);
    reply = exchange(m_server->port(), m_clientTls, "GET", QStringLiteral("/"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-length").toInt(), reply.body.size());
}

void TestSandboxServer::faultUnavailable()
{
    m_server->setFaults({.unavailableWrites = 1});
    const QString trackingId = QStringLiteral("fault-503");
    HttpReply reply = submit(NoteKind::Transport, samples::note(NoteKind::Transport), trackingId);
    QCOMPARE(reply.status, 503);
    QVERIFY(!reply.header("content-type").contains("json"));
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    QCOMPARE(m_server->receivedCount(trackingId), 0);
    QCOMPARE(m_server->faults().unavailableWrites, 0);

    // Reads are not writes, and the fault is used up.
    QCOMPARE(api("GET", QStringLiteral("/transportsatt")).status, 200);
    reply = submit(NoteKind::Transport, samples::note(NoteKind::Transport), trackingId);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->receivedCount(trackingId), 1);
}

void TestSandboxServer::faultCloseAfterRead()
{
    m_server->setFaults({.closeAfterReadWrites = 1});
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QString trackingId = QStringLiteral("fault-close");
    const HttpReply reply = submit(NoteKind::Transport, samples::note(NoteKind::Transport), trackingId);
    QVERIFY(reply.encrypted);
    QVERIFY(!reply.answered);
    QVERIFY(reply.closed);
    QCOMPARE(reply.status, 0);
    QCOMPARE(m_server->receivedCount(trackingId), 1);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
}

void TestSandboxServer::faultHtmlGateway()
{
    m_server->setFaults({.htmlGatewayWrites = 1});
    const QString trackingId = QStringLiteral("fault-502");
    const HttpReply reply =
        api("DELETE", QStringLiteral("/anteckningar"),
            jsonBytes({{QStringLiteral("avfallsId"), QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")},
                       {QStringLiteral("makuleringsorsak"), QStringLiteral("FelAvfall")}}),
            apiHeaders(trackingId));
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html>"));
    QCOMPARE(m_server->receivedCount(trackingId), 0);
}

void TestSandboxServer::faultDelay()
{
    constexpr int delay = 300;
    m_server->setFaults({.delayMs = delay});
    const QString trackingId = QStringLiteral("fault-delay");
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId);
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= delay, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->receivedCount(trackingId), 1);
    QCOMPARE(m_server->faults().delayMs, delay); // stays until changed

    // A client that gives up before the late answer: the note has arrived all the same.
    m_server->setFaults({.delayMs = 1500});
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QString impatient = QStringLiteral("fault-delay-timeout");
    const HttpReply lost = exchange(m_server->port(), m_clientTls, "POST",
                                    m_server->baseUrl().path() + QStringLiteral("/handel"),
                                    jsonBytes(samples::note(NoteKind::Handel)), apiHeaders(impatient), 1000);
    QVERIFY(!lost.answered);
    QCOMPARE(m_server->receivedCount(impatient), 1);
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 3000);
    QCOMPARE(handled.at(0).at(2).toInt(), 0); // the connection was gone when the answer was due
}

void TestSandboxServer::faultExpiredToken()
{
    m_server->setFaults({.expireTokens = 1});
    HttpReply reply = api("GET", QStringLiteral("/transportsatt"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.object().value(QLatin1String("fault")).toObject().value(QLatin1String("code")).toInt(),
             900901);
    // The token is gone for good; a fresh one works.
    QCOMPARE(api("GET", QStringLiteral("/transportsatt")).status, 401);
    m_token = fetchToken();
    QVERIFY(!m_token.isEmpty());
    QCOMPARE(api("GET", QStringLiteral("/transportsatt")).status, 200);
}

void TestSandboxServer::faultsAndReceivedOverHttps()
{
    HttpReply reply =
        exchange(m_server->port(), m_clientTls, "POST", QStringLiteral("/sandbox/faults"),
                 R"({"unavailableWrites": 2, "delayMs": 5})", {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->faults().unavailableWrites, 2);
    QCOMPARE(m_server->faults().delayMs, 5);
    QCOMPARE(m_server->faults().closeAfterReadWrites, 0);
    QCOMPARE(reply.object().value(QLatin1String("unavailableWrites")).toInt(), 2);

    reply = exchange(m_server->port(), m_clientTls, "POST", QStringLiteral("/sandbox/faults"), "{}",
                     {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->faults().unavailableWrites, 0);

    reply = exchange(m_server->port(), m_clientTls, "GET", QStringLiteral("/sandbox/received"));
    QCOMPARE(reply.status, 200);
    const QJsonArray received = reply.object().value(QLatin1String("received")).toArray();
    QCOMPARE(received.size(), m_server->received().size());
    QCOMPARE(received.last().toObject().value(QLatin1String("avfallId")).toString(),
             m_server->received().constLast().avfallId);
    QCOMPARE(reply.object().value(QLatin1String("requests")).toInt(), m_server->requestCount());
}

void TestSandboxServer::clientWithoutCertificateIsRefused()
{
    const int before = m_server->requestCount();
    const HttpReply reply = exchange(m_server->port(), tls(QSslCertificate(), QSslKey()), "GET",
                                     QStringLiteral("/sandbox/received"));
    QVERIFY(!reply.answered);
    QVERIFY(reply.closed);
    QCOMPARE(m_server->requestCount(), before);
}

void TestSandboxServer::clientFromAnotherCaIsRefused()
{
    pki::CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Någon annan CA");
    caRequest.isCa = true;
    const pki::KeyPair otherCa = pki::createCertificate(caRequest);
    QVERIFY(!otherCa.isNull());
    pki::CertificateRequest clientRequest;
    clientRequest.commonName = pki::sandboxOrganisationName();
    clientRequest.organisation = pki::sandboxOrganisationName();
    clientRequest.organisationNumber = pki::sandboxOrganisationNumber();
    clientRequest.clientAuth = true;
    const pki::KeyPair impostor = pki::createCertificate(clientRequest, &otherCa);
    QVERIFY(!impostor.isNull());

    const int before = m_server->requestCount();
    const HttpReply reply =
        exchange(m_server->port(),
                 tls(QSslCertificate(impostor.certificatePem), QSslKey(impostor.privateKeyPem, QSsl::Ec)),
                 "GET", QStringLiteral("/sandbox/received"));
    QVERIFY(!reply.answered);
    QVERIFY(reply.closed);
    QCOMPARE(m_server->requestCount(), before);
}

void TestSandboxServer::notesSurviveARestart()
{
    // A chain made on the first server...
    HttpReply reply = submit(NoteKind::Handel, samples::note(NoteKind::Handel));
    const QString first = reply.object().value(QLatin1String("avfallId")).toString();
    reply = correct(NoteKind::Handel, first, samples::note(NoteKind::Handel));
    QCOMPARE(reply.status, 200);
    const QList<ReceivedNote> before = m_server->received();
    QVERIFY(QFile::exists(m_stateDirectory + QLatin1Char('/') + SandboxServer::journalFileName()));

    // ...is known to a second one on the same state directory (the first one is gone).
    m_server.reset();
    m_server = std::make_unique<SandboxServer>(m_pki, m_stateDirectory);
    QString error;
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    const QList<ReceivedNote> after = m_server->received();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).avfallId, before.at(i).avfallId);
        QCOMPARE(after.at(i).replacedBy, before.at(i).replacedBy);
        QCOMPARE(after.at(i).cancelledReason, before.at(i).cancelledReason);
        QCOMPARE(after.at(i).trackingId, before.at(i).trackingId);
        QCOMPARE(after.at(i).body, before.at(i).body);
        QCOMPARE(after.at(i).receivedAt, before.at(i).receivedAt);
    }

    m_token = fetchToken(); // tokens are not kept
    reply = correct(NoteKind::Handel, first, samples::note(NoteKind::Handel));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.codes(), QList<int>{3022});
    reply = api("GET", QStringLiteral("/anteckningar?MaxAntalPerSida=1000"));
    QCOMPARE(reply.object().value(QLatin1String("anteckningar")).toArray().size(),
             std::count_if(after.cbegin(), after.cend(),
                           [](const ReceivedNote &note) { return note.method != QLatin1String("DELETE"); }));

    // A journal line cut off by a kill is skipped, and the next note still lands on its own line.
    {
        QFile journal(m_stateDirectory + QLatin1Char('/') + SandboxServer::journalFileName());
        QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Append));
        journal.write("{\"type\":\"note\",\"avfallId\":\"abc");
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping a damaged line")));
    m_server.reset();
    m_server = std::make_unique<SandboxServer>(m_pki, m_stateDirectory);
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    QCOMPARE(m_server->received().size(), after.size());
    m_token = fetchToken();
    reply = submit(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("after-damage"));
    QCOMPARE(reply.status, 200);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping a damaged line")));
    m_server.reset();
    m_server = std::make_unique<SandboxServer>(m_pki, m_stateDirectory);
    QVERIFY2(m_server->listen(0, &error), qPrintable(error));
    QCOMPARE(m_server->receivedCount(QStringLiteral("after-damage")), 1);
}

void TestSandboxServer::gatewayFaultNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // empty: refused
    QTest::addColumn<bool>("stores");
    QTest::newRow("ok") << QStringLiteral("ok") << QStringLiteral("ok") << true;
    QTest::newRow("store-then-502") << QStringLiteral(" store-then-502 ") << QStringLiteral("store-then-502")
                                    << true;
    QTest::newRow("429 med sekunder") << QStringLiteral("429:30") << QStringLiteral("429:30") << false;
    QTest::newRow("429 standard") << QStringLiteral("429") << QStringLiteral("429") << false;
    QTest::newRow("503") << QStringLiteral("503-maintenance:5") << QStringLiteral("503-maintenance:5")
                         << false;
    QTest::newRow("slow") << QStringLiteral("slow:35000") << QStringLiteral("slow:35000") << true;
    QTest::newRow("okänt") << QStringLiteral("store-then-418") << QString() << false;
    QTest::newRow("parameter där ingen tas") << QStringLiteral("ok:5") << QString() << false;
    QTest::newRow("noll") << QStringLiteral("429:0") << QString() << false;
    QTest::newRow("inte ett tal") << QStringLiteral("slow:snart") << QString() << false;
}

void TestSandboxServer::gatewayFaultNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(bool, stores);
    const auto fault = GatewayFault::parse(text);
    QCOMPARE(fault.has_value(), !name.isEmpty());
    if (!fault)
        return;
    QCOMPARE(fault->name(), name);
    QCOMPARE(fault->stores(), stores);
    QVERIFY(GatewayFault::names().join(QLatin1Char(' ')).contains(name.section(QLatin1Char(':'), 0, 0)));
}

void TestSandboxServer::gatewayFaultsOnTheWire_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("status");    // 0: no status line at all
    QTest::addColumn<bool>("answered"); // a well-framed answer arrived
    QTest::addColumn<int>("stored");
    QTest::newRow("store-then-502") << QStringLiteral("store-then-502") << 502 << true << 1;
    QTest::newRow("store-then-504") << QStringLiteral("store-then-504") << 504 << true << 1;
    QTest::newRow("store-then-reset") << QStringLiteral("store-then-reset") << 0 << false << 1;
    QTest::newRow("store-then-close") << QStringLiteral("store-then-close") << 0 << false << 1;
    QTest::newRow("429") << QStringLiteral("429:7") << 429 << true << 0;
    QTest::newRow("429-date") << QStringLiteral("429-date:7") << 429 << true << 0;
    QTest::newRow("503-maintenance") << QStringLiteral("503-maintenance:7") << 503 << true << 0;
    QTest::newRow("slow") << QStringLiteral("slow:300") << 200 << true << 1;
    QTest::newRow("html-error") << QStringLiteral("html-error:100000") << 500 << true << 1;
    QTest::newRow("xml-error") << QStringLiteral("xml-error:50000") << 500 << true << 1;
    QTest::newRow("negativ längd") << QStringLiteral("store-then-negative-length") << 200 << false << 1;
    QTest::newRow("dubbel längd") << QStringLiteral("store-then-double-length") << 200 << false << 1;
    QTest::newRow("jättestor chunk") << QStringLiteral("store-then-huge-chunk") << 200 << false << 1;
}

void TestSandboxServer::gatewayFaultsOnTheWire()
{
    QFETCH(QString, mode);
    QFETCH(int, status);
    QFETCH(bool, answered);
    QFETCH(int, stored);
    m_token = fetchToken(); // the server may have restarted since the first one
    QVERIFY(m_server->setWriteModes(mode, false));
    const QString trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = submit(NoteKind::Handel, samples::note(NoteKind::Handel), trackingId);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.answered, answered);
    QCOMPARE(m_server->receivedCount(trackingId), stored);
    QVERIFY(m_server->faults().writeModes.isEmpty()); // used up
    const GatewayFault fault = *GatewayFault::parse(mode);
    switch (fault.kind) {
    case GatewayFault::Kind::Throttled:
        QCOMPARE(reply.header("retry-after"), QByteArray("7"));
        QVERIFY(reply.object().contains(QLatin1String("fault")));
        break;
    case GatewayFault::Kind::ThrottledDate: {
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(reply.header("retry-after")),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        QVERIFY2(when.isValid(), reply.header("retry-after").constData());
        break;
    }
    case GatewayFault::Kind::Maintenance:
        QCOMPARE(reply.header("retry-after"), QByteArray("7"));
        QVERIFY(reply.header("content-type").startsWith("text/html"));
        break;
    case GatewayFault::Kind::Slow:
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!reply.object().value(QLatin1String("avfallId")).toString().isEmpty());
        break;
    case GatewayFault::Kind::HtmlError:
        QCOMPARE(reply.body.size(), 100000);
        QVERIFY(reply.body.contains("<script>") && !reply.body.contains("</script>"));
        break;
    case GatewayFault::Kind::XmlError:
        QCOMPARE(reply.body.size(), 50000);
        QVERIFY(reply.header("content-type").contains("xml"));
        break;
    case GatewayFault::Kind::StoreThenClose:
    case GatewayFault::Kind::StoreThenReset:
    case GatewayFault::Kind::NegativeLength:
    case GatewayFault::Kind::DoubleLength:
    case GatewayFault::Kind::HugeChunk:
        QVERIFY(reply.closed);
        break;
    default:
        break;
    }
}

void TestSandboxServer::gatewayFaultsInACycle()
{
    m_token = fetchToken();
    QVERIFY(m_server->setWriteModes(QStringLiteral("ok,429:1"), true));
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses << submit(NoteKind::Handel, samples::note(NoteKind::Handel)).status;
    QCOMPARE(statuses, (QList<int>{200, 429, 200, 429}));
    QCOMPARE(m_server->faults().writeModes.size(), 2); // a cycle is never used up
    QVERIFY(!m_server->setWriteModes(QStringLiteral("ok,teapot"), true));
    QCOMPARE(m_server->faults().writeModes.size(), 2); // refused lists change nothing
}

void TestSandboxServer::gatewayFaultsOverHttps()
{
    HttpReply reply = exchange(m_server->port(), m_clientTls, "POST", QStringLiteral("/sandbox/faults"),
                               R"({"modes": ["store-then-502", "429:5"], "repeat": true})",
                               {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->faults().writeModes.size(), 2);
    QVERIFY(m_server->faults().repeatModes);
    QCOMPARE(reply.object().value(QLatin1String("modes")).toArray().at(1).toString(),
             QStringLiteral("429:5"));
    reply = exchange(m_server->port(), m_clientTls, "POST", QStringLiteral("/sandbox/faults"),
                     R"({"modes": ["store-then-418"]})", {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QVERIFY(
        reply.object().value(QLatin1String("detail")).toString().contains(QLatin1String("store-then-502")));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
