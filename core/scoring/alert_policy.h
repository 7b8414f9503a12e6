#pragma once

#include <cstddef>
#include <optional>

namespace fraudlens::scoring {

// Which transactions are flagged: those whose fused risk passes the threshold when one
// is set, else the riskiest `budget` share of all transactions (the alert budget), plus
// every high-severity rule hit. Accounts with flagged transactions get an alert.
struct AlertPolicy {
    double budget = 0.01;
    std::optional<float> threshold;
    // Evidence at least this strong names a detector on the alert.
    float detectorEvidence = 0.3f;
    // The strongest reasons kept on an alert, across its transactions.
    std::size_t maxReasons = 5;
    // A high-severity rule is an analyst's explicit "always look at this": its alert's
    // priority is at least this, whatever the fused risk.
    float urgentPriority = 0.9f;
};

} // namespace fraudlens::scoring
