#pragma once

#include "core/valuelists.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace avfall {

// The roles shared by WasteCodeModel and WasteCodeListModel.
namespace WasteCodeRoles {
enum Role : int
{
    CodeRole = Qt::UserRole, // "160601" (chapters "16", subchapters "1606")
    EwcRole,                 // "16 06 01*"
    DescriptionRole,         // the list's own wording
    HazardousRole,           // bool
    ReportableRole,          // bool: a six-digit entry, the only kind a note may carry
    RecoveryResultRole,      // bool: the result of recovery must be given (angeResultatAvAtervinning)
    MatchRole,               // WasteCodeSearch::Match (list model only)
    FromSynonymRole,         // bool: found only through our own search help (list model only)
};
}

// An index over one waste-code list for instant search, built once and shared by copies.
// A query of digits (spaces and a trailing '*' allowed: "1606", "16 06", "16 06 01*") matches
// codes by prefix; words match the description (and our own synonym table, wastecodesynonyms.h)
// by prefix of each word, or inside a compound ("batterier" finds "blybatterier"), case- and
// diacritics-insensitively; every query word must match.
// Mixed queries ("16 06 bly") need both. Only reportable (six-digit) entries are returned, ranked:
// exact code, then code prefix in code order; for words the codes the user's business uses first,
// then hazardous codes, then by strength (whole words before prefixes before compound parts,
// synonyms before the description), earlier and shorter wording first.
class WasteCodeSearch
{
public:
    enum class Match
    {
        ExactCode,
        CodePrefix,
        Words,
        Synonym
    };
    struct Hit
    {
        WasteCode code;
        Match match = Match::Words;
    };

    WasteCodeSearch(); // empty: finds nothing
    explicit WasteCodeSearch(const WasteCodeList &list);

    bool isEmpty() const;
    int entryCount() const;
    const WasteCodeList &list() const;

    // limit < 0: all hits. preferred: codes the user's business uses, most used first; those that
    // match come before all other hits.
    QList<Hit> search(QStringView query, int limit = -1, const QStringList &preferred = {}) const;

    struct Index; // opaque, defined in wastecodemodel.cpp

private:
    std::shared_ptr<const Index> m_index;
};

// The waste-code tree (chapters -> subchapters -> entries) with the columns code ("16 06 01*") and
// description. Only six-digit entries are selectable.
class WasteCodeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        DescriptionColumn,
        ColumnCount
    };
    using enum WasteCodeRoles::Role; // WasteCodeModel::CodeRole, ::HazardousRole, …

    explicit WasteCodeModel(QObject *parent = nullptr);
    explicit WasteCodeModel(const WasteCodeList &list, QObject *parent = nullptr);
    ~WasteCodeModel() override;

    // Rebuilds the tree and the search index.
    void setWasteCodes(const WasteCodeList &list);
    const WasteCodeList &wasteCodes() const { return m_list; }
    const WasteCodeSearch &search() const { return m_search; }

    QModelIndex indexOfCode(QStringView code, int column = CodeColumn) const;
    const WasteCode *codeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        qsizetype code;  // index into m_list.codes()
        int parent = -1; // node index, -1 for chapters
        int row = 0;     // row under the parent
        QList<int> children;
    };
    const Node *nodeOf(const QModelIndex &index) const;

    WasteCodeList m_list;
    WasteCodeSearch m_search;
    std::vector<Node> m_nodes; // same order as m_list.codes()
    QList<int> m_chapters;
};

// The hits of one search as a flat list, for the waste-code picker: no proxy model, the search
// index does the work. Display: "16 06 01*  Blybatterier".
class WasteCodeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using enum WasteCodeRoles::Role;

    explicit WasteCodeListModel(QObject *parent = nullptr);

    void setSearch(const WasteCodeSearch &search); // shares the index (e.g. WasteCodeModel::search())
    void setWasteCodes(const WasteCodeList &list); // builds an index of its own
    const WasteCodeSearch &search() const { return m_search; }

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // Codes the user's business uses, most used first: ranked before other hits.
    void setPreferredCodes(const QStringList &codes);
    void setMaximumResults(int maximum); // < 0: all (the default)

    const WasteCodeSearch::Hit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rerun();

    WasteCodeSearch m_search;
    QString m_query;
    QStringList m_preferred;
    int m_maximum = -1;
    QList<WasteCodeSearch::Hit> m_hits;
};

} // namespace avfall

Q_DECLARE_METATYPE(avfall::WasteCodeSearch::Match)
