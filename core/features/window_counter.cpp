#include "features/window_counter.h"

namespace fraudlens::features {

void WindowCounter::advance(Series& s, std::int64_t tsMs)
{
    for (std::size_t w = 0; w < m_windows.size(); ++w) {
        while (s.head[w] < s.times.size() && s.times[s.head[w]] <= tsMs - m_windows[w]) {
            s.sum[w] -= s.values[s.head[w]];
            ++s.head[w];
        }
    }
}

void WindowCounter::compact(Series& s)
{
    // The widest window's head only moves forward: drop what it has passed once that is
    // most of the series, so a live scorer that runs for months stays bounded.
    const std::size_t drop = s.head.back();
    if (drop < 64 || drop * 2 < s.times.size())
        return;
    s.times.erase(s.times.begin(), s.times.begin() + static_cast<std::ptrdiff_t>(drop));
    s.values.erase(s.values.begin(), s.values.begin() + static_cast<std::ptrdiff_t>(drop));
    for (auto& h : s.head)
        h -= drop;
}

WindowCounter::Counts WindowCounter::add(std::uint32_t key, std::int64_t tsMs, double value)
{
    if (key >= m_series.size())
        m_series.resize(static_cast<std::size_t>(key) + 1);
    Series& s = m_series[key];
    s.times.push_back(tsMs);
    s.values.push_back(value);
    for (auto& sum : s.sum)
        sum += value;
    advance(s, tsMs);
    compact(s);
    Counts out;
    for (std::size_t w = 0; w < m_windows.size(); ++w) {
        out.count[w] = static_cast<float>(s.times.size() - s.head[w]);
        out.sum[w] = static_cast<float>(s.sum[w]);
    }
    return out;
}

WindowCounter::Counts WindowCounter::peek(std::uint32_t key, std::int64_t tsMs) const
{
    Counts out;
    if (key >= m_series.size())
        return out;
    const Series& s = m_series[key];
    for (std::size_t w = 0; w < m_windows.size(); ++w) {
        double sum = 0.0;
        float count = 0.0f;
        for (std::size_t i = s.head[w]; i < s.times.size(); ++i) {
            if (s.times[i] > tsMs - m_windows[w]) {
                sum += s.values[i];
                count += 1.0f;
            }
        }
        out.count[w] = count;
        out.sum[w] = static_cast<float>(sum);
    }
    return out;
}

} // namespace fraudlens::features
