#pragma once

#include "live/line_listener.h"
#include "live/live_line.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

class FdLineReader;
class FileFollower;

// The one source a live session reads, whichever of the three it is: stdin, a followed
// file or a TCP listener. It hides their different ways of waiting behind read(), and
// names each line's origin for messages and the session's imports row.
class LiveInput {
public:
    enum class Kind { Stdin, Follow, Listen };

    static std::unique_ptr<LiveInput> standardInput();
    // fromStart: every line of the file; else only what is appended from now on (tail -F).
    static std::unique_ptr<LiveInput> follow(const std::string& path, bool fromStart);
    // Binds now (std::system_error when the address is taken), so that a client can
    // connect while the scorer is still warming up: its lines wait in the socket.
    static std::unique_ptr<LiveInput> listen(const std::string& host, std::uint16_t port);
    ~LiveInput();
    LiveInput(const LiveInput&) = delete;
    LiveInput& operator=(const LiveInput&) = delete;

    Kind kind() const { return m_kind; }
    // The session's imports row name: "live:stdin", "live:follow:PATH", "live:listen:HOST:PORT".
    std::string sessionName() const;
    // Where a line of this client came from, for "SOURCE:LINE:COLUMN: reason": "stdin",
    // the followed path, "tcp#3".
    std::string sourceOf(int client) const;

    // The lines that arrived, waiting up to timeout (>= 0) for the first; about maxLines
    // at most (a listener returns what one look at its sockets brought). Microseconds:
    // a live group waits fractions of a millisecond (a followed file, in 5 ms steps).
    std::vector<LiveLine> read(std::chrono::microseconds timeout, std::size_t maxLines);
    // A listener's connections and disconnections since the last call.
    std::vector<LineListener::Event> takeEvents();
    // stdin has ended and every line was read; a followed file or a listener never ends.
    bool ended() const;
    // Answers a TCP client (a line of its own); false when it is gone or this is no listener.
    bool answer(int client, std::string_view text);
    // Queues an answer for flushAnswers(), which writes all of a group's at once.
    bool queueAnswer(int client, std::string_view text);
    void flushAnswers();
    // Writes out what clients are still owed and closes them, waiting at most lingerMs.
    void finish(int lingerMs);

    // With follow from the end: the file's first line as it was (a CSV stream's header).
    std::string skippedFirstLine() const;
    std::uint16_t port() const;
    std::string address() const; // "127.0.0.1:9000", "[::1]:9000"; empty when no listener

private:
    explicit LiveInput(Kind kind);

    Kind m_kind;
    std::string m_path;
    std::unique_ptr<FdLineReader> m_stdin;
    std::unique_ptr<FileFollower> m_follower;
    std::unique_ptr<LineListener> m_listener;
    std::set<int> m_clients; // connected, as far as takeEvents() has told
};

} // namespace fraudlens::live
