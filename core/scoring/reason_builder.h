#pragma once

#include "scoring/reason_row.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace fraudlens::features {
struct FeatureMatrix;
}
namespace fraudlens::rules {
class RuleSet;
struct RuleHits;
}

namespace fraudlens::scoring {

struct ScoringResult;
struct ModelScores;

// Turns each transaction of a batch run into its top reasons, in words, as a JSON array of
// {"detector", "text", "weight"}: what a reviewer reads first on an alert. The words are
// ReasonCollector's, which live scoring shares; this class finds each row's material in
// the run's results.
class ReasonBuilder {
public:
    ReasonBuilder(const ScoringResult& result, const features::FeatureMatrix& features, const ModelScores& models,
                  const rules::RuleSet& rules, const rules::RuleHits& hits);
    std::string reasonsFor(std::size_t row) const;

private:
    ReasonRow material(std::size_t row) const;
    const timeseries::BurstEvent* burstOf(std::size_t row) const;

    const ScoringResult& m_result;
    const features::FeatureMatrix& m_features;
    const ModelScores& m_models;
    const rules::RuleSet& m_rules;
    const rules::RuleHits& m_hits;
    std::unordered_map<std::int64_t, std::size_t> m_burstByKey; // (merchant, hour) -> event
    std::vector<std::uint32_t> m_refundOf;                        // per order row: the refund row reversing it, or kNoId
    std::vector<float> m_accountPeak;                             // per account: highest own risk
};

} // namespace fraudlens::scoring
