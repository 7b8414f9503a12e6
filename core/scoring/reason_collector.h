#pragma once

#include "scoring/reason_candidate.h"
#include "scoring/reason_row.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::scoring {

// The words of a transaction's reasons, shared by batch (ReasonBuilder) and live scoring
// so that a transaction reads the same whichever way it was scored: what each detector's
// evidence means for this row (through FeaturePhrase), the context and refund reasons, and
// the ranking into the JSON array the scores table holds: [{"detector", "text", "weight"}].
class ReasonCollector {
public:
    static constexpr float kMinEvidence = 0.15f; // weaker evidence is not worth a reviewer's time
    static constexpr std::size_t kMaxReasons = 4;

    // The detectors' reasons for one row, appended to out.
    static void collect(const ReasonRow& row, std::vector<ReasonCandidate>& out);
    // For an order refunded later: the refund's strongest reason (from its collect()),
    // weighted by the refund's fused risk.
    static ReasonCandidate refundReason(const std::vector<ReasonCandidate>& ofRefund, float refundRisk, double hoursLater);
    // Fusion's account context lifted the row to `fused`; peak is the account's highest risk.
    static ReasonCandidate contextReason(float fused, float peak);
    // Strongest first, each text once, at most kMaxReasons, as a JSON array.
    static std::string toJson(std::vector<ReasonCandidate> candidates);
    // A stored reasons array with more reasons ranked in, as toJson would have ranked them
    // together (live scoring adds a refund's reason to the order it reverses).
    static std::string merged(const std::string& reasonsJson, const std::vector<ReasonCandidate>& more);

    static std::string ringText(const graph::Ring& ring);
    static std::string burstText(const timeseries::BurstEvent& burst, std::string_view merchantName);
};

} // namespace fraudlens::scoring
