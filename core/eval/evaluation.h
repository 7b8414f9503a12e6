#pragma once

#include "eval/detector_report.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::eval {

// The latest scoring run measured against the labels in the data: per detector and for
// the fused risk, and per injected pattern on demo data. Labels are read here and by the
// feedback loop only; no detector ever sees them.
struct Evaluation {
    std::size_t transactions = 0;
    std::size_t positives = 0;
    std::vector<std::pair<std::string, DetectorReport>> detectors; // "fused" first
    std::map<std::string, double> patternRecallAt2pct;

    // Throws std::runtime_error when the database has no scores yet.
    static Evaluation fromDatabase(store::Database& db);
    // The contract scripts read (see `fraudlens-cli evaluate --json`); NaN is null.
    std::string toJson() const;
    std::string toText() const;
};

} // namespace fraudlens::eval
