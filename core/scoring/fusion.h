#pragma once

#include "scoring/detector.h"

#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::scoring {

// Combines the detectors' evidence (each in [0,1]) into one risk in [0,1].
//
// Default: a weighted noisy-OR, 1 - Π(1 - w·e). A detector with no signal on a data set
// contributes zeros and simply drops out, instead of dragging an average down; strong
// evidence from any one detector is enough to rank a transaction high.
//
// After analysts have decided enough alerts, a logistic regression on their decisions
// (learnFromDecisions) replaces the default weights: the feedback loop.
class Fusion {
public:
    static Fusion defaults();
    // The weights the feedback loop stored (settings 'fusion.weights'), else the defaults.
    static Fusion fromDatabase(store::Database& db);

    float combine(const Evidence& evidence) const;

    // Account context (AccountContext): an account with several suspicious transactions
    // makes its other transactions nearby in time suspect too (abuse that builds up slowly,
    // like serial refunds, is only visible in hindsight). Applied after combine, per account.
    // An order and its refund are one purchase: the order takes the refund's risk when that
    // is higher, so a serial refunder's orders are flagged with the refunds that betray them.
    // reversedOrder: per row, the order row a refund reverses, or kNoId.
    static void carryRefundRisk(const std::vector<std::uint32_t>& reversedOrder, std::vector<float>& risk);
    void applyAccountContext(const std::vector<std::uint32_t>& account, const std::vector<std::int64_t>& tsMs,
                             std::vector<float>& risk) const;

    // Fits weights from decided examples: evidence rows and 1 = confirmed fraud, 0 = false
    // positive. Empty when there are too few decisions of either kind to learn from.
    static std::optional<Fusion> learnFromDecisions(const std::vector<Evidence>& evidence, const std::vector<int>& outcome);

    bool learned() const { return m_learned; }
    const Evidence& weights() const { return m_weights; }
    std::string toJson() const;
    static Fusion fromJson(const std::string& json);

private:
    Evidence m_weights{};
    float m_bias = 0.0f;     // logistic mode only
    bool m_learned = false;
};

} // namespace fraudlens::scoring
