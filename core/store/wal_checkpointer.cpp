#include "store/wal_checkpointer.h"

#include "store/burst_pacing.h"
#include "store/database.h"

#include <sqlite3.h>

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

namespace fraudlens::store {

namespace {

// SQLite's own default: what the writer goes back to.
constexpr int kDefaultAutoCheckpointPages = 1000;
// Only a bound on the WAL, for when the background checkpoints cannot restart it (a
// reader that holds an old snapshot for long). At 64 MiB a steady stream reached it every
// few seconds, and the commits that then checkpointed in the writer (tens of milliseconds
// of fdatasync) were the p99 of a 5,000/s stream. Twice the restart size (1 GiB): far
// enough that restarts come first, near enough to bound the disk a stuck reader costs.
constexpr int kFarAutoCheckpointPages = 2 * WalCheckpointer::kRestartFrames;
// How long a FULL checkpoint may wait, for the write lock between two of the writer's
// commits and then for readers still on an older snapshot, before it settles for a
// passive one: once it holds the lock, the writer waits at most about this long.
constexpr auto kFullPatience = std::chrono::milliseconds(20);
constexpr auto kFullBackoff = std::chrono::seconds(1);
// Low, not idle: a checkpointer starved outright would let the WAL grow to the far bound.
constexpr int kNice = 10;

} // namespace

WalCheckpointer::WalCheckpointer(Database& writer, std::chrono::milliseconds interval, int restartFrames)
    : m_writer(writer)
    , m_own(std::make_unique<Database>(writer.path(), OpenMode::ReadWrite))
    , m_interval(interval)
    , m_restartFrames(restartFrames)
{
    m_own->setBusyWait(kFullPatience);
    sqlite3_wal_autocheckpoint(m_writer.handle(), std::max(kFarAutoCheckpointPages, 2 * restartFrames));
    m_thread = std::thread([this] { loop(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sqlite3_wal_autocheckpoint(m_writer.handle(), kDefaultAutoCheckpointPages);
}

void WalCheckpointer::loop()
{
    // The connection was opened on the constructing thread; from here on only this thread uses it.
    // Copying pages is work that can wait a moment: on two cores, this thread at the
    // writer's priority took the core from a commit for milliseconds at a time. Linux
    // gives each thread its own nice value; elsewhere this is only a hint that fails.
    setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kNice);
    // Named for top -H, perf and gdb (at most 15 characters).
    ::pthread_setname_np(::pthread_self(), "fl-checkpoint");
    // Its page copies breathe in the VFS's reads and writes (burst_pacing.h).
    burst_pacing::paceThisThread();
    std::unique_lock<std::mutex> lock(m_mutex);
    std::chrono::steady_clock::time_point fullAgain;
    while (!m_wake.wait_for(lock, m_interval, [this] { return m_stop; })) {
        lock.unlock();
        burst_pacing::rested();
        // PASSIVE copies what no reader still needs and never waits for a lock; SQLITE_BUSY
        // (another checkpoint under way) only means "next time".
        int logFrames = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, nullptr);
        // Right after a passive one, so that only what the writer added since is left to
        // copy while it waits. Unable to take the lock in time, FULL settles for passive;
        // held up by a reader, it made the writer wait its whole patience, so the next try
        // waits a while: a reader that keeps an old snapshot costs the writer 2 % at most.
        const auto now = std::chrono::steady_clock::now();
        if (rc == SQLITE_OK && logFrames >= m_restartFrames && now >= fullAgain) {
            if (sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_FULL, nullptr, nullptr) == SQLITE_OK)
                ++m_restarts;
            else
                fullAgain = now + kFullBackoff;
        }
        lock.lock();
    }
}

} // namespace fraudlens::store
