#pragma once

#include <string_view>

namespace fraudlens::rules {

enum class TokenKind {
    End,
    Number,
    Identifier,
    And,
    Or,
    Not,
    Plus,
    Minus,
    Star,
    Slash,
    LeftParen,
    RightParen,
    Comma,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
};

struct Token {
    TokenKind kind = TokenKind::End;
    std::string_view text; // a view into the expression being compiled
    int column = 1;        // 1-based
    float number = 0.0f;   // for Number
};

} // namespace fraudlens::rules
