#pragma once

#include "rules/instruction.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace fraudlens::features {
class FeatureSchema;
}

namespace fraudlens::rules {

// A rule expression compiled against one feature schema: a postfix program over column
// indices, run on a small fixed stack. A flat loop over a few instructions is faster and
// kinder to the cache than walking a tree of nodes, and it cannot recurse.
//
// Values are floats like the features. Booleans are 1 and 0; a value is true when it is
// neither 0 nor NaN. Division by zero gives 0. log(x) is log1p(max(x, 0)), so that it is
// defined for every input, 0 at 0, and close to log(x) for amounts.
class CompiledExpression {
public:
    // Deepest value stack a program may need; the parser's nesting limit keeps well below.
    static constexpr std::size_t kMaxStack = 512;

    CompiledExpression() = default;
    // For the parser; stackDepth is the most values the program holds at once.
    CompiledExpression(std::vector<Instruction> code, std::size_t stackDepth, bool condition);

    // Throws RuleError naming the column and the problem.
    static CompiledExpression compile(std::string_view text, const features::FeatureSchema& schema);

    float evaluate(const float* row) const;
    bool test(const float* row) const { return isTrue(evaluate(row)); }

    // True when the expression is a condition (a comparison, and/or/not, or a bare
    // feature used as a flag) rather than an arithmetic value.
    bool isCondition() const { return m_condition; }
    const std::vector<Instruction>& code() const { return m_code; }
    std::size_t stackDepth() const { return m_stackDepth; }
    // The distinct columns read, ascending.
    std::vector<int> columns() const;

    static bool isTrue(float value) { return value < 0.0f || value > 0.0f; }
    // What one instruction does to its operands; also used to fold constants.
    static float apply(OpCode op, float a, float b);

private:
    std::vector<Instruction> m_code;
    std::size_t m_stackDepth = 0;
    bool m_condition = false;
};

} // namespace fraudlens::rules
