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
// The WAL starts over at the first commit after a background checkpoint has copied all of
// it. A flood of commits may never leave it all copied; the writer's far threshold then
// bounds the file, and its own checkpoint mostly finds the work done.
class WalCheckpointer {
public:
    // Opens its connection now: throws StoreError when it cannot, leaving writer as it was.
    // A short interval keeps each background fdatasync small, and lets one often find
    // the whole WAL copied, so that the writer starts it over.
    explicit WalCheckpointer(Database& writer, std::chrono::milliseconds interval = std::chrono::milliseconds(100));
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
