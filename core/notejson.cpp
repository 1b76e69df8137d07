#include "core/notejson.h"

#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/identitynumber.h"

#include <QHash>
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
    return value.isString() ? QJsonValue(normalizedText(field, value.toString())) : value;
}

// ---- Binding, as ASP.NET Core's System.Text.Json with JsonSerializerDefaults.Web does it

class Binder
{
public:
    QList<BindNotice> notices;

    QJsonObject block(const Block &block, const QJsonObject &object, const QString &prefix);

private:
    QJsonValue value(const Field &field, const QJsonValue &value, const QString &path);
};

QJsonObject Binder::block(const Block &block, const QJsonObject &object, const QString &prefix)
{
    QJsonObject result;
    QHash<QString, QStringList> written; // contract name -> the names that bound to it
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const Field *field = block.field(it.key());
        if (!field) {
            for (const Field &candidate : block.fields) {
                if (candidate.json.compare(it.key(), Qt::CaseInsensitive) == 0)
                    field = &candidate;
            }
        }
        if (!field) {
            notices.append({BindNotice::Kind::Unknown, prefix + it.key(), it.key(), block.name});
            continue;
        }
        written[field->json].append(it.key());
    }
    for (const Field &field : block.fields) {
        const QStringList names = written.value(field.json);
        if (names.isEmpty())
            continue;
        const QString path = prefix + field.json;
        if (names.size() > 1) {
            // JSON objects keep no order here, and the register takes the last one written.
            notices.append({BindNotice::Kind::Ambiguous, path, names.join(QStringLiteral(", ")), block.name});
            continue;
        }
        if (names.first() != field.json)
            notices.append({BindNotice::Kind::Renamed, path, names.first(), block.name});
        result.insert(field.json, value(field, object.value(names.first()), path));
    }
    return result;
}

QJsonValue Binder::value(const Field &field, const QJsonValue &value, const QString &path)
{
    switch (field.kind) {
    case FieldKind::Object:
        return value.isObject() ? QJsonValue(block(*field.block, value.toObject(), path + QLatin1Char('.')))
                                : value;
    case FieldKind::List: {
        if (!value.isArray())
            return value;
        QJsonArray items;
        const QJsonArray input = value.toArray();
        for (qsizetype i = 0; i < input.size(); ++i) {
            const QJsonValue item = input.at(i);
            items.append(item.isObject() ? QJsonValue(block(*field.block, item.toObject(),
                                                            path + QStringLiteral("[%1].").arg(i)))
                                         : item);
        }
        return items;
    }
    case FieldKind::Integer:
    case FieldKind::Decimal:
        // NumberHandling.AllowReadingFromString: "120.5" is the number 120.5, " 120.5" is nothing.
        if (value.isString() &&
            formats::isJsonNumberText(value.toString(), field.kind == FieldKind::Integer)) {
            notices.append({BindNotice::Kind::NumberFromText, path, value.toString(), QString()});
            return value.toString().toDouble();
        }
        return value;
    case FieldKind::Text:
    case FieldKind::DateTime:
        return value;
    }
    return value;
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

Bound bind(NoteKind kind, const QJsonObject &note)
{
    Binder binder;
    Bound bound;
    bound.note = binder.block(catalogue::note(kind), note, QString());
    bound.notices = binder.notices;
    return bound;
}

QString normalizedText(const Field &field, const QString &text)
{
    // NFC, so that an Å typed as A + combining ring is the Å the register's character sets name.
    QString value = text.normalized(QString::NormalizationForm_C).trimmed();
    switch (field.rule) {
    case FieldRule::PartyIdentity: {
        const IdentityCheck check = identity::check(value, field.identities);
        return check.isValid() ? check.normalized : value;
    }
    case FieldRule::Postcode:
        // "116 45" as the help writes it; the register wants the five digits alone.
        value.remove(QLatin1Char(' ')).remove(QChar(0x00A0));
        return value;
    case FieldRule::CountryCode:
    case FieldRule::TransportMode:
    case FieldRule::TreatmentMethod:
    case FieldRule::TreatmentSubcode:
    case FieldRule::CfarNumberOrPlaceholder:
        return value.toUpper();
    case FieldRule::WasteCode:
        value.remove(QLatin1Char(' ')).remove(QLatin1Char('*'));
        return value;
    case FieldRule::Guid:
        return value.toLower();
    case FieldRule::Phone:
        // A tab or a non-breaking space separates as a space does; send the plain space.
        for (QChar &c : value) {
            if (c.isSpace())
                c = QLatin1Char(' ');
        }
        return value;
    case FieldRule::CompanyName:
    case FieldRule::ContactName:
    case FieldRule::AddressLine:
        // Word processors turn ' into a typographic apostrophe, which the register's sets lack.
        for (QChar &c : value) {
            if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
                c = QLatin1Char('\'');
        }
        return value;
    default:
        return value;
    }
}

QJsonObject normalized(NoteKind kind, const QJsonObject &note)
{
    QJsonObject result = normalizedBlock(catalogue::note(kind), bind(kind, note).note);
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
