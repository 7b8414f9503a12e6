#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace fraudlens::features {

// Per key (account, device, card, ...): how many events, and what total, fell in each of
// three trailing windows. Events must arrive in time order, which lets each window keep
// a head index that only moves forward: O(1) amortised per event, no per-event sorting.
class WindowCounter {
public:
    using Windows = std::array<std::int64_t, 3>;
    static constexpr Windows kShortWindows = {3'600'000, 86'400'000, 7 * 86'400'000};
    static constexpr Windows kLongWindows = {7 * 86'400'000LL, 30 * 86'400'000LL, 90 * 86'400'000LL};

    // Window lengths, shortest first.
    explicit WindowCounter(Windows windows = kShortWindows) : m_windows(windows) {}

    struct Counts {
        std::array<float, 3> count{};
        std::array<float, 3> sum{};
    };

    // Adds the event and returns the windows' contents including it.
    Counts add(std::uint32_t key, std::int64_t tsMs, double value);
    // Room for keys 0..keys-1 without moving the series already kept.
    void reserve(std::size_t keys) { m_series.reserve(keys); }
    std::size_t keys() const { return m_series.size(); }
    // The windows' contents at tsMs, without adding anything.
    Counts peek(std::uint32_t key, std::int64_t tsMs) const;

private:
    struct Series {
        std::vector<std::int64_t> times;
        std::vector<double> values;
        std::array<std::size_t, 3> head{};
        std::array<double, 3> sum{};
    };
    void advance(Series& series, std::int64_t tsMs);
    void compact(Series& series);

    Windows m_windows;
    std::vector<Series> m_series;
};

} // namespace fraudlens::features
