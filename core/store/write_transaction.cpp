#include "store/write_transaction.h"

#include "store/database.h"

namespace fraudlens::store {

WriteTransaction::WriteTransaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not after work.
    m_db.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (...) {
        // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void WriteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace fraudlens::store
