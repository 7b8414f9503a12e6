#include "rules/name_suggestion.h"

#include <algorithm>
#include <cctype>

namespace fraudlens::rules {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Optimal string alignment distance: a swapped pair of letters counts as one typo.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

} // namespace

std::string closestName(std::string_view word, const std::vector<std::string>& candidates)
{
    // Long hostile input would make the quadratic distance slow and never be a typo anyway.
    if (word.empty() || word.size() > 64)
        return {};
    const std::size_t allowed = word.size() <= 4 ? 1 : word.size() <= 10 ? 2 : 3;
    std::string best;
    std::size_t bestDistance = allowed + 1;
    for (const auto& candidate : candidates) {
        if (candidate.size() > word.size() + allowed || candidate.size() + allowed < word.size())
            continue;
        const std::size_t distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace fraudlens::rules
