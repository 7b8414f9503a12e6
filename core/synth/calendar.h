#pragma once

#include <cstdint>
#include <vector>

namespace fraudlens::synth {

class Random;

inline constexpr std::int64_t kMinuteMs = 60'000;
inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 86'400'000;

// The platform's rhythm over the window: which days are busy (weekends, one sale event)
// and which local hours are busy (evenings). Genuine activity is drawn from it.
class Calendar {
public:
    Calendar(std::int64_t startMs, int days, Random& rng);

    std::int64_t startMs() const { return m_startMs; }
    std::int64_t endMs() const { return m_startMs + m_days * kDayMs; }
    int days() const { return m_days; }
    bool inWindow(std::int64_t ms) const { return ms >= m_startMs && ms < endMs(); }
    int saleDay() const { return m_saleDay; }

    // Window day (0-based, by UTC offset from start) containing ms, clamped to the window.
    int dayOf(std::int64_t ms) const;
    // Sum of day weights from firstDay to the end: expected activity per unit rate.
    double activeWeight(int firstDay) const;
    // A moment on a day weighted by busyness at a local hour drawn from the daily profile.
    std::int64_t sampleTime(Random& rng, int firstDay, int utcOffsetMinutes, int hourShift) const;
    int localHour(std::int64_t ms, int utcOffsetMinutes) const;
    bool isLocalWorkday(std::int64_t ms, int utcOffsetMinutes) const;

private:
    int weekday(int day) const; // 0 = Sunday
    void placeSale(Random& rng);

    std::int64_t m_startMs;
    int m_days;
    std::int64_t m_epochDay; // days since 1970-01-01 of window day 0
    std::vector<double> m_dayWeight;
    std::vector<double> m_cumulative; // m_days + 1 entries, m_cumulative[0] == 0
    int m_saleDay = -1;
};

} // namespace fraudlens::synth
