#pragma once

#include "eval/pr_point.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace fraudlens::eval {

// Ranking quality of one detector's scores against fraud labels (1 fraud, 0 genuine,
// anything else = unknown and left out). The labelled rows are sorted once, O(n log n);
// every metric is then a linear pass, so one instance answers all the report's questions.
//
// Conventions, chosen so that results match scikit-learn where it has the metric and are
// deterministic where it does not:
// - Higher score = more suspicious. NaN means "no opinion" and ranks as -infinity.
// - Rows beyond the shorter of scores and labels are ignored.
// - AUROC and average precision group tied scores (average rank; one PR threshold per
//   distinct score), as roc_auc_score and average_precision_score do.
// - Top-k cuts (precision@k, recall at a budget) break ties by row index, earlier rows
//   first, so a budget flags exactly the number of rows it promises.
// - A metric that is undefined for the input (no labelled rows, no positives, only one
//   class for AUROC) is NaN; nothing throws.
class RankingMetrics {
public:
    RankingMetrics(std::span<const double> scores, std::span<const std::int8_t> labels);
    RankingMetrics(std::span<const float> scores, std::span<const std::int8_t> labels);

    std::size_t labelled() const { return m_labels.size(); }
    std::size_t positives() const { return m_positives; }

    // Mann-Whitney U / (P * N), ties counted one half. NaN unless both classes are present.
    double auroc() const;
    // sum over distinct thresholds of (R_t - R_{t-1}) * P_t. NaN without positives.
    double averagePrecision() const;
    // Share of fraud among the k best-ranked labelled rows; k is clipped to labelled().
    // NaN when k or labelled() is 0.
    double precisionAtK(std::size_t k) const;
    // Rows a budget flags: ceil(fraction * labelled()), fraction clipped to [0,1].
    std::size_t budgetRows(double fraction) const;
    // Share of all positives among the budgetRows(fraction) best-ranked rows. NaN without positives.
    double recallAtBudget(double fraction) const;
    // The budget is still set over all labelled rows; the result is the share of the
    // labelled rows with inSubset[row] != 0 that it flags (e.g. one injected fraud pattern).
    // NaN when the subset has no labelled rows. inSubset is indexed like the input scores.
    double recallAtBudget(double fraction, std::span<const std::uint8_t> inSubset) const;
    // The same for many subsets at once: group[row] in [0, groupCount) or negative for none.
    std::vector<double> recallAtBudgetByGroup(double fraction, std::span<const std::int32_t> group,
                                              int groupCount) const;
    // Precision-recall curve from (recall 0, precision 1) through every distinct threshold,
    // thinned to at most maxPoints points (first and last kept) for drawing.
    std::vector<PrPoint> prCurve(std::size_t maxPoints = 100) const;

private:
    template <typename Score>
    void rank(std::span<const Score> scores, std::span<const std::int8_t> labels);
    // One entry per run of equal scores in ranked order: cumulative true/false positives.
    struct Threshold {
        std::size_t truePositives;
        std::size_t falsePositives;
    };
    std::vector<Threshold> thresholds() const;

    std::vector<double> m_scores;       // labelled rows, best first
    std::vector<std::int8_t> m_labels;  // 1 or 0, same order
    std::vector<std::uint32_t> m_rows;  // input row of each ranked entry
    std::size_t m_positives = 0;
};

} // namespace fraudlens::eval
