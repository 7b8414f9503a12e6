#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace fraudlens::ingest {

// Input that cannot be read at all (unreadable file, broken quoting, bad mapping): the
// message already names the file, line and column, "file:line:col: reason".
class InputError : public std::runtime_error {
public:
    InputError(const std::string& file, std::int64_t line, std::int64_t column, const std::string& reason)
        : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason)
        , m_line(line), m_column(column), m_reason(reason) {}
    std::int64_t line() const { return m_line; }
    std::int64_t column() const { return m_column; }
    // The reason alone, for callers that report the place their own way (a live stream's line).
    const std::string& reason() const { return m_reason; }

private:
    std::int64_t m_line;
    std::int64_t m_column;
    std::string m_reason;
};

} // namespace fraudlens::ingest
