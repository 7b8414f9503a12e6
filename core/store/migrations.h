#pragma once

namespace fraudlens::store {

class Database;

// The schema version this build writes; PRAGMA user_version holds the applied one.
int latestSchemaVersion();

// Applies every migration above the database's user_version, each in its own
// transaction together with the version bump, so a crash never leaves half a schema.
void migrate(Database& db);

} // namespace fraudlens::store
