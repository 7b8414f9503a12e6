#pragma once

#include <chrono>

// Background work in short bursts. On two cores, a thread woken on a core where a
// background thread ran (a TCP client, the live session) often did not get it until that
// thread went to sleep, even with the other core idle: the store thread's 5 ms of work per
// commit and the checkpointer's 10 ms page copies held woken threads for milliseconds. A
// model of the live bench (a server doing the session's 45 µs a line, a 5.6 ms burst every
// 20 ms at nice 5, a 17 ms one every 250 ms) gave a client p99 of 5.6 ms; the same work in
// 250 µs bursts with a moment's sleep between gave 0.8 ms. A 100 µs scheduler slice did
// not help (5.4 ms), nor nice 19 much, nor sched_yield() in the store thread (stop 25);
// SCHED_IDLE did, but starves the commits under load. Sleeping gives the core up.
// tests/bench/live_findings.md has the figures.
namespace fraudlens::store::burst_pacing {

// How long a paced thread works before it sleeps a moment, and how long that moment is.
inline constexpr std::chrono::microseconds kBurst{250};
inline constexpr std::chrono::microseconds kPause{50};

// Paces the calling thread from now on: breathe() then sleeps once kBurst has passed.
void paceThisThread();

// Between two pieces of work: sleeps kPause if this thread is paced and has worked for
// kBurst since it last slept. Costs a clock read when it does not sleep, nothing on a
// thread that is not paced (the SQLite VFS calls it on every read and write).
void breathe();

// The calling thread just slept (it waited for work): its burst starts again now.
void rested();

// How many pauses the calling thread has taken.
long pausesTaken();

} // namespace fraudlens::store::burst_pacing
