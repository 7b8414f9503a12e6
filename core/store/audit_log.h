#pragma once

#include "store/audit_entry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fraudlens::store {

class Database;

// The outcome of re-walking the chain.
struct AuditVerification {
    bool ok = true;
    std::int64_t entries = 0;
    std::optional<std::int64_t> firstBadSeq; // the first entry that does not check out
    std::string problem;                     // in words, for the analyst or auditor
};

// Append-only log of every change of state, each entry chained to the previous one by
// SHA-256, so that an edit, a deletion or an insertion made outside FraudLens shows.
class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction when one is open (so the entry commits or
    // rolls back with the change it records), else in its own.
    AuditEntry append(const std::string& actor, const std::string& action, const std::string& target,
                      const std::string& detailsJson);
    AuditVerification verify();

    // The hash of an entry: over the previous hash and every field, each length-prefixed
    // so that no two different entries serialise alike.
    static std::string hashOf(const AuditEntry& entry);
    static const std::string& genesisHash();

private:
    Database& m_db;
};

} // namespace fraudlens::store
