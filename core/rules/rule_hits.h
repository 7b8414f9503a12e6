#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace fraudlens::rules {

// Which enabled rules hit each row of a feature matrix, packed row after row (one
// allocation however many rows) with the per-row rules score and a count per rule.
struct RuleHits {
    std::vector<std::size_t> offsets{0};  // row i's hits are rules[offsets[i] .. offsets[i + 1])
    std::vector<std::uint16_t> rules;     // rule indices into the RuleSet, ascending per row
    std::vector<float> scores;            // max effective weight of the row's hits, 0 if none
    std::vector<std::int64_t> hitsPerRule; // indexed like the RuleSet; 0 for disabled rules
    // Per rule, in [0,1]: 1 while it hits a small share of the rows, falling to 0 as it
    // hits a large one. A rule that flags most of a data set (a fixed amount threshold
    // meeting another currency) describes the data, not fraud, and must not drown the rest.
    std::vector<float> informativeness;
    // Per rule: what a hit weighs (severity weight x informativeness), and whether a hit
    // raises an alert by itself (high severity, still informative). Batch and live read these.
    std::vector<float> weight;
    std::vector<std::uint8_t> urgent;

    std::size_t rows() const { return scores.size(); }
    std::span<const std::uint16_t> of(std::size_t row) const { return {rules.data() + offsets[row], offsets[row + 1] - offsets[row]}; }
};

} // namespace fraudlens::rules
