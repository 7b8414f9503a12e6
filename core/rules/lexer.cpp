#include "rules/lexer.h"

#include "rules/rule_error.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace fraudlens::rules {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isWordChar(char c) { return isWordStart(c) || isDigit(c); }
bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Byte offsets are columns: any non-ASCII byte is an error the moment it is reached, so
// everything before a reported position is ASCII.
int columnOf(std::size_t offset) { return static_cast<int>(offset) + 1; }

bool equalsIgnoringCase(std::string_view word, std::string_view keyword)
{
    if (word.size() != keyword.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
        if (c != keyword[i])
            return false;
    }
    return true;
}

} // namespace

Token Lexer::next()
{
    while (m_pos < m_text.size() && isBlank(m_text[m_pos]))
        ++m_pos;
    const std::size_t start = m_pos;
    if (start >= m_text.size())
        return Token{TokenKind::End, {}, columnOf(start), 0.0f};
    const char c = m_text[start];
    if (isDigit(c) || (c == '.' && start + 1 < m_text.size() && isDigit(m_text[start + 1])))
        return number(start);
    if (isWordStart(c))
        return word(start);

    const char following = start + 1 < m_text.size() ? m_text[start + 1] : '\0';
    auto make = [&](TokenKind kind, std::size_t length) {
        m_pos = start + length;
        return Token{kind, m_text.substr(start, length), columnOf(start), 0.0f};
    };
    switch (c) {
    case '+':
        return make(TokenKind::Plus, 1);
    case '-':
        return make(TokenKind::Minus, 1);
    case '*':
        return make(TokenKind::Star, 1);
    case '/':
        return make(TokenKind::Slash, 1);
    case '(':
        return make(TokenKind::LeftParen, 1);
    case ')':
        return make(TokenKind::RightParen, 1);
    case ',':
        return make(TokenKind::Comma, 1);
    case '<':
        return following == '=' ? make(TokenKind::LessEqual, 2) : make(TokenKind::Less, 1);
    case '>':
        return following == '=' ? make(TokenKind::GreaterEqual, 2) : make(TokenKind::Greater, 1);
    case '!':
        return following == '=' ? make(TokenKind::NotEqual, 2) : make(TokenKind::Not, 1);
    case '=':
        if (following == '=')
            return make(TokenKind::Equal, 2);
        throw RuleError(columnOf(start), "use '==' to compare, not '='");
    case '&':
        if (following == '&')
            return make(TokenKind::And, 2);
        throw RuleError(columnOf(start), "use 'and' or '&&', not '&'");
    case '|':
        if (following == '|')
            return make(TokenKind::Or, 2);
        throw RuleError(columnOf(start), "use 'or' or '||', not '|'");
    default:
        unexpectedCharacter(start);
    }
}

Token Lexer::number(std::size_t start)
{
    std::size_t end = start;
    while (end < m_text.size() && isDigit(m_text[end]))
        ++end;
    if (end < m_text.size() && m_text[end] == '.') {
        ++end;
        while (end < m_text.size() && isDigit(m_text[end]))
            ++end;
    }
    if (end < m_text.size() && (m_text[end] == 'e' || m_text[end] == 'E')) {
        std::size_t exponent = end + 1;
        if (exponent < m_text.size() && (m_text[exponent] == '+' || m_text[exponent] == '-'))
            ++exponent;
        if (exponent < m_text.size() && isDigit(m_text[exponent])) {
            end = exponent;
            while (end < m_text.size() && isDigit(m_text[end]))
                ++end;
        }
    }
    // "5x", "1.2.3" and "1e" are typing mistakes, not a number followed by something.
    std::size_t junk = end;
    while (junk < m_text.size() && (isWordChar(m_text[junk]) || m_text[junk] == '.'))
        ++junk;
    const std::string_view text = m_text.substr(start, junk - start);
    if (junk != end)
        throw RuleError(columnOf(start), "malformed number '" + std::string(text) + "'");

    // from_chars, not strtod: the result must not depend on the user's locale.
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(static_cast<float>(value)))
        throw RuleError(columnOf(start), "number '" + std::string(text) + "' is out of range");
    m_pos = end;
    // Features are floats; a constant rounded the same way makes "amount == 0.1" behave.
    return Token{TokenKind::Number, text, columnOf(start), static_cast<float>(value)};
}

Token Lexer::word(std::size_t start)
{
    std::size_t end = start;
    while (end < m_text.size() && isWordChar(m_text[end]))
        ++end;
    m_pos = end;
    const std::string_view text = m_text.substr(start, end - start);
    TokenKind kind = TokenKind::Identifier;
    if (equalsIgnoringCase(text, "and"))
        kind = TokenKind::And;
    else if (equalsIgnoringCase(text, "or"))
        kind = TokenKind::Or;
    else if (equalsIgnoringCase(text, "not"))
        kind = TokenKind::Not;
    return Token{kind, text, columnOf(start), 0.0f};
}

void Lexer::unexpectedCharacter(std::size_t at) const
{
    const auto byte = static_cast<unsigned char>(m_text[at]);
    std::string shown;
    if (byte >= 0x80) {
        // Show the whole UTF-8 sequence (a curly quote or a '≥' pasted from a document).
        std::size_t end = at + 1;
        while (end < m_text.size() && end - at < 4 && (static_cast<unsigned char>(m_text[end]) & 0xC0) == 0x80)
            ++end;
        shown = std::string(m_text.substr(at, end - at));
    } else if (byte < 0x20 || byte == 0x7F) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
        shown = buffer;
    } else {
        shown = std::string(1, static_cast<char>(byte));
    }
    throw RuleError(columnOf(at), "unexpected character '" + shown + "'");
}

} // namespace fraudlens::rules
