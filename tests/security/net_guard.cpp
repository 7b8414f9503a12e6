// Preloaded into FraudLens processes by no_network.sh: records every Internet socket a
// process opens, so a test can prove the application stays off the network unless the
// user starts the live listener. Unix-domain sockets (X11, D-Bus) are local and allowed.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void record(const char* call, int domain)
{
    const char* log = std::getenv("FRAUDLENS_NET_GUARD_LOG");
    if (!log)
        return;
    char line[256];
    const int length = std::snprintf(line, sizeof line, "%s domain=%d pid=%d\n", call, domain, static_cast<int>(getpid()));
    // Plain syscalls: this runs inside socket(), where stdio or allocation is not safe.
    const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    if (write(fd, line, static_cast<size_t>(length)) < 0) {
        // Nothing to do: the test then sees no line and the positive control fails.
    }
    close(fd);
}

bool isInternet(int domain) { return domain == AF_INET || domain == AF_INET6; }

} // namespace

extern "C" int socket(int domain, int type, int protocol)
{
    using Socket = int (*)(int, int, int);
    static const auto real = reinterpret_cast<Socket>(dlsym(RTLD_NEXT, "socket"));
    if (isInternet(domain))
        record("socket", domain);
    return real(domain, type, protocol);
}

extern "C" int connect(int fd, const struct sockaddr* address, socklen_t length)
{
    using Connect = int (*)(int, const struct sockaddr*, socklen_t);
    static const auto real = reinterpret_cast<Connect>(dlsym(RTLD_NEXT, "connect"));
    if (address && isInternet(address->sa_family))
        record("connect", address->sa_family);
    return real(fd, address, length);
}
