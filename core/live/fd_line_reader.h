#pragma once

#include "live/line_buffer.h"
#include "live/live_line.h"

#include <chrono>

namespace fraudlens::live {

// Lines from a descriptor whose end is final: stdin for `live --stdin`, a pipe, a socket.
// A followed file is different (its end only means "nothing yet"): see FileFollower.
class FdLineReader {
public:
    // Does not take ownership of fd, and leaves its flags alone: stdin's open file
    // description is shared with the shell that started us.
    explicit FdLineReader(int fd, std::size_t maxLineBytes = LineBuffer::kDefaultMaxLineBytes);

    // A complete line, waiting up to timeout for one (0: only what is already there,
    // negative: until a line or the end). An unterminated last line counts at the end.
    // Throws std::system_error when the descriptor cannot be read.
    bool next(LiveLine& line, std::chrono::microseconds timeout);
    bool next(LiveLine& line, int timeoutMs = 0) { return next(line, std::chrono::milliseconds(timeoutMs)); }

    // The input has ended and every line was returned.
    bool atEnd() const { return m_eof && !m_buffer.hasLine(); }
    int fd() const { return m_fd; }

private:
    int m_fd;
    LineBuffer m_buffer;
    bool m_eof = false;
};

} // namespace fraudlens::live
