#pragma once

#include "scoring/alert_policy.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::scoring {

// One stage of a run and how long it took ("features", "models", "rings", ...).
struct StageDuration {
    std::string stage;
    double seconds = 0.0;
};

// The latest scoring run as the scoring_runs table records it, with the parameters a
// re-score needs to flag transactions the same way.
struct ScoringRunRecord {
    std::int64_t id = 0;
    std::int64_t startedAtMs = 0;
    std::int64_t finishedAtMs = 0;
    std::string device;                  // "cpu" or "cuda"
    std::vector<StageDuration> durations; // in pipeline order
    std::string parametersJson;
    AlertPolicy alerts;                   // budget or threshold the run used
    int threads = 0;
    std::uint64_t seed = 42;
    // Both models of a run are registered: "re-score with the current models" can run.
    bool modelsRegistered = false;

    // Empty when the database was never scored.
    static std::optional<ScoringRunRecord> latest(store::Database& db);
};

} // namespace fraudlens::scoring
