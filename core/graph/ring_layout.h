#pragma once

#include "features/entity_kind.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace fraudlens::features {
struct TransactionFrame;
}

namespace fraudlens::graph {

struct Ring;

struct LayoutPoint {
    double x = 0.0;
    double y = 0.0;
};

// A small picture graph: accounts and the entities they use (a ring or an ego network).
struct PictureGraph {
    struct Node {
        bool isAccount = true;
        features::EntityKind kind = features::EntityKind::Device; // entities only
        std::uint32_t id = 0;                                      // account or entity id
    };
    std::vector<Node> nodes;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges; // node indices
};

// Positions for drawing a small graph, from Boost's Fruchterman-Reingold layout started
// at a seeded random placement: the same graph and seed always give the same picture.
class RingLayout {
public:
    // Points in [-1, 1] x [-1, 1], one per node. Meant for tens to a few hundred nodes.
    static std::vector<LayoutPoint> layout(std::size_t nodeCount,
                                           const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                                           std::uint32_t seed = 1);
    // Members of a ring and its shared entities, an edge wherever a member used one.
    static PictureGraph ringPicture(const features::TransactionFrame& frame, const Ring& ring);
};

} // namespace fraudlens::graph
