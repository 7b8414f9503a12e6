#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fraudlens::cases {

// Which audit entries to show. Every value reaches SQL as a bound parameter.
struct AuditFilter {
    std::string actor;  // exact; empty: any
    std::string action; // exact; empty: any
    // Part of the target, matched literally and without regard to ASCII case; empty: any.
    std::string targetContains;
    std::optional<std::int64_t> fromMs; // inclusive
    std::optional<std::int64_t> toMs;   // exclusive
    // Entries appended after a count was taken stay out of that count's pages, so that
    // offsets keep pointing at the same rows while the log grows.
    std::optional<std::int64_t> maxSeq;

    bool operator==(const AuditFilter&) const = default;
};

} // namespace fraudlens::cases
