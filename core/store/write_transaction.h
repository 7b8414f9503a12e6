#pragma once

namespace fraudlens::store {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran:
// an exception or a cancel anywhere inside leaves the database as it was.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace fraudlens::store
