#include "store/entity_accounts.h"

#include "store/statement.h"

namespace fraudlens::store {

void EntityAccounts::addFrom(Database& db, std::int64_t firstTransactionId)
{
    // One statement over the new rows' id range: a batch import pays one pass over rows
    // still in the page cache, a live group a few pages.
    Statement s(db, "INSERT OR IGNORE INTO entity_accounts (kind, value, account_id) "
                    "SELECT 'device', device, account_id FROM transactions WHERE id >= ?1 AND device IS NOT NULL "
                    "UNION ALL SELECT 'ip', ip, account_id FROM transactions WHERE id >= ?1 AND ip IS NOT NULL "
                    "UNION ALL SELECT 'card', card, account_id FROM transactions WHERE id >= ?1 AND card IS NOT NULL "
                    "UNION ALL SELECT 'email', email, account_id FROM transactions WHERE id >= ?1 AND email IS NOT NULL "
                    "UNION ALL SELECT 'address', address, account_id FROM transactions "
                    "WHERE id >= ?1 AND address IS NOT NULL");
    s.bind(1, firstTransactionId);
    s.execute();
}

} // namespace fraudlens::store
