#include "store/database.h"

#include "store/migrations.h"
#include "store/statement.h"
#include "store/store_error.h"

#include <sqlite3.h>

#include <filesystem>

namespace fraudlens::store {

namespace {

[[noreturn]] void throwOpenError(sqlite3* db, const std::string& path, int rc)
{
    std::string message = "cannot open database '" + path + "': "
        + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    throw StoreError(message, rc);
}

} // namespace

Database::Database(const std::string& path, OpenMode mode)
    : m_path(path), m_readOnly(mode == OpenMode::ReadOnly)
{
    if (mode != OpenMode::Create && !std::filesystem::exists(path))
        throw StoreError("database '" + path + "' does not exist", SQLITE_CANTOPEN);

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= m_readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::Create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        throwOpenError(m_db, path, rc);

    // A writer holding the lock briefly (another thread's commit) must not fail a reader.
    sqlite3_busy_timeout(m_db, 10000);
    try {
        exec("PRAGMA foreign_keys = ON");
        if (!m_readOnly) {
            exec("PRAGMA journal_mode = WAL");
            // NORMAL in WAL mode keeps every commit atomic and durable against a crash of
            // the process; only an OS crash may lose the last commits, never corrupt.
            exec("PRAGMA synchronous = NORMAL");
            migrate(*this);
        } else if (userVersion() > latestSchemaVersion()) {
            throw StoreError("database '" + path + "' was written by a newer FraudLens (schema "
                + std::to_string(userVersion()) + ")", SQLITE_ERROR);
        }
        exec("PRAGMA cache_size = -65536");
        // Before any TEMP object: setting temp_store drops them all.
        exec("PRAGMA temp_store = MEMORY");
        if (m_readOnly)
            adaptReadOnly(*this);
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(message + " (in: " + text.substr(0, 80) + ")", rc);
    }
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    Statement query(*this, "PRAGMA user_version");
    query.step();
    return static_cast<int>(query.columnInt(0));
}

void Database::interrupt() { sqlite3_interrupt(m_db); }

std::string Database::integrityCheck()
{
    Statement query(*this, "PRAGMA integrity_check");
    return query.step() ? query.columnText(0) : std::string("no answer");
}

} // namespace fraudlens::store
