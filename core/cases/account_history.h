#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// One line of an account's case history: an audit entry about the account or one of its
// alerts, or an analyst's note.
struct HistoryEntry {
    enum class Kind { Audit, Note };

    Kind kind = Kind::Audit;
    std::int64_t id = 0; // audit_log.seq or notes.id
    std::int64_t atMs = 0;
    std::string actor;
    // Audit entries: the action ("score.run", …), its target ("account:…", "alert:…"), and
    // the reason or note its details carry, when they carry one.
    std::string action;
    std::string target;
    std::string summary;
    // Notes: the text, the alert it is about, whether it was withdrawn (undone).
    std::string text;
    std::optional<std::int64_t> alertId;
    bool withdrawn = false;
};

struct AccountHistory {
    static constexpr std::size_t kMaxEntries = 1000;

    std::vector<HistoryEntry> entries; // newest first
    bool truncated = false;            // older entries than these exist

    // Audit targets are "account:<external id>" and "alert:<alert id>".
    static AccountHistory load(store::Database& db, std::int64_t accountId, std::size_t limit = kMaxEntries);
};

} // namespace fraudlens::cases
