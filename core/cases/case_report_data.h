#pragma once

#include "cases/account_snapshot.h"
#include "cases/alert_row.h"
#include "store/audit_entry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// One transaction an alert flagged, with what the latest scoring run said of it.
struct FlaggedTransaction {
    std::int64_t id = 0;
    std::string externalId;
    std::int64_t timeMs = 0;
    double amount = 0.0;
    std::string currency;
    std::string merchant;
    std::optional<double> risk;       // fused; nullopt when the transaction was not scored
    std::vector<std::string> reasons; // strongest first, in words
};

// An analyst's note on the account, withdrawn ones included: the audit chain records both.
struct CaseNote {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    std::string actor;
    std::string text;
    std::optional<std::int64_t> alertId; // the alert it is about, if any
    bool withdrawn = false;
};

// The newest entry of the audit chain when the report was read: an auditor who re-verifies
// the chain later can tell that every decision in the report is part of it.
struct AuditHead {
    std::int64_t seq = 0; // 0: the log is empty
    std::string hash;     // the genesis hash when the log is empty
};

// Everything a case report shows about one alert, read in one read transaction so that the
// alert, its account, the decisions and the chain head agree with each other.
struct CaseReportData {
    AlertDetail alert;
    AccountSnapshot account;
    std::vector<FlaggedTransaction> flagged; // oldest first
    // Audit entries about this alert ("alert:<id>") or its account ("account:<external id>"),
    // oldest first, with their hashes.
    std::vector<store::AuditEntry> decisions;
    std::vector<CaseNote> notes; // the account's, oldest first
    AuditHead auditHead;

    // Throws CaseError when no alert has that id (a rescoring withdrew it).
    static CaseReportData load(store::Database& db, std::int64_t alertId);
};

} // namespace fraudlens::cases
