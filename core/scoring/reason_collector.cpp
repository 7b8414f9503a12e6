#include "scoring/reason_collector.h"

#include "features/entity_kind.h"
#include "graph/ring.h"
#include "rules/rule_set.h"
#include "rules/severity.h"
#include "scoring/feature_phrase.h"
#include "timeseries/burst_event.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fraudlens::scoring {

namespace {

std::size_t detector(Detector d) { return static_cast<std::size_t>(d); }

} // namespace

std::string ReasonCollector::ringText(const graph::Ring& ring)
{
    std::string shared;
    for (std::size_t k = 0; k < features::kEntityKindCount; ++k) {
        const int n = ring.sharedByKind[k];
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
    std::string text = "ring #" + std::to_string(ring.index + 1) + ", " + std::to_string(ring.members.size()) + " accounts";
    if (!shared.empty())
        text += " sharing " + shared;
    return text;
}

std::string ReasonCollector::burstText(const timeseries::BurstEvent& b, std::string_view merchantName)
{
    char text[256];
    if (b.scopeMerchant >= 0) {
        // The name whole, not through the buffer: cut at a byte limit, a name in any
        // script but ASCII could end in half a character, which is not UTF-8 and which
        // toJson() would then have to mend.
        std::snprintf(text, sizeof text, ": %d transactions in the hour, %.1f expected", b.observed, b.expected);
        return "burst at merchant " + std::string(merchantName) + text;
    } else {
        std::snprintf(text, sizeof text, "platform-wide burst: %d transactions in the hour, %.0f expected", b.observed,
                      b.expected);
    }
    return text;
}

void ReasonCollector::collect(const ReasonRow& row, std::vector<ReasonCandidate>& candidates)
{
    const float* featureRow = row.features;
    const float ae = row.evidence[detector(Detector::Autoencoder)];
    if (ae >= kMinEvidence) {
        // The features that the autoencoder could least reconstruct, by share of the error;
        // a column with nothing to say in words (a cyclic hour, say) gives way to the next.
        const std::size_t width = row.autoencoderColumns.size();
        const float* errors = row.autoencoderErrors.data();
        std::vector<std::size_t> order(width);
        for (std::size_t c = 0; c < width; ++c)
            order[c] = c;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errors[a] > errors[b]; });
        float total = 0.0f;
        for (std::size_t c = 0; c < width; ++c)
            total += errors[c];
        std::size_t said = 0;
        for (std::size_t k = 0; k < width && said < 3; ++k) {
            std::string text = FeaturePhrase::describe(*row.schema, row.autoencoderColumns[order[k]], featureRow);
            if (text.empty())
                continue;
            candidates.push_back({ae * (total > 0.0f ? errors[order[k]] / total : 0.0f) + ae * 0.5f, "autoencoder", std::move(text)});
            ++said;
        }
        if (said == 0)
            candidates.push_back({ae * 0.5f, "autoencoder", "an unusual combination of amount, timing and context"});
    }
    const float seq = row.evidence[detector(Detector::Sequence)];
    if (seq >= kMinEvidence) {
        const std::size_t k = row.sequenceTargets.size();
        const float* errors = row.sequenceErrors.data();
        std::vector<std::size_t> order(k);
        for (std::size_t t = 0; t < k; ++t)
            order[t] = t;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return errors[a] > errors[b]; });
        std::string text;
        for (std::size_t t = 0; t < k && text.empty(); ++t)
            text = FeaturePhrase::describe(*row.schema, row.sequenceTargets[order[t]], featureRow);
        candidates.push_back({seq, "sequence", "unlike this account's history: " + (text.empty() ? std::string("its rhythm of purchases") : text)});
    }
    const float ringEvidence = row.evidence[detector(Detector::Rings)];
    if (row.ring != nullptr && ringEvidence >= kMinEvidence)
        candidates.push_back({ringEvidence, "rings", ringText(*row.ring)});
    if (row.rules != nullptr) {
        for (const std::uint16_t r : row.ruleHits) {
            const auto& rule = row.rules->rule(r);
            // A rule that fires on much of the data weighs little or nothing: so does its reason.
            const float weight = r < row.ruleWeights.size() ? row.ruleWeights[r] : rules::severityWeight(rule.severity);
            if (weight > 0.0f)
                candidates.push_back({weight, "rules", "rule '" + rule.name + "' (" + std::string(rules::toString(rule.severity)) + ")"});
        }
    }
    const float burst = row.evidence[detector(Detector::Bursts)];
    if (burst >= kMinEvidence && row.burst != nullptr)
        candidates.push_back({burst, "bursts", burstText(*row.burst, row.burstMerchant)});
}

ReasonCandidate ReasonCollector::refundReason(const std::vector<ReasonCandidate>& ofRefund, float refundRisk, double hours)
{
    const auto top = std::max_element(ofRefund.begin(), ofRefund.end(),
                                      [](const ReasonCandidate& a, const ReasonCandidate& b) { return a.weight < b.weight; });
    char when[64];
    std::snprintf(when, sizeof when, hours < 48.0 ? "%.0f hours" : "%.0f days", hours < 48.0 ? hours : hours / 24.0);
    std::string text = std::string("refunded ") + when + " later";
    if (top != ofRefund.end())
        text += "; the refund: " + top->text;
    return {refundRisk, top != ofRefund.end() ? top->detector : std::string_view("rules"), std::move(text)};
}

ReasonCandidate ReasonCollector::contextReason(float fused, float peak)
{
    char text[128];
    std::snprintf(text, sizeof text, "this account's other transactions are high-risk (up to %.2f)", static_cast<double>(peak));
    return {fused, "context", text};
}

std::string ReasonCollector::toJson(std::vector<ReasonCandidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ReasonCandidate& a, const ReasonCandidate& b) { return a.weight > b.weight; });
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
    // Reasons quote what the data says (merchant names, entity kinds): text that is not
    // UTF-8 is written with U+FFFD in its place rather than thrown on. A throw here
    // would lose the whole record where it is stored, and the live applier's thread
    // with it, for one unreadable name.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ReasonCollector::merged(const std::string& reasonsJson, const std::vector<ReasonCandidate>& more)
{
    // The stored detector names are read back into strings that outlive the candidates' views.
    std::vector<std::string> detectors;
    std::vector<ReasonCandidate> all;
    const auto stored = nlohmann::json::parse(reasonsJson, nullptr, false);
    if (stored.is_array()) {
        detectors.reserve(stored.size());
        for (const auto& reason : stored)
            detectors.push_back(reason.value("detector", std::string()));
        for (std::size_t i = 0; i < stored.size(); ++i)
            all.push_back({stored[i].value("weight", 0.0f), detectors[i], stored[i].value("text", std::string())});
    }
    all.insert(all.end(), more.begin(), more.end());
    return toJson(std::move(all));
}

} // namespace fraudlens::scoring
