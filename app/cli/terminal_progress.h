#pragma once

#include "util/progress.h"

#include <chrono>
#include <csignal>
#include <string>

namespace fraudlens::cli {

// Draws "stage  42.0 %  1.2 MB/s  ETA 0:07" on stderr, at most a few times a second,
// only when stderr is a terminal and --quiet was not given. Ctrl-C asks the work to stop.
class TerminalProgress : public util::Progress {
public:
    explicit TerminalProgress(bool quiet);
    ~TerminalProgress() override;

    bool report(double fraction, std::string_view stage) override;
    static bool interrupted();

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last;
    std::string m_stage;
};

} // namespace fraudlens::cli
