#include "services/historyexport.h"

#include "core/csvfield.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace avfall::services::historyexport {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)
};

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << csv::field(cell);
    return fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}
} // namespace

QJsonObject toJson(const StoredNote &note)
{
    return {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("type"), noteType(note.kind).resource},
        {QStringLiteral("environment"), environmentKey(note.environment)},
        {QStringLiteral("state"), stateKey(note.state)},
        {QStringLiteral("avfallId"), note.avfallId.isEmpty() ? QJsonValue() : QJsonValue(note.avfallId)},
        {QStringLiteral("referens"), note.referens.isEmpty() ? QJsonValue() : QJsonValue(note.referens)},
        {QStringLiteral("trackingId"), note.trackingId},
        {QStringLiteral("deadline"),
         note.deadline.isValid() ? QJsonValue(note.deadline.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("attempts"), note.attemptCount},
        {QStringLiteral("operation"), operationKey(note.operation)},
        {QStringLiteral("wasteCode"), note.wasteCode},
        {QStringLiteral("quantity"), note.quantity},
        {QStringLiteral("createdAt"), note.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("corrects"), note.correctsId ? QJsonValue(note.correctsId) : QJsonValue()},
        {QStringLiteral("correctedBy"), note.correctedById ? QJsonValue(note.correctedById) : QJsonValue()}};
}

QByteArray toJsonDocument(const QList<StoredNote> &notes)
{
    QJsonArray list;
    for (const StoredNote &note : notes)
        list.append(toJson(note));
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QString csv = QStringLiteral("\uFEFF") + csvLine(header);
    for (const QStringList &row : rows)
        csv += csvLine(row);
    return csv.toUtf8();
}

Result<void> writeCsv(const QString &fileName, const QStringList &header, const QList<QStringList> &rows)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(toCsv(header, rows)) <= 0)
        return Result<void>::failure(Text::tr("Filen %1 kunde inte skrivas.").arg(fileName));
    return Result<void>::success();
}

} // namespace avfall::services::historyexport
