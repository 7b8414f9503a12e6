#include "store/migrations.h"

#include "store/database.h"
#include "store/store_error.h"
#include "store/write_transaction.h"

#include <array>
#include <string>

namespace fraudlens::store {

namespace {

// Times are INTEGER milliseconds since the Unix epoch, UTC. Never edit a migration that
// has shipped: add the next one.
constexpr std::array kMigrations = {
    // 1: accounts, transactions, imports, the audit chain, settings.
    R"SQL(
CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    created_at  INTEGER,
    first_seen  INTEGER,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen')),
    attributes  TEXT
);
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    mapping       TEXT NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_stored   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER NOT NULL
);
CREATE INDEX imports_by_sha256 ON imports (sha256);
CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    external_id   TEXT NOT NULL UNIQUE,
    account_id    INTEGER NOT NULL REFERENCES accounts (id),
    ts            INTEGER NOT NULL,
    amount        REAL NOT NULL,
    currency      TEXT,
    tx_type       TEXT,
    status        TEXT,
    merchant      TEXT,
    device        TEXT,
    ip            TEXT,
    card          TEXT,
    email         TEXT,
    address       TEXT,
    country       TEXT,
    channel       TEXT,
    category      TEXT,
    extra         TEXT,
    label         INTEGER CHECK (label IN (0, 1)),
    fraud_pattern TEXT,
    import_id     INTEGER REFERENCES imports (id)
);
CREATE INDEX transactions_by_account_time ON transactions (account_id, ts);
CREATE INDEX transactions_by_time ON transactions (ts);
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    ts        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- The newest entry, written with every append: a tail cut off or a row appended behind
-- the application's back no longer matches it.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL",
};

} // namespace

int latestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

void migrate(Database& db)
{
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw StoreError("database '" + db.path() + "' was written by a newer FraudLens (schema "
                             + std::to_string(current) + ", this build knows "
                             + std::to_string(latestSchemaVersion()) + ")",
                         1);
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        WriteTransaction transaction(db);
        // Another process may have migrated between our check and our write lock.
        if (db.userVersion() >= version)
            continue;
        db.exec(kMigrations[static_cast<size_t>(version - 1)]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        transaction.commit();
    }
}

} // namespace fraudlens::store
