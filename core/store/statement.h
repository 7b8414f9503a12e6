#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace fraudlens::store {

class Database;

// A prepared statement. Text is bound without copying: the caller keeps bound strings
// alive until step() has run, which lets bulk inserts bind straight from parsed records.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    // A temporary string would be gone before step() reads it: name it first.
    Statement& bind(int index, std::string&& value) = delete;
    Statement& bindNull(int index);
    // Empty text binds NULL: canonical fields that were not given are stored as NULL.
    Statement& bindOptionalText(int index, std::string_view value);
    Statement& bindOptionalText(int index, std::string&& value) = delete;
    Statement& bindOptional(int index, std::optional<std::int64_t> value);

    // true while a row is available; throws StoreError on failure.
    bool step();
    // Runs to completion; returns the result code (SQLITE_DONE or a constraint code
    // when allowConstraint is set), throwing on anything else.
    int execute(bool allowConstraint = false);
    void reset();

    std::int64_t columnInt(int index) const;
    double columnDouble(int index) const;
    std::string columnText(int index) const;
    bool columnIsNull(int index) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace fraudlens::store
