#pragma once

#include "cases/audit_filter.h"
#include "store/audit_entry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Reading the audit log for the audit view: filtered counts, pages newest first, the
// values the filter offers, and a CSV export. Read-only; never changes the log.
class AuditQuery {
public:
    struct Extent {
        std::int64_t count = 0;
        std::int64_t newestSeq = 0; // 0 when nothing matches
    };

    explicit AuditQuery(store::Database& db) : m_db(db) {}

    std::int64_t count(const AuditFilter& filter);
    // Count and newest entry read by one statement, so they describe the same moment.
    Extent extent(const AuditFilter& filter);
    // Newest first (seq descending).
    std::vector<store::AuditEntry> page(const AuditFilter& filter, std::int64_t offset, std::int64_t limit);
    // How many matching entries are newer than seq: the row at which seq stands (or would
    // stand) in page order.
    std::int64_t countNewerThan(const AuditFilter& filter, std::int64_t seq);

    std::vector<std::string> actors();
    std::vector<std::string> actions();

    // Writes seq, time (ISO 8601 UTC), actor, action, target, details, hash in seq order
    // to a temporary file beside `path`, then renames it over `path`: a failed export
    // leaves no partial file. Returns the number of entries written.
    std::int64_t exportCsv(const AuditFilter& filter, const std::string& path);

private:
    std::vector<std::string> distinct(const char* sql);

    store::Database& m_db;
};

} // namespace fraudlens::cases
