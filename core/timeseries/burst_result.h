#pragma once

#include "timeseries/burst_event.h"

#include <vector>

namespace fraudlens::timeseries {

struct BurstResult {
    // Platform and merchant events, by hour, the platform's first, then by merchant id.
    std::vector<BurstEvent> events;
    // Per input transaction: the score of the most extreme burst hour it falls in
    // (its merchant's or the platform's), 0 when both are normal.
    std::vector<float> txScore;
};

} // namespace fraudlens::timeseries
