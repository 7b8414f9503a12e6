#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::eval {

// What an alert budget would catch: the riskiest share of all transactions is flagged (as
// the alert policy's budget does), and the labels say how much of it is fraud. Built once
// (one sort, cumulative counts); every budget after that is answered in constant time, so
// a slider can ask on each move.
class BudgetCurve {
public:
    struct Point {
        std::size_t flagged = 0;       // transactions the budget flags
        std::size_t labelledFlagged = 0;
        std::size_t fraudFlagged = 0;
        double precision = 0.0;        // fraud share of the labelled flagged rows; NaN when none is labelled
        double recall = 0.0;           // share of all labelled fraud flagged; NaN without fraud labels
    };

    BudgetCurve() = default;
    // scores: higher = riskier, NaN ranks last; ties keep row order. labels: 1, 0, other = unknown.
    BudgetCurve(std::span<const float> scores, std::span<const std::int8_t> labels);
    // The latest run's fused risk with the transactions' labels. Empty when nothing is scored.
    static BudgetCurve fromDatabase(store::Database& db);

    std::size_t transactions() const { return m_fraud.size(); }
    std::size_t positives() const { return m_fraud.empty() ? 0 : m_fraud.back(); }
    bool hasLabels() const { return positives() > 0; }
    // fraction of all transactions, clipped to [0, 1]; flags floor(fraction × n) rows.
    Point at(double fraction) const;

private:
    // After the i+1 riskiest rows: how many were labelled, how many labelled fraud.
    std::vector<std::uint32_t> m_labelled;
    std::vector<std::uint32_t> m_fraud;
};

} // namespace fraudlens::eval
