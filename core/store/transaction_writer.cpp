#include "store/transaction_writer.h"

#include "store/database.h"
#include "store/entity_accounts.h"
#include "store/read_transaction.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace fraudlens::store {

namespace {

// An account stored without a first-seen time: any row's time is earlier.
constexpr std::int64_t kNoFirstSeen = std::numeric_limits<std::int64_t>::max();

std::string extraJson(const TransactionRecord& record)
{
    if (record.extraNumeric.empty() && record.extraCategorical.empty())
        return {};
    nlohmann::json extra = nlohmann::json::object();
    for (const auto& [name, value] : record.extraNumeric)
        extra[name] = std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
    for (const auto& [name, value] : record.extraCategorical)
        extra[name] = value;
    return extra.dump();
}

} // namespace

TransactionWriter::TransactionWriter(Database& db, std::optional<std::int64_t> importId)
    : m_db(db)
    , m_importId(importId)
    , m_insertTransaction(db, "INSERT INTO transactions (external_id, account_id, ts, amount, currency, tx_type, "
                              "status, merchant, device, ip, card, email, address, country, channel, category, "
                              "extra, label, fraud_pattern, import_id) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_findAccount(db, "SELECT id, created_at IS NOT NULL, COALESCE(first_seen, 0) FROM accounts WHERE external_id = ?")
    , m_insertAccount(db, "INSERT INTO accounts (external_id, created_at) VALUES (?, ?)")
    , m_setCreated(db, "UPDATE accounts SET created_at = ? WHERE id = ? AND created_at IS NULL")
{
}

TransactionWriter::~TransactionWriter() = default;

void TransactionWriter::entityKey(std::size_t kind, std::string_view value, std::string& key)
{
    key.assign(1, static_cast<char>('0' + kind));
    key += value;
}

void TransactionWriter::preload()
{
    ReadTransaction snapshot(m_db);
    std::unordered_map<std::int64_t, AccountState*> byRowId;
    {
        Statement accounts(m_db, "SELECT id, external_id, created_at IS NOT NULL, COALESCE(first_seen, 0) FROM accounts");
        while (accounts.step()) {
            AccountState state;
            state.rowId = accounts.columnInt(0);
            state.createdKnown = accounts.columnInt(2) != 0;
            state.storedFirstSeenMs = accounts.columnInt(3);
            state.firstSeenMs = state.storedFirstSeenMs != 0 ? state.storedFirstSeenMs : kNoFirstSeen;
            auto [node, added] = m_accounts.try_emplace(accounts.columnText(1), std::move(state));
            if (added)
                byRowId.emplace(node->second.rowId, &node->second);
        }
    }
    Statement pairs(m_db, "SELECT kind, value, account_id FROM entity_accounts");
    std::string key;
    while (pairs.step()) {
        const auto owner = byRowId.find(pairs.columnInt(2));
        if (owner == byRowId.end())
            continue;
        const std::string kind = pairs.columnText(0);
        const auto known = std::find(EntityAccounts::kKinds.begin(), EntityAccounts::kKinds.end(), kind);
        if (known == EntityAccounts::kKinds.end())
            continue;
        entityKey(static_cast<std::size_t>(known - EntityAccounts::kKinds.begin()), pairs.columnText(1), key);
        owner->second->entities.insert(key);
    }
}

TransactionWriter::AccountState& TransactionWriter::account(const TransactionRecord& record)
{
    auto found = m_accounts.find(record.accountId);
    if (found == m_accounts.end()) {
        AccountState state;
        m_findAccount.reset();
        m_findAccount.bind(1, record.accountId);
        if (m_findAccount.step()) {
            state.rowId = m_findAccount.columnInt(0);
            state.createdKnown = m_findAccount.columnInt(1) != 0;
            state.storedFirstSeenMs = m_findAccount.columnInt(2);
            m_findAccount.reset();
            state.firstSeenMs = state.storedFirstSeenMs != 0 ? state.storedFirstSeenMs : kNoFirstSeen;
        } else {
            m_findAccount.reset();
            m_insertAccount.reset();
            m_insertAccount.bind(1, record.accountId).bindOptional(2, record.accountCreatedMs);
            m_insertAccount.execute();
            state.rowId = m_db.lastInsertRowId();
            state.createdKnown = record.accountCreatedMs.has_value();
            state.firstSeenMs = record.timestampMs;
            ++m_accountsCreated;
        }
        found = m_accounts.emplace(record.accountId, state).first;
    }
    AccountState& state = found->second;
    if (!state.createdKnown && record.accountCreatedMs) {
        m_setCreated.reset();
        m_setCreated.bind(1, *record.accountCreatedMs).bind(2, state.rowId);
        m_setCreated.execute();
        state.createdKnown = true;
    }
    state.firstSeenMs = std::min(state.firstSeenMs, record.timestampMs);
    // Most rows of a known account change nothing here: no UPDATE for them (live writes
    // one group after another with the same writer).
    if (!state.queued && (state.storedFirstSeenMs == 0 || state.firstSeenMs < state.storedFirstSeenMs)) {
        state.queued = true;
        m_firstSeenChanged.push_back(&state);
    }
    return state;
}

TransactionWriter::Outcome TransactionWriter::write(const TransactionRecord& record)
{
    AccountState& owner = account(record);
    std::string_view id = record.transactionId;
    if (id.empty()) {
        m_generatedId = m_idPrefix + std::to_string(m_stored + 1);
        id = m_generatedId;
    }
    m_extra = extraJson(record);

    Statement& s = m_insertTransaction;
    s.bind(1, id).bind(2, owner.rowId).bind(3, record.timestampMs).bind(4, record.amount);
    s.bindOptionalText(5, record.currency).bindOptionalText(6, record.txType).bindOptionalText(7, record.status);
    s.bindOptionalText(8, record.merchantId).bindOptionalText(9, record.deviceId).bindOptionalText(10, record.ip);
    s.bindOptionalText(11, record.cardId).bindOptionalText(12, record.email).bindOptionalText(13, record.address);
    s.bindOptionalText(14, record.country).bindOptionalText(15, record.channel).bindOptionalText(16, record.category);
    s.bindOptionalText(17, m_extra);
    if (record.label)
        s.bind(18, *record.label);
    else
        s.bindNull(18);
    s.bindOptionalText(19, record.fraudPattern);
    s.bindOptional(20, m_importId);
    const int rc = s.execute(/*allowConstraint=*/true);
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        return Outcome::DuplicateId;
    if (rc != SQLITE_DONE)
        throw std::runtime_error(std::string("cannot store transaction: ") + sqlite3_errstr(rc));
    ++m_stored;
    m_lastStoredId = m_db.lastInsertRowId();
    notePairs(owner, record);
    m_lastAccountRowId = owner.rowId;
    return Outcome::Stored;
}

void TransactionWriter::finish()
{
    if (!m_firstSeenChanged.empty()) {
        if (!m_updateFirstSeen)
            m_updateFirstSeen = std::make_unique<Statement>(
                m_db, "UPDATE accounts SET first_seen = ? WHERE id = ? AND (first_seen IS NULL OR first_seen > ?)");
        Statement& update = *m_updateFirstSeen;
        for (AccountState* state : m_firstSeenChanged) {
            update.reset();
            update.bind(1, state->firstSeenMs).bind(2, state->rowId).bind(3, state->firstSeenMs);
            update.execute();
            state->storedFirstSeenMs = state->firstSeenMs;
            state->queued = false;
        }
        m_firstSeenChanged.clear();
    }
    if (m_pendingPairs.empty())
        return;
    if (!m_pairs)
        m_pairs = std::make_unique<EntityAccounts>(m_db);
    for (const PendingPair& pair : m_pendingPairs) {
        const std::string_view key = *pair.key;
        m_pairs->add(static_cast<std::size_t>(key.front() - '0'), key.substr(1), pair.account->rowId);
    }
    m_pendingPairs.clear();
}

void TransactionWriter::notePairs(AccountState& owner, const TransactionRecord& record)
{
    // In EntityAccounts::kKinds order. Deduplicated here rather than by INSERT OR IGNORE
    // alone: a million-row import repeats each pair a few times, and every repeat cost
    // SQLite a B-tree search (2.6 s of a 5.7 s import of 210,000 rows).
    const std::array<std::string_view, EntityAccounts::kKinds.size()> values = {record.deviceId, record.ip, record.cardId,
                                                                               record.email, record.address};
    m_lastPairs = 0;
    std::string key;
    for (std::size_t kind = 0; kind < values.size(); ++kind) {
        if (values[kind].empty())
            continue;
        entityKey(kind, values[kind], key);
        const auto [node, added] = owner.entities.insert(key);
        if (!added)
            continue;
        m_pendingPairs.push_back(PendingPair{&owner, &*node});
        ++m_lastPairs;
    }
}

void TransactionWriter::discardLast()
{
    Statement drop(m_db, "DELETE FROM transactions WHERE id = ?");
    drop.bind(1, m_lastStoredId);
    drop.execute();
    for (; m_lastPairs > 0; --m_lastPairs) {
        const PendingPair pair = m_pendingPairs.back();
        m_pendingPairs.pop_back();
        const std::string key = *pair.key; // not a reference into the node erase() frees
        pair.account->entities.erase(key);
    }
    --m_stored;
}

} // namespace fraudlens::store
