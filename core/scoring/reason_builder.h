#pragma once

#include <string>
#include <string_view>
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

// Turns each transaction's evidence into its top reasons, in words, as a JSON array of
// {"detector", "text", "weight"}: what a reviewer reads first on an alert.
class ReasonBuilder {
public:
    ReasonBuilder(const ScoringResult& result, const features::FeatureMatrix& features, const ModelScores& models,
                  const rules::RuleSet& rules, const rules::RuleHits& hits);
    std::string reasonsFor(std::size_t row) const;

private:
    struct Candidate {
        float weight;
        std::string_view detector;
        std::string text;
    };
    void collect(std::size_t row, std::vector<Candidate>& candidates) const;
    std::string ringText(int ring) const;
    std::string burstText(std::size_t row) const;

    const ScoringResult& m_result;
    const features::FeatureMatrix& m_features;
    const ModelScores& m_models;
    const rules::RuleSet& m_rules;
    const rules::RuleHits& m_hits;
    std::unordered_map<std::int64_t, std::size_t> m_burstByKey; // (merchant, hour) -> event
    std::unordered_map<std::size_t, std::size_t> m_refundOf;     // order row -> the refund row reversing it
    std::vector<float> m_accountPeak;                             // per account: highest own risk
};

} // namespace fraudlens::scoring
