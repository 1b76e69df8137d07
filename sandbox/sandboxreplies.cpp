#include "sandbox/sandboxreplies.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

namespace avfall::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcReplies, "avfall.sandbox")

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kProblemJson = QByteArrayLiteral("application/problem+json; charset=utf-8");

QString randomHex(int digits)
{
    QString text;
    text.reserve(digits);
    while (text.size() < digits)
        text += QString::number(QRandomGenerator::global()->generate() & 0xf, 16);
    return text;
}

QJsonArray arrayFromResource(const QString &path, const QString &member = QString())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcReplies, "cannot read %s", qUtf8Printable(path));
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (member.isEmpty())
        return document.array();
    return document.object().value(member).toArray();
}

} // namespace

QByteArray Exchange::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace replies {

Reply json(int status, const QJsonObject &object)
{
    return {status, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, false};
}

Reply json(int status, const QJsonArray &array)
{
    return {status, kJson, QJsonDocument(array).toJson(QJsonDocument::Compact), {}, false};
}

Reply felsvar(const QList<FelsvarError> &errors, int status)
{
    QJsonArray list;
    for (const FelsvarError &error : errors)
        list.append(
            QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    return json(status, QJsonObject{{QStringLiteral("title"), QStringLiteral("InputValidationException")},
                                    {QStringLiteral("statusCode"), status},
                                    {QStringLiteral("message"),
                                     QStringLiteral("Ett eller flera valideringsfel har inträffat.")},
                                    {QStringLiteral("traceId"), registerTraceId()},
                                    {QStringLiteral("errors"), list}});
}

Reply problem(int status, const QString &title, const QString &detail, const QJsonObject &extensions)
{
    QJsonObject object = extensions;
    object.insert(QStringLiteral("type"),
                  status == 404 ? QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.4")
                                : QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.1"));
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    object.insert(QStringLiteral("traceId"), aspNetTraceId());
    Reply reply = json(status, object);
    reply.contentType = kProblemJson;
    return reply;
}

Reply notFound()
{
    Reply reply = json(404, QJsonObject{{QStringLiteral("type"),
                                         QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.4")},
                                        {QStringLiteral("title"), QStringLiteral("Not Found")},
                                        {QStringLiteral("status"), 404},
                                        {QStringLiteral("traceId"), aspNetTraceId()}});
    reply.contentType = kProblemJson;
    return reply;
}

Reply gatewayUnauthorized(const QString &description)
{
    Reply reply =
        json(401, QJsonObject{{QStringLiteral("fault"),
                               QJsonObject{{QStringLiteral("code"), 900901},
                                           {QStringLiteral("message"), QStringLiteral("Invalid Credentials")},
                                           {QStringLiteral("description"), description}}}});
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"),
                          QByteArrayLiteral("OAuth2 realm=\"WSO2 API Manager\", error=\"invalid_token\", "
                                            "error_description=\"The provided token is invalid\"")});
    return reply;
}

Reply gatewayUnavailable()
{
    return {503,
            QByteArrayLiteral("application/xml; charset=UTF-8"),
            QByteArrayLiteral("<am:fault xmlns:am=\"http://wso2.org/apimanager\"><am:code>101503</am:code>"
                              "<am:type>Status report</am:type><am:message>Runtime Error</am:message>"
                              "<am:description>Error connecting to the back end</am:description></am:fault>"),
            {},
            false};
}

Reply htmlBadGateway()
{
    return {
        502,
        QByteArrayLiteral("text/html; charset=iso-8859-1"),
        QByteArrayLiteral("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
                          "<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n"
                          "<p>The proxy server received an invalid response from an upstream server.</p>\n"
                          "</body></html>\n"),
        {},
        false};
}

Reply gatewayTimeout()
{
    return {504,
            QByteArrayLiteral("application/xml; charset=UTF-8"),
            QByteArrayLiteral("<am:fault xmlns:am=\"http://wso2.org/apimanager\"><am:code>101504</am:code>"
                              "<am:type>Status report</am:type><am:message>Runtime Error</am:message>"
                              "<am:description>Send timeout</am:description></am:fault>"),
            {},
            false};
}

Reply throttled()
{
    return json(429,
                QJsonObject{{QStringLiteral("fault"),
                             QJsonObject{{QStringLiteral("code"), 900802},
                                         {QStringLiteral("message"), QStringLiteral("Message throttled out")},
                                         {QStringLiteral("description"),
                                          QStringLiteral("You have exceeded your quota")}}}});
}

Reply maintenancePage()
{
    return {503,
            QByteArrayLiteral("text/html; charset=utf-8"),
            QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                              "<title>Planerat underh\xc3\xa5ll</title><style>body{font-family:sans-serif}"
                              "</style></head><body><h1>Tj\xc3\xa4nsten \xc3\xa4r st\xc3\xa4ngd f\xc3\xb6r "
                              "underh\xc3\xa5ll</h1><p>F\xc3\xb6rs\xc3\xb6k igen om en stund.</p>"
                              "</body></html>\n"),
            {},
            false};
}

Reply largeHtmlError(int bytes)
{
    QByteArray body =
        QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title>"
                          "</head><body><h1>Internal Server Error</h1><script>var trace = \"");
    body.reserve(std::max<qsizetype>(bytes, body.size()));
    while (body.size() < bytes)
        body += QByteArrayLiteral("at Register.Store(Anteckning a) &lt;line 42&gt; ");
    body.truncate(std::max<qsizetype>(bytes, 120));
    return {500, QByteArrayLiteral("text/html; charset=utf-8"), body, {}, false};
}

Reply largeXmlError(int bytes)
{
    QByteArray body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><am:fault "
                                        "xmlns:am=\"http://wso2.org/apimanager\"><am:code>101500</am:code>"
                                        "<am:message>Runtime Error</am:message><am:description>");
    const QByteArray end = QByteArrayLiteral("</am:description></am:fault>");
    body.reserve(std::max<qsizetype>(bytes, body.size() + end.size()));
    while (body.size() + end.size() < bytes)
        body += QByteArrayLiteral("<frame>org.apache.synapse.SynapseException</frame>");
    body.truncate(std::max<qsizetype>(bytes - end.size(), 160)); // the size asked for, to the byte
    body += end;
    return {500, QByteArrayLiteral("application/xml; charset=UTF-8"), body, {}, false};
}

Reply oauthError(int status, const QString &error, const QString &description)
{
    return json(status, QJsonObject{{QStringLiteral("error"), error},
                                    {QStringLiteral("error_description"), description}});
}

QString registerTraceId()
{
    return randomHex(8) + QStringLiteral("-0000-") + randomHex(4) + QLatin1Char('-') + randomHex(4) +
           QLatin1Char('-') + randomHex(12);
}

QString aspNetTraceId()
{
    return QStringLiteral("00-") + randomHex(32) + QLatin1Char('-') + randomHex(16) + QStringLiteral("-00");
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

} // namespace replies

namespace bundled {

QJsonArray wasteCodes(const QDate &today)
{
    static const QJsonArray before =
        arrayFromResource(QStringLiteral(":/data/avfallstyper_2020.json"), QStringLiteral("avfallstyper"));
    static const QJsonArray after = arrayFromResource(QStringLiteral(":/data/avfallstyper_2026-12-09.json"),
                                                      QStringLiteral("avfallstyper"));
    return today >= QDate(2026, 12, 9) ? after : before;
}

QJsonArray treatmentMethods()
{
    static const QJsonArray list = arrayFromResource(QStringLiteral(":/data/behandlingsmetoder.json"));
    return list;
}

QJsonArray recoveryResultTypes()
{
    static const QJsonArray list = [] {
        QJsonArray result;
        for (const QJsonValue &value :
             arrayFromResource(QStringLiteral(":/data/atervinningsresultattyper.json"))) {
            QJsonObject item = value.toObject();
            item.remove(QStringLiteral("bekraftat")); // ours, not the register's
            result.append(item);
        }
        return result;
    }();
    return list;
}

QJsonArray transportModes()
{
    static const QJsonArray list = arrayFromResource(QStringLiteral(":/data/transportsatt.json"));
    return list;
}

QJsonArray noteTypes()
{
    static const QJsonArray list = arrayFromResource(QStringLiteral(":/data/anteckningstyper.json"));
    return list;
}

} // namespace bundled

} // namespace avfall::sandbox
