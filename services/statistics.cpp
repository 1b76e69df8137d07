#include "services/statistics.h"

#include "services/reporting.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>

namespace avfall::statistics {

namespace {
QDate firstDay(const QString &month)
{
    return month.size() == 7 ? QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate) : QDate();
}

QJsonObject sumJson(const QString &keyName, const QString &key, const Sum &sum)
{
    return {
        {keyName, key}, {QStringLiteral("kilograms"), sum.kilograms}, {QStringLiteral("notes"), sum.notes}};
}

QJsonArray listJson(const QString &keyName, const QList<QPair<QString, Sum>> &entries)
{
    QJsonArray list;
    for (const auto &[key, sum] : entries)
        list.append(sumJson(keyName, key, sum));
    return list;
}
} // namespace

bool isMonth(const QString &text)
{
    return firstDay(text).isValid();
}

QStringList monthsBetween(const QString &from, const QString &to)
{
    QStringList months;
    const QDate last = firstDay(to);
    for (QDate month = firstDay(from); month.isValid() && last.isValid() && month <= last;
         month = month.addMonths(1))
        months << month.toString(QStringLiteral("yyyy-MM"));
    return months;
}

Statistics collect(const NoteStore &store, const StatisticsRequest &request)
{
    Statistics result;
    result.request = request;
    QMap<QString, Sum> months;
    for (const QString &month : monthsBetween(request.fromMonth, request.toMonth))
        months.insert(month, Sum());
    if (months.isEmpty())
        return result;
    const QList<QuantityGroup> groups = store.quantityGroups(
        {request.environment, request.fromMonth, request.toMonth, request.operatorNumber});
    for (const QuantityGroup &group : groups) {
        if (!reporting::isReported(group.state, group.operation, group.successorState))
            continue;
        result.total.add(group.kilograms, group.notes);
        months[group.month].add(group.kilograms, group.notes);
        result.wasteCodes[group.wasteCode].add(group.kilograms, group.notes);
        result.noteTypes[group.kind].add(group.kilograms, group.notes);
        result.parties[group.counterparty].add(group.kilograms, group.notes);
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        result.months.append({it.key(), it.value()});
    return result;
}

QList<QPair<QString, Sum>> byKilograms(const QMap<QString, Sum> &sums)
{
    QList<QPair<QString, Sum>> entries;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        entries.append({it.key(), it.value()});
    std::stable_sort(entries.begin(), entries.end(), [](const auto &left, const auto &right) {
        return left.second.kilograms > right.second.kilograms;
    });
    return entries;
}

QJsonObject toJson(const Statistics &statistics)
{
    QList<QPair<QString, Sum>> types;
    for (auto it = statistics.noteTypes.cbegin(); it != statistics.noteTypes.cend(); ++it)
        types.append({noteType(it.key()).resource, it.value()});
    return {
        {QStringLiteral("environment"), environmentKey(statistics.request.environment)},
        {QStringLiteral("from"), statistics.request.fromMonth},
        {QStringLiteral("to"), statistics.request.toMonth},
        {QStringLiteral("kilograms"), statistics.total.kilograms},
        {QStringLiteral("notes"), statistics.total.notes},
        {QStringLiteral("months"), listJson(QStringLiteral("month"), statistics.months)},
        {QStringLiteral("wasteCodes"),
         listJson(QStringLiteral("wasteCode"), byKilograms(statistics.wasteCodes))},
        {QStringLiteral("noteTypes"), listJson(QStringLiteral("type"), types)},
        {QStringLiteral("parties"), listJson(QStringLiteral("party"), byKilograms(statistics.parties))},
    };
}

} // namespace avfall::statistics
