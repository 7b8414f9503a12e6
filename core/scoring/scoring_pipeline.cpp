#include "scoring/scoring_pipeline.h"

#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "graph/ring_cancelled.h"
#include "graph/ring_detector.h"
#include "rules/rule.h"
#include "rules/rule_set.h"
#include "rules/severity.h"
#include "scoring/alert_builder.h"
#include "scoring/reason_builder.h"
#include "timeseries/burst_detector.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace fraudlens::scoring {

namespace {

class Stopwatch {
public:
    double lap()
    {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        return seconds;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

std::vector<float>& evidenceOf(ScoringResult& r, Detector d) { return r.evidence[static_cast<std::size_t>(d)]; }

} // namespace

std::optional<ScoringResult> ScoringPipeline::run(PipelineInput input, util::Progress* progress)
{
    ScoringResult r;
    r.frame = std::move(input.frame);
    r.device = input.models.device.name();
    const std::size_t n = r.frame.size();
    nlohmann::json durations;
    Stopwatch watch;

    features::FeatureExtractor extractor(r.frame);
    util::SubProgress featureProgress(progress, 0.0, 0.1);
    auto features = features::computeFeatures(r.frame, extractor, &featureProgress);
    if (!features)
        return std::nullopt;
    durations["features"] = watch.lap();

    util::SubProgress modelProgress(progress, 0.1, 0.75);
    auto models = ModelStage::run(*features, r.frame, input.models, &modelProgress);
    if (!models)
        return std::nullopt;
    auto& ae = evidenceOf(r, Detector::Autoencoder);
    auto& seq = evidenceOf(r, Detector::Sequence);
    ae.resize(n);
    seq.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        ae[i] = static_cast<float>(models->autoencoderCalibration.evidence(models->autoencoder[i]));
        seq[i] = static_cast<float>(models->sequenceCalibration.evidence(models->sequence[i]));
    }
    // Calibrating the models' scores is part of their stage, not of the rings after it.
    durations["models"] = watch.lap();
    durations["models_training"] = models->trainSeconds;
    durations["models_scoring"] = models->scoreSeconds;

    try {
        util::SubProgress ringProgress(progress, 0.75, 0.82);
        r.rings = graph::RingDetector().detect(r.frame, graph::RingParameters{}, &ringProgress);
    } catch (const graph::RingCancelled&) {
        return std::nullopt;
    }
    auto& rings = evidenceOf(r, Detector::Rings);
    rings.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        rings[i] = r.rings.accountScore[r.frame.account[i]];
    durations["rings"] = watch.lap();
    if (!util::reportProgress(progress, 0.82, "Rules"))
        return std::nullopt;

    // Rules written for other data (other extra columns) are kept but cannot hit here.
    const rules::RuleSet ruleSet(input.rules, features->schema, rules::InvalidRules::Skip);
    const rules::RuleHits hits = ruleSet.evaluateAll(*features);
    evidenceOf(r, Detector::Rules) = hits.scores;
    r.highSeverityRule.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (const std::uint16_t rule : hits.of(i))
            if (hits.urgent[rule] != 0)
                r.highSeverityRule[i] = 1;
    durations["rules"] = watch.lap();
    if (!util::reportProgress(progress, 0.85, "Bursts"))
        return std::nullopt;

    const auto merchantKind = static_cast<std::size_t>(features::EntityKind::Merchant);
    auto bursts = timeseries::BurstDetector().detect(r.frame.tsMs, r.frame.entity[merchantKind],
                                                     r.frame.entityNames[merchantKind].size());
    evidenceOf(r, Detector::Bursts) = std::move(bursts.txScore);
    r.bursts = std::move(bursts.events);
    durations["bursts"] = watch.lap();
    if (!util::reportProgress(progress, 0.88, "Fusion and reasons"))
        return std::nullopt;

    r.fused.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Evidence e{};
        for (std::size_t d = 0; d < kDetectorCount; ++d)
            e[d] = r.evidence[d][i];
        r.fused[i] = input.fusion.combine(e);
    }
    Fusion::carryRefundRisk(features->reversedOrder, r.fused);
    r.ownRisk = r.fused;
    input.fusion.applyAccountContext(r.frame.account, r.frame.tsMs, r.fused);
    const ReasonBuilder reasons(r, *features, *models, ruleSet, hits);
    r.reasons.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        r.reasons[i] = reasons.reasonsFor(i);
        if (i % 50000 == 49999 && !util::reportProgress(progress, 0.88 + 0.1 * static_cast<double>(i) / static_cast<double>(n),
                                                        "Fusion and reasons"))
            return std::nullopt;
    }
    r.alerts = AlertBuilder::build(r, input.alerts);
    durations["fusion_reasons_alerts"] = watch.lap();
    r.models = std::move(models->saved);

    nlohmann::json informative = nlohmann::json::object();
    informative["autoencoder"] = models->autoencoderCalibration.informative();
    informative["sequence"] = models->sequenceCalibration.informative();
    r.durationsJson = durations.dump();
    r.summaryJson = nlohmann::json{{"transactions", n},
                                   {"accounts", r.frame.accountCount()},
                                   {"rings", r.rings.rings.size()},
                                   {"bursts", r.bursts.size()},
                                   {"alerts", r.alerts.size()},
                                   {"alert_cut", AlertBuilder::cutOff(r.fused, input.alerts)},
                                   {"informative", informative},
                                   {"fusion", nlohmann::json::parse(input.fusion.toJson())}}
                        .dump();
    util::reportProgress(progress, 1.0, "Scored");
    return r;
}

} // namespace fraudlens::scoring
