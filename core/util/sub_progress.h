#pragma once

#include "util/progress.h"

namespace fraudlens::util {

// Maps a stage's own 0..1 onto a slice [from, to] of an outer progress bar, passing the
// outer answer (cancel) back.
class SubProgress : public Progress {
public:
    SubProgress(Progress* outer, double from, double to) : m_outer(outer), m_from(from), m_to(to) {}
    bool report(double fraction, std::string_view stage) override
    {
        return reportProgress(m_outer, m_from + (m_to - m_from) * fraction, stage);
    }

private:
    Progress* m_outer;
    double m_from;
    double m_to;
};

} // namespace fraudlens::util
