#include "live/fd_line_reader.h"

#include "live/poll_timeout.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <system_error>

#include <poll.h>
#include <unistd.h>

namespace fraudlens::live {

FdLineReader::FdLineReader(int fd, std::size_t maxLineBytes)
    : m_fd(fd), m_buffer(maxLineBytes)
{
}

bool FdLineReader::next(LiveLine& line, std::chrono::microseconds timeout)
{
    using Clock = std::chrono::steady_clock;
    const bool forever = timeout.count() < 0;
    const auto deadline = Clock::now() + std::max(timeout, std::chrono::microseconds(0));
    std::array<char, LineBuffer::kReadBytes> chunk;
    for (;;) {
        if (m_buffer.next(line))
            return true;
        if (m_eof)
            return false;
        const timespec wait = pollTimeout(deadline - Clock::now());
        // Waited on first, so that a blocking descriptor is only read when read() will not
        // block; ppoll, since a live group waits fractions of a millisecond.
        pollfd watched{m_fd, POLLIN, 0};
        const int ready = ::ppoll(&watched, 1, forever ? nullptr : &wait, nullptr);
        if (ready < 0 && errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "cannot wait for input");
        if (ready == 0)
            return false;
        if (ready < 0)
            continue; // a signal: wait again for the time that is left
        const ssize_t got = ::read(m_fd, chunk.data(), chunk.size());
        if (got > 0) {
            m_buffer.append(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
        } else if (got == 0) {
            m_eof = true;
            m_buffer.finish();
        } else if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) {
            throw std::system_error(errno, std::generic_category(), "cannot read the input");
        }
    }
}

} // namespace fraudlens::live
