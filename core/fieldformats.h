#pragma once

#include "core/fieldcatalogue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace avfall::formats {

// The contract's character rules as whole-string expressions (the contract writes them in prose,
// and its phone expression is not anchored at the end; we always match the whole value).
// Returns nullptr for rules without an expression.
const QRegularExpression *expressionFor(FieldRule rule);

// The characters of a value that the rule's character set does not admit, each once, in the order
// they first occur ("’" in "O’Brien"). Empty for a rule without a character set.
QString disallowedCharacters(FieldRule rule, QStringView value);

// ISO 8601: "2026-11-27T14:05:00+01:00", "...Z", without an offset (local time) or a bare date.
std::optional<QDateTime> parseDateTime(QStringView text);
// What is sent: ISO 8601 with the UTC offset, "2026-11-27T14:05:00+01:00".
QString toIsoWithOffset(const QDateTime &dateTime);

bool isGuid(QStringView text);

// The decimals of a quantity as it is sent: QJsonDocument writes a double as the shortest text that
// reads back as the same double, so 1000.0004 is sent with four decimals however large the number.
int decimalPlaces(double value);
// A number written as text the way a JSON number is written ("120.5", "-3", "2e3"); what ASP.NET
// Core reads from a string where a number is expected. Integer: digits only, as it reads an int.
bool isJsonNumberText(QStringView text, bool integer);

// How many digits a whole number has (its sign not counted).
int digitCount(qint64 value);
// SWEREF 99 TM inside Sweden's extent (EPSG:3006 area of use, resources/data/sweref99tm.json).
bool isSwedishNorthing(qint64 value);
bool isSwedishEasting(qint64 value);

} // namespace avfall::formats
