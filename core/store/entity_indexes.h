#pragma once

namespace fraudlens::store {

class Database;

// Indexes on the shared-entity columns (device, IP, card, email, address) that the
// account and network views need to count who else used an entity. They are built by the
// first scoring run, not by the schema: an import then keeps the pace of SQLite's own
// .import, and an unscored database has no alerts to investigate anyway.
class EntityIndexes {
public:
    // Creates the missing ones; a no-op when they exist.
    static void ensure(Database& db);
};

} // namespace fraudlens::store
