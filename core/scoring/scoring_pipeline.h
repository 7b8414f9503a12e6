#pragma once

#include "scoring/alert_policy.h"
#include "scoring/fusion.h"
#include "scoring/model_stage.h"
#include "scoring/scoring_result.h"

#include <optional>
#include <vector>

namespace fraudlens::rules {
struct Rule;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::scoring {

struct PipelineInput {
    features::TransactionFrame frame;
    std::vector<rules::Rule> rules;
    ModelStageOptions models;
    AlertPolicy alerts;
    Fusion fusion = Fusion::defaults();
};

// The whole scoring computation on a frame, without touching a database: features, the
// two models, rings, rules, bursts, calibration, fusion, reasons and alerts.
class ScoringPipeline {
public:
    // Empty when progress asked to stop.
    static std::optional<ScoringResult> run(PipelineInput input, util::Progress* progress);
};

} // namespace fraudlens::scoring
