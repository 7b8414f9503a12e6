#pragma once

#include "store/import_log.h"
#include "store/transaction_writer.h"
#include "store/write_transaction.h"

#include <cstdint>
#include <string>

namespace fraudlens::store {

class Database;

// One import as one SQLite transaction: the imports row, every stored transaction and
// the audit entry commit together, or (destroyed before commit()) none of them do.
class ImportBatch {
public:
    // Takes the write lock and records the import, so its id is known from here on.
    ImportBatch(Database& db, const std::string& fileName, const std::string& sha256, const std::string& mappingJson);

    std::int64_t id() const { return m_record.id; }
    TransactionWriter& writer() { return m_writer; }

    // Writes first-seen times and the row counts, appends the audit entry, commits.
    void commit(const std::string& actor, std::int64_t rowsRead, std::int64_t rowsRejected,
                const std::string& auditDetailsJson);

private:
    Database& m_db;
    WriteTransaction m_transaction; // first member: open before, rolled back after, the rest
    ImportRecord m_record;
    TransactionWriter m_writer;
};

} // namespace fraudlens::store
