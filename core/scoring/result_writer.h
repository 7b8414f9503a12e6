#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::scoring {

struct ScoringResult;

// Writes a run's results in one write transaction: the run record, its models, every
// transaction's scores and reasons, rings, bursts, the merge of its alerts into the
// queue, and an audit entry. Until commit the previous results stand untouched.
class ResultWriter {
public:
    // Returns the new run's id.
    static std::int64_t write(store::Database& db, const ScoringResult& result, const std::string& actor,
                              std::int64_t startedAtMs);
};

} // namespace fraudlens::scoring
