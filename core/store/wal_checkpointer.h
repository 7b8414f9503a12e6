#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace fraudlens::store {

class Database;

// Checkpoints a database's WAL on a thread and a connection of its own, and raises the
// writer connection's automatic checkpoint threshold while it runs. SQLite otherwise runs
// a checkpoint inside whichever commit pushes the WAL past 1000 pages, syncing the WAL and
// the database file there: a steady writer (the live session) would see one commit in a
// few hundred take milliseconds longer, which is its p99. A passive checkpoint beside the
// writer blocks neither it nor readers, and never weakens what a commit guarantees.
//
// The writer keeps a far threshold all the same: the WAL only starts over once a
// checkpoint has copied all of it, which under a flood of commits a passive checkpoint
// may never do, and the writer's own checkpoint then mostly finds the work done.
class WalCheckpointer {
public:
    // Opens its connection now: throws StoreError when it cannot, leaving writer as it was.
    explicit WalCheckpointer(Database& writer, std::chrono::milliseconds interval = std::chrono::milliseconds(250));
    // Stops the thread and gives the writer SQLite's default threshold back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

private:
    void loop();

    Database& m_writer;
    std::unique_ptr<Database> m_own;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: started once everything above is ready
};

} // namespace fraudlens::store
