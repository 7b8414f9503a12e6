#include "live/file_follower.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fraudlens::live {

namespace {

// Short enough to keep latency low, long enough that an idle follower costs nothing.
constexpr int kSleepStepMs = 5;

} // namespace

FileFollower::FileFollower(std::string path, Start start, std::size_t maxLineBytes)
    : m_path(std::move(path)), m_buffer(maxLineBytes)
{
    // Opened now, so that Start::End means the end as it is at construction; a file that
    // only appears later is new, and read from its start.
    open(start == Start::End);
}

FileFollower::~FileFollower()
{
    closeFile();
}

void FileFollower::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool FileFollower::open(bool skipToEnd)
{
    // O_NONBLOCK: a FIFO at the path must not hang us until a writer turns up.
    const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_regular = S_ISREG(info.st_mode);
    m_device = static_cast<unsigned long long>(info.st_dev);
    m_inode = static_cast<unsigned long long>(info.st_ino);
    m_offset = 0;
    m_buffer.restart();
    if (m_openedBefore)
        ++m_restarts;
    else if (skipToEnd && m_regular)
        skipExisting();
    m_openedBefore = true;
    return true;
}

void FileFollower::skipExisting()
{
    // Count the lines so that later line numbers still match the file, and stop after the
    // last newline so that a line being written now is read whole.
    std::array<char, LineBuffer::kReadBytes> chunk;
    std::int64_t lines = 0;
    std::int64_t afterLastNewline = 0;
    std::int64_t position = 0;
    bool firstLineDone = false;
    for (;;) {
        const ssize_t got = ::read(m_fd, chunk.data(), chunk.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        const std::string_view piece(chunk.data(), static_cast<std::size_t>(got));
        if (!firstLineDone) {
            const std::size_t newline = piece.find('\n');
            const std::size_t room = m_buffer.maxLineBytes() - std::min(m_buffer.maxLineBytes(), m_skippedFirstLine.size());
            m_skippedFirstLine.append(piece.substr(0, std::min(newline, room)));
            firstLineDone = newline != std::string_view::npos;
        }
        for (std::size_t at = piece.find('\n'); at != std::string_view::npos; at = piece.find('\n', at + 1)) {
            ++lines;
            afterLastNewline = position + static_cast<std::int64_t>(at) + 1;
        }
        position += got;
    }
    if (!firstLineDone)
        m_skippedFirstLine.clear(); // the only line is unfinished: it will be read whole
    else if (!m_skippedFirstLine.empty() && m_skippedFirstLine.back() == '\r')
        m_skippedFirstLine.pop_back();
    ::lseek(m_fd, afterLastNewline, SEEK_SET);
    m_offset = afterLastNewline;
    m_buffer.restart(lines);
}

bool FileFollower::readMore()
{
    std::array<char, LineBuffer::kReadBytes> chunk;
    for (;;) {
        const ssize_t got = ::read(m_fd, chunk.data(), chunk.size());
        if (got > 0) {
            m_offset += got;
            m_buffer.append(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
            return true;
        }
        // 0 is the end for now; an error (EAGAIN from an empty FIFO, a rare EIO) is
        // treated alike: look again on the next call rather than stop the stream.
        if (got < 0 && errno == EINTR)
            continue;
        return false;
    }
}

bool FileFollower::noticeChange()
{
    // Truncated in place (copytruncate): the rest of the old content is gone, and with it
    // the start of any unterminated line.
    struct stat opened {};
    if (m_regular && ::fstat(m_fd, &opened) == 0 && opened.st_size < m_offset) {
        ::lseek(m_fd, 0, SEEK_SET);
        m_offset = 0;
        m_buffer.restart();
        ++m_restarts;
        return true;
    }
    struct stat atPath {};
    if (::stat(m_path.c_str(), &atPath) != 0)
        return false; // renamed or deleted, nothing new yet: the writer may still append to the old file
    if (static_cast<unsigned long long>(atPath.st_dev) == m_device
        && static_cast<unsigned long long>(atPath.st_ino) == m_inode)
        return false;
    // Rotated: the old file has been read to its end, so its unterminated last line is
    // as complete as it will get.
    m_buffer.finish();
    closeFile();
    open(false);
    return true;
}

bool FileFollower::next(LiveLine& line)
{
    for (;;) {
        if (m_buffer.next(line))
            return true;
        if (m_fd < 0 && !open(false))
            return false;
        if (readMore())
            continue;
        if (!noticeChange())
            return false;
    }
}

bool FileFollower::waitForLine(LiveLine& line, int timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(timeoutMs, 0));
    for (;;) {
        if (next(line))
            return true;
        const auto now = Clock::now();
        if (now >= deadline)
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(kSleepStepMs), deadline - now));
    }
}

} // namespace fraudlens::live
