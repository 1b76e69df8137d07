#pragma once

#include <QString>
#include <QStringList>

namespace avfall {

// Text folded for searching: case-folded, without diacritics ("Lysrör" -> "lysror"), so that a
// search matches whatever the user types on whatever keyboard.
QString foldForSearch(QStringView text);

// The folded words of a text, split at everything that is not a letter or a digit
// ("motor-, transmissions- och smörjoljor" -> motor, transmissions, och, smorjoljor).
QStringList searchWords(QStringView text);

bool isAllDigits(QStringView text);

} // namespace avfall
