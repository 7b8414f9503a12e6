#include "util/idle_priority.h"

#include <sched.h>

namespace fraudlens::util {

bool runOnlyWhenIdle()
{
#if defined(__linux__) && defined(SCHED_IDLE)
    // pid 0 is the calling thread: Linux schedules threads, not processes.
    const sched_param none{};
    return ::sched_setscheduler(0, SCHED_IDLE, &none) == 0;
#else
    // Elsewhere a priority is the whole process's: lowering it would lower the session too.
    return false;
#endif
}

} // namespace fraudlens::util
