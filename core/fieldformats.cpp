#include "core/fieldformats.h"

#include <QLocale>

#include <cmath>

namespace avfall::formats {

namespace {

QRegularExpression whole(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

// The rules that are a set of characters and a length, as the contract writes them: the set, and
// the expression for the whole value.
struct CharacterRule
{
    QRegularExpression oneCharacter;
    QRegularExpression value;
};

CharacterRule characterRule(const QString &set, int minimum, int maximum)
{
    return {whole(QLatin1Char('[') + set + QLatin1Char(']')),
            whole(QStringLiteral("[%1]{%2,%3}").arg(set).arg(minimum).arg(maximum))};
}

const CharacterRule *characterRuleFor(FieldRule rule)
{
    // − is U+2212 MINUS SIGN, which the contract allows in names and addresses.
    static const QString companySet = QStringLiteral("0-9A-Za-zÅÄÖÜÉåäöüé.,?:\\-/()&+\u2212 '");
    static const QString referenceSet =
        QStringLiteral("a-zA-Z0-9äÄöÖåÅÀàÁáÃãËëÉéÈèÊêÂâÍíÎîÏï\\s,.\\-&/\"_()?");
    static const CharacterRule companyName = characterRule(companySet, 0, 250);
    static const CharacterRule contactName = characterRule(QStringLiteral("A-Za-zÀ-ÖØ-öø-ž,\\-.: '"), 0, 250);
    static const CharacterRule reference = characterRule(referenceSet, 0, 40);
    static const CharacterRule otherSpecification = characterRule(referenceSet, 1, 100);
    static const CharacterRule coordinateDescription = characterRule(
        QStringLiteral("a-zA-Z0-9äÄöÖåÅÀàÁáÃãËëÉéÈèÊêÂâÍíÎîÏïÇçÌìÑñ\\s,.\\-+*&/#°¤\":;%!=|_()?´~"), 0, 1000);
    switch (rule) {
    case FieldRule::CompanyName:
    case FieldRule::AddressLine:
        return &companyName;
    case FieldRule::ContactName:
        return &contactName;
    case FieldRule::Reference:
        return &reference;
    case FieldRule::OtherSpecification:
        return &otherSpecification;
    case FieldRule::CoordinateDescription:
        return &coordinateDescription;
    default:
        return nullptr;
    }
}

} // namespace

const QRegularExpression *expressionFor(FieldRule rule)
{
    if (const CharacterRule *characters = characterRuleFor(rule))
        return &characters->value;
    // The contract's class is [-\s]: any white space (a tab, a non-breaking space) separates, as in
    // .NET, whose \s is Unicode white space.
    static const QRegularExpression phone = whole(
        QStringLiteral("\\+\\d{2,3}[-\\s]?[1-9][-\\s]?(?:\\d[-\\s]?){1,10}\\d|(?:\\d[-\\s]?){1,11}\\d"));
    static const QRegularExpression email = whole(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}"));
    // "Ett postnummer inom Sverige, 5 siffor utan blankslag": five digits is all the contract asks.
    static const QRegularExpression postcode = whole(QStringLiteral("[0-9]{5}"));
    static const QRegularExpression municipalityCode = whole(QStringLiteral("[0-9]{4}"));
    static const QRegularExpression cfar = whole(QStringLiteral("[0-9]{8}"));
    static const QRegularExpression cfarOrPlaceholder = whole(QStringLiteral("[0-9]{8}|SAKNAS|KOMMUN"));
    static const QRegularExpression wasteCode = whole(QStringLiteral("[0-9]{6}"));
    static const QRegularExpression countryCode = whole(QStringLiteral("[A-Z]{2}"));

    switch (rule) {
    case FieldRule::Phone:
        return &phone;
    case FieldRule::Email:
        return &email;
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

QString disallowedCharacters(FieldRule rule, QStringView value)
{
    const CharacterRule *characters = characterRuleFor(rule);
    QString result;
    if (!characters)
        return result;
    for (qsizetype i = 0; i < value.size(); ++i) {
        // A character outside the Basic Multilingual Plane (an emoji) is one pair of code units.
        const qsizetype length = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QStringView character = value.mid(i, length);
        if (!characters->oneCharacter.match(character).hasMatch() && !result.contains(character))
            result += character;
        i += length - 1;
    }
    return result;
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

int decimalPlaces(double value)
{
    if (!std::isfinite(value))
        return -1;
    // The shortest round-trip digits, written without an exponent: the decimals that go out.
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(text.size() - point - 1);
}

bool isJsonNumberText(QStringView text, bool integer)
{
    static const QRegularExpression number(
        QStringLiteral("\\A-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\\z"));
    static const QRegularExpression whole(QStringLiteral("\\A-?(?:0|[1-9][0-9]*)\\z"));
    return (integer ? whole : number).match(text).hasMatch();
}

int digitCount(qint64 value)
{
    QString digits = QString::number(value);
    digits.remove(QLatin1Char('-'));
    return int(digits.size());
}

bool isSwedishNorthing(qint64 value)
{
    return value >= 6090340 && value <= 7689479;
}

bool isSwedishEasting(qint64 value)
{
    return value >= 181896 && value <= 1086313;
}

} // namespace avfall::formats
