#include "app/notetablemodel.h"

#include "core/valuelists.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

namespace avfall::app {

namespace {
QColor stateColor(NoteState state)
{
    switch (state) {
    case NoteState::Sent:
        return QColor(0x1b, 0x5e, 0x20);
    case NoteState::Rejected:
        return QColor(0xb7, 0x1c, 0x1c);
    case NoteState::Uncertain:
        return QColor(0xb2, 0x4a, 0x00);
    case NoteState::Queued:
    case NoteState::Sending:
        return QColor(0x0d, 0x47, 0xa1);
    case NoteState::Cancelled:
    case NoteState::Draft:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor();
}

// The state as an SVG icon from the resources: a font's glyph ("⏳") is missing on some desktops.
QIcon stateIcon(NoteState state)
{
    switch (state) {
    case NoteState::Sent:
        return QIcon(QStringLiteral(":/icons/sent.svg"));
    case NoteState::Rejected:
        return QIcon(QStringLiteral(":/icons/rejected.svg"));
    case NoteState::Uncertain:
        return QIcon(QStringLiteral(":/icons/uncertain.svg"));
    case NoteState::Queued:
    case NoteState::Sending:
        return QIcon(QStringLiteral(":/icons/queued.svg"));
    case NoteState::Draft:
        return QIcon(QStringLiteral(":/icons/draft.svg"));
    case NoteState::Cancelled:
        return QIcon(QStringLiteral(":/icons/cancelled.svg"));
    }
    return QIcon();
}
} // namespace

NoteTableModel::NoteTableModel(NoteStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void NoteTableModel::setFilter(const NoteFilter &filter)
{
    m_filter = filter;
    reload();
}

void NoteTableModel::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    m_filter.includeCancellations = openOnly;
    m_filter.includeDrafts = !openOnly;
    reload();
}

void NoteTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_fetched = 0;
    if (m_openOnly) {
        // The queue is short by nature: read it whole.
        for (const StoredNote &note : m_store.notes(m_filter, 100000)) {
            if (note.isOpen())
                m_rows.append(note);
        }
        m_total = int(m_rows.size());
        m_fetched = m_total;
    } else {
        m_total = m_store.count(m_filter);
        m_rows = m_store.notes(m_filter, kPageSize, 0);
        m_fetched = int(m_rows.size());
    }
    endResetModel();
}

const StoredNote *NoteTableModel::noteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NoteTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_openOnly && m_fetched < m_total;
}

void NoteTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<StoredNote> more = m_store.notes(m_filter, kPageSize, m_fetched);
    if (more.isEmpty()) {
        m_total = m_fetched;
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    m_fetched += int(more.size());
    endInsertRows();
}

QVariant NoteTableModel::data(const QModelIndex &index, int role) const
{
    const StoredNote *note = noteAt(index.row());
    if (!note)
        return QVariant();
    if (role == NoteIdRole)
        return note->id;
    if (role == Qt::ForegroundRole && index.column() == State)
        return stateColor(note->state);
    if (role == Qt::DecorationRole && index.column() == State)
        return stateIcon(note->state);
    if (role == Qt::ForegroundRole && index.column() == Deadline && note->isOpen() &&
        note->deadline.isValid() && note->deadline <= QDate::currentDate().addDays(1))
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::TextAlignmentRole && index.column() == Quantity)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Type)
            return noteType(note->kind).displayTitle();
        if (index.column() == WasteCode) // cut off in a narrow window
            return data(index, Qt::DisplayRole);
        return note->lastSummary.isEmpty() ? QVariant() : QVariant(note->lastSummary);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return locale.toString(note->createdAt.toLocalTime(), QLocale::ShortFormat);
    case Type: {
        // The register's short names; the tooltip says what the user did.
        QString type = noteType(note->kind).model;
        if (note->operation == Operation::Correct)
            type = tr("Rättelse: %1").arg(type);
        else if (note->operation == Operation::Cancel)
            type = tr("Makulering: %1").arg(type);
        return type;
    }
    case WasteCode: {
        const avfall::WasteCode *code =
            ValueLists::bundled().wasteCodesOn(note->createdAt.date()).find(note->wasteCode);
        return code ? code->ewc + QStringLiteral(" ") + code->description : note->wasteCode;
    }
    case Quantity:
        return note->operation == Operation::Cancel || note->quantity <= 0 // a draft without one yet
                   ? QString()
                   : locale.toString(note->quantity, 'f', QLocale::FloatingPointShortest);
    case State: {
        QString state = stateDisplayName(note->state);
        if (note->correctedById && note->state == NoteState::Sent)
            state += tr(" (ersatt)");
        return state;
    }
    case AvfallId:
        return note->avfallId;
    case Deadline:
        return note->deadline.isValid() ? locale.toString(note->deadline, QLocale::ShortFormat) : QString();
    default:
        return QVariant();
    }
}

QVariant NoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Date:
        return tr("Skapad");
    case Type:
        return tr("Anteckning");
    case WasteCode:
        return tr("Avfall");
    case Quantity:
        return tr("Mängd (kg)");
    case State:
        return tr("Status");
    case AvfallId:
        return tr("AvfallsId");
    case Deadline:
        return tr("Senast");
    default:
        return QVariant();
    }
}

} // namespace avfall::app
