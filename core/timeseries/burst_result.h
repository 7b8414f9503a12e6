#pragma once

#include "timeseries/burst_event.h"

#include <vector>

namespace fraudlens::timeseries {

struct BurstResult {
    // Platform and merchant events, by hour, the platform's first, then by merchant id.
    std::vector<BurstEvent> events;
    // Per input transaction: the score of the most extreme burst hour it falls in
    // (its merchant's or the platform's), 0 when both are normal, times informativeness.
    std::vector<float> txScore;
    // 1 while burst hours hold a small share of the transactions, falling to 0 as they hold
    // a large one: on lumpy data (a sample, a simulator's uneven clock) "bursts" are the
    // data's shape, not an attack, and as evidence they would only add noise.
    float informativeness = 1.0f;
};

} // namespace fraudlens::timeseries
