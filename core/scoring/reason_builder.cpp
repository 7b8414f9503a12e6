#include "scoring/reason_builder.h"

#include "features/feature_matrix.h"
#include "rules/rule_hits.h"
#include "rules/rule_set.h"
#include "scoring/model_stage.h"
#include "scoring/reason_collector.h"
#include "scoring/scoring_result.h"

#include <algorithm>

namespace fraudlens::scoring {

namespace {

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
    m_refundOf.assign(features.reversedOrder.size(), features::kNoId);
    for (std::size_t row = 0; row < features.reversedOrder.size(); ++row)
        if (features.reversedOrder[row] != features::kNoId)
            m_refundOf[features.reversedOrder[row]] = static_cast<std::uint32_t>(row);
    for (std::size_t row = 0; row < result.ownRisk.size(); ++row) {
        const std::uint32_t account = result.frame.account[row];
        if (account >= m_accountPeak.size())
            m_accountPeak.resize(static_cast<std::size_t>(account) + 1, 0.0f);
        m_accountPeak[account] = std::max(m_accountPeak[account], result.ownRisk[row]);
    }
}

// The row's merchant's burst hour when there is one, else the platform's.
const timeseries::BurstEvent* ReasonBuilder::burstOf(std::size_t row) const
{
    const std::int64_t hour = m_result.frame.tsMs[row] / kHourMs * kHourMs;
    const std::uint32_t merchant = m_result.frame.entityOf(features::EntityKind::Merchant, row);
    for (const int scope : {merchant == features::kNoId ? -2 : static_cast<int>(merchant), -1}) {
        if (scope == -2)
            continue;
        const auto it = m_burstByKey.find(burstKey(scope, hour));
        if (it != m_burstByKey.end())
            return &m_result.bursts[it->second];
    }
    return nullptr;
}

ReasonRow ReasonBuilder::material(std::size_t row) const
{
    ReasonRow r;
    r.schema = &m_features.schema;
    r.features = m_features.row(row);
    for (std::size_t d = 0; d < kDetectorCount; ++d)
        r.evidence[d] = m_result.evidence[d][row];
    const std::size_t width = m_models.autoencoderColumns.size();
    r.autoencoderColumns = m_models.autoencoderColumns;
    r.autoencoderErrors = {m_models.autoencoderPerFeature.data() + row * width, width};
    const std::size_t targets = m_models.sequenceTargets.size();
    r.sequenceTargets = m_models.sequenceTargets;
    r.sequenceErrors = {m_models.sequencePerTarget.data() + row * targets, targets};
    const std::uint32_t account = m_result.frame.account[row];
    const int ring = account < m_result.rings.ringOf.size() ? m_result.rings.ringOf[account] : -1;
    if (ring >= 0)
        r.ring = &m_result.rings.rings[static_cast<std::size_t>(ring)];
    r.rules = &m_rules;
    r.ruleHits = m_hits.of(row);
    r.ruleWeights = m_hits.weight;
    // Looked up only where it will be said: most rows have no burst worth a word.
    if (r.evidence[static_cast<std::size_t>(Detector::Bursts)] >= ReasonCollector::kMinEvidence) {
        r.burst = burstOf(row);
        if (r.burst != nullptr && r.burst->scopeMerchant >= 0)
            r.burstMerchant = m_result.frame.entityNames[static_cast<std::size_t>(features::EntityKind::Merchant)]
                                                        [static_cast<std::size_t>(r.burst->scopeMerchant)];
    }
    return r;
}

std::string ReasonBuilder::reasonsFor(std::size_t row) const
{
    std::vector<ReasonCandidate> candidates;
    ReasonCollector::collect(material(row), candidates);
    // An order later refunded under suspicion carries the refund's risk (Fusion::carryRefundRisk):
    // say so, with what made the refund suspect.
    if (const std::uint32_t refund = row < m_refundOf.size() ? m_refundOf[row] : features::kNoId;
        refund != features::kNoId && m_result.fused[refund] >= ReasonCollector::kMinEvidence) {
        std::vector<ReasonCandidate> ofRefund;
        ReasonCollector::collect(material(refund), ofRefund);
        const double hours = static_cast<double>(m_result.frame.tsMs[refund] - m_result.frame.tsMs[row]) / kHourMs;
        candidates.push_back(ReasonCollector::refundReason(ofRefund, m_result.fused[refund], hours));
    }
    // Fusion::applyAccountContext lifted it: the account's other transactions are the reason.
    if (row < m_result.ownRisk.size() && m_result.fused[row] > m_result.ownRisk[row] + 1e-4f)
        candidates.push_back(ReasonCollector::contextReason(m_result.fused[row], m_accountPeak[m_result.frame.account[row]]));
    return ReasonCollector::toJson(std::move(candidates));
}

} // namespace fraudlens::scoring
