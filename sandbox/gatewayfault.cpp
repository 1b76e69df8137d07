#include "sandbox/gatewayfault.h"

#include "sandbox/sandboxreplies.h"

#include <QDateTime>
#include <QLocale>

namespace avfall {

namespace {

struct Mode
{
    GatewayFault::Kind kind;
    const char *name;
    int defaultParameter; // 0: takes none
};

// Every mode once: its name, and the parameter it takes (seconds, milliseconds or bytes).
constexpr Mode kModes[] = {
    {GatewayFault::Kind::None, "ok", 0},
    {GatewayFault::Kind::StoreThen502, "store-then-502", 0},
    {GatewayFault::Kind::StoreThen504, "store-then-504", 0},
    {GatewayFault::Kind::StoreThenReset, "store-then-reset", 0},
    {GatewayFault::Kind::StoreThenClose, "store-then-close", 0},
    {GatewayFault::Kind::Throttled, "429", 2},
    {GatewayFault::Kind::ThrottledDate, "429-date", 2},
    {GatewayFault::Kind::Maintenance, "503-maintenance", 2},
    {GatewayFault::Kind::Slow, "slow", 35000},
    {GatewayFault::Kind::HtmlError, "html-error", 256 * 1024},
    {GatewayFault::Kind::XmlError, "xml-error", 256 * 1024},
    {GatewayFault::Kind::NegativeLength, "store-then-negative-length", 0},
    {GatewayFault::Kind::DoubleLength, "store-then-double-length", 0},
    {GatewayFault::Kind::HugeChunk, "store-then-huge-chunk", 0},
};

const Mode &modeOf(GatewayFault::Kind kind)
{
    for (const Mode &mode : kModes) {
        if (mode.kind == kind)
            return mode;
    }
    return kModes[0];
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// A status line and headers written by hand: the framing the modes need cannot go through
// QHttpServerResponder, which always frames correctly.
QByteArray rawAnswer(int status, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Fault\r\nContent-Type: application/json\r\n" +
           headers + "\r\n" + body;
}

} // namespace

bool GatewayFault::stores() const
{
    switch (kind) {
    case Kind::Throttled:
    case Kind::ThrottledDate:
    case Kind::Maintenance:
        return false;
    default:
        return true;
    }
}

int GatewayFault::effectiveParameter() const
{
    return parameter > 0 ? parameter : modeOf(kind).defaultParameter;
}

QString GatewayFault::name() const
{
    const Mode &mode = modeOf(kind);
    QString text = QString::fromLatin1(mode.name);
    if (mode.defaultParameter && parameter > 0)
        text += QLatin1Char(':') + QString::number(parameter);
    return text;
}

std::optional<GatewayFault> GatewayFault::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QStringView name = colon < 0 ? trimmed : trimmed.first(colon);
    for (const Mode &mode : kModes) {
        if (name != QLatin1String(mode.name))
            continue;
        GatewayFault fault;
        fault.kind = mode.kind;
        if (colon >= 0) {
            bool ok = false;
            fault.parameter = trimmed.sliced(colon + 1).toInt(&ok);
            if (!ok || fault.parameter <= 0 || !mode.defaultParameter)
                return std::nullopt;
        }
        return fault;
    }
    return std::nullopt;
}

QStringList GatewayFault::names()
{
    QStringList list;
    for (const Mode &mode : kModes) {
        QString name = QString::fromLatin1(mode.name);
        if (mode.defaultParameter)
            name += QStringLiteral("[:N]");
        list << name;
    }
    return list;
}

QList<GatewayFault> GatewayFault::all()
{
    QList<GatewayFault> list;
    for (const Mode &mode : kModes) {
        if (mode.kind != Kind::None)
            list.append({mode.kind, 0});
    }
    return list;
}

sandbox::Reply GatewayFault::reply(const sandbox::Reply &registerReply) const
{
    namespace replies = sandbox::replies;
    sandbox::Reply reply;
    reply.status = registerReply.status; // what the raw answers carry
    const QByteArray stored = registerReply.body.isEmpty() ? QByteArrayLiteral("{}") : registerReply.body;
    switch (kind) {
    case Kind::None:
        return registerReply;
    case Kind::StoreThen502:
        return replies::htmlBadGateway();
    case Kind::StoreThen504:
        return replies::gatewayTimeout();
    case Kind::StoreThenReset:
        reply.resetWithoutAnswer = true;
        return reply;
    case Kind::StoreThenClose:
        reply.closeWithoutAnswer = true;
        return reply;
    case Kind::Throttled:
    case Kind::ThrottledDate:
    case Kind::Maintenance: {
        reply = kind == Kind::Maintenance ? replies::maintenancePage() : replies::throttled();
        const int seconds = effectiveParameter();
        reply.headers.append({QByteArrayLiteral("Retry-After"),
                              kind == Kind::ThrottledDate
                                  // Rounded up to the next whole second: an HTTP-date has no fractions.
                                  ? httpDate(QDateTime::currentDateTimeUtc().addMSecs(seconds * 1000 + 999))
                                  : QByteArray::number(seconds)});
        return reply;
    }
    case Kind::Slow:
        reply = registerReply;
        reply.delayMs = effectiveParameter();
        return reply;
    case Kind::HtmlError:
        return replies::largeHtmlError(effectiveParameter());
    case Kind::XmlError:
        return replies::largeXmlError(effectiveParameter());
    case Kind::NegativeLength:
        reply.raw = rawAnswer(registerReply.status, "Content-Length: -5\r\n", stored);
        return reply;
    case Kind::DoubleLength:
        reply.raw = rawAnswer(registerReply.status,
                              "Content-Length: " + QByteArray::number(stored.size()) +
                                  "\r\nContent-Length: " + QByteArray::number(stored.size() + 7) + "\r\n",
                              stored);
        return reply;
    case Kind::HugeChunk:
        // A chunk size of 2^60 bytes: a client that believes it waits, or worse, allocates.
        reply.raw = rawAnswer(registerReply.status, "Transfer-Encoding: chunked\r\n",
                              "1000000000000000\r\n" + stored);
        return reply;
    }
    return registerReply;
}

} // namespace avfall
