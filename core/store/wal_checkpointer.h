#pragma once

#include <atomic>
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
// The WAL only starts over at a commit that finds all of it copied, and a steady writer
// commits again before any passive checkpoint can finish: the file grew by 50 MB a
// second at 2,000 commits a second, until the writer's own far threshold made one of its
// commits checkpoint 256 MB (30 ms). So once the WAL holds restartFrames, the thread
// runs a FULL checkpoint instead: it takes the write lock between two commits, copies the
// little the last passive one left, syncs, and lets go; the writer's next commit starts
// the WAL over. The writer waits for those syncs once per restartFrames, never
// for a reader: the thread gives up (and tries again later) when it cannot finish soon.
class WalCheckpointer {
public:
    // 512 MiB of 4 KiB pages. Each restart makes the writer wait for two device
    // flushes: 20-50 ms on this VM's disk whatever the cycle (a bare SQLite harness had
    // suggested 128 MiB, where FULL took 11-12 ms, but in the live path it took 21-45 ms
    // at 128 MiB as at 256 MiB). So fewer restarts is what counts: 20,000-row probes at
    // 1,250/s and 2,500/s had a client p99 of 3.2-4.5 and 4.4-5.8 ms restarting every
    // 128 MiB, 2.0-2.1 and 3.4-3.5 ms every 512 MiB. The price is disk: the WAL file
    // keeps its largest size until the last connection closes.
    static constexpr int kRestartFrames = 131072;

    // A quarter of a second between passive checkpoints. Each one syncs the WAL and the
    // database file, and a sync sends the pages copied since the last one as requests of
    // their own: every 50 ms, a 200,000-row live run at 10,000/s made 122,000-167,000 disk
    // write requests; every 250 ms, 8,000-12,000, for 30 % fewer bytes (pages rewritten
    // between two checkpoints are copied once). On a virtual machine the host does that
    // I/O on the guest's CPU allowance: at 50 ms this VM was stopped whole 2.2-3.4 times
    // a second until its 100 ms accounting period ended, at 250 ms 0.2-0.6 times (FIFO
    // timer probe, three interleaved rounds), and the client's clusters of lines over
    // 3 ms fell from 9-12 to 5-6 a second. At 1 s, the larger syncs stopped it once a
    // second for 7-8 ms.
    static constexpr std::chrono::milliseconds kInterval{250};

    // Opens its connection now: throws StoreError when it cannot, leaving writer as it was.
    explicit WalCheckpointer(Database& writer, std::chrono::milliseconds interval = kInterval,
                             int restartFrames = kRestartFrames);
    // Stops the thread and gives the writer SQLite's default threshold back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // FULL checkpoints run so far: the times the WAL was made ready to start over.
    int restarts() const { return m_restarts.load(); }

private:
    void loop();

    Database& m_writer;
    std::unique_ptr<Database> m_own;
    std::chrono::milliseconds m_interval;
    int m_restartFrames;
    std::atomic<int> m_restarts{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread; // last: started once everything above is ready
};

} // namespace fraudlens::store
