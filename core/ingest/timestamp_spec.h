#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::ingest {

// How one timestamp column is written, as the mapping's "timestamps" entry says.
struct TimestampSpec {
    enum class Kind { Auto, Format, Offset };
    Kind kind = Kind::Auto;
    std::string format;            // Kind::Format: strftime-style, e.g. "%Y-%m-%d %H:%M"
    std::string unit;              // Kind::Offset: s, ms, minutes, hours, days
    std::int64_t unitMs = 0;
    std::int64_t originMs = 0;     // Kind::Offset: the moment value 0 stands for
    std::string originText;
};

} // namespace fraudlens::ingest
