// The floor under live_bench.sh's latencies: a server that answers each JSON line the
// moment it reads it, with the answer shape `fraudlens-cli live --listen` gives
// ({"ok":true,"line":N}), and does nothing else. Timed by the same bench_live_client at the
// same rate on the same two cores, it measures what the socket, the wake-ups, the client
// and the machine's own pauses cost before any server work: what is left of a latency
// target once they are paid.
//
//   bench_live_echo --port P [--work-us N] [--background BUSY_MS/PERIOD_MS[/NICE]]... [--paced]
// Prints "echo: listening" on stderr once it accepts; serves one connection, then exits.
//
// With the options it is a model of FraudLens's load without FraudLens: --work-us keeps
// the answering thread busy that long a line (the session's scoring), each --background
// adds a thread busy BUSY_MS every PERIOD_MS (the store thread, the checkpointer), and
// --paced makes those threads breathe as the real ones do (store/burst_pacing.h).
// tests/bench/load_shape.sh compares the shapes: what the machine does to a latency under
// that much work, with and without the pacing.
#include "store/burst_pacing.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "bench_live_echo: %s: %s\n", what, std::strerror(errno));
    std::exit(2);
}

int listenOn(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        fail("socket");
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        fail("bind");
    if (listen(fd, 1) != 0)
        fail("listen");
    return fd;
}

// Sends all of it: the client reads its answers as they come, so a full socket clears.
void sendAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("send");
        done += static_cast<std::size_t>(n);
    }
}

struct Background {
    double busyMs = 0;
    double periodMs = 0;
    int nice = 5; // the store thread's
};

struct Arguments {
    int port = 0;
    double workUs = 0;
    std::vector<Background> background;
    bool paced = false;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: bench_live_echo --port P [--work-us N] [--background BUSY_MS/PERIOD_MS[/NICE]]... [--paced]\n");
    std::exit(2);
}

Arguments parse(int argc, char** argv)
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string_view key = argv[i];
        if (key == "--paced") {
            a.paced = true;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        const char* value = argv[++i];
        if (key == "--port") {
            a.port = std::atoi(value);
        } else if (key == "--work-us") {
            a.workUs = std::atof(value);
        } else if (key == "--background") {
            Background b;
            if (std::sscanf(value, "%lf/%lf/%d", &b.busyMs, &b.periodMs, &b.nice) < 2 || b.busyMs <= 0 || b.periodMs <= b.busyMs)
                usage();
            a.background.push_back(b);
        } else {
            usage();
        }
    }
    if (a.port <= 0)
        usage();
    return a;
}

double nowUs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

// Busy, not asleep: CPU work such as scoring or copying pages. A paced thread breathes
// between small pieces of it, as the store thread does between records.
void busyFor(double us)
{
    const double end = nowUs() + us;
    while (nowUs() < end)
        fraudlens::store::burst_pacing::breathe();
}

void runBackground(Background b, bool paced)
{
    setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), b.nice);
    if (paced)
        fraudlens::store::burst_pacing::paceThisThread();
    for (;;) {
        busyFor(b.busyMs * 1000);
        const auto idle = std::chrono::microseconds(static_cast<long>((b.periodMs - b.busyMs) * 1000));
        std::this_thread::sleep_for(idle);
        fraudlens::store::burst_pacing::rested();
    }
}

} // namespace

int main(int argc, char** argv)
{
    const Arguments args = parse(argc, argv);
    for (const Background& b : args.background)
        std::thread(runBackground, b, args.paced).detach();
    const int server = listenOn(args.port);
    std::fprintf(stderr, "echo: listening\n");
    const int client = accept(server, nullptr, nullptr);
    if (client < 0)
        fail("accept");
    const int one = 1;
    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    char buffer[1 << 16];
    long line = 0;
    std::string answers;
    for (;;) {
        const ssize_t got = recv(client, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            fail("recv");
        if (got == 0)
            break;
        // One answer per line ended in this read, all sent at once, as the live session
        // answers a group.
        answers.clear();
        for (ssize_t i = 0; i < got; ++i)
            if (buffer[i] == '\n')
                answers += "{\"ok\":true,\"line\":" + std::to_string(++line) + "}\n";
        if (args.workUs > 0)
            busyFor(args.workUs * static_cast<double>(std::count(buffer, buffer + got, '\n')));
        if (!answers.empty())
            sendAll(client, answers);
    }
    close(client);
    close(server);
    return 0;
}
