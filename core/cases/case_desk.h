#pragma once

#include "cases/alert_status.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Whether a decision is the analyst's own or the undo or redo of an earlier one; the audit
// entry says which.
enum class DecisionOrigin { Analyst, Undo, Redo };

// Every decision an analyst makes on a case, each committed together with its audit
// entry (or not at all). Each call checks that the case is still as the analyst saw it
// and throws CaseConflict otherwise, so that two windows (or an undo after someone else
// acted) never overwrite each other silently. An undo is a decision of its own: it is
// applied the same way and audited with its origin.
class CaseDesk {
public:
    CaseDesk(store::Database& db, std::string actor);

    // Moves an alert from `expected` to `next`. Returns the audit entry's sequence number.
    std::int64_t setAlertStatus(std::int64_t alertId, AlertStatus expected, AlertStatus next,
                                const std::string& note = {}, DecisionOrigin origin = DecisionOrigin::Analyst);
    // Freezes or unfreezes an account; a reason is required (CaseError when empty).
    std::int64_t setAccountFrozen(std::int64_t accountId, bool frozen, const std::string& reason,
                                  DecisionOrigin origin = DecisionOrigin::Analyst);
    // A note on an account, optionally about one of its alerts. Returns the note's id.
    std::int64_t addNote(std::int64_t accountId, std::optional<std::int64_t> alertId, const std::string& text);
    // Withdraws a note (the undo of addNote): it stays stored, marked withdrawn.
    void withdrawNote(std::int64_t noteId);
    // Sets or clears (empty) who works an alert.
    std::int64_t assign(std::int64_t alertId, const std::string& assignee);

private:
    store::Database& m_db;
    std::string m_actor;
};

} // namespace fraudlens::cases
