#include "services/noteregisterexport.h"

#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "store/notestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace avfall {

namespace {

const QString kEventField = QStringLiteral("tidpunkt");

// One step from a JSON value to a field: a key, then (for an item of a list) an index.
struct Step
{
    QString key;
    int index = -1;
};

// A column of a note's own fields: where its value is, and what the user reads above it.
struct FieldColumn
{
    QList<Step> path;
    QString heading;
    FieldKind kind;
};

QJsonValue valueAt(const QJsonObject &payload, const QList<Step> &path)
{
    QJsonValue value = payload;
    for (const Step &step : path) {
        value = value.toObject().value(step.key);
        if (step.index >= 0)
            value = value.toArray().at(step.index); // undefined past the end
    }
    return value;
}

QVariant cellOf(const QJsonValue &value, FieldKind kind)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Double:
        if (kind == FieldKind::Integer)
            return qint64(value.toDouble());
        return value.toDouble();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// The longest list at `path` among the notes: a list gets as many numbered groups of columns.
int longestList(const QList<const StoredNote *> &notes, const QList<Step> &path)
{
    int longest = 1; // one empty group even when no note has the list, so the columns are known
    for (const StoredNote *note : notes)
        longest = std::max(longest, int(valueAt(note->payload, path).toArray().size()));
    return longest;
}

QString joined(const QString &prefix, const QString &label)
{
    return prefix.isEmpty() ? label : prefix + QStringLiteral(" – ") + label;
}

// Every field of the block as columns, objects and lists flattened: "Uppkomstplats – Adress –
// Postnummer", "Behandlingar 2 – Behandlingsmetod".
void addColumns(const Block &block, const QList<Step> &prefix, const QString &headingPrefix,
                const QList<const StoredNote *> &notes, QList<FieldColumn> &columns)
{
    for (const Field &field : block.fields) {
        const QString heading = joined(headingPrefix, field.displayLabel());
        QList<Step> path = prefix;
        path.append({field.json});
        if (field.kind == FieldKind::Object && field.block) {
            addColumns(*field.block, path, heading, notes, columns);
        } else if (field.kind == FieldKind::List && field.block) {
            const int count = longestList(notes, path);
            for (int item = 0; item < count; ++item) {
                path.last().index = item;
                addColumns(*field.block, path, QStringLiteral("%1 %2").arg(heading).arg(item + 1), notes,
                           columns);
            }
        } else {
            columns.append({path, heading, field.kind});
        }
    }
}

QString cancellationLabel(const QString &code)
{
    for (const auto &reason : catalogue::cancellationReasons()) {
        if (reason.code == code)
            return reason.displayLabel();
    }
    return code;
}

QVariant textOrEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idOrEmpty(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariant timeOrEmpty(const QDateTime &time)
{
    return time.isValid() ? QVariant(formats::toIsoWithOffset(time.toLocalTime())) : QVariant();
}

// The place of a note in its correction chain, 1 for the first version.
int versionOf(const StoredNote &note, const QHash<qint64, const StoredNote *> &byId)
{
    int version = 1;
    const StoredNote *current = &note;
    while (current->correctsId && version < std::numeric_limits<int>::max()) {
        const auto previous = byId.constFind(current->correctsId);
        if (previous == byId.constEnd())
            break;
        current = *previous;
        ++version;
    }
    return version;
}

} // namespace

bool RegisterPeriod::contains(const QJsonObject &payload) const
{
    const auto when = formats::parseDateTime(payload.value(kEventField).toString());
    return when && when->date() >= from && when->date() <= to;
}

QString RegisterPeriod::fileName(const QString &suffix) const
{
    return QStringLiteral("anteckningar-%1--%2.%3")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), suffix);
}

QString NoteRegister::periodText() const
{
    return QStringLiteral("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

int NoteRegister::noteCount() const
{
    int count = 0;
    for (const RegisterTable &table : tables)
        count += int(table.rows.size());
    return count;
}

NoteRegisterBuilder::NoteRegisterBuilder(RegisterPeriod period, Environment environment, Company company)
    : m_period(period)
    , m_environment(environment)
    , m_company(std::move(company))
{}

QStringList NoteRegisterBuilder::leadingHeadings()
{
    return {RegisterText::tr("Lokalt id"),
            RegisterText::tr("Tillstånd"),
            RegisterText::tr("AvfallsId"),
            RegisterText::tr("Version"),
            RegisterText::tr("Rättar lokalt id"),
            RegisterText::tr("Rättar avfallsId"),
            RegisterText::tr("Rättad av lokalt id"),
            RegisterText::tr("Senaste version"),
            RegisterText::tr("Makulerad den"),
            RegisterText::tr("Makuleringsorsak"),
            RegisterText::tr("Makuleringsorsak i ord"),
            RegisterText::tr("Egen förklaring till makuleringen")};
}

NoteRegister NoteRegisterBuilder::build(const NoteStore &store) const
{
    NoteFilter filter;
    filter.includeDrafts = false;
    return build(store.notes(filter, std::numeric_limits<int>::max()));
}

NoteRegister NoteRegisterBuilder::build(const QList<StoredNote> &notes) const
{
    NoteRegister result;
    result.period = m_period;
    result.environment = m_environment;
    result.company = m_company;
    result.createdAt = QDateTime::currentDateTime();

    QHash<qint64, const StoredNote *> byId;
    QList<const StoredNote *> chosen;
    for (const StoredNote &note : notes) {
        if (note.environment != m_environment)
            continue;
        byId.insert(note.id, &note);
        if (note.state != NoteState::Draft && note.operation != Operation::Cancel &&
            m_period.contains(note.payload))
            chosen.append(&note);
    }
    std::sort(chosen.begin(), chosen.end(), [](const StoredNote *a, const StoredNote *b) {
        const QString left = a->payload.value(kEventField).toString();
        const QString right = b->payload.value(kEventField).toString();
        const auto leftTime = formats::parseDateTime(left);
        const auto rightTime = formats::parseDateTime(right);
        if (leftTime && rightTime && *leftTime != *rightTime)
            return *leftTime < *rightTime;
        return a->id < b->id;
    });

    for (const NoteType &type : noteTypes()) {
        QList<const StoredNote *> ofType;
        for (const StoredNote *note : std::as_const(chosen)) {
            if (note->kind == type.kind)
                ofType.append(note);
        }
        QList<FieldColumn> columns;
        addColumns(catalogue::note(type.kind), {}, QString(), ofType, columns);

        RegisterTable table;
        table.kind = type.kind;
        table.name = type.model;
        table.headings = leadingHeadings();
        for (const FieldColumn &column : std::as_const(columns))
            table.headings << column.heading;
        for (const StoredNote *note : std::as_const(ofType)) {
            const bool cancelled = note->state == NoteState::Cancelled;
            QVariantList row{note->id,
                             stateDisplayName(note->state),
                             textOrEmpty(note->avfallId),
                             versionOf(*note, byId),
                             idOrEmpty(note->correctsId),
                             note->correctsId ? textOrEmpty(note->targetAvfallId) : QVariant(),
                             idOrEmpty(note->correctedById),
                             note->correctedById ? RegisterText::tr("Nej") : RegisterText::tr("Ja"),
                             cancelled ? timeOrEmpty(note->cancelledAt) : QVariant(),
                             cancelled ? textOrEmpty(note->cancelReason) : QVariant(),
                             cancelled ? textOrEmpty(cancellationLabel(note->cancelReason)) : QVariant(),
                             cancelled ? textOrEmpty(note->cancelExplanation) : QVariant()};
            for (const FieldColumn &column : std::as_const(columns))
                row << cellOf(valueAt(note->payload, column.path), column.kind);
            table.rows.append(row);
        }
        result.tables.append(table);
    }
    return result;
}

} // namespace avfall
