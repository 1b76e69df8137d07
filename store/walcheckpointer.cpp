#include "store/walcheckpointer.h"

#include "store/notestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace avfall {

WalCheckpointer::WalCheckpointer(NoteStore &store, std::chrono::milliseconds interval)
    : m_store(store)
    , m_file(store.fileName())
    , m_interval(interval)
{
    std::promise<bool> opened;
    std::future<bool> result = opened.get_future();
    m_thread = std::thread([this, promise = std::move(opened)]() mutable { run(std::move(promise)); });
    m_opened = result.get();
    if (m_opened)
        m_store.setAutomaticCheckpoints(false);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_opened)
        m_store.setAutomaticCheckpoints(true);
}

void WalCheckpointer::run(std::promise<bool> opened)
{
    // A connection of this thread's own: Qt SQL connections belong to the thread that opened them.
    const QString name =
        QStringLiteral("avfall-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(m_file);
        const bool isOpen = database.open();
        opened.set_value(isOpen);
        if (isOpen) {
            QSqlQuery checkpoint(database);
            std::unique_lock lock(m_mutex);
            while (!m_wake.wait_for(lock, m_interval, [this] { return m_stop; })) {
                lock.unlock();
                // PASSIVE: copies what no reader still needs and never waits for the writer.
                if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qWarning("WalCheckpointer: %s", qPrintable(checkpoint.lastError().text()));
                checkpoint.finish();
                ++m_checkpoints;
                lock.lock();
            }
        } else {
            qWarning("WalCheckpointer: %s", qPrintable(database.lastError().text()));
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace avfall
