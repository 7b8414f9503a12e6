#pragma once

#include <cstdint>

namespace fraudlens::store {

class Database;

// entity_accounts holds one row per (entity kind, value, account) ever seen together: who
// used which device, IP, card, email or address. It replaces five indexes over the
// transactions, which put five random-key index pages into the write-ahead log for every
// stored transaction; here an account reusing its own device writes nothing, which is most
// of a live stream.
class EntityAccounts {
public:
    // Adds the pairs of every transaction with id >= firstTransactionId, in the caller's
    // write transaction, so stored rows and their pairs commit together.
    static void addFrom(Database& db, std::int64_t firstTransactionId);
};

} // namespace fraudlens::store
