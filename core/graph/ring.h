#pragma once

#include "features/entity_kind.h"

#include <array>
#include <cstdint>
#include <vector>

namespace fraudlens::graph {

// One entity that at least two members of a ring used.
struct SharedEntity {
    features::EntityKind kind = features::EntityKind::Device;
    std::uint32_t id = features::kNoId; // dense id of the frame (merchant id for a burst window)
    int accounts = 0;                   // ring members that used it
    int allAccounts = 0;                // every account that used it (in a burst window: in that window)
    std::int64_t windowStartMs = 0;     // merchant bursts only: where the window starts
};

// A group of accounts tied together by rare shared entities, with the parts of its score
// kept apart so that a reviewer can be told why it scored as it did.
struct Ring {
    int index = -1;                      // position in RingResult::rings
    std::vector<std::uint32_t> members;  // dense account ids, ascending
    std::vector<SharedEntity> shared;    // strongest first
    double score = 0.0;                  // [0,1]

    // Score components, each in [0,1] unless noted.
    double sizeScore = 0.0;
    double density = 0.0;          // weighted: mean over member pairs of min(1, link weight)
    double youthScore = 0.0;       // young accounts at their first transaction
    double syncScore = 0.0;        // first transactions close together (from timeSpreadHours)
    double burstScore = 0.0;       // activityShare x concentration x (1 + syncScore) / 2
    double kindScore = 0.0;
    double medianAgeHours = 0.0;   // median member age at its first transaction; -1 when unknown
    double timeSpreadHours = 0.0;  // spread (10th-90th percentile) of members' first transactions; -1 when unknown
    double createdSpreadHours = 0.0; // same for sign-up times; -1 when unknown
    double activityShare = 0.0;    // share of members' transactions with another member's within coActivityMs
    double concentration = 0.0;    // share of members' transactions inside their busiest burst window
    int coreNumber = 0;            // largest k such that the members hold a k-core
    int edges = 0;                 // member pairs linked strongly enough
    std::array<int, features::kEntityKindCount> sharedByKind{}; // shared entities per kind
};

struct RingResult {
    std::vector<Ring> rings;          // by score, highest first; Ring::index = position
    std::vector<int> ringOf;          // per account: ring index, -1 when in none
    std::vector<float> accountScore;  // per account: its ring's score, 0 when in none
    // Per account: how strongly it shares rare entities with anyone (1 - exp(-linked weight)),
    // useful for accounts outside every ring; 0 when it shares nothing.
    std::vector<float> sharingScore;
};

} // namespace fraudlens::graph
