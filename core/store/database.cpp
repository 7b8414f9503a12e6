#include "store/database.h"

#include "store/migrations.h"
#include "store/statement.h"
#include "store/store_error.h"
#include "store/wal_gathering_vfs.h"

#include <sqlite3.h>

#include <filesystem>
#include <thread>

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
    // Only a connection that writes has WAL frames to gather.
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, m_readOnly ? nullptr : walGatheringVfsName());
    if (rc != SQLITE_OK)
        throwOpenError(m_db, path, rc);

    // A writer holding the lock briefly (another thread's commit) must not fail a reader.
    sqlite3_busy_handler(m_db, &Database::onBusy, this);
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

// SQLite's own busy timeout sleeps 1, 2, 5, 10 ms... between tries: a write lock held for
// a few milliseconds (the background checkpoint before the WAL starts over) cost a live
// commit up to twice that. Short sleeps first, then the old pace, so that a long wait
// (behind an import's commit) does not spin.
int Database::onBusy(void* self, int attempt)
{
    auto& db = *static_cast<Database*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        db.m_busySince = now;
    const auto waited = now - db.m_busySince;
    if (waited >= db.m_busyWait)
        return 0;
    const auto pause = waited < std::chrono::milliseconds(25) ? std::chrono::microseconds(50) : std::chrono::microseconds(1000);
    std::this_thread::sleep_for(pause);
    return 1;
}

Database::~Database()
{
    for (sqlite3_stmt* statement : m_transactionSteps)
        sqlite3_finalize(statement);
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

void Database::run(TransactionStep step)
{
    static constexpr std::array<const char*, 3> kSql = {"BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"};
    const auto index = static_cast<std::size_t>(step);
    sqlite3_stmt*& statement = m_transactionSteps[index];
    int rc = SQLITE_OK;
    if (statement == nullptr)
        rc = sqlite3_prepare_v3(m_db, kSql[index], -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    if (rc == SQLITE_OK || rc == SQLITE_DONE) {
        sqlite3_reset(statement);
        return;
    }
    std::string message = std::string(sqlite3_errmsg(m_db)) + " (in: " + kSql[index] + ")";
    if (statement != nullptr)
        sqlite3_reset(statement);
    throw StoreError(message, rc);
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
