#include "core/secretredaction.h"

#include <QRegularExpression>

namespace avfall {

namespace {

const QString kMask = QStringLiteral("***");

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list{
        {QRegularExpression(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE "
                                           "KEY-----|$)"),
                            QRegularExpression::DotMatchesEverythingOption),
         QStringLiteral("[privat nyckel borttagen]")},
        {QRegularExpression(QStringLiteral("(Authorization|Proxy-Authorization)\\s*[:=]\\s*[^\\r\\n]*"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1: ") + kMask},
        {QRegularExpression(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 ") + kMask},
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")), kMask},
        {QRegularExpression(QStringLiteral("\\b((?:access_|refresh_|id_)?token|password|passwd|secret|"
                                           "client_secret|consumer_?secret|lösenord|hemlighet|apikey|api_key)"
                                           "(\"?\\s*[:=]\\s*\"?)[^\\s\",;&]+"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\2") + kMask},
    };
    return list;
}

// Generated secrets are long runs of letters and digits with both cases; GUIDs are lower-case hex
// (or upper-case hex) and paths have slashes, so neither matches.
QString maskOpaqueRuns(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9_+=-]{32,}"));
    QString result;
    qsizetype last = 0;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView candidate = match.capturedView();
        bool upper = false;
        bool lower = false;
        bool digit = false;
        for (const QChar character : candidate) {
            upper |= character.isUpper();
            lower |= character.isLower();
            digit |= character.isDigit();
        }
        if (!(upper && lower && digit))
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += kMask;
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString result = text;
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return maskOpaqueRuns(result);
}

} // namespace avfall
