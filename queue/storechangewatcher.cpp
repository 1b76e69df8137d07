#include "queue/storechangewatcher.h"

#include "store/notestore.h"

namespace avfall {

StoreChangeWatcher::StoreChangeWatcher(NoteStore &store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreChangeWatcher::poll);
}

void StoreChangeWatcher::start()
{
    m_seen = m_store.dataVersion();
    m_timer.start();
}

void StoreChangeWatcher::acknowledge()
{
    if (m_timer.isActive())
        m_seen = m_store.dataVersion();
}

void StoreChangeWatcher::stop()
{
    m_timer.stop();
}

void StoreChangeWatcher::poll()
{
    const qint64 version = m_store.dataVersion();
    if (version < 0 || version == m_seen)
        return;
    m_seen = version;
    emit changedElsewhere();
}

} // namespace avfall
