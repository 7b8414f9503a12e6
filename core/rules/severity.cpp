#include "rules/severity.h"

#include <cctype>
#include <string>

namespace fraudlens::rules {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return "low";
    case Severity::Medium:
        return "medium";
    case Severity::High:
        return "high";
    }
    return "medium";
}

std::optional<Severity> severityFromString(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High}) {
        if (lower == toString(s))
            return s;
    }
    return std::nullopt;
}

float severityWeight(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return 0.3f;
    case Severity::Medium:
        return 0.6f;
    case Severity::High:
        return 1.0f;
    }
    return 0.6f;
}

} // namespace fraudlens::rules
