#include "timeseries/platform_baseline.h"

#include "timeseries/median.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fraudlens::timeseries {

namespace {

constexpr int kHoursPerWeek = 168;
// 1970-01-01 was a Thursday: shifting by three days puts Monday 00:00 UTC in slot 0.
constexpr std::int64_t kMondayShiftHours = 72;
constexpr double kMadToSigma = 1.4826;

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    const std::int64_t m = a % b;
    return m < 0 ? m + b : m;
}

} // namespace

PlatformBaseline::PlatformBaseline(std::span<const int> counts, std::int64_t firstEpochHour,
                                   const BurstParameters& parameters)
    : m_firstEpochHour(firstEpochHour), m_firstDayOffset(static_cast<int>(floorMod(firstEpochHour, 24)))
{
    if (counts.empty())
        return;
    const auto hours = static_cast<std::int64_t>(counts.size());
    if (hours >= std::int64_t(parameters.minWeeksForWeekly) * kHoursPerWeek)
        m_seasonality = Seasonality::HourOfWeek;
    else if (hours >= std::int64_t(parameters.minDaysForDaily) * 24)
        m_seasonality = Seasonality::HourOfDay;
    fitTrend(counts, parameters.trendWindowDays);
    fitProfile(counts);
    fitLevel(counts, parameters.levelWindowHours);
    fitDispersion(counts);
}

int PlatformBaseline::dayOf(std::size_t hour) const
{
    return static_cast<int>((static_cast<std::size_t>(m_firstDayOffset) + hour) / 24);
}

int PlatformBaseline::slotOf(std::size_t hour) const
{
    const std::int64_t epochHour = m_firstEpochHour + static_cast<std::int64_t>(hour);
    switch (m_seasonality) {
    case Seasonality::HourOfWeek: return static_cast<int>(floorMod(epochHour + kMondayShiftHours, kHoursPerWeek));
    case Seasonality::HourOfDay: return static_cast<int>(floorMod(epochHour, 24));
    case Seasonality::Flat: break;
    }
    return 0;
}

void PlatformBaseline::fitTrend(std::span<const int> counts, int trendWindowDays)
{
    const int days = dayOf(counts.size() - 1) + 1;
    // Only whole days have comparable totals; the cut ends borrow their neighbours' trend.
    std::vector<double> total(static_cast<std::size_t>(days), -1.0);
    for (int d = 0; d < days; ++d) {
        const std::int64_t first = std::int64_t(d) * 24 - m_firstDayOffset;
        if (first < 0 || first + 24 > static_cast<std::int64_t>(counts.size()))
            continue;
        const auto begin = counts.begin() + static_cast<std::ptrdiff_t>(first);
        total[static_cast<std::size_t>(d)] = std::accumulate(begin, begin + 24, 0.0);
    }
    std::vector<double> whole;
    for (const double t : total)
        if (t >= 0.0)
            whole.push_back(t);
    if (whole.empty()) {
        // Less than one whole day: nothing robust to say, the mean hour is the level.
        const double mean = std::accumulate(counts.begin(), counts.end(), 0.0) / static_cast<double>(counts.size());
        m_trend.assign(static_cast<std::size_t>(days), 24.0 * mean);
        return;
    }
    const double overall = median(whole);
    const int half = std::max(trendWindowDays, 1) / 2;
    m_trend.resize(static_cast<std::size_t>(days));
    std::vector<double> window;
    for (int d = 0; d < days; ++d) {
        window.clear();
        for (int w = std::max(0, d - half); w <= std::min(days - 1, d + half); ++w)
            if (total[static_cast<std::size_t>(w)] >= 0.0)
                window.push_back(total[static_cast<std::size_t>(w)]);
        m_trend[static_cast<std::size_t>(d)] = window.empty() ? overall : median(window);
    }
}

void PlatformBaseline::fitProfile(std::span<const int> counts)
{
    const std::size_t slots = m_seasonality == Seasonality::HourOfWeek ? kHoursPerWeek
                              : m_seasonality == Seasonality::HourOfDay ? 24
                                                                         : 1;
    m_profile.assign(slots, 1.0);
    if (m_seasonality == Seasonality::Flat)
        return;
    std::vector<std::vector<double>> samples(slots);
    for (std::size_t h = 0; h < counts.size(); ++h) {
        const double hourly = m_trend[static_cast<std::size_t>(dayOf(h))] / 24.0;
        if (hourly > 0.0)
            samples[static_cast<std::size_t>(slotOf(h))].push_back(counts[h] / hourly);
    }
    for (std::size_t s = 0; s < slots; ++s)
        if (!samples[s].empty())
            m_profile[s] = median(samples[s]);
}

void PlatformBaseline::fitLevel(std::span<const int> counts, int windowHours)
{
    std::vector<double> base(counts.size());
    std::vector<double> ratio(counts.size(), -1.0);
    for (std::size_t h = 0; h < counts.size(); ++h) {
        base[h] = m_profile[static_cast<std::size_t>(slotOf(h))] * m_trend[static_cast<std::size_t>(dayOf(h))] / 24.0;
        if (base[h] > 0.0)
            ratio[h] = counts[h] / base[h];
    }
    // Running medians keep the edges of a step (a sale starting at local midnight) and ignore
    // spikes shorter than half their window. A centred window still lags by a few hours at
    // each end of a sale, where half of it is ordinary time; the higher of the medians over
    // the half-windows before and after the hour follows a step from either side.
    const auto half = static_cast<std::size_t>(std::max(windowHours, 2) / 2);
    const double mean = std::accumulate(counts.begin(), counts.end(), 0.0) / static_cast<double>(counts.size());
    const double floor = std::max(1e-3, 0.02 * mean); // a zero expectation would make any count infinitely rare
    m_floor = floor;
    std::vector<double> window;
    const auto medianOver = [&](std::size_t from, std::size_t to) {
        window.clear();
        for (std::size_t w = from; w <= to; ++w)
            if (ratio[w] >= 0.0)
                window.push_back(ratio[w]);
        return window.empty() ? -1.0 : median(window);
    };
    m_expected.resize(counts.size());
    for (std::size_t h = 0; h < counts.size(); ++h) {
        const double before = medianOver(h >= half ? h - half : 0, h);
        const double after = medianOver(h, std::min(counts.size() - 1, h + half));
        const double level = std::max(before, after);
        m_expected[h] = std::max(floor, base[h] * (level >= 0.0 ? level : 1.0));
    }
}

double PlatformBaseline::seasonalBase(std::int64_t epochHour) const
{
    if (m_trend.empty())
        return 0.0;
    const auto hour = static_cast<std::size_t>(std::max<std::int64_t>(0, epochHour - m_firstEpochHour));
    const auto day = std::min(static_cast<std::size_t>(dayOf(hour)), m_trend.size() - 1);
    return m_profile[static_cast<std::size_t>(slotOf(hour))] * m_trend[day] / 24.0;
}

void PlatformBaseline::fitDispersion(std::span<const int> counts)
{
    // Choose the dispersion at which the median |residual| / sd is that of a unit normal:
    // the MAD scale of the residuals, expressed in the count model the tail test uses.
    std::vector<std::size_t> usable;
    for (std::size_t h = 0; h < counts.size(); ++h)
        if (m_expected[h] >= 1.0)
            usable.push_back(h);
    if (usable.size() < 24)
        return;
    std::vector<double> scaled(usable.size());
    const auto spread = [&](double dispersion) {
        for (std::size_t i = 0; i < usable.size(); ++i) {
            const double e = m_expected[usable[i]];
            scaled[i] = std::abs(counts[usable[i]] - e) / std::sqrt(e + dispersion * e * e);
        }
        return kMadToSigma * median(scaled);
    };
    if (spread(0.0) <= 1.0)
        return;
    double low = 0.0;
    double high = 1.0;
    while (spread(high) > 1.0 && high < 1e3)
        high *= 2.0;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (low + high);
        (spread(mid) > 1.0 ? low : high) = mid;
    }
    m_dispersion = high;
}

} // namespace fraudlens::timeseries
