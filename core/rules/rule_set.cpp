#include "rules/rule_set.h"

#include "features/feature_matrix.h"
#include "rules/rule_error.h"

#include <algorithm>
#include <stdexcept>

namespace fraudlens::rules {

namespace {
constexpr double kMinRowsForShare = 1000.0;
// A high-severity rule that has lost half its weight no longer raises alerts by itself.
constexpr float kUrgentInformativeness = 0.5f;
}

RuleSet::RuleSet(std::vector<Rule> rules, features::FeatureSchema schema, InvalidRules policy)
    : m_rules(std::move(rules)), m_schema(std::move(schema))
{
    if (m_rules.size() > kMaxRules)
        throw RuleError("too many rules (" + std::to_string(m_rules.size()) + "; at most "
                        + std::to_string(kMaxRules) + ")");
    m_compiled.resize(m_rules.size());
    m_problems.resize(m_rules.size());
    m_weights.resize(m_rules.size());
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        m_weights[i] = severityWeight(m_rules[i].severity);
        try {
            m_compiled[i] = compileCondition(m_rules[i].expression, m_schema);
        } catch (const RuleError& error) {
            if (policy == InvalidRules::Throw)
                throw RuleError(m_rules[i].name, error);
            m_problems[i] = error.what();
            continue;
        }
        if (m_rules[i].enabled)
            m_active.push_back(static_cast<std::uint16_t>(i));
    }
}

CompiledExpression RuleSet::compileCondition(std::string_view expression, const features::FeatureSchema& schema)
{
    CompiledExpression compiled = CompiledExpression::compile(expression, schema);
    if (!compiled.isCondition())
        throw RuleError(1, "the expression is a number, not a condition; compare it with something, "
                           "e.g. 'amount > 1000'");
    return compiled;
}

bool RuleSet::matches(std::size_t index, const float* row) const
{
    return m_compiled[index].has_value() && m_compiled[index]->test(row);
}

void RuleSet::evaluate(const float* row, std::vector<std::uint16_t>& hits) const
{
    hits.clear();
    for (std::uint16_t index : m_active) {
        if (m_compiled[index]->test(row))
            hits.push_back(index);
    }
}

std::vector<std::uint16_t> RuleSet::evaluate(const float* row) const
{
    std::vector<std::uint16_t> hits;
    evaluate(row, hits);
    return hits;
}

float RuleSet::score(const std::vector<std::uint16_t>& hits) const
{
    float best = 0.0f;
    for (std::uint16_t index : hits)
        best = m_weights[index] > best ? m_weights[index] : best;
    return best;
}

float RuleSet::score(const float* row) const { return score(evaluate(row)); }

float RuleSet::informativeness(double hits, double rows)
{
    // On a few hundred rows a share says little about the rule, and small tests and
    // samples must see rules at their stated weight.
    if (rows < kMinRowsForShare)
        return 1.0f;
    // Full weight up to 5 % of rows, none from 25 %: fraud is rarely more than a few percent.
    const double share = hits / rows;
    return static_cast<float>(std::clamp((0.25 - share) / 0.20, 0.0, 1.0));
}

RuleHits RuleSet::evaluateAll(const features::FeatureMatrix& matrix) const
{
    // Compiled column indices mean nothing against another column order.
    if (matrix.schema.names() != m_schema.names())
        throw std::invalid_argument("the feature matrix's columns differ from those the rules were compiled for");
    RuleHits result;
    result.offsets.reserve(matrix.rows + 1);
    result.scores.reserve(matrix.rows);
    result.hitsPerRule.assign(m_rules.size(), 0);
    for (std::size_t r = 0; r < matrix.rows; ++r) {
        const float* row = matrix.row(r);
        for (std::uint16_t index : m_active) {
            if (!m_compiled[index]->test(row))
                continue;
            result.rules.push_back(index);
            ++result.hitsPerRule[index];
        }
        result.offsets.push_back(result.rules.size());
    }
    result.informativeness.assign(m_rules.size(), 1.0f);
    result.weight.assign(m_rules.size(), 0.0f);
    result.urgent.assign(m_rules.size(), 0);
    for (std::size_t index = 0; index < m_rules.size(); ++index) {
        const float factor = informativeness(static_cast<double>(result.hitsPerRule[index]), static_cast<double>(matrix.rows));
        result.informativeness[index] = factor;
        result.weight[index] = m_weights[index] * factor;
        result.urgent[index] = m_rules[index].severity == Severity::High && factor >= kUrgentInformativeness ? 1 : 0;
    }
    result.scores.reserve(matrix.rows);
    for (std::size_t r = 0; r < matrix.rows; ++r) {
        float best = 0.0f;
        for (const std::uint16_t index : result.of(r))
            best = std::max(best, result.weight[index]);
        result.scores.push_back(best);
    }
    return result;
}

} // namespace fraudlens::rules
