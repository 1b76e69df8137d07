#include "models/searchtext.h"

#include <array>

namespace avfall {

namespace {

QChar foldSlowly(QChar c)
{
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty())
            c = decomposed.at(0);
    }
    return c.toCaseFolded();
}

// Latin-1 and Latin Extended-A (å, ä, ö, é, ü, …) folded once, as a table.
constexpr char16_t kTableEnd = 0x180;
const std::array<char16_t, kTableEnd> &foldTable()
{
    static const std::array<char16_t, kTableEnd> table = [] {
        std::array<char16_t, kTableEnd> result{};
        for (char16_t c = 0; c < kTableEnd; ++c)
            result[c] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32)
                        : c < 0x80               ? c
                                                 : foldSlowly(QChar(c)).unicode();
        return result;
    }();
    return table;
}

// One character folded: the base letter of its canonical decomposition, case-folded. Characters
// without one (æ, ø, ß) stay as they are.
QChar foldChar(QChar c)
{
    const char16_t unicode = c.unicode();
    if (unicode < kTableEnd)
        return QChar(foldTable()[unicode]);
    return foldSlowly(c);
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // combining accents of decomposed input
        folded.append(foldChar(c));
    }
    return folded;
}

QStringList searchWords(QStringView text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word.append(foldChar(c));
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace avfall
