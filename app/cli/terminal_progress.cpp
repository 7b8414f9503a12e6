#include "terminal_progress.h"

#include <unistd.h>

#include <cstdio>

namespace fraudlens::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) { g_interrupted = 1; }

} // namespace

TerminalProgress::TerminalProgress(bool quiet)
    : m_enabled(!quiet && isatty(STDERR_FILENO)), m_start(std::chrono::steady_clock::now()), m_last(m_start)
{
    // Cancelling through the Progress interface lets the work roll back cleanly.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

TerminalProgress::~TerminalProgress()
{
    if (m_drawn)
        std::fputs("\n", stderr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool TerminalProgress::interrupted() { return g_interrupted != 0; }

bool TerminalProgress::report(double fraction, std::string_view stage)
{
    if (g_interrupted)
        return false;
    if (!m_enabled)
        return true;
    const auto now = std::chrono::steady_clock::now();
    if (stage == m_stage && now - m_last < std::chrono::milliseconds(200) && fraction < 1.0)
        return true;
    if (stage != m_stage) {
        m_stage = std::string(stage);
        m_start = now;
    }
    m_last = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    char eta[32] = "";
    if (fraction > 0.01 && fraction < 1.0) {
        const int remaining = static_cast<int>(elapsed * (1.0 - fraction) / fraction);
        std::snprintf(eta, sizeof eta, "  ETA %d:%02d", remaining / 60, remaining % 60);
    }
    const double rate = elapsed > 0 ? fraction * 100.0 / elapsed : 0.0;
    std::fprintf(stderr, "\r%-12.*s %5.1f %%  %5.1f %%/s%s   ", static_cast<int>(m_stage.size()), m_stage.data(),
                 fraction * 100.0, rate, eta);
    std::fflush(stderr);
    m_drawn = true;
    return true;
}

} // namespace fraudlens::cli
