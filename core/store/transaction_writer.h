#pragma once

#include "store/statement.h"
#include "store/transaction_record.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fraudlens::store {

class Database;
class EntityAccounts;

// Bulk insert of canonical records with reused prepared statements. Accounts are created
// on first sight and their sign-up / first-seen times kept up to date. The caller owns
// the surrounding transaction.
class TransactionWriter {
public:
    enum class Outcome { Stored, DuplicateId };

    TransactionWriter(Database& db, std::optional<std::int64_t> importId);
    ~TransactionWriter();

    // A record without a transaction id gets "<prefix><sequence>".
    void setGeneratedIdPrefix(std::string prefix) { m_idPrefix = std::move(prefix); }
    Outcome write(const TransactionRecord& record);
    // Takes back the row the last write() stored (live: a record that could not be
    // scored), with the entity pairs only it brought. Its account stays.
    void discardLast();
    // Writes the accounts' first-seen times and the stored rows' entity_accounts pairs;
    // call once before committing. The writer may go on in the next transaction (live
    // group commits) as long as this one commits: what it remembers of the accounts and
    // their pairs is then what is stored. After a rollback, make a new one.
    void finish();

    // Room for this many accounts in what it remembers, for a writer that goes on from
    // one transaction to the next: its table must not rehash while a live record waits.
    void reserveAccounts(std::size_t accounts) { m_accounts.reserve(accounts); }
    // Remembers every stored account and entity pair, read in one snapshot, so that a
    // writer going on for a long stream (live) asks SQLite about neither again. Without it
    // each account's first row of a session cost an account lookup and five INSERT OR
    // IGNOREs into random pages of entity_accounts: 15 % of a live session at 10,000/s.
    // Rows another connection adds later are still found: what is not remembered is
    // looked up, and a pair is inserted OR IGNOREd.
    void preload();

    std::int64_t stored() const { return m_stored; }
    // The accounts row of the transaction the last write() stored (created if new).
    std::int64_t lastAccountRowId() const { return m_lastAccountRowId; }
    std::int64_t accountsCreated() const { return m_accountsCreated; }

private:
    struct AccountState {
        std::int64_t rowId = 0;
        std::int64_t firstSeenMs = 0;
        std::int64_t storedFirstSeenMs = 0; // 0: none stored yet
        bool createdKnown = false;
        bool queued = false; // in m_firstSeenChanged
        // The entities this writer has seen the account use, each written once however
        // many rows repeat it, as entityKey() spells them. A set, since a shared guest or
        // marketplace account may use thousands.
        std::unordered_set<std::string> entities;
    };
    struct PendingPair {
        AccountState* account;   // a node of m_accounts: stable
        const std::string* key; // a node of account->entities: stable
    };

    // What an account remembers of an entity: the EntityAccounts kind as one digit, then
    // the value (finish() reads it back that way).
    static void entityKey(std::size_t kind, std::string_view value, std::string& key);
    AccountState& account(const TransactionRecord& record);
    void notePairs(AccountState& owner, const TransactionRecord& record);

    Database& m_db;
    std::optional<std::int64_t> m_importId;
    Statement m_insertTransaction;
    Statement m_findAccount;
    Statement m_insertAccount;
    Statement m_setCreated;
    // finish()'s, prepared on first need and kept: a live writer finishes every group.
    std::unique_ptr<Statement> m_updateFirstSeen;
    std::unique_ptr<EntityAccounts> m_pairs;
    std::unordered_map<std::string, AccountState> m_accounts;
    std::string m_idPrefix = "tx-";
    std::string m_generatedId;
    std::string m_extra;
    std::vector<PendingPair> m_pendingPairs; // written by finish()
    std::vector<AccountState*> m_firstSeenChanged; // written by finish(); nodes of m_accounts
    std::size_t m_lastPairs = 0;             // of them, brought by the last write()
    std::int64_t m_lastStoredId = 0;
    std::int64_t m_stored = 0;
    std::int64_t m_lastAccountRowId = 0;
    std::int64_t m_accountsCreated = 0;
};

} // namespace fraudlens::store
