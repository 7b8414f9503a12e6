#include "rate_window.h"

namespace fraudlens::ui {

void RateWindow::add(qint64 nowMs, qint64 total)
{
    m_samples.push_back({nowMs, total});
    // Drop a sample only when the next one still starts the window: the baseline stays.
    while (m_samples.size() > 2 && m_samples[1].ms <= nowMs - m_windowMs)
        m_samples.pop_front();
}

double RateWindow::perSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample& first = m_samples.front();
    const Sample& last = m_samples.back();
    const qint64 spanMs = last.ms - first.ms;
    if (spanMs < 100)
        return 0.0;
    return static_cast<double>(last.total - first.total) * 1000.0 / static_cast<double>(spanMs);
}

} // namespace fraudlens::ui
