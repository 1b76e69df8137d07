#include "fieldformats.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace avfall::formats {

namespace {
QRegularExpression whole(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"),
                              QRegularExpression::UseUnicodePropertiesOption);
}
} // namespace

const QRegularExpression *expressionFor(FieldRule rule)
{
    // − is U+2212 MINUS SIGN, which the contract allows in names and addresses.
    static const QRegularExpression companyName =
        whole(QStringLiteral("[0-9A-Za-zÅÄÖÜÉåäöüé.,?:\\-/()&+\u2212 ']{0,250}"));
    static const QRegularExpression contactName = whole(QStringLiteral("[A-Za-zÀ-ÖØ-öø-ž,\\-.: ']{0,250}"));
    static const QRegularExpression phone =
        whole(QStringLiteral("\\+\\d{2,3}[- ]?[1-9][- ]?(?:\\d[- ]?){1,10}\\d|(?:\\d[- ]?){1,11}\\d"));
    static const QRegularExpression email = whole(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}"));
    static const QString referenceSet =
        QStringLiteral("a-zA-Z0-9äÄöÖåÅÀàÁáÃãËëÉéÈèÊêÂâÍíÎîÏï\\s,.\\-&/\"_()?");
    static const QRegularExpression reference =
        whole(QStringLiteral("[") + referenceSet + QStringLiteral("]{0,40}"));
    static const QRegularExpression otherSpecification =
        whole(QStringLiteral("[") + referenceSet + QStringLiteral("]{1,100}"));
    static const QRegularExpression addressLine = companyName;
    static const QRegularExpression coordinateDescription = whole(
        QStringLiteral("[a-zA-Z0-9äÄöÖåÅÀàÁáÃãËëÉéÈèÊêÂâÍíÎîÏïÇçÌìÑñ\\s,.\\-+*&/#°¤\":;%!=|_()?´~]{0,1000}"));
    static const QRegularExpression postcode = whole(QStringLiteral("[1-9][0-9]{4}"));
    static const QRegularExpression municipalityCode = whole(QStringLiteral("[0-9]{4}"));
    static const QRegularExpression cfar = whole(QStringLiteral("[0-9]{8}"));
    static const QRegularExpression cfarOrPlaceholder = whole(QStringLiteral("[0-9]{8}|SAKNAS|KOMMUN"));
    static const QRegularExpression wasteCode = whole(QStringLiteral("[0-9]{6}"));
    static const QRegularExpression countryCode = whole(QStringLiteral("[A-Z]{2}"));

    switch (rule) {
    case FieldRule::CompanyName:
        return &companyName;
    case FieldRule::ContactName:
        return &contactName;
    case FieldRule::Phone:
        return &phone;
    case FieldRule::Email:
        return &email;
    case FieldRule::Reference:
        return &reference;
    case FieldRule::OtherSpecification:
        return &otherSpecification;
    case FieldRule::AddressLine:
        return &addressLine;
    case FieldRule::CoordinateDescription:
        return &coordinateDescription;
    case FieldRule::Postcode:
        return &postcode;
    case FieldRule::MunicipalityCode:
        return &municipalityCode;
    case FieldRule::CfarNumber:
        return &cfar;
    case FieldRule::CfarNumberOrPlaceholder:
        return &cfarOrPlaceholder;
    case FieldRule::WasteCode:
        return &wasteCode;
    case FieldRule::CountryCode:
        return &countryCode;
    default:
        return nullptr;
    }
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    const QString value = text.trimmed().toString();
    if (value.size() == 10) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return date.startOfDay();
        return std::nullopt;
    }
    if (value.size() < 16 || value.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime;
}

QString toIsoWithOffset(const QDateTime &dateTime)
{
    // Qt writes "Z" for UTC; the register's examples use "+00:00" style offsets throughout.
    const QDateTime withOffset = dateTime.toOffsetFromUtc(dateTime.offsetFromUtc());
    QString text = withOffset.toString(Qt::ISODate);
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QStringLiteral("+00:00");
    }
    return text;
}

bool isGuid(QStringView text)
{
    static const QRegularExpression guid(
        QStringLiteral("\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return guid.match(text).hasMatch();
}

bool hasAtMostThreeDecimals(double value)
{
    const double scaled = value * 1000.0;
    return std::isfinite(scaled) &&
           std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::fabs(scaled));
}

bool isCountryCode(QStringView code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> result;
        for (int territory = 1; territory <= int(QLocale::LastTerritory); ++territory) {
            const QString alpha2 = QLocale::territoryToCode(QLocale::Territory(territory));
            if (alpha2.size() == 2)
                result.insert(alpha2);
        }
        return result;
    }();
    return codes.contains(code.toString());
}

bool isSwedishNorthing(qint64 value)
{
    // Seven digits, inside the projected area of use of EPSG:3006 (resources/data/sweref99tm.json).
    return value >= 6090340 && value <= 7689479;
}

bool isSwedishEasting(qint64 value)
{
    // Six digits; the area of use reaches 1 086 313 at sea, but the contract allows six digits.
    return value >= 181896 && value <= 999999;
}

} // namespace avfall::formats
