#pragma once

#include "core/valuelists.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace avfall {

// How the cache asks the register for one list. `done` must be called exactly once, on the
// thread of the cache, with the list's JSON as the register sent it (ok) or a plain Swedish
// reason (not ok). The application wires this to RegisterClient::fetchValueList, the tests to a
// fake, so that models/ never links the network library.
using ValueListFetchDone = std::function<void(bool ok, const QByteArray &json, const QString &error)>;
using ValueListFetcher = std::function<void(const QString &name, ValueListFetchDone done)>;

// The value lists fetched from the register, kept on disk in the profile's cache folder:
// `<cacheDirectory>/varden/<name>.json` holds the list exactly as the register sent it,
// `<name>.meta.json` the time it was fetched and a SHA-256 of the list file. Both are written
// atomically (QSaveFile); a list that does not parse is never written. A missing, corrupt, empty
// or mismatching file is ignored and the bundled list (ValueLists::bundled()) is used instead, so
// the first start and an offline machine work too. A list with less than half the entries of the
// bundled one is refused like one that does not parse (fetched: the list in use stays).
//
// The waste-code list from the register carries no validity dates. It is the wording in force on
// the day it was fetched, so it replaces the bundled list of that period (2020 wording until
// 2026-12-08, the new wording from 2026-12-09) and the other bundled list stays for its dates.
//
// Nothing is fetched by itself: call refresh() at start and now and then (it fetches only lists
// older than a day). A fetcher that answers at once makes refresh() emit its signals before it
// returns, so connect first. The folder holds one set of lists: give each environment its own
// cacheDirectory if the sandbox's lists must not stand in for the register's.
class ValueListCache : public QObject
{
    Q_OBJECT

public:
    // avfallstyper, behandlingsmetoder, atervinningsresultattyper, transportsatt, anteckningstyper
    static const QStringList &listNames();
    static constexpr qint64 kMaxAgeSeconds = 24 * 60 * 60;

    explicit ValueListCache(const QString &cacheDirectory, QObject *parent = nullptr);
    ~ValueListCache() override;

    QString directory() const { return m_directory; } // <cacheDirectory>/varden
    QString listFile(const QString &name) const;
    QString metaFile(const QString &name) const;

    void setFetcher(ValueListFetcher fetcher);
    bool hasFetcher() const { return bool(m_fetcher); }
    // The clock for fetch times and staleness; the tests inject their own. Default: now.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // The bundled lists overlaid with every list the cache holds.
    const ValueLists &lists() const { return m_lists; }

    // When the list in use was fetched; invalid when the bundled list is in use.
    QDateTime fetchedAt(const QString &name) const;
    bool isCached(const QString &name) const { return fetchedAt(name).isValid(); }
    // Older than 24 hours (or never fetched, or fetched "in the future" after a clock change).
    bool isStale(const QString &name, const QDateTime &at) const;
    bool isStale(const QString &name) const { return isStale(name, now()); }

    // The list's JSON as cached or, when the bundled list is in use, as bundled. For avfallstyper
    // the list in force on `date` (today when null).
    QByteArray json(const QString &name, const QDate &date = QDate()) const;

    // Fetches the stale lists (all when force) one after another and emits refreshFinished() once.
    // A failed fetch or an answer that does not parse keeps the list in use. Calls made while a
    // refresh runs join it. Without a fetcher refreshFinished(false, …) is emitted at once.
    void refresh(bool force = false);
    void refreshLists(const QStringList &names);
    bool isRefreshing() const { return m_refreshing; }

    // Reads the cache folder again (the constructor does this once).
    void reload();

signals:
    void listsChanged();
    void refreshFinished(bool ok, const QString &message);

private:
    struct Entry
    {
        QDateTime fetchedAt;    // valid: the cached list is in use
        int wasteCodeSlot = -1; // avfallstyper: which bundled list it replaced
    };

    void load();
    bool readCached(const QString &name, QByteArray *json, QDateTime *fetchedAt, QString *error) const;
    // *tooShort: refused for being far shorter than the bundled list (a message of its own).
    bool apply(const QString &name, const QByteArray &json, const QDateTime &fetchedAt, ValueLists &target,
               Entry &entry, QString *error, bool *tooShort = nullptr) const;
    bool write(const QString &name, const QByteArray &json, const QDateTime &fetchedAt, QString *error) const;
    void fetchNext();
    void received(const QString &name, bool ok, const QByteArray &json, const QString &error);
    void finish();

    QString m_directory;
    ValueListFetcher m_fetcher;
    std::function<QDateTime()> m_clock;
    ValueLists m_lists;
    QHash<QString, Entry> m_entries;

    bool m_refreshing = false;
    QStringList m_queue;
    QStringList m_done; // fetched (or tried) in this refresh
    QString m_inFlight;
    QStringList m_errors;
    int m_fetched = 0;
    bool m_changed = false;
};

} // namespace avfall
