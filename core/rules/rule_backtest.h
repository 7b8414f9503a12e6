#pragma once

#include "rules/backtest_result.h"

#include <cstdint>
#include <vector>

namespace fraudlens::features {
struct FeatureMatrix;
}

namespace fraudlens::rules {

class RuleSet;

// Replays rules over past transactions: how often each hits and, where labels are known,
// how much fraud it catches and how much of what it flags is fraud.
class RuleBacktest {
public:
    // labels: one per row, 1 fraud, 0 genuine, -1 unknown; empty when there are none.
    // Disabled rules are measured too (that is how one decides to enable a rule); the
    // "any enabled rule" row counts only enabled ones.
    static BacktestResult run(const RuleSet& rules, const features::FeatureMatrix& matrix,
                              const std::vector<std::int8_t>& labels);
};

} // namespace fraudlens::rules
