#pragma once

#include "cases/entity_key.h"

#include <cstdint>
#include <map>
#include <set>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Who used which entities. Devices, IPs, cards, emails and addresses are looked up in
// entity_accounts (store::EntityAccounts) and then counted in their users' own
// transactions; merchants, used by nearly everyone, have no such table and are read in a
// statement of their own with one pass over the transactions.
class EntityUsage {
public:
    using AccountCounts = std::map<std::int64_t, int>; // account id -> transactions

    explicit EntityUsage(store::Database& db);

    // The entities one account used, with how many of its transactions used each.
    // Merchants only when asked: every account shares them with many others.
    std::map<EntityKey, int> ofAccount(std::int64_t accountId, bool withMerchants);
    // Every account that used each of `entities`, with its transaction counts. An entity
    // nobody used is absent from the result.
    std::map<EntityKey, AccountCounts> accountsOf(const std::set<EntityKey>& entities);

private:
    // `chunk` holds merchants only, or no merchant at all.
    void scan(const std::set<EntityKey>& chunk, std::map<EntityKey, AccountCounts>& out);
    void scanMerchants(const std::set<EntityKey>& chunk, std::map<EntityKey, AccountCounts>& out);

    store::Database& m_db;
};

} // namespace fraudlens::cases
