#pragma once

#include <string>
#include <vector>

namespace fraudlens::cases {

// The reasons of one scored transaction, in words, from scores.reasons: batch and live
// scoring store objects with a "text", an older or hand-made file may hold plain strings.
// Anything else is not a reason to show and is skipped.
std::vector<std::string> parseScoreReasons(const std::string& json);

} // namespace fraudlens::cases
