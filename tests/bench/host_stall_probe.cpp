// The machine's own stops, measured beside live_bench.sh: one thread per core, pinned to
// it, at SCHED_FIFO where the user may (root or CAP_SYS_NICE), sleeping 1 ms at a time.
// Nothing in the guest delays such a thread on its own core for long, so a timer that
// fires more than 2 ms late means the core took no interrupt for that long: on a virtual
// machine, the host was not running it. Late wake-ups on every core within 1 ms of one
// another count as one stop of the whole machine, what a host's CPU bandwidth control
// does to a VM that spent its allowance for the period (on the 2-core VM this was
// written on, most of them ended at one phase of a 100 ms cycle).
//
//   bench_host_stalls
// Says "stalls: watching N cores (fifo|normal priority)" on stderr once its threads run,
// watches until SIGINT or SIGTERM, then prints one JSON line on stdout. Its threads wake
// 1,000 times a second per core, a percent or two of a core on such a VM.
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

namespace {

constexpr std::int64_t kPeriodNs = 1'000'000;
constexpr std::int64_t kLateNs = 2'000'000;
constexpr std::int64_t kTogetherNs = 1'000'000;

struct Late {
    std::int64_t endedAt; // when the thread ran again
    std::int64_t lateBy;
    int core;
};

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

timespec toTimespec(std::int64_t ns)
{
    return {static_cast<time_t>(ns / 1'000'000'000), static_cast<long>(ns % 1'000'000'000)};
}

std::atomic<bool> g_stop{false};
std::atomic<int> g_fifo{0};
std::atomic<int> g_started{0};

void watch(int core, std::vector<Late>& late)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
    sched_param param{};
    param.sched_priority = 1;
    if (pthread_setschedparam(pthread_self(), SCHED_FIFO, &param) == 0)
        g_fifo.fetch_add(1);
    ++g_started;
    std::int64_t due = nowNs() + kPeriodNs;
    while (!g_stop.load(std::memory_order_relaxed)) {
        const timespec at = toTimespec(due);
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr) == EINTR) {
        }
        const std::int64_t now = nowNs();
        if (now - due > kLateNs)
            late.push_back({now, now - due, core});
        due = now + kPeriodNs;
    }
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main()
{
    // Only the main thread takes the signal that ends the watch.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    const int cores = std::max(1, static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN)));
    std::vector<std::vector<Late>> late(static_cast<std::size_t>(cores));
    std::vector<std::thread> threads;
    const std::int64_t started = nowNs();
    for (int core = 0; core < cores; ++core) {
        late[static_cast<std::size_t>(core)].reserve(1 << 16);
        threads.emplace_back(watch, core, std::ref(late[static_cast<std::size_t>(core)]));
    }
    while (g_started.load() < cores)
        std::this_thread::yield();
    std::fprintf(stderr, "stalls: watching %d cores (%s)\n", cores,
                 g_fifo.load() == cores ? "fifo" : "normal priority");
    int signal = 0;
    sigwait(&stopSignals, &signal);
    g_stop = true;
    for (std::thread& thread : threads)
        thread.join();
    const double seconds = static_cast<double>(nowNs() - started) / 1e9;

    std::vector<Late> all;
    for (const auto& perCore : late)
        all.insert(all.end(), perCore.begin(), perCore.end());
    std::sort(all.begin(), all.end(), [](const Late& a, const Late& b) { return a.endedAt < b.endedAt; });
    // A stop: late wake-ups of every core, each within kTogetherNs of the first. Its length
    // is what they all lost: the least late of them.
    std::vector<double> stops;
    double worst = 0.0;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i;
        std::vector<bool> seen(static_cast<std::size_t>(cores), false);
        int distinct = 0;
        std::int64_t shared = all[i].lateBy;
        while (j < all.size() && all[j].endedAt - all[i].endedAt <= kTogetherNs) {
            if (!seen[static_cast<std::size_t>(all[j].core)]) {
                seen[static_cast<std::size_t>(all[j].core)] = true;
                ++distinct;
            }
            shared = std::min(shared, all[j].lateBy);
            worst = std::max(worst, static_cast<double>(all[j].lateBy) / 1e6);
            ++j;
        }
        if (distinct == cores)
            stops.push_back(static_cast<double>(shared) / 1e6);
        i = j;
    }
    std::printf("{\"cores\": %d, \"fifo\": %s, \"seconds\": %.3f, \"late_per_core_per_s\": %.3f, "
                "\"stops_per_s\": %.3f, \"stop_p50_ms\": %.3f, \"worst_ms\": %.3f}\n",
                cores, g_fifo.load() == cores ? "true" : "false", seconds,
                static_cast<double>(all.size()) / cores / seconds, static_cast<double>(stops.size()) / seconds,
                median(stops), worst);
    return 0;
}
