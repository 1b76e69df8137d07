#include "queue/senderlock.h"

namespace avfall {

SenderLock::SenderLock(const Profile &profile)
    : m_lock(profile.dataDirectory() + QStringLiteral("/sender.lock"))
{
    // Never treat a live holder's lock as stale, however long a flush runs.
    m_lock.setStaleLockTime(0);
}

bool SenderLock::tryLock(int timeoutMs)
{
    return m_lock.tryLock(timeoutMs);
}

void SenderLock::unlock()
{
    m_lock.unlock();
}

qint64 SenderLock::holderPid() const
{
    qint64 pid = 0;
    QString hostname;
    QString application;
    return m_lock.getLockInfo(&pid, &hostname, &application) ? pid : 0;
}

} // namespace avfall
