#pragma once

#include "store/statement.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::live {

// What a live session asks of a record before it acknowledges it, on the session's own
// read connection: is its transaction id stored already, or acknowledged and still on its
// way to SQLite (in flight), and is its account frozen. A read never waits on the
// applier's commits or the checkpoints, which is what lets the acknowledgement go out
// ahead of them. A freeze committed by the GUI a moment ago counts for the next record.
// One thread.
class LiveGate {
public:
    // Opens its read connection; throws store::StoreError when it cannot.
    explicit LiveGate(const std::string& dbPath);
    ~LiveGate();
    LiveGate(const LiveGate&) = delete;
    LiveGate& operator=(const LiveGate&) = delete;

    bool isKnown(const std::string& transactionId);
    bool isFrozen(const std::string& accountId);
    // Acknowledged under this sequence, not yet committed.
    void inFlight(std::int64_t sequence, const std::string& transactionId);
    // Everything through this sequence is committed: the read connection sees it now.
    void committedThrough(std::int64_t sequence);

private:
    std::unique_ptr<store::Database> m_db;
    store::Statement m_findTransaction;
    store::Statement m_findAccount;
    std::unordered_set<std::string> m_inFlight;
    std::deque<std::pair<std::int64_t, std::string>> m_inFlightOrder;
};

} // namespace fraudlens::live
