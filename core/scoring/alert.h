#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::scoring {

// One account's case for an analyst, as a scoring run proposes it.
struct Alert {
    std::uint32_t account = 0;          // dense account index of the frame
    float risk = 0.0f;                  // highest fused risk among its transactions
    float priority = 0.0f;              // risk, raised for high-severity rule hits
    std::vector<std::uint32_t> rows;    // flagged transactions (frame rows), time order
    std::vector<std::string> detectors; // detectors with strong evidence on them
    std::vector<std::string> reasons;   // the strongest reasons across them, deduplicated
    int ring = -1;                      // ring index of the run, -1 when none
};

} // namespace fraudlens::scoring
