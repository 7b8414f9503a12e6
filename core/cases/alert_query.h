#pragma once

#include "cases/alert_filter.h"
#include "cases/alert_row.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Reads the alert queue a page at a time, filtered and sorted in SQL, so that a queue of
// any length costs one page of memory. Read-only; works on any connection.
class AlertQuery {
public:
    explicit AlertQuery(store::Database& db) : m_db(db) {}

    std::int64_t count(const AlertFilter& filter);
    // Rows [offset, offset + limit) of the queue in the filter's order.
    std::vector<AlertRow> page(const AlertFilter& filter, std::int64_t offset, int limit);
    // Where an alert stands in the queue (0-based), or nullopt when the filter leaves it out:
    // lets a reload load the page that keeps the analyst's selection in view.
    std::optional<std::int64_t> position(const AlertFilter& filter, std::int64_t alertId);
    // nullopt when the alert no longer exists (a rescoring withdrew it).
    std::optional<AlertDetail> detail(std::int64_t alertId);

    // Workflow order for sorting by status: open work first, then the decided cases.
    static int statusRank(AlertStatus status);

private:
    store::Database& m_db;
};

} // namespace fraudlens::cases
