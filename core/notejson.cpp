#include "notejson.h"

#include "fieldcatalogue.h"
#include "fieldformats.h"
#include "identitynumber.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace avfall::notejson {

namespace {

const QStringList &agentFields()
{
    static const QStringList fields = {
        QStringLiteral("ombud"), QStringLiteral("ombudetsNamn"), QStringLiteral("ombudetsKontaktpersonNamn"),
        QStringLiteral("ombudetsKontaktpersonEpost"), QStringLiteral("ombudetsKontaktpersonTelefonnummer")};
    return fields;
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

QJsonValue normalizedValue(const Field &field, const QJsonValue &value);

QJsonObject normalizedBlock(const Block &block, const QJsonObject &object)
{
    QJsonObject result;
    for (const Field &field : block.fields) {
        const QJsonValue value = normalizedValue(field, object.value(field.json));
        if (!isBlank(value))
            result.insert(field.json, value);
    }
    return result;
}

QJsonValue normalizedValue(const Field &field, const QJsonValue &value)
{
    if (isBlank(value))
        return QJsonValue();
    switch (field.kind) {
    case FieldKind::Object:
        return value.isObject() ? QJsonValue(normalizedBlock(*field.block, value.toObject())) : value;
    case FieldKind::List: {
        if (!value.isArray())
            return value;
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isObject() ? QJsonValue(normalizedBlock(*field.block, item.toObject())) : item);
        return items;
    }
    case FieldKind::DateTime: {
        const auto dateTime = formats::parseDateTime(value.toString());
        return dateTime ? QJsonValue(formats::toIsoWithOffset(*dateTime)) : value;
    }
    case FieldKind::Integer:
    case FieldKind::Decimal:
        return value;
    case FieldKind::Text:
        break;
    }
    const QString text = value.toString().trimmed();
    if (field.rule == FieldRule::PartyIdentity) {
        const IdentityCheck check = identity::check(text, field.identities);
        return check.isValid() ? check.normalized : text;
    }
    if (field.rule == FieldRule::Postcode) {
        QString digits = text;
        digits.remove(QLatin1Char(' '));
        return digits;
    }
    if (field.rule == FieldRule::CountryCode || field.rule == FieldRule::TransportMode ||
        field.rule == FieldRule::TreatmentMethod || field.rule == FieldRule::TreatmentSubcode)
        return text.toUpper();
    if (field.rule == FieldRule::WasteCode) {
        QString code = text;
        code.remove(QLatin1Char(' ')).remove(QLatin1Char('*'));
        return code;
    }
    if (field.rule == FieldRule::Guid)
        return text.toLower();
    return text;
}

void flattenBlock(const Block &block, const QJsonObject &object, const QString &prefix, FlatValues &out)
{
    for (const Field &field : block.fields) {
        const QJsonValue value = object.value(field.json);
        if (isBlank(value))
            continue;
        const QString path = prefix + field.json;
        if (field.kind == FieldKind::Object && value.isObject()) {
            flattenBlock(*field.block, value.toObject(), path + QLatin1Char('.'), out);
        } else if (field.kind == FieldKind::List && value.isArray()) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i)
                flattenBlock(*field.block, items.at(i).toObject(), path + QStringLiteral("[%1].").arg(i),
                             out);
        } else if (value.isDouble()) {
            out.insert(path, QString::number(value.toDouble(), 'g', 15));
        } else {
            out.insert(path, value.toString());
        }
    }
}

QJsonValue typedValue(const Field &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue();
    if (field.kind == FieldKind::Decimal) {
        double number = 0;
        return parseDecimal(trimmed, &number) ? QJsonValue(number) : QJsonValue(trimmed);
    }
    if (field.kind == FieldKind::Integer) {
        bool ok = false;
        QString digits = trimmed;
        digits.remove(QLatin1Char(' '));
        const qint64 number = digits.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(trimmed);
    }
    return trimmed;
}

QJsonObject buildBlock(const Block &block, const FlatValues &values, const QString &prefix)
{
    QJsonObject result;
    for (const Field &field : block.fields) {
        const QString path = prefix + field.json;
        if (field.kind == FieldKind::Object) {
            const QJsonObject child = buildBlock(*field.block, values, path + QLatin1Char('.'));
            if (!child.isEmpty())
                result.insert(field.json, child);
        } else if (field.kind == FieldKind::List) {
            // Rows are numbered as the form numbers them; gaps (removed rows) are skipped.
            static const QRegularExpression rowIndex(QStringLiteral("^\\[(\\d+)\\]\\."));
            QList<int> rows;
            for (auto it = values.lowerBound(path + QLatin1Char('['));
                 it != values.cend() && it.key().startsWith(path + QLatin1Char('[')); ++it) {
                const auto match = rowIndex.match(QStringView(it.key()).mid(path.size()));
                if (match.hasMatch() && !rows.contains(match.captured(1).toInt()))
                    rows.append(match.captured(1).toInt());
            }
            std::sort(rows.begin(), rows.end());
            QJsonArray items;
            for (int row : rows) {
                const QJsonObject item =
                    buildBlock(*field.block, values, path + QStringLiteral("[%1].").arg(row));
                if (!item.isEmpty())
                    items.append(item);
            }
            if (!items.isEmpty())
                result.insert(field.json, items);
        } else {
            const QJsonValue value = typedValue(field, values.value(path));
            if (!value.isNull())
                result.insert(field.json, value);
        }
    }
    return result;
}

} // namespace

QJsonObject normalized(NoteKind kind, const QJsonObject &note)
{
    QJsonObject result = normalizedBlock(catalogue::note(kind), note);
    // When the operator reports for itself, no ombud field is sent at all (the register answers
    // 1013 and 4101–4104 otherwise).
    if (!result.contains(QLatin1String("ombud"))) {
        for (const QString &field : agentFields())
            result.remove(field);
    }
    return result;
}

FlatValues flatten(NoteKind kind, const QJsonObject &note)
{
    FlatValues values;
    flattenBlock(catalogue::note(kind), note, QString(), values);
    return values;
}

QJsonObject build(NoteKind kind, const FlatValues &values)
{
    return buildBlock(catalogue::note(kind), values, QString());
}

bool parseDecimal(QStringView text, double *value)
{
    QString normalizedText = text.trimmed().toString();
    normalizedText.remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    normalizedText.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression decimal(QStringLiteral("\\A-?\\d+(\\.\\d+)?\\z"));
    if (!decimal.match(normalizedText).hasMatch())
        return false;
    bool ok = false;
    *value = normalizedText.toDouble(&ok);
    return ok;
}

} // namespace avfall::notejson
