#pragma once

#include "graph/account_projection.h"
#include "graph/ring.h"

#include <cstdint>
#include <vector>

namespace fraudlens::features {
struct TransactionFrame;
}

namespace fraudlens::graph {

class AccountActivity;
struct EntityLinks;
struct RingParameters;

// Fills in what a ring shares and why it scores as it does. Every component is kept in
// the Ring so that a reviewer can read "9 accounts sharing 2 devices, first orders
// within 6 hours" off it; the score is their weighted mean.
class RingScorer {
public:
    RingScorer(const features::TransactionFrame& frame, const AccountActivity& activity, const EntityLinks& links,
               const RingParameters& params);

    // ring.members must be set (ascending); internal = the strong edges among them.
    void score(Ring& ring, const std::vector<AccountEdge>& internal) const;

private:
    void collectShared(Ring& ring) const;
    void scoreTiming(Ring& ring) const;
    void activityShape(Ring& ring) const;
    static int coreNumber(const std::vector<std::uint32_t>& members, const std::vector<AccountEdge>& internal);

    const features::TransactionFrame& m_frame;
    const AccountActivity& m_activity;
    const EntityLinks& m_links;
    const RingParameters& m_params;
    std::int64_t m_dataStartMs = 0;
    std::int64_t m_censoredUntilMs = 0; // first transactions before this may not be starts
};

} // namespace fraudlens::graph
