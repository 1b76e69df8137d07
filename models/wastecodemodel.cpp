#include "models/wastecodemodel.h"

#include "models/searchtext.h"
#include "models/wastecodesynonyms.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace avfall {

// ---------------------------------------------------------------------------------------------
// WasteCodeSearch

struct WasteCodeSearch::Index
{
    struct Entry
    {
        qsizetype code; // index into list.codes()
        int descriptionLength;
        bool hazardous;
    };
    struct Posting
    {
        int entry;
        int position; // of the word in the description; for synonyms the rank in the table entry
    };
    struct Word
    {
        QStringView word; // folded, a view into `folded` or `synonymWords`
        std::vector<Posting> postings;
    };

    WasteCodeList list;
    std::vector<Entry> entries; // reportable entries in code order
    QStringList codes;          // their codes, same order, for prefix ranges
    QStringList folded;         // their folded descriptions: the words point into these
    QStringList synonymWords;   // the folded words of our own synonym table
    std::vector<Word> words;    // the descriptions' words, sorted
    std::vector<Word> synonyms; // our own search help, sorted
    // Every inner part of every word ("batterier" of "blybatterier"), sorted, so that a query finds
    // the end or the middle of a Swedish compound with one binary search.
    struct Suffix
    {
        QStringView text;
        int word; // index into words or synonyms
    };
    std::vector<Suffix> wordSuffixes;
    std::vector<Suffix> synonymSuffixes;

    const WasteCode &codeOf(int entry) const { return list.codes().at(entries[size_t(entry)].code); }
};

namespace {

using Index = WasteCodeSearch::Index;

// Adds one word of one entry to the vocabulary (the first occurrence per entry counts).
void addWord(std::vector<Index::Word> &words, QHash<QStringView, int> &ids, QStringView word, int entry,
             int position)
{
    auto it = ids.constFind(word);
    if (it == ids.constEnd()) {
        it = ids.insert(word, int(words.size()));
        words.push_back({word, {}});
    }
    std::vector<Index::Posting> &postings = words[size_t(*it)].postings;
    if (postings.empty() || postings.back().entry != entry)
        postings.push_back({entry, position});
}

void sortWords(std::vector<Index::Word> &words)
{
    std::sort(words.begin(), words.end(),
              [](const Index::Word &a, const Index::Word &b) { return a.word < b.word; });
}

// The words of the sorted vocabulary that start with the prefix.
std::pair<std::vector<Index::Word>::const_iterator, std::vector<Index::Word>::const_iterator>
prefixRange(const std::vector<Index::Word> &words, QStringView prefix)
{
    auto first = std::lower_bound(words.cbegin(), words.cend(), prefix,
                                  [](const Index::Word &word, QStringView key) { return word.word < key; });
    auto last = first;
    while (last != words.cend() && last->word.startsWith(prefix))
        ++last;
    return {first, last};
}

// Quality of one query word's match; the sum over the query words ranks the hits.
constexpr int kSynonymWord = 8;
constexpr int kDescriptionWord = 4;
constexpr int kSynonymPrefix = 3;
constexpr int kDescriptionPrefix = 2;
constexpr int kInfix = 1; // inside a compound: "batterier" in "blybatterier"

// Inner parts shorter than this are not indexed and such queries find no compounds: "er" or "ol"
// would be inside half of all words.
constexpr qsizetype kMinimumInfix = 3;

std::vector<Index::Suffix> innerParts(const std::vector<Index::Word> &words)
{
    std::vector<Index::Suffix> suffixes;
    for (int w = 0; w < int(words.size()); ++w) {
        const QStringView word = words[size_t(w)].word;
        for (qsizetype start = 1; word.size() - start >= kMinimumInfix; ++start)
            suffixes.push_back({word.mid(start), w});
    }
    std::sort(suffixes.begin(), suffixes.end(),
              [](const Index::Suffix &a, const Index::Suffix &b) { return a.text < b.text; });
    return suffixes;
}

// The words that hold `part` somewhere after their first letter.
template<typename Visit>
void forEachInfix(const std::vector<Index::Suffix> &suffixes, QStringView part, Visit visit)
{
    if (part.size() < kMinimumInfix)
        return;
    auto it =
        std::lower_bound(suffixes.cbegin(), suffixes.cend(), part,
                         [](const Index::Suffix &suffix, QStringView key) { return suffix.text < key; });
    for (; it != suffixes.cend() && it->text.startsWith(part); ++it)
        visit(it->word);
}

} // namespace

WasteCodeSearch::WasteCodeSearch() = default;

WasteCodeSearch::WasteCodeSearch(const WasteCodeList &list)
{
    auto index = std::make_shared<Index>();
    index->list = list;
    const QList<WasteCode> &codes = index->list.codes();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const WasteCode &code = codes.at(i);
        if (code.isReportable())
            index->entries.push_back({i, int(code.description.size()), code.hazardous});
    }
    std::stable_sort(index->entries.begin(), index->entries.end(),
                     [&codes](const Index::Entry &a, const Index::Entry &b) {
                         return codes.at(a.code).code < codes.at(b.code).code;
                     });
    const int count = int(index->entries.size());
    index->codes.reserve(count);
    index->folded.reserve(count);
    for (int e = 0; e < count; ++e) {
        index->codes.append(index->codeOf(e).code);
        index->folded.append(foldForSearch(index->codeOf(e).description));
    }

    // One pass over each folded description; the vocabulary holds views, so no word is copied.
    QHash<QStringView, int> ids;
    ids.reserve(4096);
    index->words.reserve(4096);
    for (int e = 0; e < count; ++e) {
        const QStringView text = index->folded.at(e);
        int position = 0;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                const QStringView word = text.mid(start, i - start);
                if (!isAllDigits(word)) // references to other codes ("16 06 01") are not words
                    addWord(index->words, ids, word, e, position);
                ++position;
                start = -1;
            }
        }
    }
    sortWords(index->words);

    ids.clear();
    const QList<WasteCodeSynonym> &table = wasteCodeSynonyms();
    index->synonymWords.reserve(table.size());
    for (const WasteCodeSynonym &synonym : table)
        index->synonymWords.append(foldForSearch(synonym.word));
    for (qsizetype s = 0; s < table.size(); ++s) {
        const QStringList &synonymCodes = table.at(s).codes;
        for (int rank = 0; rank < synonymCodes.size(); ++rank) {
            const auto it =
                std::lower_bound(index->codes.cbegin(), index->codes.cend(), synonymCodes.at(rank));
            if (it != index->codes.cend() && *it == synonymCodes.at(rank)) // a code this wording has
                addWord(index->synonyms, ids, index->synonymWords.at(s), int(it - index->codes.cbegin()),
                        rank);
        }
    }
    sortWords(index->synonyms);
    index->wordSuffixes = innerParts(index->words);
    index->synonymSuffixes = innerParts(index->synonyms);
    m_index = std::move(index);
}

bool WasteCodeSearch::isEmpty() const
{
    return !m_index || m_index->entries.empty();
}

int WasteCodeSearch::entryCount() const
{
    return m_index ? int(m_index->entries.size()) : 0;
}

const WasteCodeList &WasteCodeSearch::list() const
{
    static const WasteCodeList empty;
    return m_index ? m_index->list : empty;
}

QList<WasteCodeSearch::Hit> WasteCodeSearch::search(QStringView query, int limit,
                                                    const QStringList &preferred) const
{
    QList<Hit> hits;
    if (!m_index || limit == 0)
        return hits;
    const Index &index = *m_index;

    QString digits;
    QStringList queryWords;
    for (const QString &token : searchWords(query)) {
        if (isAllDigits(token))
            digits += token;
        else
            queryWords.append(token);
    }
    if ((digits.isEmpty() && queryWords.isEmpty()) || digits.size() > 6)
        return hits;

    // The entries whose code starts with the digits: one contiguous range of the sorted codes.
    int codeFirst = 0;
    int codeLast = int(index.entries.size());
    if (!digits.isEmpty()) {
        codeFirst =
            int(std::lower_bound(index.codes.cbegin(), index.codes.cend(), digits) - index.codes.cbegin());
        codeLast = codeFirst;
        while (codeLast < int(index.codes.size()) && index.codes.at(codeLast).startsWith(digits))
            ++codeLast;
    }

    if (queryWords.isEmpty()) {
        for (int e = codeFirst; e < codeLast && (limit < 0 || hits.size() < limit); ++e) {
            const WasteCode &code = index.codeOf(e);
            hits.append({code, code.code == digits ? Match::ExactCode : Match::CodePrefix});
        }
        return hits;
    }

    const size_t count = index.entries.size();
    std::vector<int> score(count, 0);
    std::vector<int> matchedWords(count, 0);
    std::vector<int> firstPosition(count, INT_MAX);
    std::vector<int> synonymRank(count, INT_MAX);
    std::vector<int> synonymWordRank(count, INT_MAX); // whole words of our table: its order decides
    std::vector<char> onlyDescription(count, 1);
    std::vector<int> description(count);
    std::vector<int> synonym(count);
    for (const QString &word : std::as_const(queryWords)) {
        std::fill(description.begin(), description.end(), 0);
        std::fill(synonym.begin(), synonym.end(), 0);
        auto [first, last] = prefixRange(index.words, word);
        for (auto it = first; it != last; ++it) {
            const int quality = it->word.size() == word.size() ? kDescriptionWord : kDescriptionPrefix;
            for (const Index::Posting &posting : it->postings) {
                const size_t e = size_t(posting.entry);
                description[e] = std::max(description[e], quality);
                firstPosition[e] = std::min(firstPosition[e], posting.position);
            }
        }
        auto [synFirst, synLast] = prefixRange(index.synonyms, word);
        for (auto it = synFirst; it != synLast; ++it) {
            const int quality = it->word.size() == word.size() ? kSynonymWord : kSynonymPrefix;
            for (const Index::Posting &posting : it->postings) {
                const size_t e = size_t(posting.entry);
                synonym[e] = std::max(synonym[e], quality);
                synonymRank[e] = std::min(synonymRank[e], posting.position);
                if (quality == kSynonymWord)
                    synonymWordRank[e] = std::min(synonymWordRank[e], posting.position);
            }
        }
        // Inside a compound: the weakest match, for entries the word matched no better.
        const auto infix = [&](const std::vector<Index::Suffix> &suffixes,
                               const std::vector<Index::Word> &words, std::vector<int> &quality,
                               std::vector<int> &position) {
            forEachInfix(suffixes, word, [&](int w) {
                for (const Index::Posting &posting : words[size_t(w)].postings) {
                    const size_t e = size_t(posting.entry);
                    if (quality[e] < kInfix) {
                        quality[e] = kInfix;
                        position[e] = std::min(position[e], posting.position);
                    }
                }
            });
        };
        infix(index.wordSuffixes, index.words, description, firstPosition);
        infix(index.synonymSuffixes, index.synonyms, synonym, synonymRank);
        for (size_t e = 0; e < count; ++e) {
            const int best = std::max(description[e], synonym[e]);
            if (best == 0)
                continue;
            score[e] += description[e] + synonym[e];
            ++matchedWords[e];
            if (description[e] == 0)
                onlyDescription[e] = 0;
        }
    }

    std::vector<int> candidates;
    for (int e = codeFirst; e < codeLast; ++e) {
        if (matchedWords[size_t(e)] == queryWords.size())
            candidates.push_back(e);
    }
    // The codes the user's business has used, most used first, before all others.
    const auto preference = [&](int e) {
        const qsizetype at = preferred.indexOf(index.codes.at(e));
        return at < 0 ? INT_MAX : int(at);
    };
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const size_t x = size_t(a);
        const size_t y = size_t(b);
        if (const int p = preference(a), q = preference(b); p != q)
            return p < q;
        // Notes are about hazardous waste: those codes come before the rest, whatever the words.
        if (index.entries[x].hazardous != index.entries[y].hazardous)
            return index.entries[x].hazardous;
        // A word of our table lists its codes most likely first ("batterier": blybatterier first).
        if (synonymWordRank[x] != synonymWordRank[y])
            return synonymWordRank[x] < synonymWordRank[y];
        if (score[x] != score[y])
            return score[x] > score[y];
        if (synonymRank[x] != synonymRank[y])
            return synonymRank[x] < synonymRank[y];
        if (firstPosition[x] != firstPosition[y])
            return firstPosition[x] < firstPosition[y];
        if (index.entries[x].descriptionLength != index.entries[y].descriptionLength)
            return index.entries[x].descriptionLength < index.entries[y].descriptionLength;
        return a < b; // code order
    });
    const qsizetype total =
        limit < 0 ? qsizetype(candidates.size()) : std::min<qsizetype>(limit, qsizetype(candidates.size()));
    hits.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        const int e = candidates[size_t(i)];
        hits.append({index.codeOf(e), onlyDescription[size_t(e)] ? Match::Words : Match::Synonym});
    }
    return hits;
}

// ---------------------------------------------------------------------------------------------
// WasteCodeModel

namespace {

QHash<int, QByteArray> wasteCodeRoleNames()
{
    using namespace WasteCodeRoles;
    return {{Qt::DisplayRole, "display"},
            {CodeRole, "code"},
            {EwcRole, "ewc"},
            {DescriptionRole, "description"},
            {HazardousRole, "hazardous"},
            {ReportableRole, "reportable"},
            {RecoveryResultRole, "recoveryResult"},
            {MatchRole, "match"},
            {FromSynonymRole, "fromSynonym"}};
}

QVariant wasteCodeData(const WasteCode &code, int role)
{
    switch (role) {
    case WasteCodeRoles::CodeRole:
        return code.code;
    case WasteCodeRoles::EwcRole:
        return code.ewc;
    case WasteCodeRoles::DescriptionRole:
        return code.description;
    case WasteCodeRoles::HazardousRole:
        return code.hazardous;
    case WasteCodeRoles::ReportableRole:
        return code.isReportable();
    case WasteCodeRoles::RecoveryResultRole:
        return code.recoveryResultRequired;
    default:
        return {};
    }
}

} // namespace

WasteCodeModel::WasteCodeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

WasteCodeModel::WasteCodeModel(const WasteCodeList &list, QObject *parent)
    : QAbstractItemModel(parent)
{
    setWasteCodes(list);
}

WasteCodeModel::~WasteCodeModel() = default;

void WasteCodeModel::setWasteCodes(const WasteCodeList &list)
{
    beginResetModel();
    m_list = list;
    m_nodes.clear();
    m_chapters.clear();
    const QList<WasteCode> &codes = m_list.codes();
    m_nodes.reserve(size_t(codes.size()));
    QHash<QString, int> nodeOfCode;
    nodeOfCode.reserve(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const WasteCode &code = codes.at(i);
        const int node = int(m_nodes.size());
        Node entry{i, -1, 0, {}};
        const auto parentNode = nodeOfCode.constFind(code.parent);
        if (!code.parent.isEmpty() && parentNode != nodeOfCode.constEnd()) {
            entry.parent = *parentNode;
            entry.row = int(m_nodes[size_t(*parentNode)].children.size());
            m_nodes[size_t(*parentNode)].children.append(node);
        } else {
            entry.row = int(m_chapters.size()); // a chapter, or an entry whose parent is missing
            m_chapters.append(node);
        }
        m_nodes.push_back(std::move(entry));
        nodeOfCode.insert(code.code, node);
    }
    m_search = WasteCodeSearch(m_list);
    endResetModel();
}

const WasteCodeModel::Node *WasteCodeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex WasteCodeModel::indexOfCode(QStringView code, int column) const
{
    const WasteCode *found = m_list.find(code);
    if (!found)
        return {};
    const qsizetype position = found - m_list.codes().constData();
    const Node &node = m_nodes[size_t(position)];
    return createIndex(node.row, column, quintptr(position));
}

const WasteCode *WasteCodeModel::codeAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? &m_list.codes().at(node->code) : nullptr;
}

QModelIndex WasteCodeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *parentNode = nodeOf(parent);
    if (parent.isValid() && (!parentNode || parent.column() != 0))
        return {};
    const QList<int> &children = parentNode ? parentNode->children : m_chapters;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex WasteCodeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int WasteCodeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_chapters.size());
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int WasteCodeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WasteCodeModel::data(const QModelIndex &index, int role) const
{
    const WasteCode *code = codeAt(index);
    if (!code)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CodeColumn ? code->ewc : code->description;
    case Qt::ToolTipRole:
        return code->description;
    case Qt::AccessibleTextRole:
        return QString(code->ewc + QStringLiteral(" ") + code->description);
    default:
        return wasteCodeData(*code, role);
    }
}

QVariant WasteCodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Kod");
    case DescriptionColumn:
        return tr("Beskrivning");
    default:
        return {};
    }
}

Qt::ItemFlags WasteCodeModel::flags(const QModelIndex &index) const
{
    const WasteCode *code = codeAt(index);
    if (!code)
        return Qt::NoItemFlags;
    if (code->isReportable())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled; // chapters and subchapters only group
}

QHash<int, QByteArray> WasteCodeModel::roleNames() const
{
    return wasteCodeRoleNames();
}

// ---------------------------------------------------------------------------------------------
// WasteCodeListModel

WasteCodeListModel::WasteCodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void WasteCodeListModel::setSearch(const WasteCodeSearch &search)
{
    m_search = search;
    rerun();
}

void WasteCodeListModel::setWasteCodes(const WasteCodeList &list)
{
    setSearch(WasteCodeSearch(list));
}

void WasteCodeListModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    rerun();
}

void WasteCodeListModel::setPreferredCodes(const QStringList &codes)
{
    if (codes == m_preferred)
        return;
    m_preferred = codes;
    rerun();
}

void WasteCodeListModel::setMaximumResults(int maximum)
{
    m_maximum = maximum;
    rerun();
}

void WasteCodeListModel::rerun()
{
    beginResetModel();
    m_hits = m_search.search(m_query, m_maximum, m_preferred);
    endResetModel();
}

const WasteCodeSearch::Hit *WasteCodeListModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int WasteCodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant WasteCodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_hits.size())
        return {};
    const WasteCodeSearch::Hit &hit = m_hits.at(index.row());
    const bool fromSynonym = hit.match == WasteCodeSearch::Match::Synonym;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(hit.code.ewc + QStringLiteral("  ") + hit.code.description);
    case Qt::ToolTipRole:
        if (fromSynonym)
            return QString(
                hit.code.description + QLatin1Char('\n') +
                tr("Föreslagen av Avfallsrapports egen sökhjälp, inte av registrets text. Kontrollera "
                   "att beskrivningen stämmer med avfallet."));
        return hit.code.description;
    case WasteCodeRoles::MatchRole:
        return QVariant::fromValue(hit.match);
    case WasteCodeRoles::FromSynonymRole:
        return fromSynonym;
    default:
        return wasteCodeData(hit.code, role);
    }
}

Qt::ItemFlags WasteCodeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_hits.size())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> WasteCodeListModel::roleNames() const
{
    return wasteCodeRoleNames();
}

} // namespace avfall
