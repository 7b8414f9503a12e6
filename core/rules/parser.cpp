#include "rules/parser.h"

#include "features/feature_schema.h"
#include "rules/name_suggestion.h"
#include "rules/rule_error.h"

#include <array>
#include <optional>
#include <string>

namespace fraudlens::rules {

namespace {

constexpr int kOr = 1, kAnd = 2, kNot = 3, kComparison = 4, kAdditive = 5, kMultiplicative = 6, kUnary = 7;

struct BinaryOperator {
    OpCode op;
    int precedence;
};

std::optional<BinaryOperator> binaryOperator(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Or:
        return BinaryOperator{OpCode::Or, kOr};
    case TokenKind::And:
        return BinaryOperator{OpCode::And, kAnd};
    case TokenKind::Less:
        return BinaryOperator{OpCode::Less, kComparison};
    case TokenKind::LessEqual:
        return BinaryOperator{OpCode::LessEqual, kComparison};
    case TokenKind::Greater:
        return BinaryOperator{OpCode::Greater, kComparison};
    case TokenKind::GreaterEqual:
        return BinaryOperator{OpCode::GreaterEqual, kComparison};
    case TokenKind::Equal:
        return BinaryOperator{OpCode::Equal, kComparison};
    case TokenKind::NotEqual:
        return BinaryOperator{OpCode::NotEqual, kComparison};
    case TokenKind::Plus:
        return BinaryOperator{OpCode::Add, kAdditive};
    case TokenKind::Minus:
        return BinaryOperator{OpCode::Subtract, kAdditive};
    case TokenKind::Star:
        return BinaryOperator{OpCode::Multiply, kMultiplicative};
    case TokenKind::Slash:
        return BinaryOperator{OpCode::Divide, kMultiplicative};
    default:
        return std::nullopt;
    }
}

struct Function {
    std::string_view name;
    OpCode op;
    int arity;
};

constexpr std::array<Function, 4> kFunctions = {{
    {"abs", OpCode::Abs, 1},
    {"min", OpCode::Min, 2},
    {"max", OpCode::Max, 2},
    {"log", OpCode::Log, 1},
}};

const Function* findFunction(std::string_view name)
{
    std::string lower(name);
    for (char& c : lower)
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    for (const Function& function : kFunctions) {
        if (function.name == lower)
            return &function;
    }
    return nullptr;
}

std::string quoted(const Token& token)
{
    // Keep messages readable whatever was typed.
    constexpr std::size_t kShown = 40;
    std::string text(token.text.substr(0, kShown));
    return "'" + text + (token.text.size() > kShown ? "...'" : "'");
}

} // namespace

Parser::Parser(std::string_view text, const features::FeatureSchema& schema)
    : m_text(text), m_schema(schema), m_lexer(text)
{
}

CompiledExpression Parser::parse()
{
    if (m_text.size() > kMaxLength)
        throw RuleError(static_cast<int>(kMaxLength) + 1,
                        "expression longer than " + std::to_string(kMaxLength) + " characters");
    advance();
    if (m_current.kind == TokenKind::End)
        throw RuleError(1, "empty expression");
    const Kind kind = expression(0);
    if (m_current.kind == TokenKind::RightParen)
        throw RuleError(m_current.column, "unmatched ')'");
    if (m_current.kind != TokenKind::End)
        throw RuleError(m_current.column, "unexpected " + quoted(m_current)
                                              + " after a complete expression (missing 'and', 'or' or an operator?)");
    return CompiledExpression(std::move(m_code), m_maxStack, kind != Kind::Number);
}

Parser::Kind Parser::expression(int minPrecedence)
{
    Kind kind = prefix(minPrecedence);
    bool compared = false;
    for (;;) {
        const auto binary = binaryOperator(m_current.kind);
        if (!binary || binary->precedence < minPrecedence)
            return kind;
        const Token op = m_current;
        if (binary->precedence == kComparison && compared)
            throw RuleError(op.column, "comparisons cannot be chained; join them with 'and'");
        advance();
        // Left associative: the right operand binds only tighter operators.
        expression(binary->precedence + 1);
        emitOperator(binary->op, 2);
        compared = binary->precedence == kComparison;
        kind = binary->precedence <= kComparison ? Kind::Condition : Kind::Number;
    }
}

Parser::Kind Parser::prefix(int minPrecedence)
{
    const Token token = m_current;
    switch (token.kind) {
    case TokenKind::Number:
        advance();
        emitValue(Instruction{OpCode::Constant, 0, token.number}, token.column);
        return Kind::Number;
    case TokenKind::Identifier:
        advance();
        return m_current.kind == TokenKind::LeftParen ? call(token) : feature(token);
    case TokenKind::LeftParen: {
        enter(token);
        advance();
        const Kind kind = expression(0);
        expectClosing(token);
        leave();
        return kind;
    }
    case TokenKind::Minus:
        enter(token);
        advance();
        expression(kUnary);
        emitOperator(OpCode::Negate, 1);
        leave();
        return Kind::Number;
    case TokenKind::Not:
        // "a > not b" reads as a mistake; in parentheses it is explicit.
        if (minPrecedence > kNot)
            throw RuleError(token.column, "put " + quoted(token) + " and what it negates in parentheses here");
        enter(token);
        advance();
        expression(kNot);
        emitOperator(OpCode::Not, 1);
        leave();
        return Kind::Condition;
    default:
        unexpected("a number, a feature or '('");
    }
}

Parser::Kind Parser::call(const Token& name)
{
    const Function* function = findFunction(name.text);
    if (!function) {
        std::vector<std::string> names;
        for (const Function& f : kFunctions)
            names.emplace_back(f.name);
        const std::string suggestion = closestName(name.text, names);
        throw RuleError(name.column, "unknown function " + quoted(name)
                                         + (suggestion.empty() ? " (functions: abs, min, max, log)"
                                                               : " (did you mean '" + suggestion + "'?)"));
    }
    const Token opening = m_current;
    enter(opening);
    advance();
    int arguments = 0;
    if (m_current.kind != TokenKind::RightParen) {
        for (;;) {
            expression(0);
            ++arguments;
            if (m_current.kind != TokenKind::Comma)
                break;
            advance();
        }
    }
    expectClosing(opening);
    leave();
    if (arguments != function->arity)
        throw RuleError(name.column, std::string(function->name) + "() takes " + std::to_string(function->arity)
                                         + (function->arity == 1 ? " argument" : " arguments") + ", not "
                                         + std::to_string(arguments));
    emitOperator(function->op, function->arity);
    return Kind::Number;
}

Parser::Kind Parser::feature(const Token& name)
{
    const int column = m_schema.indexOf(name.text);
    if (column >= 0) {
        emitValue(Instruction{OpCode::Feature, column, 0.0f}, name.column);
        return Kind::Flag;
    }
    if (findFunction(name.text))
        throw RuleError(m_current.column, "expected '(' after " + quoted(name));
    const std::string suggestion = closestName(name.text, m_schema.names());
    throw RuleError(name.column, "unknown feature " + quoted(name)
                                     + (suggestion.empty() ? std::string() : " (did you mean '" + suggestion + "'?)"));
}

void Parser::advance() { m_current = m_lexer.next(); }

void Parser::expectClosing(const Token& opening)
{
    if (m_current.kind == TokenKind::RightParen) {
        advance();
        return;
    }
    if (m_current.kind == TokenKind::End)
        throw RuleError(m_current.column, "expected ')' to close the '(' at column " + std::to_string(opening.column));
    throw RuleError(m_current.column, "expected ')' but found " + quoted(m_current));
}

void Parser::emitValue(Instruction instruction, int column)
{
    m_code.push_back(instruction);
    if (++m_stack > m_maxStack)
        m_maxStack = m_stack;
    if (m_maxStack > CompiledExpression::kMaxStack)
        throw RuleError(column, "expression nested too deeply");
}

void Parser::emitOperator(OpCode op, int operands)
{
    const std::size_t n = m_code.size();
    // Fold operations on constants, so "amount > 5 * 1000" costs one comparison per row.
    if (operands == 1 && n >= 1 && m_code[n - 1].op == OpCode::Constant) {
        m_code[n - 1].value = CompiledExpression::apply(op, m_code[n - 1].value, 0.0f);
    } else if (operands == 2 && n >= 2 && m_code[n - 1].op == OpCode::Constant && m_code[n - 2].op == OpCode::Constant) {
        m_code[n - 2].value = CompiledExpression::apply(op, m_code[n - 2].value, m_code[n - 1].value);
        m_code.pop_back();
    } else {
        m_code.push_back(Instruction{op, 0, 0.0f});
    }
    m_stack -= static_cast<std::size_t>(operands - 1);
}

void Parser::enter(const Token& at)
{
    if (++m_nesting > kMaxNesting)
        throw RuleError(at.column, "expression nested too deeply (more than " + std::to_string(kMaxNesting) + " levels)");
}

void Parser::unexpected(const std::string& expected) const
{
    if (m_current.kind == TokenKind::End)
        throw RuleError(m_current.column, "expected " + expected + " but the expression ends");
    throw RuleError(m_current.column, "expected " + expected + " but found " + quoted(m_current));
}

} // namespace fraudlens::rules
