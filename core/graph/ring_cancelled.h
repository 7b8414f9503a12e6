#pragma once

#include <stdexcept>

namespace fraudlens::graph {

// Thrown by RingDetector when its Progress asks to stop; no partial result escapes.
class RingCancelled : public std::runtime_error {
public:
    RingCancelled() : std::runtime_error("ring detection cancelled") {}
};

} // namespace fraudlens::graph
