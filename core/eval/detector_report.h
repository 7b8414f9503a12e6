#pragma once

#include "eval/pr_point.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace fraudlens::eval {

// The figures the evaluation view and the CLI show for one detector. Undefined metrics
// are NaN (see RankingMetrics for the conventions).
struct DetectorReport {
    std::size_t labelled = 0;
    std::size_t positives = 0;
    double auroc = 0.0;
    double auprc = 0.0;          // average precision
    double precisionAt100 = 0.0;
    double recallAt1pct = 0.0;   // budget: 1 % of labelled rows
    std::vector<PrPoint> prCurve; // at most ~100 points

    static DetectorReport compute(std::span<const float> scores, std::span<const std::int8_t> labels);
    static DetectorReport compute(std::span<const double> scores, std::span<const std::int8_t> labels);
};

} // namespace fraudlens::eval
