#include "secrets/accesstoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace avfall {

QString cleanAccessToken(const QString &pasted)
{
    QString token = pasted.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7);
    token.remove(QLatin1Char(' '));
    token.remove(QLatin1Char('\n'));
    token.remove(QLatin1Char('\r'));
    token.remove(QLatin1Char('\t'));
    return token;
}

AccessTokenInfo inspectAccessToken(const QString &token)
{
    AccessTokenInfo info;
    const QStringList parts = cleanAccessToken(token).split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return info;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return info;
    QJsonParseError error;
    const QJsonDocument payload = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject())
        return info;
    info.isJwt = true;
    const QJsonObject claims = payload.object();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (exp.isDouble())
        info.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    info.subject = claims.value(QLatin1String("sub")).toString();
    return info;
}

} // namespace avfall
