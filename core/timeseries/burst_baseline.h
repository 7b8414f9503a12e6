#pragma once

#include "timeseries/burst_parameters.h"
#include "timeseries/platform_baseline.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fraudlens::timeseries {

// What each hour's volume should be, for the platform and for each merchant, fitted on a
// stretch of transactions. BurstDetector measures the same transactions against it; live
// scoring measures new hours against the baseline of everything seen before them.
//
// A merchant's hours follow the platform's rhythm, sale days included: its expected count
// is its volume spread over its active span (at least minMerchantSpanHours) in proportion
// to the platform's expected volume.
class BurstBaseline {
public:
    static constexpr std::uint32_t kNoMerchant = 0xFFFFFFFF;

    // tsMs in any order (not empty); merchant: dense id in [0, merchantCount) per
    // transaction, anything else (or missing) for none.
    BurstBaseline(std::span<const std::int64_t> tsMs, std::span<const std::uint32_t> merchant, std::size_t merchantCount,
                  const BurstParameters& parameters);

    std::int64_t firstEpochHour() const { return m_firstHour; }
    std::size_t hours() const { return m_hourCount.size(); }
    std::size_t merchantCount() const { return m_rate.size(); }
    // Transactions in the data's hour h (0 = the first).
    int count(std::size_t hour) const { return m_hourCount[hour]; }
    double platformDispersion() const { return m_platform->dispersion(); }

    // Expected volumes in the data's hour h.
    double platformExpected(std::size_t hour) const { return m_platform->expected()[hour]; }
    double merchantExpected(std::uint32_t merchant, std::size_t hour) const { return m_rate[merchant] * m_shape[hour]; }

    // For live scoring, which applies its own level to hours past the data.
    const PlatformBaseline& platform() const { return *m_platform; }
    // A merchant's volume per unit of the platform's shape (expected / mean expected).
    double merchantRate(std::uint32_t merchant) const { return m_rate[merchant]; }
    double meanExpected() const { return m_meanExpected; }

private:
    struct MerchantSpan {
        std::uint32_t count = 0;
        std::uint32_t firstHour = 0;
        std::uint32_t lastHour = 0;
    };

    std::int64_t m_firstHour = 0;
    std::vector<int> m_hourCount;
    std::optional<PlatformBaseline> m_platform;
    double m_meanExpected = 1.0;
    std::vector<double> m_shape; // per hour: expected / mean expected
    std::vector<double> m_rate;  // per merchant: transactions per unit of shape
};

} // namespace fraudlens::timeseries
