#include "store/walsyncer.h"

#include "store/notestore.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace avfall {

namespace {

// The log as this connection has it open; null when there is none (no WAL).
sqlite3_file *logFile(sqlite3 *connection)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(connection, "main", SQLITE_FCNTL_JOURNAL_POINTER, &file) != SQLITE_OK)
        return nullptr;
    return file && file->pMethods ? file : nullptr;
}

sqlite3 *handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

WalSyncer::WalSyncer(NoteStore &store, QObject *parent)
    : QObject(parent)
    , m_file(store.fileName())
{
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread([this, promise = std::move(opened)]() mutable { run(std::move(promise)); });
    m_problem = result.get();
    m_working = m_problem.isEmpty();
    if (!m_working)
        qWarning("WalSyncer: %s", qPrintable(m_problem));
}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

quint64 WalSyncer::request()
{
    quint64 number = 0;
    {
        std::lock_guard lock(m_mutex);
        number = ++m_requested;
    }
    m_wake.notify_one();
    return number;
}

bool WalSyncer::waitFor(quint64 number, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_done.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                    [&] { return m_completed >= number || m_failed >= number || !m_working; });
    return m_completed >= number;
}

void WalSyncer::run(std::promise<QString> opened)
{
    // A connection of this thread's own: Qt SQL connections belong to the thread that opened them.
    const QString name =
        QStringLiteral("avfall-walsync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(m_file);
        QString problem;
        sqlite3 *connection = nullptr;
        if (!database.open()) {
            problem = database.lastError().text();
        } else {
            // SQLite opens the log with the first read.
            QSqlQuery read(database);
            if (!read.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
                problem = read.lastError().text();
            read.finish();
            connection = handleOf(database);
            if (problem.isEmpty() && (!connection || !logFile(connection)))
                problem = QStringLiteral("no write-ahead log to sync in %1").arg(m_file);
        }
        opened.set_value(problem);

        std::unique_lock lock(m_mutex);
        while (problem.isEmpty()) {
            // A failed sync is tried again only for a newer request.
            m_wake.wait(lock,
                        [&] { return m_stop || m_requested > std::max<quint64>(m_completed, m_failed); });
            if (m_stop)
                break;
            const quint64 target = m_requested;
            lock.unlock();
            QElapsedTimer timer;
            timer.start();
            // Everything committed before the request is in the log file already; one sync of the
            // file (any handle of it) puts all of it on the disk.
            sqlite3_file *file = logFile(connection);
            const int rc = file ? file->pMethods->xSync(file, SQLITE_SYNC_NORMAL) : SQLITE_ERROR;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            m_averageSyncMs = m_averageSyncMs == 0 ? ms : 0.8 * m_averageSyncMs + 0.2 * ms;
            const bool ok = rc == SQLITE_OK;
            const QString error = ok ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
            lock.lock();
            if (ok)
                m_completed = target;
            else
                m_failed = target;
            m_done.notify_all();
            QMetaObject::invokeMethod(
                this, [this, target, ok, error] { emit synced(target, ok, error); }, Qt::QueuedConnection);
        }
        lock.unlock();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace avfall
