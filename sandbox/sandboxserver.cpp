#include "sandbox/sandboxserver.h"

#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/identitynumber.h"
#include "core/notejson.h"
#include "core/notetype.h"
#include "core/notevalidator.h"
#include "sandbox/sandboxreplies.h"
#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

namespace avfall {

using sandbox::Exchange;
using sandbox::FelsvarError;
using sandbox::Reply;
using sandbox::StoredEntry;
namespace replies = sandbox::replies;
namespace bundled = sandbox::bundled;

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "avfall.sandbox")

const QString kBasePath = QStringLiteral("/btfa/anteckning/v1");
const QString kTokenPath = QStringLiteral("/oauth2/token");
const QString kControlPrefix = QStringLiteral("/sandbox/");
const QString kNotesResource = QStringLiteral("anteckningar");
constexpr int kTokenLifetimeSeconds = 3600;
constexpr int kDefaultPageSize = 100;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The organisationsnummer the register reads from a client certificate: the subject serialNumber
// "16" + ten digits (Swedish CAs), or organizationIdentifier "NTRSE-" + ten digits.
QString organisationOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    for (const QString &serial : certificate.subjectInfo(QByteArrayLiteral("serialNumber"))) {
        QString digits = serial.trimmed();
        if (digits.size() == 12 && digits.startsWith(QLatin1String("16")))
            digits = digits.mid(2);
        if (digits.size() == 10 && isDigits(digits))
            return digits;
    }
    for (const QByteArray &attribute :
         {QByteArrayLiteral("organizationIdentifier"), QByteArrayLiteral("2.5.4.97")}) {
        for (const QString &identifier : certificate.subjectInfo(attribute)) {
            if (identifier.startsWith(QLatin1String("NTRSE-")) && isDigits(identifier.mid(6)))
                return identifier.mid(6);
        }
    }
    return {};
}

QString queryValue(const QUrlQuery &query, QStringView key)
{
    // ASP.NET Core binds query parameters without regard to case.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString normalizedParty(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    const IdentityCheck check = identity::check(text, IdentityAllowance::Organisation |
                                                          IdentityAllowance::Person | IdentityAllowance::Vat);
    return check.isValid() ? check.normalized : text;
}

bool isParty(const QJsonObject &note, const QString &organisation)
{
    return !organisation.isEmpty() &&
           (normalizedParty(note.value(QLatin1String("verksamhetsutovare"))) == organisation ||
            normalizedParty(note.value(QLatin1String("ombud"))) == organisation);
}

// Whether the caller may correct or cancel the note: it filed it, or it is a party to it.
bool mayChange(const StoredEntry &entry, const QString &organisation)
{
    return !organisation.isEmpty() &&
           (entry.received.organisationNumber == organisation || isParty(entry.received.body, organisation));
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

// The register's identity rule (contract-notes §8): the operator or the agent must be the
// organisation in the client certificate. Without an agent the register also asks for one
// (observed in TEST: [1023, 1012, 4031, 4033, 4035, 4037]).
void checkIdentity(const QJsonObject &note, const QString &organisation, QList<FelsvarError> &errors)
{
    const QString operatorId = normalizedParty(note.value(QLatin1String("verksamhetsutovare")));
    const QString agent = normalizedParty(note.value(QLatin1String("ombud")));
    if (operatorId.isEmpty() && agent.isEmpty())
        return; // 1021 comes from the validator
    if (!organisation.isEmpty() && (operatorId == organisation || agent == organisation))
        return;
    errors.append({1023, QStringLiteral("Verksamhetsutövare eller ombud måste matcha rapportörens "
                                        "organisationsnummer")});
    if (!agent.isEmpty())
        return;
    errors.append({1012, QStringLiteral("Ombud måste anges")});
    static const struct
    {
        const char *field;
        int code;
        const char *message;
    } agentFields[] = {
        {"ombudetsNamn", 4031, "Ombudets namn måste anges"},
        {"ombudetsKontaktpersonNamn", 4033, "Ombudets kontaktperson måste anges"},
        {"ombudetsKontaktpersonEpost", 4035, "Ombudets kontaktpersons e-postadress måste anges"},
        {"ombudetsKontaktpersonTelefonnummer", 4037, "Ombudets kontaktpersons telefonnummer måste anges"},
    };
    for (const auto &field : agentFields) {
        if (isBlank(note.value(QLatin1String(field.field))))
            errors.append({field.code, QString::fromUtf8(field.message)});
    }
}

QJsonValue valueOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue fieldOrNull(const QJsonObject &note, const char *field)
{
    const QJsonValue value = note.value(QLatin1String(field));
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonObject faultsJson(const SandboxFaults &faults)
{
    QJsonArray modes;
    for (const GatewayFault &fault : faults.writeModes)
        modes.append(fault.name());
    return {{QStringLiteral("unavailableWrites"), faults.unavailableWrites},
            {QStringLiteral("closeAfterReadWrites"), faults.closeAfterReadWrites},
            {QStringLiteral("htmlGatewayWrites"), faults.htmlGatewayWrites},
            {QStringLiteral("delayMs"), faults.delayMs},
            {QStringLiteral("expireTokens"), faults.expireTokens},
            {QStringLiteral("headerInjectingTokens"), faults.headerInjectingTokens},
            {QStringLiteral("modes"), modes},
            {QStringLiteral("repeat"), faults.repeatModes}};
}

// Ends the connection with a TCP reset instead of an orderly close: SO_LINGER with a zero timeout.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const struct linger immediately = {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
    socket->abort();
}

// Base.Response.Anteckning (contract-notes §10), as GET /anteckningar shows a note.
QJsonObject readModel(const StoredEntry &entry, const sandbox::SandboxStore &store)
{
    const ReceivedNote &note = entry.received;
    const QJsonObject &body = note.body;
    qsizetype typeIndex = -1;
    for (qsizetype i = 0; i < noteTypes().size(); ++i) {
        if (noteTypes().at(i).resource == note.resource)
            typeIndex = i;
    }
    const QJsonArray typeList = bundled::noteTypes();
    QString typeDescription = typeIndex >= 0 ? noteTypes().at(typeIndex).model : note.resource;
    int typeId = 0;
    if (typeIndex >= 0 && typeIndex < typeList.size()) {
        typeId = typeList.at(typeIndex).toObject().value(QLatin1String("id")).toInt();
        typeDescription = typeList.at(typeIndex).toObject().value(QLatin1String("beskrivning")).toString();
    }

    const QJsonObject waste = body.value(QLatin1String("avfall")).toObject();
    const QString code = waste.value(QLatin1String("kod")).toString();
    const WasteCode *wasteCode =
        ValueLists::bundled()
            .wasteCodesOn(NoteValidator::noteDate(body, QDateTime::currentDateTime()))
            .find(code);

    QJsonValue cancelled = QJsonValue::Null;
    if (!note.cancelledReason.isEmpty()) {
        const auto &reasons = catalogue::cancellationReasons();
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            if (reasons.at(i).code == note.cancelledReason)
                cancelled =
                    QJsonObject{{QStringLiteral("kod"), int(i + 1)},
                                {QStringLiteral("beskrivning"), QString::fromUtf8(reasons.at(i).label)}};
        }
    }
    const StoredEntry *previous = entry.replaces.isEmpty() ? nullptr : store.findNote(entry.replaces);
    const StoredEntry *next = note.replacedBy.isEmpty() ? nullptr : store.findNote(note.replacedBy);

    return {
        {QStringLiteral("id"), entry.noteId},
        {QStringLiteral("anteckningsDatum"), fieldOrNull(body, "tidpunkt")},
        {QStringLiteral("inkommenTidpunkt"), note.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("anteckningstyp"), typeId},
        {QStringLiteral("anteckningstypBeskrivning"), typeDescription},
        {QStringLiteral("referens"), fieldOrNull(body, "referens")},
        {QStringLiteral("verksamhetsutovare"), fieldOrNull(body, "verksamhetsutovare")},
        {QStringLiteral("verksamhetensNamn"), fieldOrNull(body, "verksamhetensNamn")},
        {QStringLiteral("verksamhetensKontaktpersonNamn"),
         fieldOrNull(body, "verksamhetensKontaktpersonNamn")},
        {QStringLiteral("verksamhetensKontaktpersonEpost"),
         fieldOrNull(body, "verksamhetensKontaktpersonEpost")},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
         fieldOrNull(body, "verksamhetensKontaktpersonTelefonnummer")},
        {QStringLiteral("ombud"), fieldOrNull(body, "ombud")},
        {QStringLiteral("ombudetsNamn"), fieldOrNull(body, "ombudetsNamn")},
        {QStringLiteral("ombudetsKontaktpersonNamn"), fieldOrNull(body, "ombudetsKontaktpersonNamn")},
        {QStringLiteral("ombudetsKontaktpersonEpost"), fieldOrNull(body, "ombudetsKontaktpersonEpost")},
        {QStringLiteral("ombudetsKontaktpersonTelefonnummer"),
         fieldOrNull(body, "ombudetsKontaktpersonTelefonnummer")},
        {QStringLiteral("uppgiftslamnareNamn"), QJsonValue::Null},
        {QStringLiteral("uppgiftslamnareEpost"), QJsonValue::Null},
        {QStringLiteral("uppgiftslamnareTelefonnummer"), QJsonValue::Null},
        {QStringLiteral("validationMsg"), QJsonValue::Null},
        {QStringLiteral("makuleradOrsak"), cancelled},
        {QStringLiteral("makuleradAv"), valueOrNull(entry.cancelledBy)},
        {QStringLiteral("foregaendeVersion"), previous ? QJsonValue(previous->noteId) : QJsonValue::Null},
        {QStringLiteral("foregaendeAvfallsid"), valueOrNull(entry.replaces)},
        {QStringLiteral("ersattAv"), next ? QJsonValue(next->noteId) : QJsonValue::Null},
        {QStringLiteral("ersattAvAvfallsid"), valueOrNull(note.replacedBy)},
        {QStringLiteral("avfall"),
         QJsonObject{{QStringLiteral("avfallId"), note.avfallId},
                     {QStringLiteral("mangd"), fieldOrNull(waste, "mangd")},
                     {QStringLiteral("foregaendeAvfallId"), fieldOrNull(waste, "foregaendeAvfallId")},
                     {QStringLiteral("kod"), code},
                     {QStringLiteral("farligt"), wasteCode && wasteCode->hazardous},
                     {QStringLiteral("avfallstypBeskrivning"),
                      wasteCode ? QJsonValue(wasteCode->description) : QJsonValue::Null}}},
    };
}

void writeReply(QHttpServerResponder &responder, const Reply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

SandboxServer::SandboxServer(const pki::SandboxPki &pki, const QString &stateDirectory, QObject *parent)
    : QObject(parent)
    , m_pki(pki)
    , m_store(std::make_unique<sandbox::SandboxStore>(stateDirectory))
    , m_validator(std::make_unique<NoteValidator>())
    , m_http(new QHttpServer(this))
{
    // Like the register, the sandbox holds one waste-code list: the wording in force today.
    m_validator->setActsAsRegister(true);
    // Every request goes through one dispatcher: no routes, only the missing handler.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    QString error;
    if (!m_store->open(&error))
        qCWarning(lcSandbox, "%s", qUtf8Printable(error));
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::consumerKey()
{
    return QStringLiteral("sandlada-nyckel");
}

QString SandboxServer::consumerSecret()
{
    return QStringLiteral("sandlada-hemlighet");
}

QString SandboxServer::journalFileName()
{
    return QStringLiteral("sandbox-notes.jsonl");
}

bool SandboxServer::listen(quint16 port, QString *error)
{
    if (m_tcp && m_tcp->isListening())
        return true;
    if (!m_store->open(error))
        return false;

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_pki.caFile, QSsl::Pem);
    const QList<QSslCertificate> server = QSslCertificate::fromPath(m_pki.serverCertificateFile, QSsl::Pem);
    QFile keyFile(m_pki.serverKeyFile);
    const QByteArray keyPem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    if (ca.isEmpty() || server.isEmpty() || key.isNull()) {
        if (error)
            *error = tr("Sandlådans certifikat går inte att läsa (%1, %2, %3).")
                         .arg(m_pki.caFile, m_pki.serverCertificateFile, m_pki.serverKeyFile);
        return false;
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server.first());
    configuration.setPrivateKey(key);
    configuration.setCaCertificates(ca); // only the sandbox CA: other client certificates fail
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);

    auto *tcp = new QSslServer(this);
    tcp->setSslConfiguration(configuration);
    connect(tcp, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError socketError) {
                qCDebug(lcSandbox) << "TLS connection refused:" << socketError;
            });
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Sandlådan kan inte lyssna på 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()) + kBasePath);
}

QUrl SandboxServer::tokenUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()) + kTokenPath);
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_nextMode = 0;
}

bool SandboxServer::setWriteModes(const QString &list, bool repeat)
{
    QList<GatewayFault> modes;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto fault = GatewayFault::parse(name);
        if (!fault)
            return false;
        modes.append(*fault);
    }
    m_faults.writeModes = modes;
    m_faults.repeatModes = repeat;
    m_nextMode = 0;
    return true;
}

GatewayFault SandboxServer::takeWriteFault()
{
    QList<GatewayFault> &modes = m_faults.writeModes;
    if (modes.isEmpty())
        return GatewayFault();
    if (!m_faults.repeatModes)
        return modes.takeFirst();
    const GatewayFault fault = modes.at(m_nextMode % modes.size());
    m_nextMode = (m_nextMode + 1) % modes.size();
    return fault;
}

SandboxFaults SandboxServer::faults() const
{
    return m_faults;
}

QList<ReceivedNote> SandboxServer::received() const
{
    QList<ReceivedNote> result;
    for (const StoredEntry &entry : m_store->entries())
        result.append(entry.received);
    return result;
}

int SandboxServer::receivedCount(const QString &trackingId) const
{
    const auto &entries = m_store->entries();
    return int(std::count_if(entries.cbegin(), entries.cend(), [&](const StoredEntry &entry) {
        return entry.received.trackingId == trackingId;
    }));
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requestCount;
    // Copy everything now: the request object is reused for the next request on the connection.
    Exchange exchange;
    exchange.method = methodName(request.method());
    exchange.path = request.url().path();
    while (exchange.path.size() > 1 && exchange.path.endsWith(QLatin1Char('/')))
        exchange.path.chop(1);
    exchange.query = request.query();
    exchange.body = request.body();
    exchange.headers = request.headers();
    if (const auto *socket = qobject_cast<QSslSocket *>(responder.socket()))
        exchange.organisation = organisationOf(socket->peerCertificate());
    const QByteArray trackingId = exchange.header("NV-Client-Tracking-ID").trimmed();
    exchange.trackingId = trackingId.isEmpty() ? replies::newGuid() : QString::fromUtf8(trackingId);

    Reply reply = dispatch(exchange);
    if (exchange.path.startsWith(kBasePath))
        reply.headers.append({QByteArrayLiteral("NV-Client-Tracking-ID"), exchange.trackingId.toUtf8()});
    deliver(exchange, std::move(reply), std::move(responder));
}

void SandboxServer::deliver(const Exchange &exchange, Reply reply, QHttpServerResponder &&responder)
{
    const QString method = QString::fromLatin1(exchange.method);
    const QString path = exchange.path;
    const int delay = (path.startsWith(kControlPrefix) ? 0 : m_faults.delayMs) + reply.delayMs;
    if (delay <= 0 || reply.closeWithoutAnswer || reply.resetWithoutAnswer) {
        answer(responder, reply, method, path);
        return;
    }
    auto deferred = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = deferred->socket();
    QTimer::singleShot(delay, this, [this, deferred, socket, reply, method, path] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            emit requestHandled(method, path, 0);
            return;
        }
        answer(*deferred, reply, method, path);
    });
}

void SandboxServer::answer(QHttpServerResponder &responder, const Reply &reply, const QString &method,
                           const QString &path)
{
    QTcpSocket *socket = responder.socket();
    if (reply.closeWithoutAnswer || reply.resetWithoutAnswer) {
        if (socket)
            reply.resetWithoutAnswer ? resetConnection(socket) : socket->disconnectFromHost();
        emit requestHandled(method, path, 0);
        return;
    }
    if (!reply.raw.isEmpty()) {
        // Framing no correct server sends: written by hand, and the connection ends after it.
        if (socket) {
            socket->write(reply.raw);
            socket->disconnectFromHost();
        }
        emit requestHandled(method, path, reply.status);
        return;
    }
    writeReply(responder, reply);
    emit requestHandled(method, path, reply.status);
}

Reply SandboxServer::dispatch(const Exchange &exchange)
{
    const QByteArray &method = exchange.method;
    const QString &path = exchange.path;
    if (path == kTokenPath)
        return method == "POST" ? issueToken(exchange) : replies::notFound();
    if (path == kControlPrefix + QLatin1String("faults")) {
        if (method == "POST")
            return setFaultsFromJson(exchange);
        return method == "GET" ? replies::json(200, faultsJson(m_faults)) : replies::notFound();
    }
    if (path == kControlPrefix + QLatin1String("received"))
        return method == "GET" ? receivedSummary() : replies::notFound();
    if (!path.startsWith(kBasePath + QLatin1Char('/')))
        return replies::notFound();

    const QStringList segments = path.mid(kBasePath.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.size() > 2)
        return replies::notFound();
    const QString first = segments.first().toLower();
    const QString second = segments.size() == 2 ? segments.at(1).toLower() : QString();
    const NoteType *type = noteTypeByResource(first);
    static const QStringList valueLists = {
        QStringLiteral("avfallstyper"), QStringLiteral("behandlingsmetoder"),
        QStringLiteral("atervinningsresultattyper"), QStringLiteral("transportsatt"),
        QStringLiteral("anteckningstyper")};

    enum class Route
    {
        None,
        Create,
        Correct,
        Cancel,
        ListNotes,
        ShowNote,
        ValueList,
        RecoveryType
    };
    Route route = Route::None;
    if (type && segments.size() == 1 && method == "POST")
        route = Route::Create;
    else if (type && segments.size() == 2 && method == "PUT")
        route = Route::Correct;
    else if (first == kNotesResource && segments.size() == 1 && method == "DELETE")
        route = Route::Cancel;
    else if (first == kNotesResource && method == "GET")
        route = segments.size() == 1 ? Route::ListNotes : Route::ShowNote;
    else if (valueLists.contains(first) && segments.size() == 1 && method == "GET")
        route = Route::ValueList;
    else if (first == QLatin1String("atervinningsresultattyper") && segments.size() == 2 && method == "GET")
        route = Route::RecoveryType;
    if (route == Route::None)
        return replies::notFound();

    // The gateway first (token), then the register (system id), as WSO2 in front of the API does.
    Reply refusal;
    if (!authorize(exchange, &refusal))
        return refusal;
    if (exchange.header("NV-Client-System-ID").trimmed().isEmpty())
        return replies::felsvar({{1000, QStringLiteral("Headern NV-Client-System-ID saknas. Ange namn och "
                                                       "version på det anslutande systemet.")}});

    const bool isWrite = route == Route::Create || route == Route::Correct || route == Route::Cancel;
    if (isWrite && m_faults.unavailableWrites > 0) {
        --m_faults.unavailableWrites;
        return replies::gatewayUnavailable();
    }
    if (isWrite && m_faults.htmlGatewayWrites > 0) {
        --m_faults.htmlGatewayWrites;
        return replies::htmlBadGateway();
    }
    const GatewayFault fault = isWrite ? takeWriteFault() : GatewayFault();
    if (!fault.stores())
        return fault.reply(Reply()); // the gateway answers; the register never sees the request

    Reply reply;
    switch (route) {
    case Route::Create:
        reply = writeNote(exchange, *type, QString());
        break;
    case Route::Correct:
        reply = writeNote(exchange, *type, second);
        break;
    case Route::Cancel:
        reply = cancelNote(exchange);
        break;
    case Route::ListNotes:
        reply = listNotes(exchange);
        break;
    case Route::ShowNote:
        reply = showNote(exchange, second);
        break;
    case Route::ValueList:
        if (first == QLatin1String("avfallstyper")) {
            reply = replies::json(200, bundled::wasteCodes(QDate::currentDate()));
        } else if (first == QLatin1String("behandlingsmetoder")) {
            const QString filter = queryValue(exchange.query, u"filter").toUpper();
            if (!filter.isEmpty() && filter != QLatin1String("A") && filter != QLatin1String("R") &&
                filter != QLatin1String("D")) {
                reply = replies::problem(400, QStringLiteral("Bad Request"),
                                         QStringLiteral("Filter ska vara A, R eller D."));
                break;
            }
            QJsonArray methods;
            for (const QJsonValue &value : bundled::treatmentMethods()) {
                if (filter.isEmpty() || filter == QLatin1String("A") ||
                    value.toObject().value(QLatin1String("typ")).toString() == filter)
                    methods.append(value);
            }
            reply = replies::json(200, methods);
        } else if (first == QLatin1String("atervinningsresultattyper")) {
            reply = replies::json(200, bundled::recoveryResultTypes());
        } else if (first == QLatin1String("transportsatt")) {
            reply = replies::json(200, bundled::transportModes());
        } else {
            reply = replies::json(200, bundled::noteTypes());
        }
        break;
    case Route::RecoveryType: {
        reply = replies::notFound();
        for (const QJsonValue &value : bundled::recoveryResultTypes()) {
            if (value.toObject().value(QLatin1String("kod")).toString() == second)
                reply = replies::json(200, value.toObject());
        }
        break;
    }
    case Route::None:
        break;
    }

    if (isWrite && m_faults.closeAfterReadWrites > 0) {
        --m_faults.closeAfterReadWrites;
        reply.closeWithoutAnswer = true;
    }
    // The register has done its part (stored the note, or refused it); what reaches the client
    // is the gateway's doing.
    return fault.reply(reply);
}

Reply SandboxServer::issueToken(const Exchange &exchange)
{
    const QByteArray authorization = exchange.header("Authorization").trimmed();
    const QByteArray expected = (consumerKey() + QLatin1Char(':') + consumerSecret()).toUtf8();
    const bool basic =
        authorization.size() > 6 && authorization.first(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    if (!basic || QByteArray::fromBase64(authorization.mid(6).trimmed()) != expected)
        return replies::oauthError(401, QStringLiteral("invalid_client"),
                                   QStringLiteral("Client Authentication failed."));
    const QByteArray contentType = exchange.header("Content-Type").split(';').first().trimmed().toLower();
    if (contentType != "application/x-www-form-urlencoded")
        return replies::oauthError(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Content-Type must be application/x-www-form-urlencoded"));
    const QString grant =
        QUrlQuery(QString::fromUtf8(exchange.body)).queryItemValue(QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return replies::oauthError(400, QStringLiteral("invalid_request"),
                                   QStringLiteral("Missing grant_type parameter value"));
    if (grant != QLatin1String("client_credentials"))
        return replies::oauthError(400, QStringLiteral("unsupported_grant_type"),
                                   QStringLiteral("Unsupported grant_type value"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_tokens.removeIf([&](QHash<QString, Token>::iterator token) { return token->expiresAt <= now; });
    QString token = replies::newGuid();
    if (m_faults.headerInjectingTokens > 0) {
        // A token service gone wrong: used as it is, this would add a header to every request.
        --m_faults.headerInjectingTokens;
        token += QStringLiteral("\r\nX-Injected: yes");
    }
    m_tokens.insert(token, {exchange.organisation, now.addSecs(kTokenLifetimeSeconds)});
    return replies::json(200, QJsonObject{{QStringLiteral("access_token"), token},
                                          {QStringLiteral("scope"), QStringLiteral("default")},
                                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                          {QStringLiteral("expires_in"), kTokenLifetimeSeconds}});
}

bool SandboxServer::authorize(const Exchange &exchange, Reply *refusal)
{
    const QByteArray authorization = exchange.header("Authorization").trimmed();
    const bool bearer =
        authorization.size() > 7 && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer) {
        *refusal = replies::gatewayUnauthorized(
            QStringLiteral("Invalid Credentials. Make sure your API invocation call has a header: "
                           "'Authorization : Bearer ACCESS_TOKEN'"));
        return false;
    }
    const auto token = m_tokens.find(QString::fromUtf8(authorization.mid(7).trimmed()));
    if (token == m_tokens.end() || token->expiresAt <= QDateTime::currentDateTimeUtc() ||
        token->organisation != exchange.organisation) {
        *refusal = replies::gatewayUnauthorized(QStringLiteral(
            "Invalid Credentials. Make sure you have provided the correct security credentials"));
        return false;
    }
    if (m_faults.expireTokens > 0) {
        --m_faults.expireTokens;
        m_tokens.erase(token);
        *refusal = replies::gatewayUnauthorized(QStringLiteral("The access token expired"));
        return false;
    }
    return true;
}

Reply SandboxServer::writeNote(const Exchange &exchange, const NoteType &type, const QString &previousId)
{
    const bool correction = exchange.method == "PUT";
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    if (!document.isObject())
        return replies::felsvar(
            {{1000, QStringLiteral("Anteckningen kunde inte läsas som ett JSON-objekt (%1).")
                        .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("inte ett objekt")
                                                                          : parseError.errorString())}});
    // Bound as ASP.NET Core binds it: any case, unknown fields ignored, numbers also from text.
    const QJsonObject note = notejson::bind(type.kind, document.object()).note;

    QList<FelsvarError> errors;
    if (correction) {
        const StoredEntry *previous = formats::isGuid(previousId) ? m_store->findNote(previousId) : nullptr;
        if (!formats::isGuid(previousId))
            errors.append({1118, QStringLiteral("GUID för id har felaktigt format")});
        else if (!previous || !mayChange(*previous, exchange.organisation))
            errors.append({1116, QStringLiteral("GUID för id är okänt")});
        else if (previous->received.resource != type.resource)
            errors.append({3023, QStringLiteral("Uppdatering ej möjlig, anteckningen är av en annan typ av "
                                                "anteckning")});
        else if (!previous->received.replacedBy.isEmpty())
            errors.append({3022, QStringLiteral("Uppdatering ej möjlig, ny version finns redan")});
        else if (!previous->received.cancelledReason.isEmpty())
            errors.append({1116, QStringLiteral("GUID för id är okänt (anteckningen är makulerad)")});
    }
    checkIdentity(note, exchange.organisation, errors);
    for (const Problem &problem : m_validator->validate(type.kind, note)) {
        if (problem.isError())
            errors.append({problem.registerCode ? problem.registerCode : 1000, problem.message});
    }
    if (!errors.isEmpty())
        return replies::felsvar(errors);

    ReceivedNote received;
    received.resource = type.resource;
    received.method = QString::fromLatin1(exchange.method);
    received.avfallId = replies::newGuid();
    received.trackingId = exchange.trackingId;
    received.body = note;
    received.receivedAt = QDateTime::currentDateTimeUtc();
    received.organisationNumber = exchange.organisation;
    QString error;
    if (!m_store->addNote(received, correction ? previousId : QString(), &error)) {
        qCWarning(lcSandbox, "%s", qUtf8Printable(error));
        return replies::felsvar({{1000, QStringLiteral("Okänt fel")}}, 500);
    }
    return replies::json(200, QJsonObject{{QStringLiteral("avfallId"), received.avfallId}});
}

Reply SandboxServer::cancelNote(const Exchange &exchange)
{
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body);
    if (!document.isObject())
        return replies::problem(400, QStringLiteral("Bad Request"),
                                QStringLiteral("Makuleringen kunde inte läsas som ett JSON-objekt."));
    const QJsonObject body = document.object();
    QJsonObject fieldErrors;
    QStringList messages;
    for (const Problem &problem : m_validator->validateCancellation(body)) {
        if (!problem.isError())
            continue;
        QJsonArray list = fieldErrors.value(problem.path).toArray();
        list.append(problem.message);
        fieldErrors.insert(problem.path, list);
        messages.append(problem.message);
    }
    if (!messages.isEmpty())
        return replies::problem(400, QStringLiteral("One or more validation errors occurred."),
                                messages.join(QLatin1Char(' ')), {{QStringLiteral("errors"), fieldErrors}});

    const QString id = body.value(QLatin1String("avfallsId")).toString().toLower();
    const QString reason = body.value(QLatin1String("makuleringsorsak")).toString();
    const StoredEntry *note = m_store->findNote(id);
    if (!note || !mayChange(*note, exchange.organisation))
        return replies::problem(400, QStringLiteral("Bad Request"),
                                QStringLiteral("Det finns ingen anteckning med avfallsId %1.").arg(id));
    if (!note->received.cancelledReason.isEmpty())
        return replies::problem(400, QStringLiteral("Bad Request"),
                                QStringLiteral("Anteckningen med avfallsId %1 är redan makulerad.").arg(id));
    if (!note->received.replacedBy.isEmpty())
        return replies::problem(
            400, QStringLiteral("Bad Request"),
            QStringLiteral("Anteckningen med avfallsId %1 har ersatts av %2. Makulera den "
                           "senaste versionen.")
                .arg(id, note->received.replacedBy));

    ReceivedNote cancellation;
    cancellation.resource = kNotesResource;
    cancellation.method = QStringLiteral("DELETE");
    cancellation.avfallId = id;
    cancellation.trackingId = exchange.trackingId;
    cancellation.body = body;
    cancellation.receivedAt = QDateTime::currentDateTimeUtc();
    cancellation.cancelledReason = reason;
    cancellation.organisationNumber = exchange.organisation;
    QString error;
    if (!m_store->addCancellation(cancellation, &error)) {
        qCWarning(lcSandbox, "%s", qUtf8Printable(error));
        return replies::problem(500, QStringLiteral("Internal Server Error"), QString());
    }
    return Reply{200, {}, {}, {}, false};
}

Reply SandboxServer::listNotes(const Exchange &exchange) const
{
    QDateTime from;
    QDateTime to;
    for (const auto &[name, target] : {std::pair{u"DatumTidFran", &from}, std::pair{u"DatumTidTom", &to}}) {
        const QString text = queryValue(exchange.query, name);
        if (text.isEmpty())
            continue;
        const auto parsed = formats::parseDateTime(text);
        if (!parsed)
            return replies::problem(400, QStringLiteral("Bad Request"),
                                    QStringLiteral("%1 har fel format.").arg(QStringView(name)));
        *target = *parsed;
    }
    int pageSize = kDefaultPageSize;
    int page = 1;
    for (const auto &[name, target] : {std::pair{u"MaxAntalPerSida", &pageSize}, std::pair{u"Sida", &page}}) {
        const QString text = queryValue(exchange.query, name);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value <= 0)
            return replies::problem(
                400, QStringLiteral("Bad Request"),
                QStringLiteral("%1 måste vara ett heltal större än 0.").arg(QStringView(name)));
        *target = value;
    }

    QList<const StoredEntry *> matching;
    for (const StoredEntry &entry : m_store->entries()) {
        if (!entry.isNote() || !isParty(entry.received.body, exchange.organisation))
            continue;
        if ((from.isValid() && entry.received.receivedAt < from) ||
            (to.isValid() && entry.received.receivedAt > to))
            continue;
        matching.append(&entry);
    }
    QJsonArray notes;
    const qsizetype start = qsizetype(page - 1) * pageSize;
    for (qsizetype i = start; i < matching.size() && i < start + pageSize; ++i)
        notes.append(readModel(*matching.at(i), *m_store));
    const int rows = int(matching.size());
    return replies::json(200, QJsonObject{{QStringLiteral("antalRader"), rows},
                                          {QStringLiteral("antalPerSida"), pageSize},
                                          {QStringLiteral("sida"), page},
                                          {QStringLiteral("antalSidor"), (rows + pageSize - 1) / pageSize},
                                          {QStringLiteral("anteckningar"), notes}});
}

Reply SandboxServer::showNote(const Exchange &exchange, const QString &avfallId) const
{
    if (!formats::isGuid(avfallId))
        return replies::problem(400, QStringLiteral("Bad Request"),
                                QStringLiteral("avfallid ska vara ett GUID."));
    const StoredEntry *note = m_store->findNote(avfallId);
    if (!note || !isParty(note->received.body, exchange.organisation))
        return replies::notFound();
    return replies::json(200, readModel(*note, *m_store));
}

Reply SandboxServer::setFaultsFromJson(const Exchange &exchange)
{
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body);
    if (!document.isObject())
        return replies::problem(400, QStringLiteral("Bad Request"),
                                QStringLiteral("Ange felen som ett JSON-objekt, till exempel "
                                               "{\"unavailableWrites\": 1}."));
    const QJsonObject object = document.object();
    const auto count = [&](const char *name) {
        return std::max(0, object.value(QLatin1String(name)).toInt());
    };
    SandboxFaults faults;
    faults.unavailableWrites = count("unavailableWrites");
    faults.closeAfterReadWrites = count("closeAfterReadWrites");
    faults.htmlGatewayWrites = count("htmlGatewayWrites");
    faults.delayMs = count("delayMs");
    faults.expireTokens = count("expireTokens");
    faults.headerInjectingTokens = count("headerInjectingTokens");
    for (const QJsonValue &name : object.value(QLatin1String("modes")).toArray()) {
        const auto fault = GatewayFault::parse(name.toString());
        if (!fault)
            return replies::problem(
                400, QStringLiteral("Bad Request"),
                QStringLiteral("Okänt fel \"%1\". Kända: %2.")
                    .arg(name.toString(), GatewayFault::names().join(QStringLiteral(", "))));
        faults.writeModes.append(*fault);
    }
    faults.repeatModes = object.value(QLatin1String("repeat")).toBool();
    setFaults(faults);
    return replies::json(200, faultsJson(m_faults));
}

Reply SandboxServer::receivedSummary() const
{
    QJsonArray list;
    for (const StoredEntry &entry : m_store->entries()) {
        const ReceivedNote &note = entry.received;
        list.append(
            QJsonObject{{QStringLiteral("trackingId"), note.trackingId},
                        {QStringLiteral("avfallId"), note.avfallId},
                        {QStringLiteral("resource"), note.resource},
                        {QStringLiteral("method"), note.method},
                        {QStringLiteral("receivedAt"), note.receivedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("replacedBy"), note.replacedBy},
                        {QStringLiteral("cancelledReason"), note.cancelledReason}});
    }
    return replies::json(
        200, QJsonObject{{QStringLiteral("received"), list}, {QStringLiteral("requests"), m_requestCount}});
}

} // namespace avfall
