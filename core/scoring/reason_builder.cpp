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
    for (std::size_t row = 0; row < features.reversedOrder.size(); ++row)
        if (features.reversedOrder[row] != features::kNoId)
            m_refundOf[features.reversedOrder[row]] = row;
    for (std::size_t row = 0; row < result.ownRisk.size(); ++row) {
        const std::uint32_t account = result.frame.account[row];
        if (account >= m_accountPeak.size())
            m_accountPeak.resize(static_cast<std::size_t>(account) + 1, 0.0f);
        m_accountPeak[account] = std::max(m_accountPeak[account], result.ownRisk[row]);
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

void ReasonBuilder::collect(std::size_t row, std::vector<Candidate>& candidates) const
{
    const float* featureRow = m_features.row(row);
    const auto addPhrase = [&](std::string_view detector, float weight, int column) {
        std::string text = FeaturePhrase::describe(m_features.schema, column, featureRow);
        if (!text.empty())
            candidates.push_back({weight, detector, std::move(text)});
    };

    const float ae = m_result.evidence[static_cast<std::size_t>(Detector::Autoencoder)][row];
    if (ae >= kMinEvidence) {
        // The features that the autoencoder could least reconstruct, by share of the error;
        // a column with nothing to say in words (a cyclic hour, say) gives way to the next.
        const std::size_t width = m_models.autoencoderColumns.size();
        const float* errors = m_models.autoencoderPerFeature.data() + row * width;
        std::vector<std::size_t> order(width);
        for (std::size_t c = 0; c < width; ++c)
            order[c] = c;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errors[a] > errors[b]; });
        float total = 0.0f;
        for (std::size_t c = 0; c < width; ++c)
            total += errors[c];
        std::size_t said = 0;
        for (std::size_t k = 0; k < width && said < 3; ++k) {
            std::string text = FeaturePhrase::describe(m_features.schema, m_models.autoencoderColumns[order[k]], featureRow);
            if (text.empty())
                continue;
            candidates.push_back({ae * (total > 0.0f ? errors[order[k]] / total : 0.0f) + ae * 0.5f, "autoencoder", std::move(text)});
            ++said;
        }
        if (said == 0)
            candidates.push_back({ae * 0.5f, "autoencoder", "an unusual combination of amount, timing and context"});
    }
    const float seq = m_result.evidence[static_cast<std::size_t>(Detector::Sequence)][row];
    if (seq >= kMinEvidence) {
        const std::size_t k = m_models.sequenceTargets.size();
        const float* errors = m_models.sequencePerTarget.data() + row * k;
        std::vector<std::size_t> order(k);
        for (std::size_t t = 0; t < k; ++t)
            order[t] = t;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errors[a] > errors[b]; });
        std::string text;
        for (std::size_t t = 0; t < k && text.empty(); ++t)
            text = FeaturePhrase::describe(m_features.schema, m_models.sequenceTargets[order[t]], featureRow);
        candidates.push_back({seq, "sequence", "unlike this account's history: " + (text.empty() ? std::string("its rhythm of purchases") : text)});
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
}

std::string ReasonBuilder::reasonsFor(std::size_t row) const
{
    std::vector<Candidate> candidates;
    collect(row, candidates);
    // An order later refunded under suspicion carries the refund's risk (Fusion::carryRefundRisk):
    // say so, with what made the refund suspect.
    if (const auto refund = m_refundOf.find(row); refund != m_refundOf.end() && m_result.fused[refund->second] >= kMinEvidence) {
        std::vector<Candidate> ofRefund;
        collect(refund->second, ofRefund);
        const auto top = std::max_element(ofRefund.begin(), ofRefund.end(),
                                          [](const Candidate& a, const Candidate& b) { return a.weight < b.weight; });
        const double hours = static_cast<double>(m_result.frame.tsMs[refund->second] - m_result.frame.tsMs[row]) / kHourMs;
        char when[64];
        std::snprintf(when, sizeof when, hours < 48.0 ? "%.0f hours" : "%.0f days", hours < 48.0 ? hours : hours / 24.0);
        std::string text = std::string("refunded ") + when + " later";
        if (top != ofRefund.end())
            text += "; the refund: " + top->text;
        candidates.push_back({m_result.fused[refund->second], top != ofRefund.end() ? top->detector : "rules", std::move(text)});
    }
    // Fusion::applyAccountContext lifted it: the account's other transactions are the reason.
    if (row < m_result.ownRisk.size() && m_result.fused[row] > m_result.ownRisk[row] + 1e-4f) {
        char text[128];
        std::snprintf(text, sizeof text, "this account's other transactions are high-risk (up to %.2f)",
                      static_cast<double>(m_accountPeak[m_result.frame.account[row]]));
        candidates.push_back({m_result.fused[row], "context", text});
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
