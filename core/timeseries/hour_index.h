#pragma once

#include <cstdint>

namespace fraudlens::timeseries {

inline constexpr std::int64_t kHourMs = 3'600'000;

// Hours since the epoch, rounding down also before 1970: timestamps of imported data may
// predate it, and truncation towards zero would fold two hours into one.
constexpr std::int64_t hourIndex(std::int64_t tsMs)
{
    std::int64_t q = tsMs / kHourMs;
    if (tsMs % kHourMs != 0 && tsMs < 0)
        --q;
    return q;
}

} // namespace fraudlens::timeseries
