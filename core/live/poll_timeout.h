#pragma once

#include <algorithm>
#include <chrono>

#include <time.h>

namespace fraudlens::live {

// A wait for ppoll: a live group waits fractions of a millisecond, below poll()'s
// resolution. A negative duration waits nothing (the caller passes no timespec to wait
// without limit).
inline timespec pollTimeout(std::chrono::nanoseconds wait)
{
    const auto left = std::max(wait, std::chrono::nanoseconds(0)).count();
    timespec spec{};
    spec.tv_sec = static_cast<time_t>(left / 1'000'000'000);
    spec.tv_nsec = static_cast<long>(left % 1'000'000'000);
    return spec;
}

} // namespace fraudlens::live
