#include "network/answerparser.h"

#include "core/fieldformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Whether text at `at` starts with `word`, ignoring ASCII case.
bool startsWithIgnoringCase(QByteArrayView text, qsizetype at, QByteArrayView word)
{
    if (text.size() - at < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (lower(text.at(at + i)) != word.at(i))
            return false;
    }
    return true;
}

// The name of the tag that starts at `at` ('<' there), lower case, at most 16 letters.
QByteArray tagName(QByteArrayView text, qsizetype at)
{
    QByteArray name;
    for (qsizetype i = at + 1; i < text.size() && name.size() < 16; ++i) {
        const char c = lower(text.at(i));
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            break;
        name += c;
    }
    return name;
}

// Where the closing tag "</name" starts, from `from` on; -1 when there is none. Each '<' is
// looked at once, so the search is linear however often it finds none.
qsizetype closingTag(QByteArrayView text, qsizetype from, QByteArrayView name)
{
    for (qsizetype at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
        if (at + 1 < text.size() && text.at(at + 1) == '/' && startsWithIgnoringCase(text, at + 2, name))
            return at;
    }
    return -1;
}

// Appends text, decoding the entities a gateway page uses and collapsing white space.
class TextCollector
{
public:
    explicit TextCollector(qsizetype limit)
        : m_limit(limit)
    {}
    bool full() const { return m_text.size() >= m_limit; }
    void space()
    {
        if (!m_text.isEmpty() && !m_text.endsWith(' '))
            m_text += ' ';
    }
    void append(QByteArrayView text)
    {
        for (qsizetype i = 0; i < text.size() && !full(); ++i) {
            const char c = text.at(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space();
                continue;
            }
            if (c == '&') {
                static const struct
                {
                    const char *entity;
                    char character;
                } entities[] = {{"&nbsp;", ' '}, {"&amp;", '&'},  {"&lt;", '<'},
                                {"&gt;", '>'},   {"&quot;", '"'}, {"&#39;", '\''}};
                bool decoded = false;
                for (const auto &entry : entities) {
                    if (startsWithIgnoringCase(text, i, entry.entity)) {
                        entry.character == ' ' ? space() : void(m_text += entry.character);
                        i += qsizetype(qstrlen(entry.entity)) - 1;
                        decoded = true;
                        break;
                    }
                }
                if (decoded)
                    continue;
            }
            m_text += c;
        }
    }
    QByteArray text() const { return m_text.trimmed(); }

private:
    QByteArray m_text;
    qsizetype m_limit;
};

} // namespace

QString plainText(QByteArrayView markup, int maxLength)
{
    // Bytes enough for maxLength characters of UTF-8, and a little more to cut at a word.
    const qsizetype limit = qsizetype(maxLength) * 4 + 16;
    TextCollector title(limit);
    TextCollector body(limit);
    qsizetype position = 0;
    while (position < markup.size() && !body.full()) {
        const qsizetype open = markup.indexOf('<', position);
        body.append(markup.sliced(position, (open < 0 ? markup.size() : open) - position));
        if (open < 0)
            break;
        if (startsWithIgnoringCase(markup, open, "<!--")) {
            const qsizetype end = markup.indexOf("-->", open + 4);
            position = end < 0 ? markup.size() : end + 3;
            continue;
        }
        const QByteArray name = tagName(markup, open);
        const qsizetype tagEnd = markup.indexOf('>', open);
        if (tagEnd < 0)
            break; // an unclosed tag: nothing readable follows
        body.space();
        position = tagEnd + 1;
        if (name == "script" || name == "style" || name == "title") {
            // Their content is not the page's text; an unclosed one hides the rest of the page.
            const qsizetype close = closingTag(markup, position, name);
            const qsizetype contentEnd = close < 0 ? markup.size() : close;
            if (name == "title")
                title.append(markup.sliced(position, contentEnd - position));
            position = close < 0 ? markup.size() : close;
        }
    }
    QString result = QString::fromUtf8(title.text());
    const QString text = QString::fromUtf8(body.text());
    if (!result.isEmpty() && !text.isEmpty())
        result += QStringLiteral(": ");
    result += text;
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
        const QJsonObject fault = valueIgnoringCase(object, u"fault").toObject();
        // Felsvar, InputValidationErrorDetails and ProblemDetails carry a traceId or errors; the
        // gateway's own faults ({"fault": ...}) do not come from the register.
        parsed.fromRegister =
            fault.isEmpty() && (!parsed.traceId.isEmpty() || errors.isArray() || errors.isObject());
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
        parsed.summary = plainText(QByteArrayView(body).first(std::min(body.size(), kMaxErrorBodyBytes)));
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
