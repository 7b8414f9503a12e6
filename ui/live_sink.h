#pragma once

#include "live/live_session.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace fraudlens::ui {

// What the GUI's live session tells the window, collected on the session's thread and
// read by the UI thread's poll: counts in atomics, the last bad lines and notices behind
// a mutex, and the high-risk alerts not yet shown, coalesced into one count. Nothing here
// calls into Qt: the session's thread never waits on the UI thread.
class LiveSink : public live::LiveSession::Sink {
public:
    static constexpr std::size_t kKeptProblems = 50;
    static constexpr std::size_t kKeptNotices = 50;
    // An alert at or above this risk after a live transaction is worth a desktop notification.
    static constexpr double kHighRisk = 0.9;

    struct Counts {
        std::int64_t stored = 0;
        std::int64_t alertsRaised = 0;
        std::int64_t alertsUpdated = 0;
        std::int64_t blocked = 0;
        std::int64_t problems = 0;
    };

    struct Problem {
        std::int64_t sequence = 0; // 1, 2, ... in the order the session reported them
        std::string source;
        ingest::RowProblem problem;
    };

    // The high-risk alerts since the last take: how many, and the riskiest of them.
    struct HighRisk {
        int count = 0;
        std::string account;
        double risk = 0.0;
    };

    void problem(const std::string& source, const ingest::RowProblem& problem) override;
    void stored(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored) override;
    void notice(const std::string& text) override;
    bool stopRequested() override { return m_stop.load(); }

    // Any thread: the session ends cleanly at its next look (100 ms at most).
    void requestStop() { m_stop = true; }

    Counts counts() const;
    // The kept problems reported after `sequence` (0: all kept), oldest first.
    std::vector<Problem> problemsAfter(std::int64_t sequence) const;
    std::vector<std::string> takeNotices();
    HighRisk takeHighRisk();

private:
    std::atomic<bool> m_stop{false};
    std::atomic<std::int64_t> m_stored{0};
    std::atomic<std::int64_t> m_alertsRaised{0};
    std::atomic<std::int64_t> m_alertsUpdated{0};
    std::atomic<std::int64_t> m_blocked{0};
    std::atomic<std::int64_t> m_problems{0};

    mutable std::mutex m_mutex;
    std::deque<Problem> m_recentProblems;
    std::deque<std::string> m_notices;
    HighRisk m_highRisk;
};

} // namespace fraudlens::ui
