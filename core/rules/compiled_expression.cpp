#include "rules/compiled_expression.h"

#include "rules/parser.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fraudlens::rules {

CompiledExpression::CompiledExpression(std::vector<Instruction> code, std::size_t stackDepth, bool condition)
    : m_code(std::move(code)), m_stackDepth(stackDepth), m_condition(condition)
{
}

CompiledExpression CompiledExpression::compile(std::string_view text, const features::FeatureSchema& schema)
{
    return Parser(text, schema).parse();
}

float CompiledExpression::apply(OpCode op, float a, float b)
{
    switch (op) {
    case OpCode::Constant:
    case OpCode::Feature:
        return a;
    case OpCode::Negate:
        return -a;
    case OpCode::Not:
        return isTrue(a) ? 0.0f : 1.0f;
    case OpCode::Add:
        return a + b;
    case OpCode::Subtract:
        return a - b;
    case OpCode::Multiply:
        return a * b;
    case OpCode::Divide:
        return b == 0.0f ? 0.0f : a / b;
    case OpCode::Less:
        return a < b ? 1.0f : 0.0f;
    case OpCode::LessEqual:
        return a <= b ? 1.0f : 0.0f;
    case OpCode::Greater:
        return a > b ? 1.0f : 0.0f;
    case OpCode::GreaterEqual:
        return a >= b ? 1.0f : 0.0f;
    case OpCode::Equal:
        return a == b ? 1.0f : 0.0f;
    case OpCode::NotEqual:
        return a != b ? 1.0f : 0.0f;
    case OpCode::And:
        return isTrue(a) && isTrue(b) ? 1.0f : 0.0f;
    case OpCode::Or:
        return isTrue(a) || isTrue(b) ? 1.0f : 0.0f;
    case OpCode::Abs:
        return std::fabs(a);
    case OpCode::Min:
        return b < a ? b : a;
    case OpCode::Max:
        return b > a ? b : a;
    case OpCode::Log:
        return std::log1p(a > 0.0f ? a : 0.0f);
    }
    return 0.0f;
}

float CompiledExpression::evaluate(const float* row) const
{
    if (m_code.empty())
        return 0.0f;
    // Left uninitialised on purpose: every slot is written before it is read.
    std::array<float, kMaxStack> stack;
    std::size_t top = 0; // number of values held
    for (const Instruction& ins : m_code) {
        switch (ins.op) {
        case OpCode::Constant:
            stack[top++] = ins.value;
            break;
        case OpCode::Feature:
            stack[top++] = row[ins.column];
            break;
        case OpCode::Negate:
        case OpCode::Not:
        case OpCode::Abs:
        case OpCode::Log:
            stack[top - 1] = apply(ins.op, stack[top - 1], 0.0f);
            break;
        default:
            --top;
            stack[top - 1] = apply(ins.op, stack[top - 1], stack[top]);
            break;
        }
    }
    return stack[0];
}

std::vector<int> CompiledExpression::columns() const
{
    std::vector<int> out;
    for (const Instruction& ins : m_code) {
        if (ins.op == OpCode::Feature)
            out.push_back(ins.column);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace fraudlens::rules
