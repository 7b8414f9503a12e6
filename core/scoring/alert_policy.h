#pragma once

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
};

} // namespace fraudlens::scoring
