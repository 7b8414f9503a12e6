#pragma once

#include "ingest/timestamp_spec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fraudlens::ingest {

// Turns the text of a timestamp cell into UTC milliseconds. Written by hand rather than
// with strptime: strptime is locale-bound, ignores %z on some libcs and is slow per row.
class TimestampParser {
public:
    explicit TimestampParser(TimestampSpec spec = {});

    // nullopt when the text does not fit; why() then says what was expected.
    std::optional<std::int64_t> parse(std::string_view text) const;
    std::string expectation() const;

    // ISO-8601: 2024-01-31, 2024-01-31T13:45, 2024-01-31 13:45:10.250, with Z or ±hh:mm.
    static std::optional<std::int64_t> parseIso(std::string_view text);
    // Epoch seconds or milliseconds, told apart by magnitude; small numbers are refused
    // because they are offsets (PaySim's step) whose unit and origin only a mapping knows.
    static std::optional<std::int64_t> parseEpoch(std::string_view text);
    static std::optional<std::int64_t> parseWithFormat(std::string_view text, std::string_view format);
    static std::optional<std::int64_t> unitToMs(std::string_view unit);

private:
    TimestampSpec m_spec;
};

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

} // namespace fraudlens::ingest
