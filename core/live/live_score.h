#pragma once

#include "scoring/detector.h"
#include "scoring/reason_candidate.h"
#include "scoring/reason_collector.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

// What live scoring says about one transaction: the scores table's row for it, and what
// the live command needs to raise or update an alert.
struct LiveScore {
    // A refund reverses an earlier order, and an order and its refund are one purchase
    // (Fusion::carryRefundRisk): the order's risk is now at least the refund's.
    struct OrderUpdate {
        // The order's store id, or the provisional one it was scored under (negative):
        // whoever stored the order knows which row that became.
        std::int64_t txId = 0;
        std::size_t row = 0;   // its frame row
        float fused = 0.0f;    // its fused risk as far as is known now: store max(stored fused, this)
        // "refunded 5 hours later; the refund: ...", when the refund is suspect (fused at
        // least ReasonCollector::kMinEvidence): rank it into the order's stored reasons
        // with ReasonCollector::merged.
        std::optional<scoring::ReasonCandidate> reason;
    };

    std::size_t row = 0;               // frame row
    // The id the frame holds for it: the store's when the caller gave one, else a
    // provisional negative one (LiveScorer::score), which a refund's OrderUpdate may carry.
    std::int64_t txId = 0;
    std::uint32_t account = 0;         // dense account index of the frame
    scoring::Evidence evidence{};      // per detector, in scoring::Detector order, in [0,1]
    float ownRisk = 0.0f;              // the evidence fused, before the account's context
    float fused = 0.0f;                // the risk, as the scores table's fused
    // The detectors' reasons, unranked. Ranked and written as JSON by reasons(), where the
    // record is stored (the applier's thread): the answer does not wait for that (it was
    // 5 % of the session thread's CPU at 10,000/s).
    std::vector<scoring::ReasonCandidate> reasonCandidates;
    std::vector<std::string_view> detectors; // detectors with evidence worth naming on an alert
    int ring = -1;                     // ring index of the last run (reasons say "ring #index+1"), -1 when none
    bool aboveThreshold = false;       // fused reaches the last run's alert cut
    bool highSeverityRule = false;
    bool alert = false;                // aboveThreshold or highSeverityRule: raise or update the account's alert
    // Arrived this much earlier than the latest transaction already scored: it was scored
    // as if it happened then (state only moves forward), and a batch run will differ.
    std::int64_t lateMs = 0;
    std::optional<OrderUpdate> reversedOrder;

    // JSON array, as the scores table's reasons.
    std::string reasons() const { return scoring::ReasonCollector::toJson(reasonCandidates); }
};

} // namespace fraudlens::live
