#pragma once

#include <string>
#include <string_view>

namespace fraudlens::scoring {

// One reason in words, with the weight that ranks it and the detector it comes from.
struct ReasonCandidate {
    float weight = 0.0f;
    std::string_view detector; // a literal: "autoencoder", "sequence", "rings", "rules", "bursts", "context"
    std::string text;
};

} // namespace fraudlens::scoring
