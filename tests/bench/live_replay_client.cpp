// The timing half of live_replay.py, in C++: sends JSON lines to `fraudlens-cli live
// --listen` at a fixed rate on one connection and times each from the moment it is due
// (waiting behind a full socket included) to the moment its answer is read. Python's
// interpreter on the same two cores added milliseconds of its own to the tail and took
// a core from the server; this client sleeps between sends and answers and uses little.
// Each line is sent at its own due time (1/rate apart), not in 1 ms batches.
//
//   bench_live_client --port P --lines FILE.jsonl --rate R [--latencies FILE.csv]
// Prints one JSON object with the same keys as live_replay.py's replay(), and two of its
// own: send_lag_p99_ms (how late the client itself got to a line, kept from its core by
// the server's threads or the machine) and from_send_p99_ms (answered, timed from then).
// --latencies writes each line's due time (ms from the start), latency and send lag, to
// see when a tail came and whose it was.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "bench_live_client: %s\n", message.c_str());
    std::exit(2);
}

// Nearest rank, as live_replay.py's percentile().
double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const auto k = static_cast<std::size_t>(
        std::clamp<double>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())) - 1.0, 0.0,
                           static_cast<double>(sorted.size() - 1)));
    return sorted[k];
}

// Python's json reads NaN, not C's "nan".
std::string number(double value)
{
    if (std::isnan(value))
        return "NaN";
    char text[64];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

struct Arguments {
    int port = 0;
    std::string lines;
    double rate = 10000.0;
    double drainSeconds = 30.0;
    std::string latencies;
};

Arguments parse(int argc, char** argv)
{
    Arguments a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view key = argv[i];
        if (key == "--port")
            a.port = std::atoi(argv[i + 1]);
        else if (key == "--lines")
            a.lines = argv[i + 1];
        else if (key == "--rate")
            a.rate = std::atof(argv[i + 1]);
        else if (key == "--drain-seconds")
            a.drainSeconds = std::atof(argv[i + 1]);
        else if (key == "--latencies")
            a.latencies = argv[i + 1];
        else
            fail("unknown option " + std::string(key));
    }
    if (a.port <= 0 || a.lines.empty() || !(a.rate > 0.0))
        fail("usage: bench_live_client --port P --lines FILE.jsonl --rate R");
    return a;
}

std::vector<std::string> readLines(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        fail("cannot read " + path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line + "\n");
    return lines;
}

int connectTo(int port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0)
        fail(std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 && errno != EINPROGRESS)
        fail(std::string("connect: ") + std::strerror(errno));
    pollfd p{fd, POLLOUT, 0};
    if (poll(&p, 1, 10000) != 1)
        fail("connect: timed out");
    int error = 0;
    socklen_t length = sizeof error;
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0)
        fail(std::string("connect: ") + std::strerror(error));
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

int main(int argc, char** argv)
{
    const Arguments args = parse(argc, argv);
    const std::vector<std::string> lines = readLines(args.lines);
    const std::size_t n = lines.size();
    std::vector<std::int64_t> dueAt(n);
    // When the client got to the line: later than due when the client itself was kept
    // from its core, which shares the machine with the server.
    std::vector<std::int64_t> sentAt(n);
    std::vector<std::int64_t> answeredAt(n, 0);
    const int fd = connectTo(args.port);
    const double intervalNs = 1e9 / args.rate;

    std::string outgoing;
    std::string incoming;
    std::size_t next = 0;
    std::size_t answered = 0;
    std::size_t errors = 0;
    char buffer[1 << 16];
    const std::int64_t start = nowNs();
    std::int64_t lastSend = start;
    std::int64_t deadline = 0;
    while (answered < n) {
        std::int64_t now = nowNs();
        // Everything due by now joins the outgoing bytes, stamped with its due time.
        while (next < n) {
            const auto due = start + static_cast<std::int64_t>(static_cast<double>(next) * intervalNs);
            if (due > now)
                break;
            outgoing += lines[next];
            dueAt[next] = due;
            sentAt[next] = now;
            lastSend = now;
            ++next;
        }
        if (next == n && deadline == 0)
            deadline = now + static_cast<std::int64_t>(args.drainSeconds * 1e9);
        if (!outgoing.empty()) {
            const ssize_t written = send(fd, outgoing.data(), outgoing.size(), MSG_NOSIGNAL);
            if (written > 0)
                outgoing.erase(0, static_cast<std::size_t>(written));
            else if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                fail(std::string("send: ") + std::strerror(errno));
        }
        if (deadline != 0 && now > deadline)
            break;

        std::int64_t waitNs = 100000000;
        if (next < n)
            waitNs = std::max<std::int64_t>(
                0, start + static_cast<std::int64_t>(static_cast<double>(next) * intervalNs) - nowNs());
        pollfd p{fd, static_cast<short>(POLLIN | (outgoing.empty() ? 0 : POLLOUT)), 0};
        const timespec timeout{static_cast<time_t>(waitNs / 1000000000), static_cast<long>(waitNs % 1000000000)};
        if (ppoll(&p, 1, &timeout, nullptr) <= 0 || (p.revents & POLLIN) == 0)
            continue;
        const ssize_t got = recv(fd, buffer, sizeof buffer, 0);
        now = nowNs();
        if (got == 0)
            break;
        if (got < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                continue;
            fail(std::string("recv: ") + std::strerror(errno));
        }
        incoming.append(buffer, static_cast<std::size_t>(got));
        std::size_t begin = 0;
        for (std::size_t end; (end = incoming.find('\n', begin)) != std::string::npos; begin = end + 1) {
            const std::string_view answer(incoming.data() + begin, end - begin);
            const std::size_t at = answer.find("\"line\":");
            if (at == std::string_view::npos)
                continue;
            const long line = std::strtol(answer.data() + at + 7, nullptr, 10);
            if (line >= 1 && static_cast<std::size_t>(line) <= n && answeredAt[static_cast<std::size_t>(line) - 1] == 0) {
                answeredAt[static_cast<std::size_t>(line) - 1] = now;
                ++answered;
                if (answer.find("\"ok\":false") != std::string_view::npos)
                    ++errors;
            }
        }
        incoming.erase(0, begin);
    }
    close(fd);

    if (!args.latencies.empty()) {
        std::ofstream out(args.latencies);
        out << "line,due_ms,latency_ms,send_lag_ms\n";
        for (std::size_t i = 0; i < n; ++i)
            if (answeredAt[i] != 0)
                out << i + 1 << ',' << static_cast<double>(dueAt[i] - start) / 1e6 << ','
                    << static_cast<double>(answeredAt[i] - dueAt[i]) / 1e6 << ','
                    << static_cast<double>(sentAt[i] - dueAt[i]) / 1e6 << '\n';
        if (!out)
            fail("cannot write " + args.latencies);
    }

    std::vector<double> latencies;
    std::vector<double> sendLags;
    std::vector<double> fromSend;
    std::int64_t finished = start;
    for (std::size_t i = 0; i < n; ++i)
        if (answeredAt[i] != 0) {
            latencies.push_back(static_cast<double>(answeredAt[i] - dueAt[i]) / 1e6);
            sendLags.push_back(static_cast<double>(sentAt[i] - dueAt[i]) / 1e6);
            fromSend.push_back(static_cast<double>(answeredAt[i] - sentAt[i]) / 1e6);
            finished = std::max(finished, answeredAt[i]);
        }
    std::sort(latencies.begin(), latencies.end());
    std::sort(sendLags.begin(), sendLags.end());
    std::sort(fromSend.begin(), fromSend.end());
    const double seconds = static_cast<double>(finished - start) / 1e9;
    std::printf("{\"offered_rate\": %.3f, \"sent\": %zu, \"answered\": %zu, \"errors\": %zu, \"p50_ms\": %s, "
                "\"p99_ms\": %s, \"max_ms\": %s, \"sustained_rate\": %.3f, \"send_seconds\": %.6f, "
                "\"send_lag_p99_ms\": %s, \"from_send_p99_ms\": %s}\n",
                args.rate, next, answered, errors, number(percentile(latencies, 50)).c_str(),
                number(percentile(latencies, 99)).c_str(),
                number(latencies.empty() ? std::nan("") : latencies.back()).c_str(),
                seconds > 0 ? static_cast<double>(answered) / seconds : 0.0,
                static_cast<double>(lastSend - start) / 1e9, number(percentile(sendLags, 99)).c_str(),
                number(percentile(fromSend, 99)).c_str());
    return 0;
}
