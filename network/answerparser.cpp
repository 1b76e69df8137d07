#include "answerparser.h"

#include "fieldformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace avfall::answers {

namespace {
QJsonValue valueIgnoringCase(const QJsonObject &object, QStringView key)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue();
}

int codeOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return value.toString().toInt();
}
} // namespace

QString plainText(const QByteArray &markup, int maxLength)
{
    QString text = QString::fromUtf8(markup);
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const auto titleMatch = title.match(text);
    QString result;
    if (titleMatch.hasMatch())
        result = titleMatch.captured(1) + QStringLiteral(": ");
    text.remove(scripts);
    result += text.remove(tags);
    result.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    result = result.replace(spaces, QStringLiteral(" ")).trimmed();
    if (result.size() > maxLength)
        result = result.left(maxLength - 1) + QChar(0x2026);
    return result;
}

ParsedError parseError(const QByteArray &body, const QByteArray &contentType)
{
    ParsedError parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        parsed.traceId = valueIgnoringCase(object, u"traceId").toString();
        const QJsonValue errors = valueIgnoringCase(object, u"errors");
        if (errors.isArray()) {
            for (const QJsonValue &item : errors.toArray()) {
                const QJsonObject entry = item.toObject();
                parsed.errors.append({codeOf(valueIgnoringCase(entry, u"code")),
                                      valueIgnoringCase(entry, u"message").toString()});
            }
        } else if (errors.isObject()) {
            // ValidationProblemDetails: {"field": ["message", ...]}
            const QJsonObject fields = errors.toObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                for (const QJsonValue &message : it.value().toArray())
                    parsed.errors.append({1000, it.key() + QStringLiteral(": ") + message.toString()});
            }
        }
        const QJsonObject fault = valueIgnoringCase(object, u"fault").toObject();
        QStringList parts;
        for (const QStringView key : {u"title", u"message", u"detail"}) {
            const QString text = valueIgnoringCase(object, key).toString();
            if (!text.isEmpty() && !parts.contains(text))
                parts << text;
        }
        if (!fault.isEmpty()) {
            parts << valueIgnoringCase(fault, u"message").toString()
                  << valueIgnoringCase(fault, u"description").toString();
            parts.removeAll(QString());
        }
        parsed.summary = parts.join(QStringLiteral(" – "));
        if (parsed.summary.size() > 300)
            parsed.summary = parsed.summary.left(299) + QChar(0x2026);
        return parsed;
    }
    if (!body.trimmed().isEmpty()) {
        // HTML or XML from a gateway, or plain text: never crash, show a short readable line.
        Q_UNUSED(contentType);
        parsed.summary = plainText(body);
    }
    return parsed;
}

QString avfallId(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QStringView key : {u"avfallId", u"avfallsId"}) {
        const QString id = valueIgnoringCase(object, key).toString().trimmed();
        if (formats::isGuid(id))
            return id.toLower();
    }
    return QString();
}

} // namespace avfall::answers
