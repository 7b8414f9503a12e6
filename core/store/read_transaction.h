#pragma once

namespace fraudlens::store {

class Database;

// A deferred read transaction, so that several queries see one state of the database even
// while the writer thread commits between them. It changes nothing, so it always ends in a
// rollback. Inside a transaction the caller already holds it does nothing: that one already
// gives the snapshot.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    bool m_own;
};

} // namespace fraudlens::store
