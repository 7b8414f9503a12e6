#include "live/line_buffer.h"

#include <algorithm>

namespace fraudlens::live {

LineBuffer::LineBuffer(std::size_t maxLineBytes)
    : m_max(std::max<std::size_t>(maxLineBytes, 1))
{
}

void LineBuffer::push(std::string_view text, bool overlong)
{
    if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    if (text.size() > m_max) {
        overlong = true;
        text = text.substr(0, kOverlongShownBytes);
    }
    LiveLine& line = m_ready.emplace_back();
    line.text.assign(text);
    line.number = ++m_number;
    line.overlong = overlong;
}

void LineBuffer::append(std::string_view bytes)
{
    while (!bytes.empty()) {
        const std::size_t newline = bytes.find('\n');
        const std::string_view piece = bytes.substr(0, newline);
        if (m_tailOverlong) {
            // Only the start is kept; the rest of the line is dropped as it comes.
        } else if (m_tail.size() + piece.size() > m_max + 1) {
            // One byte of slack for the CR of a CRLF, which push() strips.
            m_tail.append(piece.substr(0, kOverlongShownBytes - std::min(kOverlongShownBytes, m_tail.size())));
            m_tail.resize(std::min(m_tail.size(), kOverlongShownBytes));
            m_tailOverlong = true;
        } else if (newline != std::string_view::npos && m_tail.empty()) {
            // The common case: a whole line inside this piece, copied once.
            push(piece, false);
            bytes.remove_prefix(newline + 1);
            continue;
        } else {
            m_tail.append(piece);
        }
        if (newline == std::string_view::npos)
            return;
        push(m_tail, m_tailOverlong);
        m_tail.clear();
        m_tailOverlong = false;
        bytes.remove_prefix(newline + 1);
    }
}

bool LineBuffer::next(LiveLine& line)
{
    if (m_ready.empty())
        return false;
    line = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

bool LineBuffer::finish()
{
    if (m_tail.empty() && !m_tailOverlong)
        return false;
    push(m_tail, m_tailOverlong);
    m_tail.clear();
    m_tailOverlong = false;
    return true;
}

void LineBuffer::restart(std::int64_t linesBefore)
{
    m_tail.clear();
    m_tailOverlong = false;
    m_number = linesBefore;
}

} // namespace fraudlens::live
