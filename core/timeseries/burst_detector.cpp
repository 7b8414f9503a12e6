#include "timeseries/burst_detector.h"

#include "timeseries/burst_baseline.h"
#include "timeseries/count_tail.h"
#include "timeseries/hour_index.h"

#include <algorithm>
#include <numeric>

namespace fraudlens::timeseries {

namespace {
constexpr std::size_t kMinRowsForShare = 1000; // fewer say little about the data's shape
}

BurstDetector::BurstDetector(BurstParameters parameters) : m_parameters(parameters) {}

BurstResult BurstDetector::detect(std::span<const std::int64_t> tsMs, std::span<const std::uint32_t> merchant,
                                  std::size_t merchantCount) const
{
    if (tsMs.empty())
        return {};
    return detect(BurstBaseline(tsMs, merchant, merchantCount, m_parameters), tsMs, merchant, merchantCount);
}

BurstResult BurstDetector::detect(const BurstBaseline& baseline, std::span<const std::int64_t> tsMs,
                                  std::span<const std::uint32_t> merchant, std::size_t merchantCount) const
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

    const std::int64_t firstHour = baseline.firstEpochHour();
    const auto hourOf = [&](std::size_t row) {
        return static_cast<std::uint32_t>(hourIndex(tsMs[row]) - firstHour);
    };

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

        const int hourCount = baseline.count(h);
        const double expected = baseline.platformExpected(h);
        const double platformScore = hourCount >= m_parameters.minPlatformCount
                                         ? hourBurstScore(hourCount, expected, baseline.platformDispersion(), m_parameters)
                                         : 0.0;
        if (platformScore > 0.0)
            result.events.push_back({-1, hourStartMs, hourCount, expected, platformScore});

        hourEvents.clear();
        for (const std::uint32_t m : touched) {
            if (inHour[m] < m_parameters.minMerchantCount)
                continue;
            const double mean = baseline.merchantExpected(m, h);
            const double s = hourBurstScore(inHour[m], mean, m_parameters.merchantDispersion, m_parameters);
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
    result.informativeness = informativeness(result.txScore);
    for (float& score : result.txScore)
        score *= result.informativeness;
    return result;
}

float BurstDetector::informativeness(std::span<const float> txScore)
{
    if (txScore.size() < kMinRowsForShare)
        return 1.0f;
    const auto flagged = std::count_if(txScore.begin(), txScore.end(), [](float s) { return s >= 0.5f; });
    const double share = static_cast<double>(flagged) / static_cast<double>(txScore.size());
    // Full weight up to 1 % of transactions in burst hours, none from 5 %: attacks are a
    // small share of traffic, and the demo's sale days and brushing stay under 1 %.
    return static_cast<float>(std::clamp((0.05 - share) / 0.04, 0.0, 1.0));
}

} // namespace fraudlens::timeseries
