#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

namespace avfall {

class NoteStore;

// Copies the write-ahead log back into the database file from a thread of its own. SQLite does
// that by itself inside the commit that lets the log pass 1,000 pages, and that commit then waits
// for milliseconds of copying and syncing; a sender commits a few times per note and would stall
// its connections. While a WalCheckpointer lives, its store's automatic checkpoints are off; they
// are on again when it goes (and stay on if its own connection cannot be opened). A passive
// checkpoint never blocks the store's writes.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(NoteStore &store,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(200));
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    int checkpoints() const { return m_checkpoints; } // how many ran so far

private:
    void run(std::promise<bool> opened);

    NoteStore &m_store;
    const QString m_file;
    const std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<int> m_checkpoints = 0;
    bool m_opened = false; // its connection opened: only then are the store's own checkpoints off
    std::thread m_thread;
};

} // namespace avfall
