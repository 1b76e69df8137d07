#include "models/valuelistmodels.h"

#include "models/searchtext.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace avfall {

// ---------------------------------------------------------------------------------------------
// ValueListModel

ValueListModel::ValueListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ValueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ValueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return item.display;
    case Qt::ToolTipRole:
        return item.description;
    case CodeRole:
        return item.code;
    case DescriptionRole:
        return item.description;
    case ConfirmedRole:
        return item.confirmed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ValueListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {CodeRole, "code"},
            {DescriptionRole, "description"},
            {ConfirmedRole, "confirmed"}};
}

QString ValueListModel::codeAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).code : QString();
}

int ValueListModel::rowOfCode(QStringView code) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).code == code)
            return int(row);
    }
    return -1;
}

void ValueListModel::setItems(QList<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

// ---------------------------------------------------------------------------------------------
// TransportModeModel

TransportModeModel::TransportModeModel(const ValueLists &lists, QObject *parent)
    : ValueListModel(parent)
{
    setValueLists(lists);
}

void TransportModeModel::setValueLists(const ValueLists &lists)
{
    QList<Item> items;
    for (const TransportMode &mode : lists.transportModes())
        items.append({mode.code, tr("%1 (%2)").arg(mode.description, mode.code), mode.description});
    setItems(std::move(items));
}

// ---------------------------------------------------------------------------------------------
// TreatmentMethodModel

TreatmentMethodModel::TreatmentMethodModel(const ValueLists &lists, QObject *parent)
    : ValueListModel(parent)
{
    setValueLists(lists);
}

void TreatmentMethodModel::setValueLists(const ValueLists &lists)
{
    QList<Item> items;
    for (const TreatmentMethod &method : lists.treatmentMethods())
        items.append({method.code, tr("%1 – %2").arg(method.code, method.description), method.description});
    setItems(std::move(items));
}

// ---------------------------------------------------------------------------------------------
// TreatmentSubcodeModel

TreatmentSubcodeModel::TreatmentSubcodeModel(const ValueLists &lists, QObject *parent)
    : ValueListModel(parent)
{
    setValueLists(lists);
}

void TreatmentSubcodeModel::setValueLists(const ValueLists &lists)
{
    m_methods = lists.treatmentMethods();
    rebuild();
}

void TreatmentSubcodeModel::setMethod(const QString &methodCode)
{
    m_method = methodCode;
    rebuild();
}

void TreatmentSubcodeModel::rebuild()
{
    QList<Item> items;
    for (const TreatmentMethod &method : std::as_const(m_methods)) {
        if (method.code != m_method)
            continue;
        for (const TreatmentSubcode &subcode : method.subcodes)
            items.append(
                {subcode.code, tr("%1 – %2").arg(subcode.code, subcode.description), subcode.description});
    }
    setItems(std::move(items));
}

// ---------------------------------------------------------------------------------------------
// RecoveryResultTypeModel

RecoveryResultTypeModel::RecoveryResultTypeModel(const ValueLists &lists, QObject *parent)
    : ValueListModel(parent)
{
    setValueLists(lists);
}

void RecoveryResultTypeModel::setValueLists(const ValueLists &lists)
{
    QList<Item> items;
    for (const RecoveryResultType &type : lists.recoveryResultTypes()) {
        const QString display =
            type.confirmed ? type.description : tr("%1 (ej bekräftad)").arg(type.description);
        items.append({type.code, display, type.description, type.confirmed});
    }
    setItems(std::move(items));
}

// ---------------------------------------------------------------------------------------------
// MunicipalityModel

MunicipalityModel::MunicipalityModel(const ValueLists &lists, QObject *parent)
    : ValueListModel(parent)
{
    setValueLists(lists);
}

void MunicipalityModel::setValueLists(const ValueLists &lists)
{
    m_sorted = lists.municipalities();
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [&collator](const Municipality &a, const Municipality &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    m_words.clear();
    m_words.reserve(m_sorted.size());
    for (const Municipality &municipality : std::as_const(m_sorted))
        m_words.append(searchWords(municipality.name));
    rebuild();
}

void MunicipalityModel::setFilterText(const QString &text)
{
    m_filter = text;
    rebuild();
}

void MunicipalityModel::rebuild()
{
    const QStringList filterWords = searchWords(m_filter);
    QList<Item> items;
    for (qsizetype i = 0; i < m_sorted.size(); ++i) {
        const Municipality &municipality = m_sorted.at(i);
        const QStringList &words = m_words.at(i);
        // Every word typed must start a word of the name ("upplands b" finds "Upplands-Bro");
        // digits match the code.
        const bool matches = std::all_of(filterWords.cbegin(), filterWords.cend(), [&](const QString &typed) {
            if (isAllDigits(typed))
                return municipality.code.startsWith(typed);
            return std::any_of(words.cbegin(), words.cend(),
                               [&typed](const QString &word) { return word.startsWith(typed); });
        });
        if (matches)
            items.append({municipality.code, tr("%1 (%2)").arg(municipality.name, municipality.code),
                          municipality.name});
    }
    setItems(std::move(items));
}

} // namespace avfall
