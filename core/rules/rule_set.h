#pragma once

#include "features/feature_schema.h"
#include "rules/compiled_expression.h"
#include "rules/rule.h"
#include "rules/rule_hits.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::features {
struct FeatureMatrix;
}

namespace fraudlens::rules {

// What to do with a rule that does not compile against the schema at hand.
enum class InvalidRules {
    Throw, // RuleError naming the rule: for validating what an analyst just typed
    Skip,  // keep the rule, never let it hit, and say why in problem(): for scoring data
           // whose extra columns differ from those the rule was written for
};

// Rules compiled against one feature schema, evaluated row by row.
class RuleSet {
public:
    // uint16_t rule indices in the hit lists.
    static constexpr std::size_t kMaxRules = 65535;

    RuleSet() = default;
    RuleSet(std::vector<Rule> rules, features::FeatureSchema schema, InvalidRules policy = InvalidRules::Throw);

    // Compiles an expression and checks that it is a condition, not a number: a rule such
    // as "amount * 2" is a typo that would otherwise hit on every non-zero amount.
    static CompiledExpression compileCondition(std::string_view expression, const features::FeatureSchema& schema);

    std::size_t size() const { return m_rules.size(); }
    const std::vector<Rule>& rules() const { return m_rules; }
    const Rule& rule(std::size_t index) const { return m_rules[index]; }
    const features::FeatureSchema& schema() const { return m_schema; }
    bool isValid(std::size_t index) const { return m_compiled[index].has_value(); }
    // Why a skipped rule did not compile; empty for a valid one.
    const std::string& problem(std::size_t index) const { return m_problems[index]; }
    // Enabled and valid: the rules that evaluate() and evaluateAll() run.
    std::size_t activeCount() const { return m_active.size(); }

    // Whether one rule's condition holds on a row, enabled or not (false when invalid).
    bool matches(std::size_t index, const float* row) const;
    // Indices of the active rules that hit, ascending. The first form reuses `hits`.
    void evaluate(const float* row, std::vector<std::uint16_t>& hits) const;
    std::vector<std::uint16_t> evaluate(const float* row) const;
    // Max severity weight over the given hits (low 0.3, medium 0.6, high 1.0), 0 if none.
    float score(const std::vector<std::uint16_t>& hits) const;
    float score(const float* row) const;
    // Every row of a matrix whose schema matches the one the rules were compiled for
    // (std::invalid_argument otherwise).
    RuleHits evaluateAll(const features::FeatureMatrix& matrix) const;
    // The weight factor for a rule that hit `hits` of `rows` rows (RuleHits::informativeness).
    static float informativeness(double hits, double rows);

private:
    std::vector<Rule> m_rules;
    features::FeatureSchema m_schema;
    std::vector<std::optional<CompiledExpression>> m_compiled;
    std::vector<std::string> m_problems;
    std::vector<std::uint16_t> m_active;
    std::vector<float> m_weights;
};

} // namespace fraudlens::rules
