#include "core/fieldpath.h"

#include <QRegularExpression>

namespace avfall::fieldpath {

QString withoutIndex(QStringView path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString result = path.toString();
    result.remove(index);
    return result;
}

QString item(QStringView list, int index, QStringView field)
{
    QString result = list.toString() + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (!field.isEmpty())
        result += QLatin1Char('.') + field.toString();
    return result;
}

ItemPath parseItem(QStringView path, QStringView list)
{
    if (!path.startsWith(list) || path.size() <= list.size() || path.at(list.size()) != QLatin1Char('['))
        return {};
    const QStringView rest = path.mid(list.size() + 1);
    const qsizetype close = rest.indexOf(QLatin1Char(']'));
    if (close <= 0)
        return {};
    bool ok = false;
    const int index = rest.left(close).toInt(&ok);
    if (!ok || index < 0)
        return {};
    const QStringView after = rest.mid(close + 1);
    if (after.isEmpty())
        return {index, QString()};
    if (after.at(0) != QLatin1Char('.') || after.size() == 1)
        return {};
    return {index, after.mid(1).toString()};
}

} // namespace avfall::fieldpath
