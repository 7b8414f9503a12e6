#pragma once

#include "cases/entity_key.h"

#include <cstdint>
#include <map>
#include <set>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Who used which entities, read straight from the transactions: one statement for many
// entities, an OR of IN lists that SQLite answers from the entity indexes a scoring run
// creates (store::EntityIndexes), or with one pass over the table where they are missing.
// Merchants have no index and are read in a statement of their own, so that they do not
// turn the indexed lookups into a full scan.
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
    void scan(const std::set<EntityKey>& chunk, std::map<EntityKey, AccountCounts>& out);

    store::Database& m_db;
};

} // namespace fraudlens::cases
