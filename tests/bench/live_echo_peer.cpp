// The floor under live_bench.sh's latencies: a server that answers each JSON line the
// moment it reads it, with the answer shape `fraudlens-cli live --listen` gives
// ({"ok":true,"line":N}), and does nothing else. Timed by the same bench_live_client at the
// same rate on the same two cores, it measures what the socket, the wake-ups, the client
// and the machine's own pauses cost before any server work: what is left of a latency
// target once they are paid.
//
//   bench_live_echo --port P
// Prints "echo: listening" on stderr once it accepts; serves one connection, then exits.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

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

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || std::string_view(argv[1]) != "--port")
        return std::fprintf(stderr, "usage: bench_live_echo --port P\n"), 2;
    const int server = listenOn(std::atoi(argv[2]));
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
        if (!answers.empty())
            sendAll(client, answers);
    }
    close(client);
    close(server);
    return 0;
}
