#include "cases/score_reasons.h"

#include <nlohmann/json.hpp>

namespace fraudlens::cases {

std::vector<std::string> parseScoreReasons(const std::string& json)
{
    std::vector<std::string> out;
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array())
        return out;
    for (const auto& item : parsed) {
        if (item.is_string())
            out.push_back(item.get<std::string>());
        else if (item.is_object() && item.contains("text") && item["text"].is_string())
            out.push_back(item["text"].get<std::string>());
    }
    return out;
}

} // namespace fraudlens::cases
