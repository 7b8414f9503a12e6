#pragma once

#include "live/line_buffer.h"
#include "live/live_line.h"

#include <cstdint>
#include <string>

namespace fraudlens::live {

// Follows a growing file the way `tail -F` does, without blocking: complete lines only
// (an unterminated last line waits for its newline), a file truncated in place is read
// again from its start, a file replaced at the path (rotation) is read to its end before
// the new one is opened from its start, and a file that is not there yet is waited for.
// Each new file or truncation starts the line numbers at 1 again. Single-threaded.
//
// Not noticed: a file truncated and refilled past the old offset between two looks,
// and what the writer still appends to a rotated-away file after the switch (tail -F
// misses both as well).
class FileFollower {
public:
    enum class Start {
        Beginning, // every line of the file
        End,       // only what is appended after construction (the file's first line is kept, see skippedFirstLine)
    };

    explicit FileFollower(std::string path, Start start = Start::Beginning,
                          std::size_t maxLineBytes = LineBuffer::kDefaultMaxLineBytes);
    ~FileFollower();
    FileFollower(const FileFollower&) = delete;
    FileFollower& operator=(const FileFollower&) = delete;

    // The next complete line if one is there now; never waits.
    bool next(LiveLine& line);
    // next(), sleeping in short steps until a line comes or timeoutMs passes.
    bool waitForLine(LiveLine& line, int timeoutMs);

    const std::string& path() const { return m_path; }
    // A file is open (it has appeared at the path, or an old one is still being read).
    bool isOpen() const { return m_fd >= 0; }
    // Bytes of the current file read so far, complete lines or not.
    std::int64_t offset() const { return m_offset; }
    // How many times the stream started over: truncations plus new files after the first.
    int restarts() const { return m_restarts; }
    // With Start::End: the first line of the file as it was, so that a CSV stream's header
    // (or a JSON stream's format) is still known; empty otherwise.
    const std::string& skippedFirstLine() const { return m_skippedFirstLine; }

private:
    bool open(bool skipToEnd);
    void skipExisting();
    bool readMore();
    bool noticeChange();
    void closeFile();

    std::string m_path;
    LineBuffer m_buffer;
    int m_fd = -1;
    bool m_regular = true;
    unsigned long long m_device = 0;
    unsigned long long m_inode = 0;
    std::int64_t m_offset = 0;
    bool m_openedBefore = false;
    int m_restarts = 0;
    std::string m_skippedFirstLine;
};

} // namespace fraudlens::live
