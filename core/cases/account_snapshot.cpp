#include "cases/account_snapshot.h"

#include "store/database.h"
#include "store/read_transaction.h"

namespace fraudlens::cases {

AccountSnapshot AccountSnapshot::load(store::Database& db, std::int64_t accountId)
{
    AccountSnapshot snapshot;
    store::ReadTransaction transaction(db);
    snapshot.profile = AccountProfile::load(db, accountId);
    if (!snapshot.profile)
        return snapshot;
    snapshot.transactions = AccountTransactions::load(db, accountId);
    snapshot.history = AccountHistory::load(db, accountId);
    return snapshot;
}

} // namespace fraudlens::cases
