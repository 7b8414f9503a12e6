#include "store/burst_pacing.h"

#include <ctime>

namespace fraudlens::store::burst_pacing {

namespace {

struct Pace {
    bool on = false;
    std::chrono::steady_clock::time_point burstStart;
    long pauses = 0;
};

thread_local Pace t_pace;

} // namespace

void paceThisThread()
{
    t_pace.on = true;
    rested();
}

void rested()
{
    t_pace.burstStart = std::chrono::steady_clock::now();
}

void breathe()
{
    if (!t_pace.on)
        return;
    if (std::chrono::steady_clock::now() - t_pace.burstStart < kBurst)
        return;
    // A sleep, not sched_yield(): a yield keeps the core when the scheduler would rather
    // not switch, which is exactly when a woken thread waits.
    timespec pause{0, std::chrono::nanoseconds(kPause).count()};
    ::nanosleep(&pause, nullptr);
    ++t_pace.pauses;
    rested();
}

long pausesTaken()
{
    return t_pace.pauses;
}

} // namespace fraudlens::store::burst_pacing
