#pragma once

#include "core/profile.h"

#include <QLockFile>

namespace avfall {

// One sender per profile, even with the GUI and `avfall queue flush` running at once. A lock file
// in the profile's data folder; a process that died holding it leaves a stale lock that the next
// one takes over (QLockFile checks whether the holder still runs).
class SenderLock
{
public:
    explicit SenderLock(const Profile &profile);

    bool tryLock(int timeoutMs = 0);
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    // The process that holds the lock, when known.
    qint64 holderPid() const;

private:
    QLockFile m_lock;
};

} // namespace avfall
