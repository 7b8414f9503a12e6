#include "live/live_bursts.h"

#include "features/entity_kind.h"
#include "features/transaction_frame.h"
#include "timeseries/burst_detector.h"
#include "timeseries/count_tail.h"
#include "timeseries/hour_index.h"
#include "timeseries/median.h"

#include <algorithm>
#include <vector>

namespace fraudlens::live {

namespace {

using timeseries::kHourMs;
// Live cannot look half a window ahead as batch does, which is what keeps a sale day from
// being a burst there; following the last two completed hours instead, a plateau is a burst
// for its first two hours at most, while a one- or two-hour spike still stands out.
constexpr std::size_t kFollowHours = 2;

} // namespace

LiveBursts::LiveBursts(const features::TransactionFrame& frame, timeseries::BurstParameters parameters)
    : m_parameters(parameters)
    // PlatformBaseline's level window: half of it before the hour.
    , m_halfWindow(static_cast<std::size_t>(std::max(parameters.levelWindowHours, 2) / 2))
{
    if (frame.size() == 0)
        return;
    const auto& merchants = frame.entity[static_cast<std::size_t>(features::EntityKind::Merchant)];
    m_baseline.emplace(frame.tsMs, merchants, frame.entityCount(features::EntityKind::Merchant), m_parameters);
    m_informativeness = timeseries::BurstDetector(m_parameters)
                            .detect(*m_baseline, frame.tsMs, merchants, frame.entityCount(features::EntityKind::Merchant))
                            .informativeness;
    const std::size_t last = m_baseline->hours() - 1;
    for (std::size_t h = last - std::min(last, m_halfWindow); h < last; ++h)
        closeHour(m_baseline->firstEpochHour() + static_cast<std::int64_t>(h), m_baseline->count(h));
    // The last stored hour may go on live: its counts so far carry over.
    m_hour = m_baseline->firstEpochHour() + static_cast<std::int64_t>(last);
    m_started = true;
    m_platformCount = m_baseline->count(last);
    for (std::size_t row = frame.size(); row-- > 0 && timeseries::hourIndex(frame.tsMs[row]) == m_hour;)
        if (merchants[row] != features::kNoId)
            ++m_merchantCount[merchants[row]];
    m_platformMean = platformExpected();
}

void LiveBursts::closeHour(std::int64_t epochHour, int count)
{
    if (!m_baseline)
        return;
    const double base = m_baseline->platform().seasonalBase(epochHour);
    if (!(base > 0.0))
        return;
    m_ratios.push_back(count / base);
    while (m_ratios.size() > m_halfWindow)
        m_ratios.pop_front();
}

void LiveBursts::startHour(std::int64_t epochHour)
{
    if (m_started) {
        closeHour(m_hour, m_platformCount);
        // Silent hours count too; more than half a window of them leaves only silence.
        const std::int64_t from = std::max(m_hour + 1, epochHour - static_cast<std::int64_t>(m_halfWindow));
        for (std::int64_t h = from; h < epochHour; ++h)
            closeHour(h, 0);
    }
    m_hour = epochHour;
    m_started = true;
    m_platformCount = 0;
    m_merchantCount.clear();
    if (m_baseline)
        m_platformMean = platformExpected();
}

double LiveBursts::platformExpected() const
{
    double level = 1.0;
    if (!m_ratios.empty()) {
        // The running median PlatformBaseline uses: spikes shorter than half of it stand out.
        std::vector<double> ratios(m_ratios.begin(), m_ratios.end());
        level = timeseries::median(ratios);
        if (m_ratios.size() >= kFollowHours)
            level = std::max(level, *std::min_element(m_ratios.end() - kFollowHours, m_ratios.end()));
    }
    const auto& platform = m_baseline->platform();
    return std::max(platform.floor(), platform.seasonalBase(m_hour) * level);
}

double LiveBursts::merchantExpected(std::uint32_t merchant, double platformExpected) const
{
    // A merchant's hours follow the platform's rhythm, as in BurstBaseline.
    const double shape = m_baseline ? platformExpected / m_baseline->meanExpected() : 1.0;
    if (m_baseline && merchant < m_baseline->merchantCount())
        return m_baseline->merchantRate(merchant) * shape;
    const auto total = m_newTotal.find(merchant);
    const double sales = total == m_newTotal.end() ? 0.0 : static_cast<double>(total->second);
    return sales / static_cast<double>(std::max(m_parameters.minMerchantSpanHours, 1)) * shape;
}

timeseries::BurstEvent LiveBursts::add(std::int64_t tsMs, std::uint32_t merchant)
{
    const std::int64_t hour = timeseries::hourIndex(tsMs);
    if (!m_started || hour > m_hour)
        startHour(hour);
    ++m_platformCount;
    const bool hasMerchant = merchant != features::kNoId;
    if (hasMerchant && !(m_baseline && merchant < m_baseline->merchantCount()))
        ++m_newTotal[merchant];
    const int inHour = hasMerchant ? ++m_merchantCount[merchant] : 0;

    const std::int64_t hourStartMs = m_hour * kHourMs;
    const double platformMean = m_baseline ? m_platformMean : 0.0;
    timeseries::BurstEvent best{-1, hourStartMs, m_platformCount, platformMean, 0.0};
    // Without a baseline (an empty store) the platform has nothing to be extreme against.
    if (m_baseline && m_platformCount >= m_parameters.minPlatformCount)
        best.score = timeseries::hourBurstScore(m_platformCount, platformMean, m_baseline->platformDispersion(), m_parameters);
    if (hasMerchant && inHour >= m_parameters.minMerchantCount) {
        const double mean = merchantExpected(merchant, platformMean);
        const double score = timeseries::hourBurstScore(inHour, mean, m_parameters.merchantDispersion, m_parameters);
        // As batch reasons do: the merchant's own burst is named when there is one.
        if (score > 0.0)
            best = {static_cast<int>(merchant), hourStartMs, inHour, mean, std::max(score, best.score)};
    }
    return best;
}

} // namespace fraudlens::live
