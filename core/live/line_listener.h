#pragma once

#include "live/line_buffer.h"
#include "live/live_line.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

// Listens for TCP clients that send JSON lines (`live --listen 127.0.0.1:PORT`), and
// lets the live command answer each line once it is committed. POSIX sockets and
// poll(): no threads, no event library; everything happens inside poll() and send().
//
// Binds whatever address it is given; keeping to loopback unless the user names another
// address is the command line's decision, not this class's.
class LineListener {
public:
    struct Event {
        enum class Kind {
            Connected,
            InputEnded, // the client will send no more; it stays open for answers (see disconnect())
            Closed,     // gone: reason says why, problem says whether it was our doing
        };
        Kind kind = Kind::Connected;
        int client = 0;
        std::string peer; // "127.0.0.1:53422"
        std::string reason;
        bool problem = false;
    };

    static constexpr std::size_t kMaxClients = 256;
    // Answers a client does not read are not kept forever.
    static constexpr std::size_t kMaxQueuedBytes = std::size_t(8) << 20;
    // How long a client whose input ended is kept open for answers still to come.
    static constexpr std::chrono::milliseconds kEndedLinger{5000};

    // "127.0.0.1:7000", "[::1]:7000": an address as messages show it.
    static std::string address(const std::string& host, std::uint16_t port);

    // Port 0 takes a free one (see port()). Throws std::system_error when the address
    // cannot be bound, std::runtime_error when the host is no address.
    explicit LineListener(const std::string& host = "127.0.0.1", std::uint16_t port = 0,
                          std::size_t maxLineBytes = LineBuffer::kDefaultMaxLineBytes);
    ~LineListener();
    LineListener(const LineListener&) = delete;
    LineListener& operator=(const LineListener&) = delete;

    std::uint16_t port() const { return m_port; }
    const std::string& host() const { return m_host; }

    // Waits up to timeoutMs (negative: no limit) for activity, accepts new clients, reads
    // and writes what the sockets allow, and returns the complete lines that arrived, in
    // order per client. A client whose line passes the limit is disconnected (an Event
    // says so); the others go on.
    std::vector<LiveLine> poll(std::chrono::microseconds timeout);
    std::vector<LiveLine> poll(int timeoutMs) { return poll(std::chrono::milliseconds(timeoutMs)); }
    // What happened to connections since the last call; per client, in order.
    std::vector<Event> takeEvents();

    // Queues text and a newline (unless text ends with one) for the client, writing what
    // the socket takes now and the rest from poll(). False when the client is gone.
    bool send(int client, std::string_view text);
    // Queues like send() but writes nothing yet: the live session answers a whole group
    // at once with flushAll(), one send() per client instead of one per answer (a syscall
    // and a trip through TCP each: 6 % of the server at 10,000 answers a second).
    bool queue(int client, std::string_view text);
    // Writes what each client has queued, as far as its socket takes it now.
    void flushAll();
    // Closes the connection once what was sent to it is written.
    void disconnect(int client);
    bool isConnected(int client) const;
    std::size_t clientCount() const { return m_clients.size(); }
    // Stops listening and closes every connection at once.
    void close();

private:
    struct Client {
        int fd = -1;
        std::string peer;
        LineBuffer input;
        std::string output;
        std::size_t written = 0;
        bool inputEnded = false;
        bool closing = false;
        std::chrono::steady_clock::time_point closeBy; // once input ended or disconnect() asked
    };

    void acceptClients();
    bool readFrom(int id, Client& client, std::vector<LiveLine>& lines);
    bool deliver(int id, Client& client, std::vector<LiveLine>& lines);
    bool flush(int id, Client& client);
    void drop(int id, std::string reason, bool problem);

    std::string m_host;
    std::uint16_t m_port = 0;
    std::size_t m_maxLineBytes;
    int m_listenFd = -1;
    int m_nextId = 1;
    std::map<int, Client> m_clients;
    std::vector<Event> m_events;
};

} // namespace fraudlens::live
