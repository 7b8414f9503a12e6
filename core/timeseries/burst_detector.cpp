#include "timeseries/burst_detector.h"

#include "timeseries/count_tail.h"
#include "timeseries/platform_baseline.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fraudlens::timeseries {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// Below this many standard deviations the upper tail is far above 1e-3: no need to sum it.
constexpr double kMinZForTail = 2.0;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct MerchantSpan {
    std::uint32_t count = 0;
    std::uint32_t firstHour = 0;
    std::uint32_t lastHour = 0;
};

} // namespace

BurstDetector::BurstDetector(BurstParameters parameters) : m_parameters(parameters) {}

BurstResult BurstDetector::detect(std::span<const std::int64_t> tsMs, std::span<const std::uint32_t> merchant,
                                  std::size_t merchantCount) const
{
    BurstResult result;
    const std::size_t n = tsMs.size();
    result.txScore.assign(n, 0.0f);
    if (n == 0)
        return result;

    // Walk the transactions in time order; a copy of the order only when the caller's is not.
    std::vector<std::uint32_t> order;
    if (!std::is_sorted(tsMs.begin(), tsMs.end())) {
        order.resize(n);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return tsMs[a] < tsMs[b]; });
    }
    const auto at = [&](std::size_t i) -> std::size_t { return order.empty() ? i : order[i]; };
    const auto merchantOf = [&](std::size_t row) -> std::uint32_t {
        const std::uint32_t m = row < merchant.size() ? merchant[row] : kNoMerchant;
        return m < merchantCount ? m : kNoMerchant;
    };

    const std::int64_t firstHour = floorDiv(tsMs[at(0)], kHourMs);
    const auto hours = static_cast<std::size_t>(floorDiv(tsMs[at(n - 1)], kHourMs) - firstHour + 1);
    const auto hourOf = [&](std::size_t row) {
        return static_cast<std::uint32_t>(floorDiv(tsMs[row], kHourMs) - firstHour);
    };

    std::vector<int> hourCount(hours, 0);
    std::vector<MerchantSpan> spans(merchantCount);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t row = at(i);
        const std::uint32_t h = hourOf(row);
        ++hourCount[h];
        const std::uint32_t m = merchantOf(row);
        if (m == kNoMerchant)
            continue;
        MerchantSpan& span = spans[m];
        if (span.count++ == 0)
            span.firstHour = h;
        span.lastHour = h;
    }

    const PlatformBaseline platform(hourCount, firstHour, m_parameters);
    const std::vector<double>& expected = platform.expected();
    const auto score = [&](int observed, double mean, double dispersion) {
        if (observed <= mean || (observed - mean) < kMinZForTail * std::sqrt(mean + dispersion * mean * mean))
            return 0.0;
        return burstScore(upperTailLog10(observed, mean, dispersion), m_parameters.scoreFloorLog10,
                          m_parameters.scoreSpanLog10);
    };

    // A merchant's hours follow the platform's rhythm, sale days included: its expected
    // count is its volume spread over its active span in proportion to the platform's.
    const double meanExpected = std::accumulate(expected.begin(), expected.end(), 0.0) / static_cast<double>(hours);
    std::vector<double> shape(hours);
    std::vector<double> cumulative(hours + 1, 0.0);
    for (std::size_t h = 0; h < hours; ++h) {
        shape[h] = expected[h] / meanExpected;
        cumulative[h + 1] = cumulative[h] + shape[h];
    }
    std::vector<double> rate(merchantCount, 0.0); // per unit of shape
    const auto minSpan = static_cast<std::int64_t>(std::max(m_parameters.minMerchantSpanHours, 1));
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
        rate[m] = weight > 0.0 ? span.count / weight : 0.0;
    }

    std::vector<int> inHour(merchantCount, 0);
    std::vector<float> merchantScore(merchantCount, 0.0f);
    std::vector<std::uint32_t> touched;
    std::vector<BurstEvent> hourEvents;
    std::size_t begin = 0;
    while (begin < n) {
        const std::uint32_t h = hourOf(at(begin));
        std::size_t end = begin;
        for (; end < n && hourOf(at(end)) == h; ++end) {
            const std::uint32_t m = merchantOf(at(end));
            if (m != kNoMerchant && inHour[m]++ == 0)
                touched.push_back(m);
        }
        const std::int64_t hourStartMs = (firstHour + h) * kHourMs;

        const double platformScore = hourCount[h] >= m_parameters.minPlatformCount
                                         ? score(hourCount[h], expected[h], platform.dispersion())
                                         : 0.0;
        if (platformScore > 0.0)
            result.events.push_back({-1, hourStartMs, hourCount[h], expected[h], platformScore});

        hourEvents.clear();
        for (const std::uint32_t m : touched) {
            if (inHour[m] < m_parameters.minMerchantCount)
                continue;
            const double mean = rate[m] * shape[h];
            const double s = score(inHour[m], mean, m_parameters.merchantDispersion);
            if (s <= 0.0)
                continue;
            merchantScore[m] = static_cast<float>(s);
            hourEvents.push_back({static_cast<int>(m), hourStartMs, inHour[m], mean, s});
        }
        std::sort(hourEvents.begin(), hourEvents.end(),
                  [](const BurstEvent& a, const BurstEvent& b) { return a.scopeMerchant < b.scopeMerchant; });
        result.events.insert(result.events.end(), hourEvents.begin(), hourEvents.end());

        for (std::size_t i = begin; i < end; ++i) {
            const std::size_t row = at(i);
            const std::uint32_t m = merchantOf(row);
            const float own = m == kNoMerchant ? 0.0f : merchantScore[m];
            result.txScore[row] = std::max(static_cast<float>(platformScore), own);
        }
        for (const std::uint32_t m : touched) {
            inHour[m] = 0;
            merchantScore[m] = 0.0f;
        }
        touched.clear();
        begin = end;
    }
    return result;
}

} // namespace fraudlens::timeseries
