#pragma once

#include "core/environment.h"
#include "core/notetype.h"
#include "store/notestore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace avfall {

// What the statistics cover: one environment (never mixed), the months of the event date from..to
// ("yyyy-MM", both included) and optionally one business (its verksamhetsutovare number).
struct StatisticsRequest
{
    Environment environment = Environment::Production;
    QString fromMonth;
    QString toMonth;
    QString operatorNumber;
};

// Reported kilograms and the number of reported notes behind them.
struct Sum
{
    double kilograms = 0;
    int notes = 0;

    void add(double moreKilograms, int moreNotes)
    {
        kilograms += moreKilograms;
        notes += moreNotes;
    }
};

// Reported quantities (reporting.h) summed four ways.
struct Statistics
{
    StatisticsRequest request;
    Sum total;
    QList<QPair<QString, Sum>> months; // every month of the period in order, empty ones too
    QMap<QString, Sum> wasteCodes;
    QMap<NoteKind, Sum> noteTypes;
    QMap<QString, Sum> parties; // the other business (facts::counterparty); "" where none

    bool isEmpty() const { return total.notes == 0; }
};

namespace statistics {

// "yyyy-MM" with a real month.
bool isMonth(const QString &text);
// The months from..to, both included; empty when from lies after to or either is no month.
QStringList monthsBetween(const QString &from, const QString &to);

// Sums the reported notes of the request in one query over an index of the store.
Statistics collect(const NoteStore &store, const StatisticsRequest &request);

// Entries by kilograms, the largest first (ties by key), for charts and lists.
QList<QPair<QString, Sum>> byKilograms(const QMap<QString, Sum> &sums);

// The shape `avfall report --monthly --json` prints (a public interface: add keys, never rename).
QJsonObject toJson(const Statistics &statistics);

} // namespace statistics

} // namespace avfall
