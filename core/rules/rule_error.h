#pragma once

#include <stdexcept>
#include <string>

namespace fraudlens::rules {

// A rule that cannot be compiled or stored. column() is 1-based into the expression text,
// or 0 when the problem is not at a place in it (a duplicate name, a missing rule).
class RuleError : public std::runtime_error {
public:
    RuleError(int column, const std::string& problem)
        : std::runtime_error("column " + std::to_string(column) + ": " + problem), m_column(column), m_problem(problem) {}
    explicit RuleError(const std::string& message) : std::runtime_error(message), m_problem(message) {}
    // The same problem, told about a named rule: "rule 'x': column 3: ...".
    RuleError(const std::string& ruleName, const RuleError& cause)
        : std::runtime_error("rule '" + ruleName + "': " + cause.what()), m_column(cause.m_column), m_problem(cause.m_problem), m_ruleName(ruleName) {}

    int column() const { return m_column; }
    const std::string& problem() const { return m_problem; }
    const std::string& ruleName() const { return m_ruleName; }

private:
    int m_column = 0;
    std::string m_problem;
    std::string m_ruleName;
};

} // namespace fraudlens::rules
