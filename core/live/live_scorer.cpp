#include "live/live_scorer.h"

#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "features/frame_builder.h"
#include "features/frame_loader.h"
#include "features/headroom.h"
#include "live/live_bursts.h"
#include "live/live_rings.h"
#include "models/model_error.h"
#include "rules/rule_hits.h"
#include "rules/rule_set.h"
#include "rules/rule_store.h"
#include "rules/severity.h"
#include "scoring/alert_policy.h"
#include "scoring/reason_collector.h"
#include "scoring/trained_models.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction_record.h"
#include "timeseries/hour_index.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <utility>

namespace fraudlens::live {

namespace {

using scoring::Detector;

std::size_t index(Detector d) { return static_cast<std::size_t>(d); }

// The least room reserve() makes: a small history must not mean a doubling every minute.
constexpr std::size_t kMinRoom = 100'000;

template <typename Pair>
bool knownColumn(const std::vector<std::string>& names, const Pair& value)
{
    return std::find(names.begin(), names.end(), value.first) != names.end();
}

} // namespace

LiveScorer::LiveScorer(const Options& options) : m_options(options) {}

LiveScorer::~LiveScorer() = default;

std::unique_ptr<LiveScorer> LiveScorer::open(store::Database& db, const Options& options, util::Progress* progress)
{
    std::unique_ptr<LiveScorer> scorer(new LiveScorer(options));
    if (!scorer->warmUp(db, progress))
        return nullptr;
    return scorer;
}

bool LiveScorer::warmUp(store::Database& db, util::Progress* progress)
{
    models::ComputeDevice::setThreads(m_options.threads);
    util::SubProgress loadProgress(progress, 0.0, 0.35);
    if (!features::FrameLoader::load(db, m_frame, &loadProgress))
        return false;
    m_builder = std::make_unique<features::FrameBuilder>(m_frame);
    m_extractor = std::make_unique<features::FeatureExtractor>(m_frame);
    const features::FeatureSchema& schema = m_extractor->schema();
    // Before the long part: a database never scored, or a refused file, stops here.
    m_models = std::make_unique<scoring::TrainedModels>(scoring::TrainedModels::loadRegistered(db, schema, m_options.device));
    readRun(db);

    // The batch path over the history: the extractor ends holding every window and count.
    util::SubProgress featureProgress(progress, 0.35, 0.75);
    const auto history = features::computeFeatures(m_frame, *m_extractor, &featureProgress);
    if (!history || !util::reportProgress(progress, 0.75, "Replaying account histories"))
        return false;
    m_states = m_models->sequenceStates(*history, m_frame);
    if (!util::reportProgress(progress, 0.9, "Loading rings, rules and risks"))
        return false;

    m_rules = std::make_unique<rules::RuleSet>(rules::RuleStore(db, schema).list(), schema, rules::InvalidRules::Skip);
    // A rule is weighed by how rare it is on the data scored; live keeps the shares of the
    // stored data, which is what the last run weighed it by (ScoringPipeline).
    rules::RuleHits historyHits = m_rules->evaluateAll(*history);
    m_ruleWeight = std::move(historyHits.weight);
    m_ruleHigh = std::move(historyHits.urgent);
    m_fusion = scoring::Fusion::fromDatabase(db);
    m_rings = std::make_unique<LiveRings>(db, m_frame);
    m_bursts = std::make_unique<LiveBursts>(m_frame);
    restoreRisks(db, history->reversedOrder);
    m_features.resize(schema.size());
    // Three times what is stored: growing a table later copies it whole, which at 10,000/s
    // stopped the session for 244 ms (on 218,508 stored, 163,886 in), and room that is
    // never written costs address space, not memory (+9 MB resident against one time).
    reserve(std::max(3 * m_frame.size(), kMinRoom));
    util::reportProgress(progress, 1.0, "Live scoring ready");
    return true;
}

void LiveScorer::readRun(store::Database& db)
{
    store::Statement s(db, "SELECT id, parameters, summary FROM scoring_runs ORDER BY id DESC LIMIT 1");
    if (!s.step())
        throw models::ModelError("this database has no scoring run; run score first");
    m_runId = s.columnInt(0);
    // The run's own cut: its explicit threshold, else where its alert budget fell on its
    // scores (AlertBuilder::cutOff, kept in the summary). A budget cannot be applied to
    // one transaction; the cut it amounted to can.
    const auto summary = nlohmann::json::parse(s.columnText(2), nullptr, false);
    const auto parameters = nlohmann::json::parse(s.columnText(1), nullptr, false);
    if (summary.is_object() && summary.contains("alert_cut") && summary["alert_cut"].is_number())
        m_threshold = summary["alert_cut"].get<float>();
    else if (parameters.is_object() && parameters.contains("alert_threshold") && parameters["alert_threshold"].is_number())
        m_threshold = parameters["alert_threshold"].get<float>();
}

// The stored history's own risks, as the run computed them before the account context:
// its evidence fused and carried from refunds to orders. A transaction stored after the
// run and never scored has none (0) and lifts nobody.
void LiveScorer::restoreRisks(store::Database& db, const std::vector<std::uint32_t>& reversedOrder)
{
    const std::size_t n = m_frame.size();
    m_ownRisk.assign(n, 0.0f);
    std::vector<std::pair<std::int64_t, std::uint32_t>> byId(n);
    for (std::size_t i = 0; i < n; ++i)
        byId[i] = {m_frame.txId[i], static_cast<std::uint32_t>(i)};
    std::sort(byId.begin(), byId.end());
    store::Statement s(db, "SELECT tx_id, autoencoder, sequence, rings, rules, bursts FROM scores ORDER BY tx_id");
    auto it = byId.begin();
    while (s.step()) {
        const std::int64_t id = s.columnInt(0);
        while (it != byId.end() && it->first < id)
            ++it;
        if (it == byId.end())
            break;
        if (it->first != id)
            continue;
        scoring::Evidence e{};
        for (std::size_t d = 0; d < scoring::kDetectorCount; ++d)
            e[d] = static_cast<float>(s.columnDouble(static_cast<int>(1 + d)));
        m_ownRisk[it->second] = m_fusion.combine(e);
    }
    scoring::Fusion::carryRefundRisk(reversedOrder, m_ownRisk);
    for (std::size_t i = 0; i < n; ++i)
        m_context.add(m_frame.account[i], static_cast<std::uint32_t>(i), m_frame.tsMs[i], m_ownRisk[i]);
}

void LiveScorer::reserve(std::size_t moreRows)
{
    const std::size_t rows = m_frame.size();
    const std::size_t accounts = features::keysAfter(m_frame.accountCount(), rows, moreRows);
    m_extractor->reserve(m_frame, moreRows);
    m_builder->reserve(moreRows);
    m_ownRisk.reserve(rows + moreRows);
    m_states.reserve(accounts);
    m_context.reserve(accounts);
    m_roomUntil = rows + moreRows;
    m_roomStep = moreRows;
    m_accountRoom = accounts;
}

bool LiveScorer::keepRoom()
{
    const std::size_t rows = m_frame.size();
    if (rows + m_roomStep / 4 < m_roomUntil)
        return false;
    reserve(std::max(rows, kMinRoom));
    return true;
}

bool LiveScorer::hasUnknownExtras(const store::TransactionRecord& record) const
{
    return std::any_of(record.extraNumeric.begin(), record.extraNumeric.end(),
                       [&](const auto& v) { return !knownColumn(m_frame.extraNumericNames, v); })
        || std::any_of(record.extraCategorical.begin(), record.extraCategorical.end(),
                       [&](const auto& v) { return !knownColumn(m_frame.extraCategoricalNames, v); });
}

void LiveScorer::keepKnownExtras(store::TransactionRecord& record) const
{
    // A column the stored data never had would widen the feature rows past the models'.
    std::erase_if(record.extraNumeric, [&](const auto& v) { return !knownColumn(m_frame.extraNumericNames, v); });
    std::erase_if(record.extraCategorical, [&](const auto& v) { return !knownColumn(m_frame.extraCategoricalNames, v); });
}

void LiveScorer::settle(std::size_t row, std::int64_t txId)
{
    if (row < m_frame.txId.size())
        m_frame.txId[row] = txId;
}

LiveScore LiveScorer::score(const store::TransactionRecord& incoming, std::int64_t txId)
{
    LiveScore out;
    // Copied only when it must be adjusted: a copy of every record's strings was 2 % of
    // the live session's thread.
    std::optional<store::TransactionRecord> adjusted;
    const bool late = !m_frame.tsMs.empty() && incoming.timestampMs < m_frame.tsMs.back();
    if (late || hasUnknownExtras(incoming)) {
        adjusted = incoming;
        if (late) {
            // Every window and state only moves forward: a late transaction is scored as of now.
            out.lateMs = m_frame.tsMs.back() - incoming.timestampMs;
            adjusted->timestampMs = m_frame.tsMs.back();
        }
        keepKnownExtras(*adjusted);
    }
    const store::TransactionRecord& record = adjusted ? *adjusted : incoming;
    if (txId == 0)
        txId = -++m_provisionalIds;
    out.txId = txId;
    const std::size_t row = m_builder->append(record, txId, 0);
    const std::uint32_t account = m_frame.account[row];
    const std::int64_t ts = m_frame.tsMs[row];
    out.row = row;
    out.account = account;

    // Features, then each detector, as ScoringPipeline does for a whole frame.
    m_extractor->extract(m_frame, row, m_features.data());
    const std::uint32_t reversed = m_extractor->reversedOrder();
    const float* featureRow = m_features.data();

    const float autoencoderRaw = m_models->autoencoderError(featureRow, m_autoencoderErrors);
    out.evidence[index(Detector::Autoencoder)] = static_cast<float>(m_models->autoencoderEvidence(autoencoderRaw));
    if (account >= m_states.size())
        m_states.resize(static_cast<std::size_t>(account) + 1);
    const float sequenceRaw = m_models->sequenceStep(m_states[account], featureRow, m_sequenceErrors);
    out.evidence[index(Detector::Sequence)] = static_cast<float>(m_models->sequenceEvidence(sequenceRaw));

    out.ring = m_rings->observe(m_frame, row, featureRow);
    out.evidence[index(Detector::Rings)] = out.ring >= 0 ? m_rings->score(out.ring) : 0.0f;

    m_rules->evaluate(featureRow, m_hits);
    float rulesEvidence = 0.0f;
    for (const std::uint16_t hit : m_hits) {
        rulesEvidence = std::max(rulesEvidence, m_ruleWeight[hit]);
        out.highSeverityRule = out.highSeverityRule || m_ruleHigh[hit] != 0;
    }
    out.evidence[index(Detector::Rules)] = rulesEvidence;

    const std::uint32_t merchant = m_frame.entityOf(features::EntityKind::Merchant, row);
    const timeseries::BurstEvent burst = m_bursts->add(ts, merchant);
    out.evidence[index(Detector::Bursts)] = static_cast<float>(burst.score) * m_bursts->informativeness();

    // Fusion: own risk, the refund's risk carried to its order, then the account's context.
    out.ownRisk = m_fusion.combine(out.evidence);
    m_ownRisk.resize(row + 1, 0.0f); // one per frame row, even after a transaction that threw half-way
    m_ownRisk[row] = out.ownRisk;
    m_context.add(account, static_cast<std::uint32_t>(row), ts, out.ownRisk);
    if (reversed != features::kNoId && out.ownRisk > m_ownRisk[reversed]) {
        m_ownRisk[reversed] = out.ownRisk;
        m_context.add(m_frame.account[reversed], reversed, m_frame.tsMs[reversed], out.ownRisk);
    }
    out.fused = m_context.lift(account, ts, out.ownRisk);

    scoring::ReasonRow material;
    material.schema = &m_extractor->schema();
    material.features = featureRow;
    material.evidence = out.evidence;
    material.autoencoderColumns = m_models->autoencoderColumns();
    material.autoencoderErrors = m_autoencoderErrors;
    material.sequenceTargets = m_models->sequenceTargets();
    material.sequenceErrors = m_sequenceErrors;
    material.ring = out.ring >= 0 ? &m_rings->ring(out.ring) : nullptr;
    material.rules = m_rules.get();
    material.ruleHits = m_hits;
    material.ruleWeights = m_ruleWeight;
    if (burst.score > 0.0) {
        material.burst = &burst;
        if (burst.scopeMerchant >= 0)
            material.burstMerchant = m_frame.entityNames[static_cast<std::size_t>(features::EntityKind::Merchant)]
                                                        [static_cast<std::size_t>(burst.scopeMerchant)];
    }
    std::vector<scoring::ReasonCandidate> candidates;
    scoring::ReasonCollector::collect(material, candidates);

    if (reversed != features::kNoId) {
        LiveScore::OrderUpdate order;
        order.txId = m_frame.txId[reversed];
        order.row = reversed;
        order.fused = m_context.lift(m_frame.account[reversed], m_frame.tsMs[reversed], m_ownRisk[reversed]);
        if (out.fused >= scoring::ReasonCollector::kMinEvidence)
            order.reason = scoring::ReasonCollector::refundReason(
                candidates, out.fused, static_cast<double>(ts - m_frame.tsMs[reversed]) / static_cast<double>(timeseries::kHourMs));
        out.reversedOrder = std::move(order);
    }
    if (out.fused > out.ownRisk + 1e-4f)
        candidates.push_back(scoring::ReasonCollector::contextReason(out.fused, m_context.peak(account)));
    out.reasonCandidates = std::move(candidates);

    const scoring::AlertPolicy policy;
    for (std::size_t d = 0; d < scoring::kDetectorCount; ++d)
        if (out.evidence[d] >= policy.detectorEvidence)
            out.detectors.push_back(scoring::kDetectorNames[d]);
    out.aboveThreshold = out.fused >= m_threshold;
    out.alert = out.aboveThreshold || out.highSeverityRule;
    return out;
}

} // namespace fraudlens::live
