#include "live/line_listener.h"

#include "live/poll_timeout.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <system_error>
#include <utility>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fraudlens::live {

namespace {

using Clock = std::chrono::steady_clock;

// Reads per client per poll(): one busy client cannot starve the others.
constexpr int kReadsPerPoll = 16;
constexpr int kBacklog = 64;

std::string peerName(const sockaddr_storage& address, socklen_t length)
{
    std::array<char, NI_MAXHOST> host{};
    std::array<char, NI_MAXSERV> service{};
    if (::getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host.data(), host.size(), service.data(),
                      service.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return "unknown peer";
    return LineListener::address(host.data(), static_cast<std::uint16_t>(std::stoi(service.data())));
}

} // namespace

std::string LineListener::address(const std::string& host, std::uint16_t port)
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

LineListener::LineListener(const std::string& host, std::uint16_t port, std::size_t maxLineBytes)
    : m_host(host.empty() ? "127.0.0.1" : host), m_maxLineBytes(maxLineBytes)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    const std::string where = "cannot listen on " + address(m_host, port);
    if (const int status = ::getaddrinfo(m_host.c_str(), std::to_string(port).c_str(), &hints, &found); status != 0)
        throw std::runtime_error(where + ": " + ::gai_strerror(status));
    int lastError = EADDRNOTAVAIL;
    for (const addrinfo* candidate = found; candidate && m_listenFd < 0; candidate = candidate->ai_next) {
        const int fd = ::socket(candidate->ai_family, candidate->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                candidate->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        // A restarted live command must not wait out the old socket's TIME_WAIT.
        const int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(fd, candidate->ai_addr, candidate->ai_addrlen) != 0 || ::listen(fd, kBacklog) != 0) {
            lastError = errno;
            ::close(fd);
            continue;
        }
        m_listenFd = fd;
    }
    ::freeaddrinfo(found);
    if (m_listenFd < 0)
        throw std::system_error(lastError, std::generic_category(), where);

    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&bound), &length);
    if (bound.ss_family == AF_INET6)
        m_port = ntohs(reinterpret_cast<const sockaddr_in6*>(&bound)->sin6_port);
    else
        m_port = ntohs(reinterpret_cast<const sockaddr_in*>(&bound)->sin_port);
}

LineListener::~LineListener()
{
    close();
}

void LineListener::close()
{
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    m_listenFd = -1;
    for (auto& [id, client] : m_clients) {
        ::close(client.fd);
        m_events.push_back({Event::Kind::Closed, id, client.peer, "the listener was closed", false});
    }
    m_clients.clear();
}

std::vector<LineListener::Event> LineListener::takeEvents()
{
    return std::exchange(m_events, {});
}

bool LineListener::isConnected(int client) const
{
    return m_clients.contains(client);
}

void LineListener::drop(int id, std::string reason, bool problem)
{
    const auto found = m_clients.find(id);
    if (found == m_clients.end())
        return;
    ::close(found->second.fd);
    m_events.push_back({Event::Kind::Closed, id, found->second.peer, std::move(reason), problem});
    m_clients.erase(found);
}

void LineListener::acceptClients()
{
    for (;;) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd = ::accept4(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; // EAGAIN: no one else waiting
        }
        const int id = m_nextId++;
        std::string peer = peerName(address, length);
        if (m_clients.size() >= kMaxClients) {
            ::close(fd);
            m_events.push_back({Event::Kind::Closed, id, std::move(peer),
                                "refused: already " + std::to_string(kMaxClients) + " clients", true});
            continue;
        }
        // Answers are small and wanted at once: Nagle's delay would add to the latency.
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        Client& client = m_clients[id];
        client.fd = fd;
        client.peer = peer;
        client.input = LineBuffer(m_maxLineBytes);
        m_events.push_back({Event::Kind::Connected, id, std::move(peer), {}, false});
    }
}

bool LineListener::deliver(int id, Client& client, std::vector<LiveLine>& lines)
{
    LiveLine line;
    while (client.input.next(line)) {
        if (line.overlong) {
            drop(id, "line " + std::to_string(line.number) + " is longer than " + std::to_string(m_maxLineBytes)
                         + " bytes; disconnected",
                 true);
            return false;
        }
        line.client = id;
        lines.push_back(std::move(line));
    }
    if (client.input.overflowing()) {
        // Not waiting for the newline: the bytes would only be thrown away.
        drop(id, "a line is longer than " + std::to_string(m_maxLineBytes) + " bytes; disconnected", true);
        return false;
    }
    return true;
}

bool LineListener::readFrom(int id, Client& client, std::vector<LiveLine>& lines)
{
    std::array<char, LineBuffer::kReadBytes> chunk;
    for (int reads = 0; reads < kReadsPerPoll; ++reads) {
        const ssize_t got = ::recv(client.fd, chunk.data(), chunk.size(), 0);
        if (got > 0) {
            client.input.append(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
            if (!deliver(id, client, lines))
                return false;
            // A short read emptied the socket: asking again would only hear EAGAIN, one
            // more system call per line at a steady rate. What arrives next, poll() sees.
            if (static_cast<std::size_t>(got) < chunk.size())
                return true;
            continue;
        }
        if (got == 0) {
            client.inputEnded = true;
            client.closeBy = Clock::now() + kEndedLinger;
            client.input.finish();
            if (!deliver(id, client, lines))
                return false;
            m_events.push_back({Event::Kind::InputEnded, id, client.peer, {}, false});
            return true;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return true;
        const int error = errno;
        drop(id, error == ECONNRESET ? "connection reset by the client" : std::string("read error: ") + std::strerror(error),
             error != ECONNRESET);
        return false;
    }
    return true;
}

bool LineListener::flush(int id, Client& client)
{
    while (client.written < client.output.size()) {
        const ssize_t sent = ::send(client.fd, client.output.data() + client.written,
                                    client.output.size() - client.written, MSG_NOSIGNAL);
        if (sent > 0) {
            client.written += static_cast<std::size_t>(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        const int error = sent < 0 ? errno : EPIPE;
        const bool gone = error == EPIPE || error == ECONNRESET;
        drop(id, gone ? "closed by the client" : std::string("write error: ") + std::strerror(error), !gone);
        return false;
    }
    if (client.written == client.output.size()) {
        client.output.clear();
        client.written = 0;
    } else if (client.written > LineBuffer::kReadBytes && client.written * 2 > client.output.size()) {
        client.output.erase(0, client.written);
        client.written = 0;
    }
    return true;
}

bool LineListener::queue(int client, std::string_view text)
{
    const auto found = m_clients.find(client);
    if (found == m_clients.end() || found->second.closing)
        return false;
    Client& target = found->second;
    if (target.output.size() - target.written + text.size() > kMaxQueuedBytes) {
        drop(client, "does not read its answers; disconnected", true);
        return false;
    }
    target.output.append(text);
    if (text.empty() || text.back() != '\n')
        target.output.push_back('\n');
    return true;
}

bool LineListener::send(int client, std::string_view text)
{
    return queue(client, text) && flush(client, m_clients.at(client));
}

void LineListener::flushAll()
{
    std::vector<int> pending; // flush() may drop a client, which ends its map entry
    for (const auto& [id, client] : m_clients)
        if (client.written < client.output.size())
            pending.push_back(id);
    for (const int id : pending) {
        const auto found = m_clients.find(id);
        if (found != m_clients.end())
            flush(id, found->second);
    }
}

void LineListener::disconnect(int client)
{
    const auto found = m_clients.find(client);
    if (found == m_clients.end())
        return;
    Client& target = found->second;
    if (target.written >= target.output.size()) {
        drop(client, "disconnected", false);
        return;
    }
    const auto closeBy = Clock::now() + kEndedLinger;
    target.closeBy = target.closing || target.inputEnded ? std::min(target.closeBy, closeBy) : closeBy;
    target.closing = true;
}

std::vector<LiveLine> LineListener::poll(std::chrono::microseconds timeout)
{
    std::vector<LiveLine> lines;
    if (m_listenFd < 0 && m_clients.empty())
        return lines;

    const auto now = Clock::now();
    std::vector<pollfd> watched;
    std::vector<int> ids;
    watched.reserve(m_clients.size() + 1);
    ids.reserve(m_clients.size());
    if (m_listenFd >= 0)
        watched.push_back({m_listenFd, POLLIN, 0});
    // Negative: no limit. In nanoseconds for ppoll: a live group waits fractions of a millisecond.
    std::chrono::nanoseconds wait = timeout.count() < 0 ? std::chrono::nanoseconds(-1) : std::chrono::nanoseconds(timeout);
    for (const auto& [id, client] : m_clients) {
        short events = 0;
        if (!client.inputEnded && !client.closing)
            events |= POLLIN;
        if (client.written < client.output.size())
            events |= POLLOUT;
        watched.push_back({client.fd, events, 0});
        ids.push_back(id);
        if (client.inputEnded || client.closing) {
            // Wake up in time to close it.
            const auto left = std::max(std::chrono::duration_cast<std::chrono::nanoseconds>(client.closeBy - now),
                                       std::chrono::nanoseconds(0));
            wait = wait.count() < 0 ? left : std::min(wait, left);
        }
    }

    const timespec waitFor = pollTimeout(wait);
    const int ready = ::ppoll(watched.data(), watched.size(), wait.count() < 0 ? nullptr : &waitFor, nullptr);
    if (ready < 0) {
        if (errno == EINTR)
            return lines;
        throw std::system_error(errno, std::generic_category(), "cannot wait for clients");
    }

    const std::size_t first = m_listenFd >= 0 ? 1 : 0;
    if (first == 1 && (watched[0].revents & POLLIN))
        acceptClients();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const int id = ids[i];
        const short revents = watched[first + i].revents;
        auto found = m_clients.find(id);
        if (revents == 0 || found == m_clients.end())
            continue;
        Client& client = found->second;
        if ((revents & (POLLIN | POLLHUP | POLLERR)) && !client.inputEnded && !client.closing) {
            if (!readFrom(id, client, lines))
                continue;
        } else if (revents & (POLLHUP | POLLERR)) {
            // Both directions are shut: nothing more can be read or answered.
            drop(id, "closed by the client", false);
            continue;
        }
        if ((revents & POLLOUT) && !flush(id, client))
            continue;
    }

    // Clients whose time is up: asked to close and flushed, or past their linger.
    const auto after = Clock::now();
    std::vector<int> done;
    for (const auto& [id, client] : m_clients) {
        const bool flushed = client.written >= client.output.size();
        if ((client.closing && flushed) || ((client.closing || client.inputEnded) && after >= client.closeBy))
            done.push_back(id);
    }
    for (int id : done)
        drop(id, m_clients.at(id).closing ? "disconnected" : "input ended", false);
    return lines;
}

} // namespace fraudlens::live
