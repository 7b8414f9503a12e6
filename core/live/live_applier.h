#pragma once

#include "live/live_writer.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace fraudlens::live {

// The live session's second thread: commits what the session has acknowledged to SQLite
// through a LiveWriter, in groups as large as what waits, so that the session's thread
// never waits on a commit, the WAL's restarts or the disk. What it stored comes back to
// the session with the store's ids (takeStored) for the sink's ALERT lines and GUI rows.
//
// A database failure stops the thread; the session hears of it at its next look, and what
// was acknowledged and not committed stays in the journal for the next session.
class LiveApplier {
public:
    // A bad line the applier refused: reported by the session, counted in the imports row.
    struct Refusal {
        std::int64_t sequence = 0;
        std::string problem;
    };

    // Starts the thread; writer must outlive this, and be left to it until stop(). A
    // commit follows the last by interval at least, unless a large group is waiting.
    LiveApplier(LiveWriter& writer, std::chrono::milliseconds interval);
    // Stops without committing what still waits (it stays in the journal).
    ~LiveApplier();
    LiveApplier(const LiveApplier&) = delete;
    LiveApplier& operator=(const LiveApplier&) = delete;

    // Hands acknowledged records over, in sequence order. They reach the thread at once
    // when its lock is free, else at a later submit() or handOver(); the session waits
    // only when too many are waiting already, so that a slow disk slows it down instead
    // of growing memory without bound. Throws what stopped the thread, if anything did.
    void submit(std::vector<LiveWriter::Item> items);
    // Passes on what submit() kept back, if the lock is free (or, with wait, once it is).
    void handOver(bool wait = false);
    // Lines that never became records, for the imports row's count.
    void countRejected(std::int64_t lines);
    // What was committed since the last call, and what the writer refused; rethrows what
    // stopped the thread. Without wait, nothing when the thread holds the lock at that
    // moment.
    std::vector<LiveWriter::Stored> takeStored(std::vector<Refusal>& refused, bool wait = false);
    // Every submitted record up to here is committed (or refused).
    std::int64_t committedThrough() const { return m_committedThrough.load(); }
    // Commits what waits now, and waits until everything submitted is committed;
    // rethrows what stopped the thread.
    void drain();
    // Waits for what is being committed, then ends the thread; the writer is the
    // caller's again.
    void stop();

private:
    void loop();
    void rethrow();

    LiveWriter& m_writer;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;    // the thread: work or stop
    std::condition_variable m_settled; // the session: room, or a group committed
    std::vector<LiveWriter::Item> m_pending; // the session's: submitted, not yet handed over
    std::vector<LiveWriter::Item> m_queue;
    std::vector<LiveWriter::Stored> m_stored;
    std::vector<Refusal> m_refused;
    std::int64_t m_submittedThrough = 0;
    std::atomic<std::int64_t> m_committedThrough{0};
    std::atomic<std::int64_t> m_rejected{0};
    std::exception_ptr m_failure;
    bool m_hurry = false; // drain() waits: commit what is there without the interval
    bool m_stop = false;
    std::thread m_thread; // last: started once everything above is ready
};

} // namespace fraudlens::live
