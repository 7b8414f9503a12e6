#include "synth/calendar.h"

#include "synth/random.h"

#include <algorithm>
#include <array>

namespace fraudlens::synth {

namespace {

// Relative busyness by local hour: quiet nights, lunch bump, evening peak.
constexpr std::array<double, 24> kWorkdayHours = {0.9, 0.5, 0.3, 0.2, 0.15, 0.2, 0.4, 0.8, 1.2, 1.5, 1.7, 1.9,
                                                  2.1, 1.9, 1.8, 1.8, 1.9, 2.1, 2.5, 3.0, 3.4, 3.4, 2.8, 1.8};
// Weekends start later and stay busy through the afternoon.
constexpr std::array<double, 24> kWeekendHours = {1.2, 0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 0.9, 1.4, 1.9, 2.3,
                                                  2.5, 2.5, 2.4, 2.4, 2.4, 2.5, 2.7, 3.0, 3.3, 3.3, 2.8, 2.0};

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil_from_days, reduced to month and day.
void monthDay(std::int64_t epochDay, int& month, int& day)
{
    const std::int64_t z = epochDay + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
}

} // namespace

Calendar::Calendar(std::int64_t startMs, int days, Random& rng)
    : m_startMs(startMs), m_days(std::max(days, 1)), m_epochDay(floorDiv(startMs, kDayMs))
{
    m_dayWeight.resize(static_cast<std::size_t>(m_days));
    for (int d = 0; d < m_days; ++d) {
        const int wd = weekday(d);
        const double base = wd == 6 ? 1.2 : wd == 0 ? 1.15 : wd == 5 ? 1.0 : 0.93;
        // Small day-to-day wobble so the volume chart does not look machine-made.
        m_dayWeight[static_cast<std::size_t>(d)] = base * rng.uniform(0.94, 1.06);
    }
    placeSale(rng);
    m_cumulative.assign(static_cast<std::size_t>(m_days) + 1, 0.0);
    for (int d = 0; d < m_days; ++d)
        m_cumulative[static_cast<std::size_t>(d) + 1] = m_cumulative[static_cast<std::size_t>(d)] + m_dayWeight[static_cast<std::size_t>(d)];
}

void Calendar::placeSale(Random& rng)
{
    // A genuine volume spike: naive detectors that flag "unusual volume" must not fire on it.
    for (int d = 0; d < m_days; ++d) {
        int month = 0;
        int day = 0;
        monthDay(m_epochDay + d, month, day);
        if (month == 11 && day == 11) {
            m_saleDay = d;
            m_dayWeight[static_cast<std::size_t>(d)] *= 3.0;
            if (d > 0)
                m_dayWeight[static_cast<std::size_t>(d) - 1] *= 1.3; // pre-sale browsing
            if (d + 1 < m_days)
                m_dayWeight[static_cast<std::size_t>(d) + 1] *= 1.5; // late deliveries of the deal
            return;
        }
    }
    // No Singles' Day in range: a weekend promo on a randomly chosen Saturday instead.
    std::vector<int> saturdays;
    for (int d = 0; d < m_days; ++d)
        if (weekday(d) == 6)
            saturdays.push_back(d);
    if (saturdays.empty()) {
        m_saleDay = static_cast<int>(rng.uniformInt(0, m_days - 1));
        m_dayWeight[static_cast<std::size_t>(m_saleDay)] *= 2.5;
        return;
    }
    m_saleDay = saturdays[static_cast<std::size_t>(rng.uniformInt(0, static_cast<std::int64_t>(saturdays.size()) - 1))];
    m_dayWeight[static_cast<std::size_t>(m_saleDay)] *= 2.6;
    if (m_saleDay + 1 < m_days)
        m_dayWeight[static_cast<std::size_t>(m_saleDay) + 1] *= 1.8;
}

int Calendar::weekday(int day) const
{
    // 1970-01-01 was a Thursday.
    return static_cast<int>(((m_epochDay + day + 4) % 7 + 7) % 7);
}

int Calendar::dayOf(std::int64_t ms) const
{
    const std::int64_t d = floorDiv(ms - m_startMs, kDayMs);
    return static_cast<int>(std::clamp<std::int64_t>(d, 0, m_days - 1));
}

double Calendar::activeWeight(int firstDay) const
{
    firstDay = std::clamp(firstDay, 0, m_days);
    return m_cumulative.back() - m_cumulative[static_cast<std::size_t>(firstDay)];
}

std::int64_t Calendar::sampleTime(Random& rng, int firstDay, int utcOffsetMinutes, int hourShift) const
{
    firstDay = std::clamp(firstDay, 0, m_days - 1);
    const double lo = m_cumulative[static_cast<std::size_t>(firstDay)];
    const double u = lo + rng.uniform() * (m_cumulative.back() - lo);
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
    const int day = std::clamp(static_cast<int>(it - m_cumulative.begin()) - 1, firstDay, m_days - 1);

    const int wd = weekday(day);
    const auto& profile = (wd == 0 || wd == 6) ? kWeekendHours : kWorkdayHours;
    const int hour = (static_cast<int>(rng.weighted(profile)) + hourShift + 24) % 24;

    std::int64_t ms = m_startMs + day * kDayMs + hour * kHourMs + rng.uniformInt(0, kHourMs - 1)
        - static_cast<std::int64_t>(utcOffsetMinutes) * kMinuteMs;
    // Local days overhang the UTC window at its edges; moving a whole day keeps the hour.
    if (ms < m_startMs)
        ms += kDayMs;
    else if (ms >= endMs())
        ms -= kDayMs;
    return std::clamp(ms, m_startMs, endMs() - 1);
}

int Calendar::localHour(std::int64_t ms, int utcOffsetMinutes) const
{
    const std::int64_t local = ms + static_cast<std::int64_t>(utcOffsetMinutes) * kMinuteMs;
    return static_cast<int>((local - floorDiv(local, kDayMs) * kDayMs) / kHourMs);
}

bool Calendar::isLocalWorkday(std::int64_t ms, int utcOffsetMinutes) const
{
    const std::int64_t local = ms + static_cast<std::int64_t>(utcOffsetMinutes) * kMinuteMs;
    const int wd = static_cast<int>(((floorDiv(local, kDayMs) + 4) % 7 + 7) % 7);
    return wd != 0 && wd != 6;
}

} // namespace fraudlens::synth
