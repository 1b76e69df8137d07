#pragma once

#include "store/notestore.h"

#include <QAbstractTableModel>

namespace avfall::app {

// Notes from the store as a table, fetched a page at a time so that a history of 100,000 notes
// opens at once: date, type, waste code, quantity, state, avfallId, deadline.
class NoteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Type,
        WasteCode,
        Quantity,
        State,
        AvfallId,
        Deadline,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int NoteIdRole = Qt::UserRole + 1;

    explicit NoteTableModel(NoteStore &store, QObject *parent = nullptr);

    void setFilter(const NoteFilter &filter);
    // Keeps only open notes (queued, sending, rejected, uncertain): the queue.
    void setOpenOnly(bool openOnly);
    void reload();
    const StoredNote *noteAt(int row) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    NoteStore &m_store;
    NoteFilter m_filter;
    bool m_openOnly = false;
    QList<StoredNote> m_rows;
    int m_total = 0;
    int m_fetched = 0;
};

} // namespace avfall::app
