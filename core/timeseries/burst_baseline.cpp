#include "timeseries/burst_baseline.h"

#include "timeseries/hour_index.h"

#include <algorithm>
#include <numeric>

namespace fraudlens::timeseries {

BurstBaseline::BurstBaseline(std::span<const std::int64_t> tsMs, std::span<const std::uint32_t> merchant,
                             std::size_t merchantCount, const BurstParameters& parameters)
{
    const std::size_t n = tsMs.size();
    const auto [lo, hi] = std::minmax_element(tsMs.begin(), tsMs.end());
    m_firstHour = hourIndex(*lo);
    const auto hours = static_cast<std::size_t>(hourIndex(*hi) - m_firstHour + 1);
    const auto merchantOf = [&](std::size_t row) -> std::uint32_t {
        const std::uint32_t m = row < merchant.size() ? merchant[row] : kNoMerchant;
        return m < merchantCount ? m : kNoMerchant;
    };

    m_hourCount.assign(hours, 0);
    std::vector<MerchantSpan> spans(merchantCount);
    for (std::size_t row = 0; row < n; ++row) {
        const auto h = static_cast<std::uint32_t>(hourIndex(tsMs[row]) - m_firstHour);
        ++m_hourCount[h];
        const std::uint32_t m = merchantOf(row);
        if (m == kNoMerchant)
            continue;
        MerchantSpan& span = spans[m];
        if (span.count++ == 0) {
            span.firstHour = h;
            span.lastHour = h;
        }
        span.firstHour = std::min(span.firstHour, h);
        span.lastHour = std::max(span.lastHour, h);
    }

    m_platform.emplace(m_hourCount, m_firstHour, parameters);
    const std::vector<double>& expected = m_platform->expected();
    m_meanExpected = std::accumulate(expected.begin(), expected.end(), 0.0) / static_cast<double>(hours);
    m_shape.resize(hours);
    std::vector<double> cumulative(hours + 1, 0.0);
    for (std::size_t h = 0; h < hours; ++h) {
        m_shape[h] = expected[h] / m_meanExpected;
        cumulative[h + 1] = cumulative[h] + m_shape[h];
    }
    m_rate.assign(merchantCount, 0.0);
    const auto minSpan = static_cast<std::int64_t>(std::max(parameters.minMerchantSpanHours, 1));
    for (std::size_t m = 0; m < merchantCount; ++m) {
        const MerchantSpan& span = spans[m];
        if (span.count == 0)
            continue;
        std::int64_t first = span.firstHour;
        std::int64_t last = span.lastHour;
        const std::int64_t missing = minSpan - (last - first + 1);
        if (missing > 0) {
            first -= missing / 2;
            last += missing - missing / 2;
            const std::int64_t shift = std::max<std::int64_t>(0, -first) - std::max<std::int64_t>(0, last - std::int64_t(hours) + 1);
            first = std::max<std::int64_t>(0, first + shift);
            last = std::min<std::int64_t>(std::int64_t(hours) - 1, last + shift);
        }
        const double weight = cumulative[static_cast<std::size_t>(last) + 1] - cumulative[static_cast<std::size_t>(first)];
        m_rate[m] = weight > 0.0 ? span.count / weight : 0.0;
    }
}

} // namespace fraudlens::timeseries
