#pragma once

#include "fieldcatalogue.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace avfall::formats {

// The contract's character rules as whole-string expressions (the contract writes them in prose,
// and its phone expression is not anchored at the end; we always match the whole value).
// Returns nullptr for rules without an expression.
const QRegularExpression *expressionFor(FieldRule rule);

// ISO 8601: "2026-11-27T14:05:00+01:00", "...Z", without an offset (local time) or a bare date.
std::optional<QDateTime> parseDateTime(QStringView text);
// What is sent: ISO 8601 with the UTC offset, "2026-11-27T14:05:00+01:00".
QString toIsoWithOffset(const QDateTime &dateTime);

bool isGuid(QStringView text);
// A quantity in kg has at most three decimals.
bool hasAtMostThreeDecimals(double value);
// ISO 3166-1 alpha-2 country code (from Qt's locale data).
bool isCountryCode(QStringView code);

// SWEREF 99 TM inside Sweden's extent (EPSG:3006 area of use), with the contract's digit counts.
bool isSwedishNorthing(qint64 value);
bool isSwedishEasting(qint64 value);

} // namespace avfall::formats
