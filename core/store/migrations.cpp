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
    // 2: scoring. A run's results replace the previous run's in one transaction, so a
    // cancelled or crashed run leaves the last good results in place.
    R"SQL(
CREATE TABLE scoring_runs (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    device      TEXT NOT NULL,
    parameters  TEXT NOT NULL,
    durations   TEXT NOT NULL,
    summary     TEXT NOT NULL
);
CREATE TABLE models (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES scoring_runs (id),
    kind       TEXT NOT NULL,
    path       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    sidecar    TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX models_by_kind ON models (kind, id);
-- One row per transaction of the latest run: each detector's calibrated score in [0,1],
-- the fused risk, and the top reasons as JSON.
CREATE TABLE scores (
    tx_id       INTEGER PRIMARY KEY REFERENCES transactions (id),
    run_id      INTEGER NOT NULL REFERENCES scoring_runs (id),
    autoencoder REAL NOT NULL,
    sequence    REAL NOT NULL,
    rings       REAL NOT NULL,
    rules       REAL NOT NULL,
    bursts      REAL NOT NULL,
    fused       REAL NOT NULL,
    reasons     TEXT NOT NULL
);
CREATE INDEX scores_by_fused ON scores (fused DESC);
CREATE TABLE rings (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER NOT NULL REFERENCES scoring_runs (id),
    score     REAL NOT NULL,
    size      INTEGER NOT NULL,
    density   REAL NOT NULL,
    details   TEXT NOT NULL
);
CREATE TABLE ring_members (
    ring_id    INTEGER NOT NULL REFERENCES rings (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (ring_id, account_id)
);
CREATE INDEX ring_members_by_account ON ring_members (account_id);
CREATE TABLE ring_entities (
    ring_id  INTEGER NOT NULL REFERENCES rings (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    value    TEXT NOT NULL,
    accounts INTEGER NOT NULL
);
CREATE INDEX ring_entities_by_ring ON ring_entities (ring_id);
CREATE TABLE bursts (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES scoring_runs (id),
    scope      TEXT NOT NULL,
    hour_start INTEGER NOT NULL,
    observed   INTEGER NOT NULL,
    expected   REAL NOT NULL,
    score      REAL NOT NULL
);
CREATE INDEX bursts_by_hour ON bursts (hour_start);
CREATE TABLE rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    expression  TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    description TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL
);
-- One open alert per account at most; decided alerts stay as the record of the case.
CREATE TABLE alerts (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    run_id     INTEGER REFERENCES scoring_runs (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'new'
               CHECK (status IN ('new', 'in_review', 'confirmed_fraud', 'false_positive', 'escalated')),
    priority   REAL NOT NULL,
    risk       REAL NOT NULL,
    detectors  TEXT NOT NULL,
    reasons    TEXT NOT NULL,
    ring_id    INTEGER,
    assignee   TEXT
);
CREATE INDEX alerts_by_status_priority ON alerts (status, priority DESC);
CREATE UNIQUE INDEX alerts_one_open_per_account ON alerts (account_id) WHERE status IN ('new', 'in_review', 'escalated');
CREATE TABLE alert_transactions (
    alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    tx_id    INTEGER NOT NULL REFERENCES transactions (id),
    PRIMARY KEY (alert_id, tx_id)
) WITHOUT ROWID;
)SQL",
    // 3: analysts' notes on accounts and alerts. A note is never deleted: undoing one marks
    // it withdrawn, so what an auditor reads matches the audit chain.
    R"SQL(
CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    alert_id   INTEGER REFERENCES alerts (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    text       TEXT NOT NULL,
    withdrawn  INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
);
CREATE INDEX notes_by_account ON notes (account_id, created_at);
CREATE INDEX audit_by_target ON audit_log (target, seq);
)SQL",
    // 4: who used which shared entity, as a table of distinct (kind, value, account) rows
    // (store::EntityAccounts) instead of five indexes over every transaction; and no index
    // on the fused score, which no query reads. Both cut what each stored transaction
    // writes to the WAL.
    R"SQL(
CREATE TABLE entity_accounts (
    kind       TEXT NOT NULL CHECK (kind IN ('device', 'ip', 'card', 'email', 'address')),
    value      TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (kind, value, account_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO entity_accounts (kind, value, account_id)
SELECT 'device', device, account_id FROM transactions WHERE device IS NOT NULL
UNION ALL SELECT 'ip', ip, account_id FROM transactions WHERE ip IS NOT NULL
UNION ALL SELECT 'card', card, account_id FROM transactions WHERE card IS NOT NULL
UNION ALL SELECT 'email', email, account_id FROM transactions WHERE email IS NOT NULL
UNION ALL SELECT 'address', address, account_id FROM transactions WHERE address IS NOT NULL;
-- After the fill, which reads the old indexes where a scoring run made them, in order:
-- 10 s instead of 16 s for a million rows.
DROP INDEX IF EXISTS scores_by_fused;
DROP INDEX IF EXISTS transactions_by_device;
DROP INDEX IF EXISTS transactions_by_ip;
DROP INDEX IF EXISTS transactions_by_card;
DROP INDEX IF EXISTS transactions_by_email;
DROP INDEX IF EXISTS transactions_by_address;
)SQL",
    // 5: the frozen accounts by id, which a live session reads again whenever another
    // connection committed (a freeze must count for the next transaction): a page or two
    // instead of a scan of every account.
    R"SQL(
CREATE INDEX IF NOT EXISTS accounts_frozen ON accounts (external_id) WHERE status = 'frozen';
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

void adaptReadOnly(Database& db)
{
    if (db.userVersion() >= 4)
        return;
    db.exec("CREATE TEMP VIEW IF NOT EXISTS entity_accounts (kind, value, account_id) AS "
            "SELECT 'device', device, account_id FROM transactions WHERE device IS NOT NULL "
            "UNION SELECT 'ip', ip, account_id FROM transactions WHERE ip IS NOT NULL "
            "UNION SELECT 'card', card, account_id FROM transactions WHERE card IS NOT NULL "
            "UNION SELECT 'email', email, account_id FROM transactions WHERE email IS NOT NULL "
            "UNION SELECT 'address', address, account_id FROM transactions WHERE address IS NOT NULL");
}

} // namespace fraudlens::store
