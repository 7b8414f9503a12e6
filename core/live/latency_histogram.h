#pragma once

#include <array>
#include <cstdint>

namespace fraudlens::live {

// Latencies of a live session in log-spaced buckets (20 a decade, 1 µs to 100 s), so that
// a session of any length keeps percentiles in fixed memory, each within about 12 % of
// the true value; the maximum is kept exactly.
class LatencyHistogram {
public:
    void record(double seconds);
    std::int64_t count() const { return m_count; }
    // The upper edge of the bucket holding the q-quantile, in seconds; 0 when empty.
    double quantile(double q) const;
    double max() const { return m_max; }

private:
    static constexpr int kPerDecade = 20;
    static constexpr int kDecades = 8; // 1e-6 s .. 1e2 s
    static constexpr int kBuckets = kPerDecade * kDecades + 2; // + below and above the range

    std::array<std::int64_t, kBuckets> m_buckets{};
    std::int64_t m_count = 0;
    double m_max = 0.0;
};

} // namespace fraudlens::live
