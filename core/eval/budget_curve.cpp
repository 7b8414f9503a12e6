#include "eval/budget_curve.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace fraudlens::eval {

BudgetCurve::BudgetCurve(std::span<const float> scores, std::span<const std::int8_t> labels)
{
    const std::size_t n = scores.size();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const auto key = [&](std::uint32_t row) {
        const float s = scores[row];
        return std::isnan(s) ? -std::numeric_limits<float>::infinity() : s;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) > key(b); });
    m_labelled.resize(n);
    m_fraud.resize(n);
    std::uint32_t labelled = 0;
    std::uint32_t fraud = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int8_t label = order[i] < labels.size() ? labels[order[i]] : std::int8_t{-1};
        labelled += (label == 0 || label == 1) ? 1u : 0u;
        fraud += label == 1 ? 1u : 0u;
        m_labelled[i] = labelled;
        m_fraud[i] = fraud;
    }
}

BudgetCurve BudgetCurve::fromDatabase(store::Database& db)
{
    std::vector<float> scores;
    std::vector<std::int8_t> labels;
    store::Statement q(db, "SELECT s.fused, t.label FROM scores s JOIN transactions t ON t.id = s.tx_id ORDER BY s.tx_id");
    while (q.step()) {
        scores.push_back(static_cast<float>(q.columnDouble(0)));
        labels.push_back(q.columnIsNull(1) ? std::int8_t{-1} : static_cast<std::int8_t>(q.columnInt(1)));
    }
    return BudgetCurve(scores, labels);
}

BudgetCurve::Point BudgetCurve::at(double fraction) const
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    Point p;
    const std::size_t n = transactions();
    fraction = std::clamp(std::isnan(fraction) ? 0.0 : fraction, 0.0, 1.0);
    // The slack keeps 0.01 × 1000 (10.000000000000002 in binary) at 10 rows.
    p.flagged = std::min(n, static_cast<std::size_t>(std::floor(fraction * static_cast<double>(n) + 1e-9)));
    if (p.flagged > 0) {
        p.labelledFlagged = m_labelled[p.flagged - 1];
        p.fraudFlagged = m_fraud[p.flagged - 1];
    }
    p.precision = p.labelledFlagged > 0 ? static_cast<double>(p.fraudFlagged) / static_cast<double>(p.labelledFlagged) : kNaN;
    p.recall = hasLabels() ? static_cast<double>(p.fraudFlagged) / static_cast<double>(positives()) : kNaN;
    return p;
}

} // namespace fraudlens::eval
