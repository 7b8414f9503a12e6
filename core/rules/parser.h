#pragma once

#include "rules/compiled_expression.h"
#include "rules/lexer.h"
#include "rules/token.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace fraudlens::features {
class FeatureSchema;
}

namespace fraudlens::rules {

// Precedence climbing over the tokens, emitting the postfix program as it goes. The grammar
// is a dozen operators and four functions: a parser library (or a generator) would cost a
// dependency and a build step for less control over the messages, which are the point of
// an analyst-facing language.
//
//   or < and < not < comparisons (not chainable) < + - < * / < unary minus < atoms
class Parser {
public:
    // Deeper nesting of parentheses, calls and unary operators is refused, so that hostile
    // input cannot exhaust the native stack.
    static constexpr int kMaxNesting = 64;
    static constexpr std::size_t kMaxLength = 10000;

    Parser(std::string_view text, const features::FeatureSchema& schema);

    // Throws RuleError naming the first problem.
    CompiledExpression parse();

private:
    enum class Kind { Number, Condition, Flag };

    Kind expression(int minPrecedence);
    Kind prefix(int minPrecedence);
    Kind call(const Token& name);
    Kind feature(const Token& name);
    void advance();
    void expectClosing(const Token& opening);
    void emitValue(Instruction instruction, int column);
    void emitOperator(OpCode op, int operands);
    void enter(const Token& at);
    void leave() { --m_nesting; }
    [[noreturn]] void unexpected(const std::string& expected) const;

    std::string_view m_text;
    const features::FeatureSchema& m_schema;
    Lexer m_lexer;
    Token m_current;
    std::vector<Instruction> m_code;
    std::size_t m_stack = 0;
    std::size_t m_maxStack = 0;
    int m_nesting = 0;
};

} // namespace fraudlens::rules
