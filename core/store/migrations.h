#pragma once

namespace fraudlens::store {

class Database;

// The schema version this build writes; PRAGMA user_version holds the applied one.
int latestSchemaVersion();

// Applies every migration above the database's user_version, each in its own
// transaction together with the version bump, so a crash never leaves half a schema.
void migrate(Database& db);

// For a read-only connection to a database from before schema 4, which it cannot
// migrate: a TEMP view in place of entity_accounts, so that the account and network views
// still read who used which entity (through the old indexes, or a scan).
void adaptReadOnly(Database& db);

} // namespace fraudlens::store
