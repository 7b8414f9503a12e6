#include "scoring/reason_builder.h"

#include "features/feature_matrix.h"
#include "rules/rule_hits.h"
#include "rules/rule_set.h"
#include "rules/severity.h"
#include "scoring/feature_phrase.h"
#include "scoring/model_stage.h"
#include "scoring/scoring_result.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fraudlens::scoring {

namespace {

constexpr float kMinEvidence = 0.15f;
constexpr std::size_t kMaxReasons = 4;
constexpr std::int64_t kHourMs = 3'600'000;

std::int64_t burstKey(int merchant, std::int64_t hourStartMs)
{
    return (static_cast<std::int64_t>(merchant + 1) << 24) ^ (hourStartMs / kHourMs);
}

struct Candidate {
    float weight;
    std::string_view detector;
    std::string text;
};

} // namespace

ReasonBuilder::ReasonBuilder(const ScoringResult& result, const features::FeatureMatrix& features, const ModelScores& models,
                             const rules::RuleSet& rules, const rules::RuleHits& hits)
    : m_result(result), m_features(features), m_models(models), m_rules(rules), m_hits(hits)
{
    for (std::size_t e = 0; e < result.bursts.size(); ++e) {
        const auto& b = result.bursts[e];
        const auto key = burstKey(b.scopeMerchant, b.hourStartMs);
        const auto it = m_burstByKey.find(key);
        if (it == m_burstByKey.end() || result.bursts[it->second].score < b.score)
            m_burstByKey[key] = e;
    }
}

std::string ReasonBuilder::ringText(int ring) const
{
    const graph::Ring& g = m_result.rings.rings[static_cast<std::size_t>(ring)];
    std::string shared;
    for (std::size_t k = 0; k < features::kEntityKindCount; ++k) {
        const int n = g.sharedByKind[k];
        if (n == 0)
            continue;
        if (!shared.empty())
            shared += ", ";
        std::string kind(features::kEntityKindNames[k]);
        if (kind == "ip")
            kind = "IP address";
        if (kind == "merchant")
            kind = "merchant burst";
        shared += std::to_string(n) + " " + kind + (n > 1 ? "s" : "");
    }
    std::string text = "ring #" + std::to_string(ring + 1) + ", " + std::to_string(g.members.size()) + " accounts";
    if (!shared.empty())
        text += " sharing " + shared;
    return text;
}

std::string ReasonBuilder::burstText(std::size_t row) const
{
    const std::int64_t hour = m_result.frame.tsMs[row] / kHourMs * kHourMs;
    const std::uint32_t merchant = m_result.frame.entityOf(features::EntityKind::Merchant, row);
    const auto* events = &m_result.bursts;
    for (const int scope : {merchant == features::kNoId ? -2 : static_cast<int>(merchant), -1}) {
        if (scope == -2)
            continue;
        const auto it = m_burstByKey.find(burstKey(scope, hour));
        if (it == m_burstByKey.end())
            continue;
        const auto& b = (*events)[it->second];
        char text[256];
        if (scope >= 0) {
            const auto& name = m_result.frame.entityNames[static_cast<std::size_t>(features::EntityKind::Merchant)][merchant];
            std::snprintf(text, sizeof text, "burst at merchant %s: %d transactions in the hour, %.1f expected", name.c_str(),
                          b.observed, b.expected);
        } else {
            std::snprintf(text, sizeof text, "platform-wide burst: %d transactions in the hour, %.0f expected", b.observed,
                          b.expected);
        }
        return text;
    }
    return "";
}

std::string ReasonBuilder::reasonsFor(std::size_t row) const
{
    std::vector<Candidate> candidates;
    const float* featureRow = m_features.row(row);
    const auto addPhrase = [&](std::string_view detector, float weight, int column) {
        std::string text = FeaturePhrase::describe(m_features.schema, column, featureRow);
        if (!text.empty())
            candidates.push_back({weight, detector, std::move(text)});
    };

    const float ae = m_result.evidence[static_cast<std::size_t>(Detector::Autoencoder)][row];
    if (ae >= kMinEvidence) {
        // The features that the autoencoder could least reconstruct, by share of the error.
        const std::size_t width = m_models.autoencoderColumns.size();
        const float* errors = m_models.autoencoderPerFeature.data() + row * width;
        std::vector<std::size_t> order(width);
        for (std::size_t c = 0; c < width; ++c)
            order[c] = c;
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, width)),
                          order.end(), [&](std::size_t a, std::size_t b) { return errors[a] > errors[b]; });
        float total = 0.0f;
        for (std::size_t c = 0; c < width; ++c)
            total += errors[c];
        for (std::size_t k = 0; k < std::min<std::size_t>(3, width); ++k)
            addPhrase("autoencoder", ae * (total > 0.0f ? errors[order[k]] / total : 0.0f) + ae * 0.5f,
                      m_models.autoencoderColumns[order[k]]);
    }
    const float seq = m_result.evidence[static_cast<std::size_t>(Detector::Sequence)][row];
    if (seq >= kMinEvidence) {
        const std::size_t k = m_models.sequenceTargets.size();
        const float* errors = m_models.sequencePerTarget.data() + row * k;
        const auto worst = static_cast<std::size_t>(std::max_element(errors, errors + k) - errors);
        std::string text = FeaturePhrase::describe(m_features.schema, m_models.sequenceTargets[worst], featureRow);
        if (!text.empty())
            candidates.push_back({seq, "sequence", "unlike this account's history: " + text});
    }
    const std::uint32_t account = m_result.frame.account[row];
    const int ring = account < m_result.rings.ringOf.size() ? m_result.rings.ringOf[account] : -1;
    const float ringEvidence = m_result.evidence[static_cast<std::size_t>(Detector::Rings)][row];
    if (ring >= 0 && ringEvidence >= kMinEvidence)
        candidates.push_back({ringEvidence, "rings", ringText(ring)});
    for (const std::uint16_t r : m_hits.of(row)) {
        const auto& rule = m_rules.rule(r);
        candidates.push_back({rules::severityWeight(rule.severity), "rules",
                              "rule '" + rule.name + "' (" + std::string(rules::toString(rule.severity)) + ")"});
    }
    const float burst = m_result.evidence[static_cast<std::size_t>(Detector::Bursts)][row];
    if (burst >= kMinEvidence) {
        std::string text = burstText(row);
        if (!text.empty())
            candidates.push_back({burst, "bursts", std::move(text)});
    }

    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.weight > b.weight; });
    nlohmann::json out = nlohmann::json::array();
    std::vector<std::string_view> seen;
    for (const auto& c : candidates) {
        if (std::find(seen.begin(), seen.end(), c.text) != seen.end())
            continue;
        seen.push_back(c.text);
        out.push_back({{"detector", c.detector}, {"text", c.text}, {"weight", std::round(c.weight * 1000.0f) / 1000.0f}});
        if (out.size() == kMaxReasons)
            break;
    }
    return out.dump();
}

} // namespace fraudlens::scoring
