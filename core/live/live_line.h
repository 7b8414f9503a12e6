#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::live {

// One line from a live source (a followed file, stdin, a TCP client), as the record
// parser takes it.
struct LiveLine {
    std::string text;          // without its LF or CRLF
    // 1-based within its stream. It is 1 again when a stream starts over (a truncated or
    // rotated file), because the new stream brings its own CSV header.
    std::int64_t number = 0;
    int client = 0;            // LineListener's connection id; 0 for files and stdin
    // Longer than the source's limit: text keeps only its first bytes, for the message;
    // the rest was dropped as it came, so a runaway writer cannot fill the memory.
    bool overlong = false;
};

} // namespace fraudlens::live
