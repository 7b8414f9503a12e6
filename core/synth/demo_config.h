#pragma once

#include <cstdint>

namespace fraudlens::synth {

// Size and seed of the demo data set. Same config => byte-identical output.
struct DemoConfig {
    int accounts = 20000;
    int days = 60;
    std::uint64_t seed = 42;
    std::int64_t startMs = 1788220800000; // 2026-09-01T00:00:00Z
};

} // namespace fraudlens::synth
