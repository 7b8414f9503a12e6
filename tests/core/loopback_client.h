#pragma once

// Test-side TCP client helpers for the live listener tests.

#include <QByteArray>
#include <QElapsedTimer>

#include <cstdint>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fraudlens::testing {

// A connected socket to 127.0.0.1:port, or -1.
inline int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// false when the peer went away before everything was written.
inline bool sendAll(int fd, const QByteArray& bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

// What the socket sent until `lines` newlines came, the peer closed, or the time was up.
inline QByteArray readLines(int fd, int lines, int timeoutMs)
{
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (buffer.count('\n') < lines && timer.elapsed() < timeoutMs) {
        pollfd watched{fd, POLLIN, 0};
        if (::poll(&watched, 1, 50) <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            break;
        buffer.append(chunk, n);
    }
    return buffer;
}

} // namespace fraudlens::testing
