#pragma once

#include "scoring/scoring_options.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::scoring {

struct ScoringRunSummary {
    std::int64_t runId = 0;
    std::size_t transactions = 0;
    std::size_t alerts = 0;
    std::size_t rings = 0;
    std::string device;
    std::string durationsJson;
    std::string summaryJson;
};

// `fraudlens-cli score` and the GUI's "Score" button: loads the database, runs the
// pipeline, and writes the results in one transaction. Model files go next to the
// database in FILE.db.models/. Empty when cancelled; the previous results then stand.
class ScoringJob {
public:
    static std::optional<ScoringRunSummary> run(const std::string& dbPath, const ScoringOptions& options,
                                                util::Progress* progress);
    static std::string modelDirectory(const std::string& dbPath) { return dbPath + ".models"; }
};

} // namespace fraudlens::scoring
