#include "scoring/alert_builder.h"

#include "scoring/alert.h"
#include "scoring/scoring_result.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace fraudlens::scoring {

float AlertBuilder::cutOff(const std::vector<float>& fused, const AlertPolicy& policy)
{
    if (policy.threshold)
        return *policy.threshold;
    if (fused.empty())
        return 1.0f;
    std::vector<float> sorted(fused);
    const auto k = std::min(sorted.size() - 1, static_cast<std::size_t>(policy.budget * static_cast<double>(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(k), sorted.end(), std::greater<>());
    // Strictly above the k-th: a tie block at the cut never overshoots the budget, and a
    // data set where nothing stands out raises nothing.
    return std::max(sorted[k], 1e-6f) + 1e-7f;
}

std::vector<Alert> AlertBuilder::build(const ScoringResult& r, const AlertPolicy& policy)
{
    const float cut = cutOff(r.fused, policy);
    std::map<std::uint32_t, Alert> byAccount;
    for (std::size_t i = 0; i < r.fused.size(); ++i) {
        const bool highRule = !r.highSeverityRule.empty() && r.highSeverityRule[i] != 0;
        if (r.fused[i] < cut && !highRule)
            continue;
        const std::uint32_t account = r.frame.account[i];
        Alert& alert = byAccount[account];
        alert.account = account;
        alert.rows.push_back(static_cast<std::uint32_t>(i));
        alert.risk = std::max(alert.risk, r.fused[i]);
        alert.priority = std::max(alert.priority, highRule ? std::max(r.fused[i], policy.urgentPriority) : r.fused[i]);
    }
    std::vector<Alert> alerts;
    alerts.reserve(byAccount.size());
    for (auto& [account, alert] : byAccount) {
        std::set<std::string> detectors;
        std::vector<std::pair<float, std::string>> weighted;
        for (const std::uint32_t row : alert.rows) {
            for (std::size_t d = 0; d < kDetectorCount; ++d)
                if (r.evidence[d][row] >= policy.detectorEvidence)
                    detectors.insert(std::string(kDetectorNames[d]));
            const auto reasons = nlohmann::json::parse(r.reasons[row], nullptr, false);
            if (!reasons.is_array())
                continue;
            for (const auto& reason : reasons)
                weighted.emplace_back(reason.value("weight", 0.0f), reason.value("text", ""));
        }
        std::stable_sort(weighted.begin(), weighted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [weight, text] : weighted) {
            if (text.empty() || std::find(alert.reasons.begin(), alert.reasons.end(), text) != alert.reasons.end())
                continue;
            alert.reasons.push_back(text);
            if (alert.reasons.size() == policy.maxReasons)
                break;
        }
        alert.detectors.assign(detectors.begin(), detectors.end());
        if (account < r.rings.ringOf.size())
            alert.ring = r.rings.ringOf[account];
        alerts.push_back(std::move(alert));
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) { return a.priority > b.priority; });
    return alerts;
}

} // namespace fraudlens::scoring
