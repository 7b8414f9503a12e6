#pragma once

#include <string_view>

namespace fraudlens::util {

// How long work reports how far it is and learns that it should stop.
// The CLI draws a line on stderr from it; the GUI forwards it to a progress bar.
class Progress {
public:
    virtual ~Progress() = default;
    // fraction in [0,1]; returns false when the caller wants the work cancelled.
    virtual bool report(double fraction, std::string_view stage) = 0;
};

// Reports to an optional Progress; a null sink never cancels.
inline bool reportProgress(Progress* sink, double fraction, std::string_view stage)
{
    return sink == nullptr || sink->report(fraction, stage);
}

} // namespace fraudlens::util
