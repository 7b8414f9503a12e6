#pragma once

#include "features/entity_kind.h"
#include "graph/ring.h"
#include "graph/ring_parameters.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fraudlens::features {
struct TransactionFrame;
}
namespace fraudlens::store {
class Database;
}

namespace fraudlens::live {

// The last scoring run's fraud rings, kept growing between runs. Every member keeps its
// ring's score as evidence, as in batch. An account that uses a personal entity (device,
// IP, card, address, e-mail) a ring member used joins that ring, when the entity is rare
// enough to link the two in the ring detector's own terms (RingParameters: kind factor x
// rarity reaches minEdgeWeight); from then on its own entities lead to the ring as well.
// An account the run already judged joins only through an entity new to it (a device, IP
// or card it had not used): the run saw its old links and left it out.
//
// What a batch run would do and this does not: find new rings, re-score a ring that grew,
// or weigh several weak links together; the next `score` run does.
class LiveRings {
public:
    // Reads tables rings, ring_members and ring_entities (in the order the run wrote them,
    // which is its ring numbering) and maps them onto the frame's dense ids.
    LiveRings(store::Database& db, const features::TransactionFrame& frame, graph::RingParameters parameters = {});

    // After the frame's row `row` (its features in featureRow, which count the accounts on
    // each entity): the account's ring index, -1 when in none. May join the account to a ring.
    int observe(const features::TransactionFrame& frame, std::size_t row, const float* featureRow);

    std::size_t size() const { return m_rings.size(); }
    const graph::Ring& ring(int index) const { return m_rings[static_cast<std::size_t>(index)]; }
    float score(int index) const { return static_cast<float>(m_rings[static_cast<std::size_t>(index)].score); }
    int ringOf(std::uint32_t account) const { return account < m_ringOf.size() ? m_ringOf[account] : -1; }

private:
    // The row's personal entities lead to `ring` from now on, unless a stronger ring holds them.
    void claim(const features::TransactionFrame& frame, std::size_t row, int ring);
    bool linksStrongly(std::size_t kind, float accounts) const;
    static bool newToAccount(features::EntityKind kind, const float* featureRow);

    graph::RingParameters m_parameters;
    std::vector<graph::Ring> m_rings;     // strongest first, as the run numbered them
    std::vector<int> m_ringOf;            // per account
    std::size_t m_judged = 0;             // accounts the run saw: those of the frame at start
    std::array<std::vector<int>, features::kEntityKindCount> m_entityRing; // per kind, per entity: ring or -1
};

} // namespace fraudlens::live
