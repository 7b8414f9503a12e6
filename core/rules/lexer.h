#pragma once

#include "rules/token.h"

#include <cstddef>
#include <string_view>

namespace fraudlens::rules {

// Splits a rule expression into tokens on demand, so that the first error in reading
// order is the one reported. Throws RuleError for characters that cannot start a token.
class Lexer {
public:
    explicit Lexer(std::string_view text) : m_text(text) {}

    Token next();

private:
    Token number(std::size_t start);
    Token word(std::size_t start);
    [[noreturn]] void unexpectedCharacter(std::size_t at) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace fraudlens::rules
