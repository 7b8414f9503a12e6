#pragma once

#include "graph/ring.h"
#include "graph/ring_parameters.h"

namespace fraudlens::features {
struct TransactionFrame;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::graph {

struct AccountProjection;

// Finds fraud rings: accounts tied together by rare shared devices, cards, IPs,
// addresses, e-mails and brushing bursts at small merchants.
//
// 1. EntityLinker keeps the entities 2..maxEntityAccounts accounts share (merchants only
//    as bursts); AccountProjector turns them into weighted account pairs.
// 2. Pairs at least minEdgeWeight strong are joined into connected components (Boost's
//    disjoint sets): the candidate rings. A component over maxRingAccounts becomes a
//    Boost graph cut into biconnected blocks, and a block still too big is trimmed to
//    its densest k-core.
// 3. RingScorer scores each group from size, density, youth, co-activity and the kinds
//    of entity shared.
//
// Cancelling through Progress throws RingCancelled. Deterministic: the same frame and
// parameters give the same rings in the same order.
class RingDetector {
public:
    RingResult detect(const features::TransactionFrame& frame, const RingParameters& params,
                      util::Progress* progress = nullptr) const;

private:
    static std::vector<std::vector<std::uint32_t>> groupAccounts(const AccountProjection& projection,
                                                                 std::size_t accountCount, const RingParameters& params);
};

} // namespace fraudlens::graph
