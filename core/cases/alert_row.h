#pragma once

#include "cases/alert_status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::cases {

// One line of the alert queue.
struct AlertRow {
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    std::string accountExternalId;
    bool accountFrozen = false; // accounts.status is 'active' or 'frozen'
    double priority = 0.0;
    double risk = 0.0;
    AlertStatus status = AlertStatus::New;
    std::vector<std::string> detectors;
    std::vector<std::string> topReasons; // the strongest two
    std::optional<std::int64_t> ringId;
    std::string assignee; // empty: nobody works it
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::int64_t flaggedTransactions = 0;
};

// Everything the queue's detail pane shows about one alert.
struct AlertDetail {
    AlertRow row;
    std::vector<std::string> reasons; // all of them, strongest first
};

} // namespace fraudlens::cases
