#include "store/read_transaction.h"

#include "store/database.h"

#include <sqlite3.h>

namespace fraudlens::store {

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_own(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_own)
        m_db.exec("BEGIN");
}

ReadTransaction::~ReadTransaction()
{
    // A failed statement may already have ended the transaction; then there is nothing to end.
    if (m_own && sqlite3_get_autocommit(m_db.handle()) == 0)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace fraudlens::store
