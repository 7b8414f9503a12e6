#pragma once

#include <QtGlobal>

#include <deque>

namespace fraudlens::ui {

// A rate over a sliding window, from samples of a running total: how much the total grew
// between the oldest sample still inside the window and the newest, per second. One
// sample just before the window is kept as its baseline, so that a window only partly
// covered by samples still measures the whole time it spans.
class RateWindow {
public:
    explicit RateWindow(qint64 windowMs) : m_windowMs(windowMs) {}

    void add(qint64 nowMs, qint64 total);
    void clear() { m_samples.clear(); }
    // 0 until two samples at least a tenth of a second apart are there.
    double perSecond() const;

private:
    struct Sample {
        qint64 ms = 0;
        qint64 total = 0;
    };

    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace fraudlens::ui
