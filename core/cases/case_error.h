#pragma once

#include <stdexcept>
#include <string>

namespace fraudlens::cases {

// A decision that cannot be made as asked (empty reason, unknown alert, read-only database).
class CaseError : public std::runtime_error {
public:
    explicit CaseError(const std::string& message) : std::runtime_error(message) {}
};

// The case changed since the analyst looked at it: nothing was written.
class CaseConflict : public CaseError {
public:
    explicit CaseConflict(const std::string& message) : CaseError(message) {}
};

} // namespace fraudlens::cases
