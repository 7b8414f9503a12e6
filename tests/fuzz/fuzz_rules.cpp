// libFuzzer target: a rule expression as an analyst types it (`fraudlens rules add`, the
// rule editor), compiled against the feature schema of a data set with one extra numeric
// and one extra categorical column. The parser bounds its nesting and its stack so that
// hostile text cannot exhaust the native stack or overrun the evaluator's fixed one; the
// fuzzer checks both promises. RuleError is the documented failure and the only one the
// callers catch.
//
// An expression that compiles is run on rows of zeros, of NaN, of infinities and of
// extreme finite values, as scoring would run it, and its program is checked against the
// limits the evaluator relies on (stack depth, column indices).

#include "features/feature_names.h"
#include "features/feature_schema.h"
#include "rules/compiled_expression.h"
#include "rules/instruction.h"
#include "rules/rule_error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string_view>
#include <vector>

namespace {

using fraudlens::features::FeatureSchema;
using fraudlens::rules::CompiledExpression;
using fraudlens::rules::OpCode;
using fraudlens::rules::RuleError;

const FeatureSchema& schema()
{
    static const FeatureSchema kSchema = fraudlens::features::featureSchemaFor({"score"}, {"shop"});
    return kSchema;
}

const std::vector<std::vector<float>>& rows()
{
    static const std::vector<std::vector<float>> kRows = [] {
        const std::size_t width = schema().size();
        std::vector<std::vector<float>> out;
        for (const float value : {0.0f, 1.0f, -1.0f, std::numeric_limits<float>::quiet_NaN(),
                                  std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                                  std::numeric_limits<float>::max(), std::numeric_limits<float>::lowest(),
                                  std::numeric_limits<float>::denorm_min()})
            out.emplace_back(width, value);
        // Mixed: neighbouring columns differ, so a wrong column index changes the result.
        std::vector<float> mixed(width);
        for (std::size_t i = 0; i < width; ++i)
            mixed[i] = i % 3 == 0 ? std::numeric_limits<float>::quiet_NaN() : static_cast<float>(i) - 20.0f;
        out.push_back(std::move(mixed));
        return out;
    }();
    return kRows;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "compiled expression breaks an evaluator invariant: %s\n", what);
    std::abort();
}

// Replays the program's stack effect: evaluate() trusts the parser for all of this.
void checkProgram(const CompiledExpression& expression)
{
    if (expression.stackDepth() > CompiledExpression::kMaxStack)
        fail("stack depth above kMaxStack");
    std::size_t depth = 0, deepest = 0;
    for (const auto& instruction : expression.code()) {
        switch (instruction.op) {
        case OpCode::Constant:
        case OpCode::Feature:
            if (instruction.op == OpCode::Feature
                && (instruction.column < 0 || static_cast<std::size_t>(instruction.column) >= schema().size()))
                fail("feature column outside the schema");
            ++depth;
            break;
        case OpCode::Negate:
        case OpCode::Not:
        case OpCode::Abs:
        case OpCode::Log:
            if (depth < 1)
                fail("unary operator on an empty stack");
            break;
        default:
            if (depth < 2)
                fail("binary operator with fewer than two operands");
            --depth;
            break;
        }
        if (depth > deepest)
            deepest = depth;
    }
    if (!expression.code().empty() && depth != 1)
        fail("program does not leave exactly one value");
    if (deepest > expression.stackDepth())
        fail("program goes deeper than its recorded stack depth");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    CompiledExpression expression;
    try {
        expression = CompiledExpression::compile(text, schema());
    } catch (const RuleError&) {
        return 0;
    }
    checkProgram(expression);
    for (const auto& row : rows())
        (void)expression.test(row.data());
    (void)expression.columns();
    return 0;
}
