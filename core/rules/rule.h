#pragma once

#include "rules/severity.h"

#include <cstdint>
#include <string>

namespace fraudlens::rules {

// One analyst-editable rule, as stored in the rules table.
struct Rule {
    std::int64_t id = 0; // 0 until stored
    std::string name;
    std::string expression; // e.g. "amount > 5 * acct_median_amount and new_device"
    Severity severity = Severity::Medium;
    bool enabled = true;
    std::string description;
    std::int64_t updatedAtMs = 0;
};

} // namespace fraudlens::rules
