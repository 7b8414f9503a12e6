#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::util {

inline constexpr std::int64_t kHourMs = 3'600'000;
inline constexpr std::int64_t kDayMs = 24 * kHourMs;

// Milliseconds since the Unix epoch, now.
std::int64_t nowMs();

// 2026-09-01T12:34:56Z (milliseconds shown only when not zero).
std::string formatIsoUtc(std::int64_t ms);

} // namespace fraudlens::util
