#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace fraudlens::store {

enum class OpenMode { ReadOnly, ReadWrite, Create };

// One SQLite connection. Each working thread opens its own (WAL makes readers and the
// single writer not block each other); a connection is never shared across threads.
class Database {
public:
    // Opens (and for ReadWrite/Create, migrates) the database at path.
    Database(const std::string& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }

    void exec(std::string_view sql);
    // BEGIN IMMEDIATE, COMMIT and ROLLBACK (WriteTransaction's), each prepared once: a
    // live session runs them thousands of times a second, and exec() parses its SQL anew.
    enum class TransactionStep { BeginImmediate, Commit, Rollback };
    void run(TransactionStep step);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    // Safe to call from another thread: makes the running statement fail with SQLITE_INTERRUPT.
    void interrupt();
    // "ok" or the first problem PRAGMA integrity_check reports.
    std::string integrityCheck();

    // How long a statement waits for a lock another connection holds before it fails
    // with SQLITE_BUSY (10 s unless set); zero fails at once.
    void setBusyWait(std::chrono::milliseconds wait) { m_busyWait = wait; }

private:
    static int onBusy(void* self, int attempt);

    std::string m_path;
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
    std::chrono::milliseconds m_busyWait{10000};
    std::chrono::steady_clock::time_point m_busySince;
    std::array<sqlite3_stmt*, 3> m_transactionSteps{};
};

} // namespace fraudlens::store
