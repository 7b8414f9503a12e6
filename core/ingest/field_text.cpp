#include "ingest/field_text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <string>

namespace fraudlens::ingest {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseFiniteNumber(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseLabel(std::string_view text)
{
    std::string lower(trimmed(text));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    static const std::map<std::string, int, std::less<>> kValues = {
        {"1", 1}, {"1.0", 1}, {"true", 1}, {"t", 1}, {"yes", 1}, {"y", 1}, {"fraud", 1}, {"fraudulent", 1},
        {"0", 0}, {"0.0", 0}, {"false", 0}, {"f", 0}, {"no", 0}, {"n", 0}, {"genuine", 0}, {"legit", 0},
        {"legitimate", 0}, {"normal", 0},
    };
    const auto found = kValues.find(lower);
    if (found == kValues.end())
        return std::nullopt;
    return found->second;
}

} // namespace fraudlens::ingest
