#pragma once

#include "cases/alert_status.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace fraudlens::cases {

// The columns the alert queue sorts on, in the database (never on the client: a page
// only holds a slice of the queue).
enum class AlertSortColumn { Priority, Risk, Account, Status, Age, Ring, Assignee };

enum class SortOrder { Ascending, Descending };

// Which alerts the queue shows and in what order. Every value here reaches SQL as a bound
// parameter; only the enums choose fragments of SQL text.
struct AlertFilter {
    enum class RingScope {
        Any,       // in a ring or not
        InAnyRing, // ring_id is set
        OneRing,   // ring_id == ringId
    };

    // Empty: the open alerts (new, in review, escalated), the queue's work.
    std::set<AlertStatus> statuses;
    // Every status, decided ones included; statuses is then ignored.
    bool allStatuses = false;
    // A detector name ("rules", "rings", …) that must be among the alert's detectors; empty: any.
    std::string detector;
    std::optional<double> minRisk;
    std::optional<double> maxRisk;
    RingScope ringScope = RingScope::Any;
    std::int64_t ringId = 0;
    // Part of the account's external id (a literal: % and _ match only themselves).
    std::string accountSearch;

    // Age sorts by how old an alert is: ascending shows the youngest first. Rows with no
    // ring or no assignee come last in either order. Ties are broken by alert id, in the
    // same direction, so that pages never overlap or skip a row.
    AlertSortColumn sortColumn = AlertSortColumn::Priority;
    SortOrder order = SortOrder::Descending;

    bool operator==(const AlertFilter&) const = default;
};

} // namespace fraudlens::cases
