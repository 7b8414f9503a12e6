#pragma once

#include "scoring/detector.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace fraudlens::features {
class FeatureSchema;
}
namespace fraudlens::graph {
struct Ring;
}
namespace fraudlens::rules {
class RuleSet;
}
namespace fraudlens::timeseries {
struct BurstEvent;
}

namespace fraudlens::scoring {

// Everything one transaction's reasons are made of, whichever way it was scored: batch
// (ReasonBuilder points into a ScoringResult) or live (LiveScorer points into its own
// state). Views only; the owner keeps them alive while ReasonCollector reads them.
struct ReasonRow {
    const features::FeatureSchema* schema = nullptr;
    const float* features = nullptr;                  // schema->size() values
    Evidence evidence{};
    std::span<const int> autoencoderColumns;          // feature index of each autoencoder input
    std::span<const float> autoencoderErrors;         // squared error per autoencoder input
    std::span<const int> sequenceTargets;             // feature index of each predicted target
    std::span<const float> sequenceErrors;            // squared error per target
    const graph::Ring* ring = nullptr;                // the account's ring, if any
    const rules::RuleSet* rules = nullptr;
    std::span<const std::uint16_t> ruleHits;          // indices into *rules
    std::span<const float> ruleWeights;               // per rule: RuleHits::weight
    const timeseries::BurstEvent* burst = nullptr;    // the burst hour it fell in, if any
    std::string_view burstMerchant;                   // that burst's merchant name (merchant bursts)
};

} // namespace fraudlens::scoring
