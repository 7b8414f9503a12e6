#include "store/entity_accounts.h"

namespace fraudlens::store {

EntityAccounts::EntityAccounts(Database& db)
    : m_insert(db, "INSERT OR IGNORE INTO entity_accounts (kind, value, account_id) VALUES (?, ?, ?)")
{
}

void EntityAccounts::add(std::size_t kind, std::string_view value, std::int64_t accountId)
{
    m_insert.reset();
    m_insert.bind(1, kKinds.at(kind)).bind(2, value).bind(3, accountId);
    m_insert.execute();
}

} // namespace fraudlens::store
