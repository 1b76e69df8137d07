#include "network/headervalues.h"

#include <algorithm>

namespace avfall::headervalues {

namespace {
bool isSafeChar(char16_t c)
{
    return c == u'\t' || (c >= 0x20 && c <= 0x7e);
}
} // namespace

bool isSafe(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) { return isSafeChar(char16_t(uchar(c))); });
}

bool isSafe(QStringView value)
{
    return std::all_of(value.begin(), value.end(), [](QChar c) { return isSafeChar(c.unicode()); });
}

bool isBearerToken(QStringView token)
{
    qsizetype end = token.size();
    while (end > 0 && token.at(end - 1) == u'=')
        --end;
    if (end == 0)
        return false;
    return std::all_of(token.begin(), token.begin() + end, [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'-' || u == u'.' || u == u'_' || u == u'~' || u == u'+' || u == u'/';
    });
}

} // namespace avfall::headervalues
