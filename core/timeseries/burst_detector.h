#pragma once

#include "timeseries/burst_parameters.h"
#include "timeseries/burst_result.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace fraudlens::timeseries {

class BurstBaseline;

// Bursts: hours in which the whole platform, or one merchant, sells far more than its
// baseline explains. The platform is measured against a seasonal baseline that follows
// the day's own level (PlatformBaseline); a merchant against its share of that same
// baseline, with a count model fit for shops that sell a few items a day.
class BurstDetector {
public:
    static constexpr std::uint32_t kNoMerchant = 0xFFFFFFFF;

    explicit BurstDetector(BurstParameters parameters = {});

    // tsMs: UTC milliseconds, one per transaction (ascending is fastest; any order works).
    // merchant: dense id in [0, merchantCount) per transaction, kNoMerchant (or missing,
    // or out of range) for none. txScore in the result is indexed like tsMs.
    BurstResult detect(std::span<const std::int64_t> tsMs, std::span<const std::uint32_t> merchant,
                       std::size_t merchantCount) const;
    // The same against a baseline already fitted on exactly these transactions.
    BurstResult detect(const BurstBaseline& baseline, std::span<const std::int64_t> tsMs,
                       std::span<const std::uint32_t> merchant, std::size_t merchantCount) const;
    // BurstResult::informativeness for these per-transaction scores (before scaling).
    static float informativeness(std::span<const float> txScore);

private:
    BurstParameters m_parameters;
};

} // namespace fraudlens::timeseries
