#pragma once

#include "rules/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::rules {

// How one rule (or all enabled rules together) fared on past data.
struct RuleBacktestRow {
    std::string name;
    Severity severity = Severity::Medium;
    bool enabled = true;
    std::string problem;             // why the rule could not run on this data; empty when it ran
    std::int64_t hits = 0;           // over all rows
    double hitShare = 0.0;           // hits / rows
    std::int64_t labelledHits = 0;   // hits on rows with a known label
    std::int64_t truePositives = 0;  // hits on rows labelled fraud
    std::optional<double> precision; // truePositives / labelledHits, when labelledHits > 0
    std::optional<double> recall;    // truePositives / positives, when there are positives
};

struct BacktestResult {
    std::int64_t rows = 0;
    std::int64_t labelledRows = 0;
    std::int64_t positives = 0; // rows labelled fraud
    std::vector<RuleBacktestRow> rules;
    RuleBacktestRow anyEnabled; // a row that any enabled rule hits

    bool hasLabels() const { return labelledRows > 0; }
    std::string toJson() const;
    // A fixed-width table for the terminal.
    std::string toText() const;
};

} // namespace fraudlens::rules
