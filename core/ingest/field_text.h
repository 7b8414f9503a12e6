#pragma once

#include <optional>
#include <string_view>

namespace fraudlens::ingest {

// The cell without surrounding spaces, tabs or line ends.
std::string_view trimmed(std::string_view text);

// A finite decimal number ("12.5", "+3", "1e3", surrounded by spaces or not); nullopt for
// anything else, NaN and infinities included.
std::optional<double> parseFiniteNumber(std::string_view text);

// 1 for fraud, 0 for genuine, from the spellings data sets use (1/0, true/false, yes/no,
// fraud/genuine, ...), any case; nullopt for anything else.
std::optional<int> parseLabel(std::string_view text);

} // namespace fraudlens::ingest
