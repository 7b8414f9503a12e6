#include "rules/backtest_result.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace fraudlens::rules {

namespace {

using nlohmann::json;

json rowJson(const RuleBacktestRow& row)
{
    json out{{"name", row.name},
             {"severity", std::string(toString(row.severity))},
             {"enabled", row.enabled},
             {"hits", row.hits},
             {"hit_share", row.hitShare},
             {"labelled_hits", row.labelledHits},
             {"true_positives", row.truePositives},
             {"precision", row.precision ? json(*row.precision) : json(nullptr)},
             {"recall", row.recall ? json(*row.recall) : json(nullptr)}};
    if (!row.problem.empty())
        out["problem"] = row.problem;
    return out;
}

std::string percent(std::optional<double> value)
{
    if (!value)
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", *value * 100.0);
    return buffer;
}

std::string share(double value)
{
    char buffer[32];
    // Small shares are the interesting ones: keep two significant decimals below 1 %.
    std::snprintf(buffer, sizeof buffer, value < 0.01 ? "%.3f%%" : "%.1f%%", value * 100.0);
    return buffer;
}

std::string padRight(const std::string& text, std::size_t width)
{
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string padLeft(const std::string& text, std::size_t width)
{
    return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

} // namespace

std::string BacktestResult::toJson() const
{
    json out{{"rows", rows}, {"labelled_rows", labelledRows}, {"positives", positives}};
    out["rules"] = json::array();
    for (const auto& row : rules)
        out["rules"].push_back(rowJson(row));
    json any = rowJson(anyEnabled);
    any.erase("severity");
    any.erase("enabled");
    out["any_enabled_rule"] = any;
    return out.dump(2);
}

std::string BacktestResult::toText() const
{
    std::size_t nameWidth = anyEnabled.name.size();
    for (const auto& row : rules)
        nameWidth = std::max(nameWidth, row.name.size());
    nameWidth = std::min<std::size_t>(nameWidth, 40) + 2;

    const bool labels = hasLabels();
    std::string text = padRight("rule", nameWidth) + padRight("severity", 10) + padRight("enabled", 9)
                       + padLeft("hits", 10) + padLeft("share", 10);
    if (labels)
        text += padLeft("fraud hits", 12) + padLeft("precision", 11) + padLeft("recall", 9);
    text += "\n";
    auto line = [&](const RuleBacktestRow& row, bool summary) {
        text += padRight(row.name, nameWidth);
        text += padRight(summary ? "" : std::string(toString(row.severity)), 10);
        text += padRight(summary ? "" : row.enabled ? "yes" : "no", 9);
        if (!row.problem.empty()) {
            text += "  not run: " + row.problem + "\n";
            return;
        }
        text += padLeft(std::to_string(row.hits), 10) + padLeft(share(row.hitShare), 10);
        if (labels)
            text += padLeft(std::to_string(row.truePositives), 12) + padLeft(percent(row.precision), 11)
                    + padLeft(percent(row.recall), 9);
        text += "\n";
    };
    for (const auto& row : rules)
        line(row, false);
    line(anyEnabled, true);
    text += std::to_string(rows) + " transactions";
    if (labels)
        text += ", " + std::to_string(labelledRows) + " labelled, " + std::to_string(positives) + " of them fraud";
    else
        text += ", none labelled: precision and recall need labels";
    text += "\n";
    return text;
}

} // namespace fraudlens::rules
