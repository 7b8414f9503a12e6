#include "store/write_transaction.h"

#include "store/database.h"

namespace fraudlens::store {

WriteTransaction::WriteTransaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not after work.
    m_db.run(Database::TransactionStep::BeginImmediate);
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    try {
        m_db.run(Database::TransactionStep::Rollback);
    } catch (...) {
        // The connection already rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
}

void WriteTransaction::commit()
{
    m_db.run(Database::TransactionStep::Commit);
    m_open = false;
}

} // namespace fraudlens::store
