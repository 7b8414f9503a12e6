#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace fraudlens::store {

class Database;
class Statement;

struct ImportRecord {
    std::int64_t id = 0;
    std::string fileName;
    std::string sha256;
    std::string mapping;
    std::int64_t rowsRead = 0;
    std::int64_t rowsStored = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t startedMs = 0;
    std::int64_t finishedMs = 0;
};

// The imports table: what came in, from which file, under which mapping.
class ImportLog {
public:
    explicit ImportLog(Database& db);
    ~ImportLog();

    std::optional<ImportRecord> findBySha256(const std::string& sha256);
    // Inserts the row (id assigned) inside the caller's transaction.
    std::int64_t begin(const ImportRecord& record);
    void finish(const ImportRecord& record);

private:
    Database& m_db;
    std::unique_ptr<Statement> m_finish; // prepared once: live finishes its row at every commit
};

} // namespace fraudlens::store
