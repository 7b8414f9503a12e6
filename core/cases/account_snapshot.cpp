#include "cases/account_snapshot.h"

#include "store/database.h"

#include <sqlite3.h>

namespace fraudlens::cases {

namespace {

// A deferred read transaction that ends however the reads end. Inside a caller's own
// transaction it does nothing: that one already gives the snapshot.
class ReadSnapshot {
public:
    explicit ReadSnapshot(store::Database& db) : m_db(db), m_own(sqlite3_get_autocommit(db.handle()) != 0)
    {
        if (m_own)
            m_db.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (m_own && sqlite3_get_autocommit(m_db.handle()) == 0)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    store::Database& m_db;
    bool m_own;
};

} // namespace

AccountSnapshot AccountSnapshot::load(store::Database& db, std::int64_t accountId)
{
    AccountSnapshot snapshot;
    ReadSnapshot transaction(db);
    snapshot.profile = AccountProfile::load(db, accountId);
    if (!snapshot.profile)
        return snapshot;
    snapshot.transactions = AccountTransactions::load(db, accountId);
    snapshot.history = AccountHistory::load(db, accountId);
    return snapshot;
}

} // namespace fraudlens::cases
