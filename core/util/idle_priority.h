#pragma once

namespace fraudlens::util {

// Puts the calling thread, and only it, behind every ordinary thread for the CPU:
// SCHED_IDLE on Linux, which any thread may choose for itself. An ordinary thread that
// wakes takes the core from it at once; a nice value only tilts the shares, and the
// thread it lowers still kept the core for a slice now and then.
//
// For the live session's background threads (the applier's commits, the WAL
// checkpoints): on two cores, 20,000-row probes at 10,000/s had a client p99 of
// 6.4-72 ms (median 15.7, eighteen runs) with them at nice 5 and 10, and 5.3-81 ms
// (median 9.3, nineteen runs) with them idle; the tails beyond were the machine's (a
// kernel thread, kdamond, holding the session's core for 4-7 ms). They still get every
// moment the foreground leaves, which at that rate is most of a core; were it ever
// none, the applier's bounded queue would stop the session until it caught up.
//
// Returns false where the system has no such class (a priority there is the whole
// process's), and the thread stays as it was.
bool runOnlyWhenIdle();

} // namespace fraudlens::util
