#pragma once

#include "core/valuelists.h"

#include <QAbstractListModel>

namespace avfall {

// The base of the small list models behind the forms' combo boxes. Qt::UserRole (CodeRole) is
// the code the register expects; DisplayRole the text the user sees. Each model takes the value
// lists in use (ValueListCache::lists() or ValueLists::bundled()) and is reset by
// setValueLists() when the cache brings new ones.
class ValueListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        CodeRole = Qt::UserRole,
        DescriptionRole,
        ConfirmedRole, // bool: false for our own proposals the register has not confirmed
    };

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString codeAt(int row) const;
    int rowOfCode(QStringView code) const; // -1 when absent

protected:
    explicit ValueListModel(QObject *parent);

    struct Item
    {
        QString code;
        QString display;
        QString description;
        bool confirmed = true;
    };
    void setItems(QList<Item> items);

private:
    QList<Item> m_items;
};

// "Vägtransport (R)".
class TransportModeModel : public ValueListModel
{
    Q_OBJECT

public:
    explicit TransportModeModel(const ValueLists &lists = ValueLists::bundled(), QObject *parent = nullptr);
    void setValueLists(const ValueLists &lists);
};

// "R3 – Materialåtervinning eller …".
class TreatmentMethodModel : public ValueListModel
{
    Q_OBJECT

public:
    explicit TreatmentMethodModel(const ValueLists &lists = ValueLists::bundled(), QObject *parent = nullptr);
    void setValueLists(const ValueLists &lists);
};

// The subcodes (underkoder) allowed with one treatment method: "A – Konventionell
// materialåtervinning". Empty until a method is set, and for methods without any (D11).
class TreatmentSubcodeModel : public ValueListModel
{
    Q_OBJECT

public:
    explicit TreatmentSubcodeModel(const ValueLists &lists = ValueLists::bundled(),
                                   QObject *parent = nullptr);
    void setValueLists(const ValueLists &lists);
    void setMethod(const QString &methodCode);
    QString method() const { return m_method; }

private:
    void rebuild();

    QList<TreatmentMethod> m_methods;
    QString m_method;
};

// "Regenererad basolja – grupp I (ej bekräftad)": our proposals that the register has not
// confirmed say so in the text and in ConfirmedRole.
class RecoveryResultTypeModel : public ValueListModel
{
    Q_OBJECT

public:
    explicit RecoveryResultTypeModel(const ValueLists &lists = ValueLists::bundled(),
                                     QObject *parent = nullptr);
    void setValueLists(const ValueLists &lists);
};

// "Stockholm (0180)", in Swedish alphabetical order. setFilterText() narrows the rows to the
// municipalities with a word of the name starting with the text (case and diacritics ignored:
// "vasby" finds "Upplands Väsby") or, for digits, a code starting with them.
class MunicipalityModel : public ValueListModel
{
    Q_OBJECT

public:
    explicit MunicipalityModel(const ValueLists &lists = ValueLists::bundled(), QObject *parent = nullptr);
    void setValueLists(const ValueLists &lists);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

private:
    void rebuild();

    QList<Municipality> m_sorted;
    QList<QStringList> m_words; // folded words of each name, same order
    QString m_filter;
};

} // namespace avfall
