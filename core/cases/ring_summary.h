#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::cases {

// One ring of the latest scoring run, as the ring list shows it.
struct RingSummary {
    std::int64_t id = 0;
    double score = 0.0;
    int size = 0;
    double density = 0.0;
    // Kinds of the entities its members share ("device", "card", ...) with how many of
    // each, most first.
    std::vector<std::pair<std::string, int>> sharedKinds;
};

} // namespace fraudlens::cases
