#include "eval/ranking_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fraudlens::eval {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

RankingMetrics::RankingMetrics(std::span<const double> scores, std::span<const std::int8_t> labels)
{
    rank(scores, labels);
}

RankingMetrics::RankingMetrics(std::span<const float> scores, std::span<const std::int8_t> labels)
{
    rank(scores, labels);
}

template <typename Score>
void RankingMetrics::rank(std::span<const Score> scores, std::span<const std::int8_t> labels)
{
    const std::size_t n = std::min(scores.size(), labels.size());
    struct Entry {
        double score;
        std::uint32_t row;
    };
    std::vector<Entry> entries;
    entries.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] != 0 && labels[i] != 1)
            continue;
        const double s = static_cast<double>(scores[i]);
        entries.push_back({std::isnan(s) ? -std::numeric_limits<double>::infinity() : s, static_cast<std::uint32_t>(i)});
    }
    // Rows are unique, so this order is total and the result does not depend on the sort.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.score != b.score ? a.score > b.score : a.row < b.row;
    });
    m_scores.resize(entries.size());
    m_labels.resize(entries.size());
    m_rows.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        m_scores[i] = entries[i].score;
        m_rows[i] = entries[i].row;
        m_labels[i] = labels[entries[i].row];
        m_positives += static_cast<std::size_t>(m_labels[i]);
    }
}

std::vector<RankingMetrics::Threshold> RankingMetrics::thresholds() const
{
    std::vector<Threshold> out;
    std::size_t tp = 0;
    std::size_t fp = 0;
    for (std::size_t i = 0; i < m_scores.size(); ++i) {
        (m_labels[i] == 1 ? tp : fp) += 1;
        if (i + 1 == m_scores.size() || m_scores[i + 1] != m_scores[i])
            out.push_back({tp, fp});
    }
    return out;
}

double RankingMetrics::auroc() const
{
    const std::size_t negatives = m_labels.size() - m_positives;
    if (m_positives == 0 || negatives == 0)
        return kNaN;
    // Walking down the ranking, each positive beats every negative scored strictly lower
    // and half of those tied with it: the average-rank form of Mann-Whitney U.
    double u = 0.0;
    std::size_t negativesSeen = 0;
    std::size_t tpBefore = 0;
    std::size_t fpBefore = 0;
    for (const Threshold& t : thresholds()) {
        const double p = static_cast<double>(t.truePositives - tpBefore);
        const double q = static_cast<double>(t.falsePositives - fpBefore);
        negativesSeen = t.falsePositives;
        u += p * static_cast<double>(negatives - negativesSeen) + 0.5 * p * q;
        tpBefore = t.truePositives;
        fpBefore = t.falsePositives;
    }
    return u / (static_cast<double>(m_positives) * static_cast<double>(negatives));
}

double RankingMetrics::averagePrecision() const
{
    if (m_positives == 0)
        return kNaN;
    double ap = 0.0;
    std::size_t tpBefore = 0;
    for (const Threshold& t : thresholds()) {
        if (t.truePositives == tpBefore)
            continue; // recall did not move: contributes nothing
        const double precision = static_cast<double>(t.truePositives) / static_cast<double>(t.truePositives + t.falsePositives);
        ap += static_cast<double>(t.truePositives - tpBefore) * precision;
        tpBefore = t.truePositives;
    }
    return ap / static_cast<double>(m_positives);
}

double RankingMetrics::precisionAtK(std::size_t k) const
{
    k = std::min(k, m_labels.size());
    if (k == 0)
        return kNaN;
    const auto hits = std::count(m_labels.begin(), m_labels.begin() + static_cast<std::ptrdiff_t>(k), std::int8_t(1));
    return static_cast<double>(hits) / static_cast<double>(k);
}

std::size_t RankingMetrics::budgetRows(double fraction) const
{
    if (!(fraction > 0.0))
        return 0;
    fraction = std::min(fraction, 1.0);
    // The small slack keeps 0.01 * 1000 (10.000000000000002 in binary) at 10 rows.
    const double rows = std::ceil(fraction * static_cast<double>(m_labels.size()) - 1e-9);
    return std::min(m_labels.size(), static_cast<std::size_t>(std::max(rows, 0.0)));
}

double RankingMetrics::recallAtBudget(double fraction) const
{
    if (m_positives == 0)
        return kNaN;
    const std::size_t k = budgetRows(fraction);
    const auto hits = std::count(m_labels.begin(), m_labels.begin() + static_cast<std::ptrdiff_t>(k), std::int8_t(1));
    return static_cast<double>(hits) / static_cast<double>(m_positives);
}

double RankingMetrics::recallAtBudget(double fraction, std::span<const std::uint8_t> inSubset) const
{
    std::vector<std::int32_t> group(inSubset.size());
    for (std::size_t i = 0; i < inSubset.size(); ++i)
        group[i] = inSubset[i] != 0 ? 0 : -1;
    return recallAtBudgetByGroup(fraction, group, 1).front();
}

std::vector<double> RankingMetrics::recallAtBudgetByGroup(double fraction, std::span<const std::int32_t> group,
                                                          int groupCount) const
{
    const auto groups = static_cast<std::size_t>(std::max(groupCount, 0));
    std::vector<std::size_t> total(groups, 0);
    std::vector<std::size_t> flagged(groups, 0);
    const std::size_t k = budgetRows(fraction);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const std::uint32_t row = m_rows[i];
        if (row >= group.size() || group[row] < 0 || static_cast<std::size_t>(group[row]) >= groups)
            continue;
        const auto g = static_cast<std::size_t>(group[row]);
        ++total[g];
        if (i < k)
            ++flagged[g];
    }
    std::vector<double> recall(groups, kNaN);
    for (std::size_t g = 0; g < groups; ++g)
        if (total[g] > 0)
            recall[g] = static_cast<double>(flagged[g]) / static_cast<double>(total[g]);
    return recall;
}

std::vector<PrPoint> RankingMetrics::prCurve(std::size_t maxPoints) const
{
    if (m_positives == 0)
        return {};
    std::vector<PrPoint> curve{{0.0, 1.0}};
    for (const Threshold& t : thresholds())
        curve.push_back({static_cast<double>(t.truePositives) / static_cast<double>(m_positives),
                         static_cast<double>(t.truePositives) / static_cast<double>(t.truePositives + t.falsePositives)});
    maxPoints = std::max<std::size_t>(maxPoints, 2);
    if (curve.size() <= maxPoints)
        return curve;

    // Half the points evenly along the thresholds (where precision falls at fixed recall)
    // and half evenly in recall (where most thresholds crowd the tail): either alone
    // draws one end of the curve as a straight line.
    const std::size_t last = curve.size() - 1;
    std::vector<bool> keep(curve.size(), false);
    keep[0] = keep[last] = true;
    const std::size_t byIndex = (maxPoints - 2) / 2;
    const std::size_t byRecall = maxPoints - 2 - byIndex;
    for (std::size_t j = 1; j <= byIndex; ++j)
        keep[j * last / (byIndex + 1)] = true;
    for (std::size_t j = 1; j <= byRecall; ++j) {
        const double level = static_cast<double>(j) / static_cast<double>(byRecall + 1);
        const auto it = std::lower_bound(curve.begin(), curve.end(), level,
                                         [](const PrPoint& p, double r) { return p.recall < r; });
        keep[static_cast<std::size_t>(it - curve.begin())] = true;
    }
    std::vector<PrPoint> thinned;
    thinned.reserve(maxPoints);
    for (std::size_t i = 0; i < curve.size(); ++i)
        if (keep[i])
            thinned.push_back(curve[i]);
    return thinned;
}

} // namespace fraudlens::eval
