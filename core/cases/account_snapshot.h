#pragma once

#include "cases/account_history.h"
#include "cases/account_profile.h"
#include "cases/account_transactions.h"

#include <cstdint>
#include <optional>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Everything the account view shows about one account, read inside one read transaction
// so that the header, the transactions and the history agree even while a scoring run or
// a decision commits in between.
struct AccountSnapshot {
    std::optional<AccountProfile> profile; // nullopt: no such account (and the rest is empty)
    AccountTransactions transactions;
    AccountHistory history;

    static AccountSnapshot load(store::Database& db, std::int64_t accountId);
};

} // namespace fraudlens::cases
