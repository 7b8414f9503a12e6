#include "live/latency_histogram.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::live {

namespace {

constexpr double kLowest = 1e-6;

} // namespace

void LatencyHistogram::record(double seconds)
{
    int bucket = 0;
    if (seconds >= kLowest) {
        const double position = std::log10(seconds / kLowest) * kPerDecade;
        bucket = 1 + std::min(kBuckets - 2, static_cast<int>(std::floor(position)));
    }
    ++m_buckets[static_cast<std::size_t>(bucket)];
    ++m_count;
    m_max = std::max(m_max, seconds);
}

double LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0.0;
    const auto rank = static_cast<std::int64_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(m_count)));
    std::int64_t seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += m_buckets[static_cast<std::size_t>(b)];
        if (seen >= std::max<std::int64_t>(rank, 1)) {
            if (b == 0)
                return std::min(kLowest, m_max);
            if (b == kBuckets - 1)
                return m_max; // above the range: only the maximum says how far
            // The bucket's upper edge, never above what was seen.
            return std::min(m_max, kLowest * std::pow(10.0, static_cast<double>(b) / kPerDecade));
        }
    }
    return m_max;
}

} // namespace fraudlens::live
