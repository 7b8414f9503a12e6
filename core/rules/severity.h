#pragma once

#include <optional>
#include <string_view>

namespace fraudlens::rules {

enum class Severity { Low, Medium, High };

// "low", "medium", "high": the words stored in the database and written in rule files.
std::string_view toString(Severity severity);
// Accepts the words in any case, surrounding blanks ignored; nullopt for anything else.
std::optional<Severity> severityFromString(std::string_view text);
// What a hit contributes to the per-row rules score: 0.3, 0.6, 1.0.
float severityWeight(Severity severity);

} // namespace fraudlens::rules
