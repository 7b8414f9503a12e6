#pragma once

#include <cstdint>

namespace fraudlens::timeseries {

// One hour whose volume its baseline cannot explain.
struct BurstEvent {
    int scopeMerchant = -1;       // dense merchant id, or -1 for the whole platform
    std::int64_t hourStartMs = 0; // UTC, on the hour
    int observed = 0;             // transactions in the hour
    double expected = 0.0;        // baseline mean for the hour
    double score = 0.0;           // (0,1]; see BurstParameters for the mapping from the tail probability
};

} // namespace fraudlens::timeseries
