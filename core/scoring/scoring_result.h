#pragma once

#include "features/transaction_frame.h"
#include "graph/ring.h"
#include "scoring/alert.h"
#include "scoring/detector.h"
#include "scoring/model_stage.h"
#include "timeseries/burst_event.h"

#include <array>
#include <string>
#include <vector>

namespace fraudlens::scoring {

// Everything a scoring run produced, held in memory until it is written in one
// transaction (so a cancelled run leaves the previous results as they were).
struct ScoringResult {
    features::TransactionFrame frame;
    std::array<std::vector<float>, kDetectorCount> evidence; // per detector, per row, in [0,1]
    std::vector<float> fused;                                // per row, in [0,1]
    std::vector<float> ownRisk;                              // per row: fused before account context
    std::vector<std::string> reasons;                        // per row: JSON array of reasons
    std::vector<std::uint8_t> highSeverityRule;              // per row: a high-severity rule hit
    graph::RingResult rings;
    std::vector<timeseries::BurstEvent> bursts;
    std::vector<Alert> alerts;
    std::vector<SavedModel> models;
    std::string device;
    std::string parametersJson;
    std::string durationsJson;
    std::string summaryJson;
};

} // namespace fraudlens::scoring
