#pragma once

#include "timeseries/burst_parameters.h"

#include <cstdint>
#include <span>
#include <vector>

namespace fraudlens::timeseries {

// Expected platform volume for every hour of the data, from the hourly counts alone.
//
// expected(h) = profile(slot of h) * trend(day of h) / 24 * level(h)
// - trend: rolling median of complete days' totals, so steady growth is not a burst and
//   one sale day does not move it;
// - profile: median over weeks of count / (trend / 24) per hour of week (hour of day, or
//   flat, when the data are too short), the seasonal shape;
// - level: the higher of the running medians of count / (profile * trend / 24) over the
//   half-days before and after h. This is the choice that keeps a sale day quiet: a whole
//   day at 2-3x is real demand, so each hour is compared with the level of its own stretch
//   of time, and only hours that stand out from it are bursts. The windows follow the hour
//   rather than the UTC calendar day because shoppers' days are local: a sale day in UTC+8
//   starts at 16:00 UTC. The price: an attack that keeps up for more than half of either
//   window (about 6 hours by default) becomes the level; the merchant scope and other
//   detectors have to see it, and the hours after such a plateau are judged leniently.
class PlatformBaseline {
public:
    enum class Seasonality { Flat, HourOfDay, HourOfWeek };

    // counts[h] = transactions in UTC hour firstEpochHour + h (hours since the Unix epoch).
    PlatformBaseline(std::span<const int> counts, std::int64_t firstEpochHour, const BurstParameters& parameters);

    const std::vector<double>& expected() const { return m_expected; }
    // The expectation of any UTC hour (hours since the Unix epoch) before the level: its
    // seasonal slot at its day's trend (past the data, the last day's). Live scoring applies
    // a level of its own, from the hours it has seen.
    double seasonalBase(std::int64_t epochHour) const;
    // No hour is expected below this: a zero expectation would make any count infinitely rare.
    double floor() const { return m_floor; }
    // Negative-binomial dispersion fitted so that robustly scaled residuals have unit spread.
    double dispersion() const { return m_dispersion; }
    Seasonality seasonality() const { return m_seasonality; }

private:
    void fitTrend(std::span<const int> counts, int trendWindowDays);
    void fitProfile(std::span<const int> counts);
    void fitLevel(std::span<const int> counts, int windowHours);
    void fitDispersion(std::span<const int> counts);
    int dayOf(std::size_t hour) const;
    int slotOf(std::size_t hour) const;

    std::int64_t m_firstEpochHour = 0;
    int m_firstDayOffset = 0;         // hours between the first day's midnight and the first hour
    Seasonality m_seasonality = Seasonality::Flat;
    std::vector<double> m_trend;      // per day: typical daily total
    std::vector<double> m_profile;    // per slot: multiple of the average hour
    std::vector<double> m_expected;   // per hour
    double m_floor = 1e-3;
    double m_dispersion = 0.0;
};

} // namespace fraudlens::timeseries
