#include "rules/rule_backtest.h"

#include "features/feature_matrix.h"
#include "rules/rule_set.h"

#include <stdexcept>

namespace fraudlens::rules {

namespace {

void count(RuleBacktestRow& row, std::int8_t label)
{
    ++row.hits;
    if (label >= 0)
        ++row.labelledHits;
    if (label == 1)
        ++row.truePositives;
}

void finish(RuleBacktestRow& row, const BacktestResult& result)
{
    row.hitShare = result.rows > 0 ? static_cast<double>(row.hits) / static_cast<double>(result.rows) : 0.0;
    if (row.labelledHits > 0)
        row.precision = static_cast<double>(row.truePositives) / static_cast<double>(row.labelledHits);
    if (result.positives > 0)
        row.recall = static_cast<double>(row.truePositives) / static_cast<double>(result.positives);
}

} // namespace

BacktestResult RuleBacktest::run(const RuleSet& rules, const features::FeatureMatrix& matrix,
                                 const std::vector<std::int8_t>& labels)
{
    if (!labels.empty() && labels.size() != matrix.rows)
        throw std::invalid_argument("backtest: " + std::to_string(labels.size()) + " labels for "
                                    + std::to_string(matrix.rows) + " rows");
    if (matrix.schema.names() != rules.schema().names())
        throw std::invalid_argument("backtest: the feature matrix's columns differ from those the rules were compiled for");

    BacktestResult result;
    result.rows = static_cast<std::int64_t>(matrix.rows);
    result.rules.resize(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        result.rules[i].name = rules.rule(i).name;
        result.rules[i].severity = rules.rule(i).severity;
        result.rules[i].enabled = rules.rule(i).enabled;
        result.rules[i].problem = rules.problem(i);
    }
    result.anyEnabled.name = "(any enabled rule)";

    std::vector<std::size_t> runnable;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules.isValid(i))
            runnable.push_back(i);
    }
    for (std::size_t r = 0; r < matrix.rows; ++r) {
        const float* row = matrix.row(r);
        const std::int8_t label = labels.empty() ? std::int8_t(-1) : labels[r];
        if (label >= 0)
            ++result.labelledRows;
        if (label == 1)
            ++result.positives;
        bool any = false;
        for (std::size_t i : runnable) {
            if (!rules.matches(i, row))
                continue;
            count(result.rules[i], label);
            any = any || rules.rule(i).enabled;
        }
        if (any)
            count(result.anyEnabled, label);
    }
    for (auto& row : result.rules)
        finish(row, result);
    finish(result.anyEnabled, result);
    return result;
}

} // namespace fraudlens::rules
