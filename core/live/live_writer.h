#pragma once

#include "live/live_score.h"
#include "store/import_log.h"
#include "store/transaction_record.h"
#include "store/statement.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fraudlens::store {
class Database;
class TransactionWriter;
class WriteTransaction;
}

namespace fraudlens::live {

class LiveScorer;

// Stores what live scoring saw, in group commits: the first record of a group opens a
// write transaction, and the caller commits it when it chooses. Per record, inside the
// group: the transaction row (one imports row per session holds them all), its scores
// row, the account's open alert raised or updated, and the order a refund reverses
// carrying the refund's risk.
//
// The live session acknowledges a record once its journal holds it (LiveJournal) and
// hands it here on its applier thread (LiveApplier); recovery stores a killed session's
// records the same way. commit() returns what it made durable in SQLite, with the ids
// the store gave. SQLite's WAL makes a commit atomic: a kill -9 leaves every committed
// record and none of a half group.
//
// A transaction of a frozen account (Item::blocked) is stored as 'blocked' and raises or
// updates the account's alert.
//
// One thread at a time; the database connection is the scorer's (it only reads while
// opening), and the constructor is the last to ask the scorer anything.
class LiveWriter {
public:
    static constexpr std::string_view kBlockedReason = "account is frozen: transaction blocked";

    struct Options {
        std::string source;      // the imports row's file_name: "live:stdin", "live:follow:PATH", "live:listen:ADDR"
        std::string mappingJson; // the imports row's mapping
        std::string actor = "fraudlens-cli";
        std::size_t groupRecords = 256;
        std::chrono::milliseconds groupDelay{20};
    };

    enum class AlertChange { None, Raised, Updated };

    // A record the session took: scored, and for the live path acknowledged.
    struct Item {
        std::int64_t sequence = 0; // 1, 2, ... within the session
        store::TransactionRecord record;
        LiveScore score;
        bool blocked = false; // its account was frozen: record.status says 'blocked' already
    };

    // One acknowledged transaction: what the command answers a client or prints.
    struct Stored {
        std::int64_t sequence = 0;   // Item::sequence
        std::int64_t txId = 0;       // the store's id
        std::string transactionId;   // the external id (generated when the input gave none)
        std::string account;         // the account's external id
        float risk = 0.0f;           // fused
        bool blocked = false;
        AlertChange alert = AlertChange::None;
        std::int64_t alertId = 0;
        float alertRisk = 0.0f;                // the alert's risk after this transaction
        std::vector<std::string> alertReasons; // the alert's reasons after this transaction
        std::int64_t lateMs = 0;               // LiveScore::lateMs
    };

    struct Counts {
        std::int64_t stored = 0;
        std::int64_t rejected = 0; // bad lines and refused records
        std::int64_t alertsRaised = 0;
        std::int64_t alertsUpdated = 0;
        std::int64_t blocked = 0;
        std::int64_t commits = 0;
    };

    // Records the session (its imports row and a live.start audit entry) in its own
    // transaction. Throws store::StoreError when the database cannot be written.
    LiveWriter(store::Database& db, LiveScorer& scorer, Options options);
    // Rolls back a group not committed: what was never acknowledged is not kept.
    ~LiveWriter();
    LiveWriter(const LiveWriter&) = delete;
    LiveWriter& operator=(const LiveWriter&) = delete;

    // Stores one scored record inside the open group (opening one if none is). False, with
    // the reason, when its transaction id is stored already (another connection stored it
    // since the session looked): then nothing of it is written, not even its account.
    // Throws on a database failure; the group is then lost.
    bool store(Item item, std::string& problem);
    // A line that never became a record: counted in the session's imports row.
    void countRejected(std::int64_t lines = 1) { m_rejectedSinceCommit += lines; }

    // A group's write transaction is open (it may hold no record: one was refused).
    bool groupOpen() const { return m_transaction != nullptr; }
    std::size_t pending() const { return m_pending.size(); }
    bool full() const { return m_pending.size() >= m_options.groupRecords; }
    // When the open group's first record has waited groupDelay; meaningless when none is pending.
    std::chrono::steady_clock::time_point dueAt() const { return m_groupStarted + m_options.groupDelay; }

    // Commits the open group and returns its records, now in SQLite, in store() order.
    std::vector<Stored> commit();
    // Commits what is pending (its acknowledgements are dropped: commit() first to get
    // them), then finishes the imports row and writes the live.stop audit entry, with the
    // session's journal writes (its acknowledged groups).
    void close(double seconds, std::int64_t journalWrites = 0);

    const Counts& counts() const { return m_counts; } // committed only
    std::int64_t importId() const { return m_import.id; }
    const std::string& importDigest() const { return m_import.sha256; }

private:
    void begin();
    void makeWriter(); // remembering what is stored
    // scoreReasons: score.reasons(), already written for the scores row.
    void raiseOrUpdateAlert(std::int64_t accountId, std::int64_t txId, const LiveScore& score,
                            const std::string& scoreReasons, bool blocked, Stored& stored);
    void carryToOrder(const LiveScore& score);
    std::int64_t storeIdOf(std::int64_t scoredId) const;
    bool isStored(const std::string& transactionId);
    void writeImportRow(const Counts& totals);

    store::Database& m_db;
    Options m_options;
    std::int64_t m_runId = 0;
    std::size_t m_accountRoom = 0;
    store::ImportRecord m_import;
    store::ImportLog m_importLog;
    std::vector<std::int64_t> m_ringIds; // ring index of the run -> rings.id

    store::Statement m_findTransaction;
    store::Statement m_insertScore;
    store::Statement m_orderScore;
    store::Statement m_updateOrder;
    store::Statement m_openAlert;
    store::Statement m_insertAlert;
    store::Statement m_updateAlert;
    store::Statement m_alertTransaction;

    // The open group. The writer goes on from one committed group to the next, so that an
    // account or entity pair it has stored costs no lookup again; a group that fails takes
    // it down too, since what it remembers would no longer be what is stored.
    std::unique_ptr<store::WriteTransaction> m_transaction;
    std::unique_ptr<store::TransactionWriter> m_writer;
    std::chrono::steady_clock::time_point m_groupStarted;
    std::vector<Stored> m_pending;
    Counts m_groupCounts; // what the open group adds to m_counts when it commits
    std::int64_t m_rejectedSinceCommit = 0;
    // Provisional id a record was scored under -> its store id, for a refund scored before
    // the session settled its order's row with the store id (LiveScorer::settle). Only
    // the latest kRememberedIds: what the session has not settled yet is at most what
    // waits for the applier (LiveApplier's bound) and a largest group (--group) besides.
    static constexpr std::size_t kRememberedIds = 1 << 18;
    std::unordered_map<std::int64_t, std::int64_t> m_storeIds;
    std::deque<std::int64_t> m_storeIdOrder;
    Counts m_counts;
    bool m_closed = false;
};

} // namespace fraudlens::live
