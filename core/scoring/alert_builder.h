#pragma once

#include "scoring/alert_policy.h"

#include <vector>

namespace fraudlens::scoring {

struct ScoringResult;
struct Alert;

class AlertBuilder {
public:
    // Alerts by priority, highest first.
    static std::vector<Alert> build(const ScoringResult& result, const AlertPolicy& policy);
    // The fused-risk cut the policy amounts to on these scores.
    static float cutOff(const std::vector<float>& fused, const AlertPolicy& policy);
};

} // namespace fraudlens::scoring
