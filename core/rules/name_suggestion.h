#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::rules {

// The candidate closest to a misspelt word (edit distance, ignoring case), or "" when none
// is close enough to be a likely typo: "amout" -> "amount", "xyz" -> "".
std::string closestName(std::string_view word, const std::vector<std::string>& candidates);

} // namespace fraudlens::rules
