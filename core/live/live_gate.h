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

// What a live session asks of a record before it acknowledges it: is its transaction id
// stored already (or acknowledged and still on its way to SQLite), and is its account
// frozen. Answered from memory, so that the acknowledgement waits on no read of the
// database, which the applier's commits keep changing under the read connection's cache:
// - ids: a hash of every stored id, read once, and of every id taken since; only a hash
//   that matches is looked up, to tell a duplicate from a collision. The set has room
//   from the start for the session to add three times what is stored (as the scorer's
//   tables do): growing it later rehashes it whole, which stopped the session for 60 ms
//   at 170,000 taken, and merging new hashes into a sorted array every 16,384 took
//   6-19 ms each on this VM;
// - frozen accounts: read again (a partial index, a page or two) at refresh() whenever
//   another connection has committed since, so a freeze the GUI committed a moment ago
//   counts for the next batch of lines.
// An id another connection stores during the session is not seen here: the applier
// refuses it (LiveApplier::Refusal). One thread.
class LiveGate {
public:
    // Opens its read connection and reads the ids; throws store::StoreError when it cannot.
    explicit LiveGate(const std::string& dbPath);
    ~LiveGate();
    LiveGate(const LiveGate&) = delete;
    LiveGate& operator=(const LiveGate&) = delete;

    // Before a batch of lines: the frozen accounts, if anything changed.
    void refresh();
    bool isKnown(const std::string& transactionId);
    bool isFrozen(const std::string& accountId) const { return m_frozen.count(accountId) != 0; }
    // Acknowledged under this sequence, not yet committed.
    void inFlight(std::int64_t sequence, const std::string& transactionId);
    // Everything through this sequence is committed (or refused).
    void committedThrough(std::int64_t sequence);

private:
    static std::uint64_t hashOf(const std::string& id);

    std::unique_ptr<store::Database> m_db;
    store::Statement m_findTransaction;
    store::Statement m_dataVersion;
    store::Statement m_frozenAccounts;
    std::int64_t m_seenVersion = -1;
    std::unordered_set<std::uint64_t> m_knownHashes;
    std::unordered_set<std::string> m_frozen;
    std::unordered_set<std::string> m_inFlight;
    std::deque<std::pair<std::int64_t, std::string>> m_inFlightOrder;
};

} // namespace fraudlens::live
