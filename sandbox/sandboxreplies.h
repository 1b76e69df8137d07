#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// The pieces of the sandbox that only shape bytes: the request as copied off the socket, the
// answer to write, the register's and the gateway's answer formats, and the bundled value lists.
namespace avfall::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request, copied off the connection (the QHttpServerRequest is reused per connection, so
// nothing may refer to it once the answer is deferred).
struct Exchange
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // without a trailing slash
    QUrlQuery query;
    QByteArray body;
    HeaderList headers;
    QString organisation; // from the client certificate: ten digits, or empty
    QString trackingId;   // NV-Client-Tracking-ID as sent, or a fresh UUID

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

struct Reply
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    HeaderList headers;
    bool closeWithoutAnswer = false;
    bool resetWithoutAnswer = false; // TCP RST instead of an orderly close
    QByteArray raw{};                // when set: written as it is (bad framing), then the connection closes
    int delayMs = 0;                 // answered this much later (besides SandboxFaults::delayMs)
};

struct FelsvarError
{
    int code;
    QString message;
};

namespace replies {

Reply json(int status, const QJsonObject &object);
Reply json(int status, const QJsonArray &array);

// The register's validation answer: Felsvar {title, statusCode, message, traceId, errors[]}.
Reply felsvar(const QList<FelsvarError> &errors, int status = 400);
// ASP.NET Core ProblemDetails {type, title, status, detail, traceId} (DELETE and GET errors).
Reply problem(int status, const QString &title, const QString &detail,
              const QJsonObject &extensions = QJsonObject());
// ASP.NET Core NotFound {type, title, status, traceId}.
Reply notFound();
// The WSO2 gateway: 401 {"fault": {"code": 900901, ...}} with WWW-Authenticate.
Reply gatewayUnauthorized(const QString &description);
// The WSO2 gateway without a back end: 503 as XML text, no JSON.
Reply gatewayUnavailable();
// A proxy in front of the gateway: 502 as an HTML page.
Reply htmlBadGateway();
// The WSO2 gateway that gave up waiting for the back end: 504 as XML text.
Reply gatewayTimeout();
// The WSO2 gateway's throttling: 429 {"fault": {"code": 900802, ...}}. Retry-After is the caller's.
Reply throttled();
// A maintenance page from the front proxy: 503 as HTML. Retry-After is the caller's.
Reply maintenancePage();
// An error page of about `bytes` bytes: HTML whose <script> never closes, or XML.
Reply largeHtmlError(int bytes);
Reply largeXmlError(int bytes);
// OAuth2 token endpoint errors: {"error": ..., "error_description": ...}.
Reply oauthError(int status, const QString &error, const QString &description);

// "40010a3b-0000-f300-b63f-84710c7967bb", the shape the register's traceId has.
QString registerTraceId();
// "00-<32 hex>-<16 hex>-00", the W3C trace id ASP.NET Core puts into ProblemDetails.
QString aspNetTraceId();
QString newGuid(); // lowercase, without braces

} // namespace replies

// The register's value lists, from the files the app ships (resources/data, ":/data/...").
namespace bundled {

QJsonArray wasteCodes(const QDate &today); // the list in force today (the wording changes 2026-12-09)
QJsonArray treatmentMethods();
QJsonArray recoveryResultTypes(); // without our own "bekraftat" flag
QJsonArray transportModes();
QJsonArray noteTypes();

} // namespace bundled

} // namespace avfall::sandbox
