#pragma once

#include "live/live_line.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace fraudlens::live {

// Cuts a byte stream that arrives in arbitrary pieces into numbered lines: the one piece
// of line handling that the file follower, stdin and every TCP client share.
class LineBuffer {
public:
    static constexpr std::size_t kDefaultMaxLineBytes = std::size_t(1) << 20;
    // What an overlong line keeps of its start, enough for a message to show.
    static constexpr std::size_t kOverlongShownBytes = 80;
    // What each source reads from its descriptor at a time before appending it here.
    static constexpr std::size_t kReadBytes = 64 * 1024;

    explicit LineBuffer(std::size_t maxLineBytes = kDefaultMaxLineBytes);

    void append(std::string_view bytes);
    // The oldest complete line; false when none is complete yet.
    bool next(LiveLine& line);

    // The input has ended: an unterminated last line counts as a line (as a CSV file's
    // last row may lack its newline). True when there was one.
    bool finish();
    // The stream starts over (a truncated file, a new file at the path): the unterminated
    // tail is dropped and numbering restarts after linesBefore. Lines already complete are
    // kept: they were read before the change and are still owed to the reader.
    void restart(std::int64_t linesBefore = 0);

    bool hasLine() const { return !m_ready.empty(); }
    // The unterminated tail is past the limit: its bytes are being dropped.
    bool overflowing() const { return m_tailOverlong; }
    std::size_t tailBytes() const { return m_tail.size(); }
    std::size_t maxLineBytes() const { return m_max; }

private:
    void push(std::string_view text, bool overlong);

    std::size_t m_max;
    std::string m_tail;
    bool m_tailOverlong = false;
    std::deque<LiveLine> m_ready;
    std::int64_t m_number = 0;
};

} // namespace fraudlens::live
