#include "scoring/feedback_loop.h"

#include "eval/ranking_metrics.h"
#include "features/feature_names.h"
#include "features/frame_loader.h"
#include "models/model_error.h"
#include "rules/rule_store.h"
#include "scoring/result_writer.h"
#include "scoring/scoring_job.h"
#include "scoring/scoring_pipeline.h"
#include "scoring/scoring_run_record.h"
#include "scoring/trained_models.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"
#include "util/clock.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace fraudlens::scoring {

namespace {

constexpr const char* kWeightsKey = "fusion.weights";
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Every decided alert's flagged transactions with their evidence. A transaction in two
// decided alerts counts once per decision: each is an analyst's judgement.
struct Decisions {
    DecisionTally tally;
    std::vector<std::int64_t> txId;
    std::vector<Evidence> evidence;
    std::vector<int> outcome;
};

constexpr const char* kDecidedAlerts = "SELECT a.status, COUNT(*) FROM alerts a "
                                       "WHERE a.status IN ('confirmed_fraud', 'false_positive') AND EXISTS "
                                       "(SELECT 1 FROM alert_transactions at JOIN scores s ON s.tx_id = at.tx_id "
                                       "WHERE at.alert_id = a.id) GROUP BY a.status";

Decisions readDecisions(store::Database& db)
{
    Decisions d;
    d.tally = FeedbackLoop::tally(db);
    store::Statement q(db, "SELECT a.status = 'confirmed_fraud', at.tx_id, s.autoencoder, s.sequence, s.rings, s.rules, "
                           "s.bursts FROM alerts a JOIN alert_transactions at ON at.alert_id = a.id "
                           "JOIN scores s ON s.tx_id = at.tx_id "
                           "WHERE a.status IN ('confirmed_fraud', 'false_positive') ORDER BY a.id, at.tx_id");
    while (q.step()) {
        Evidence e{};
        for (std::size_t c = 0; c < kDetectorCount; ++c)
            e[c] = static_cast<float>(q.columnDouble(static_cast<int>(2 + c)));
        d.outcome.push_back(static_cast<int>(q.columnInt(0)));
        d.txId.push_back(q.columnInt(1));
        d.evidence.push_back(e);
    }
    return d;
}

std::optional<std::string> storedWeights(store::Database& db)
{
    store::Statement q(db, "SELECT value FROM settings WHERE key = ?");
    q.bind(1, std::string_view(kWeightsKey));
    if (!q.step())
        return std::nullopt;
    return q.columnText(0);
}

// The fused risk the queue shows now, per frame row (NaN for a transaction never scored).
std::vector<float> currentFused(store::Database& db, const std::unordered_map<std::int64_t, std::size_t>& rowOf,
                                std::size_t rows)
{
    std::vector<float> fused(rows, kNaN);
    store::Statement q(db, "SELECT tx_id, fused FROM scores");
    while (q.step()) {
        const auto it = rowOf.find(q.columnInt(0));
        if (it != rowOf.end())
            fused[it->second] = static_cast<float>(q.columnDouble(1));
    }
    return fused;
}

std::optional<double> averagePrecision(const std::vector<float>& scores, const std::vector<std::int8_t>& labels)
{
    const eval::RankingMetrics metrics{std::span<const float>(scores), std::span<const std::int8_t>(labels)};
    const double ap = metrics.averagePrecision();
    if (std::isnan(ap))
        return std::nullopt;
    return ap;
}

// How the analysts' decided transactions rank among themselves before and after.
void compareOnDecisions(const Decisions& d, const std::unordered_map<std::int64_t, std::size_t>& rowOf,
                        const std::vector<float>& before, const std::vector<float>& after, FeedbackResult& result)
{
    std::vector<float> was;
    std::vector<float> now;
    std::vector<std::int8_t> outcome;
    for (std::size_t i = 0; i < d.txId.size(); ++i) {
        const auto it = rowOf.find(d.txId[i]);
        if (it == rowOf.end())
            continue;
        was.push_back(before[it->second]);
        now.push_back(after[it->second]);
        outcome.push_back(static_cast<std::int8_t>(d.outcome[i]));
    }
    result.decisionsBefore = averagePrecision(was, outcome);
    result.decisionsAfter = averagePrecision(now, outcome);
}

nlohmann::json optionalNumber(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

void storeWeights(store::Database& db, const FeedbackResult& result, const std::string& actor)
{
    const std::string weights = result.learned->toJson();
    store::WriteTransaction tx(db);
    store::Statement q(db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, std::string_view(kWeightsKey)).bind(2, weights);
    q.execute();
    const nlohmann::json details{{"fusion", nlohmann::json::parse(weights)},
                                 {"previous", nlohmann::json::parse(result.previousFusion)},
                                 {"decided_alerts", result.decisions.alerts},
                                 {"confirmed_alerts", result.decisions.confirmed},
                                 {"dismissed_alerts", result.decisions.dismissed},
                                 {"confirmed_transactions", result.confirmedTransactions},
                                 {"dismissed_transactions", result.dismissedTransactions},
                                 {"decisions_ap_before", optionalNumber(result.decisionsBefore)},
                                 {"decisions_ap_after", optionalNumber(result.decisionsAfter)},
                                 {"auprc_before", optionalNumber(result.auprcBefore)},
                                 {"auprc_after", optionalNumber(result.auprcAfter)}};
    store::AuditLog(db).append(actor, "feedback", std::string("setting:") + kWeightsKey, details.dump());
    tx.commit();
}

void restoreWeights(store::Database& db, const std::optional<std::string>& previous, const std::string& actor,
                    const std::string& why)
{
    store::WriteTransaction tx(db);
    if (previous) {
        store::Statement q(db, "UPDATE settings SET value = ? WHERE key = ?");
        q.bind(1, *previous).bind(2, std::string_view(kWeightsKey));
        q.execute();
    } else {
        store::Statement q(db, "DELETE FROM settings WHERE key = ?");
        q.bind(1, std::string_view(kWeightsKey));
        q.execute();
    }
    store::AuditLog(db).append(actor, "feedback.revert", std::string("setting:") + kWeightsKey,
                               nlohmann::json{{"reason", why}}.dump());
    tx.commit();
}

std::string modelPath(store::Database& db, const char* kind)
{
    auto path = TrainedModels::registeredPath(db, kind);
    if (!path)
        throw models::ModelError(std::string("no ") + kind + " model is registered in this database; "
                                 "train and score before learning from decisions");
    return std::move(*path);
}

} // namespace

DecisionTally FeedbackLoop::tally(store::Database& db)
{
    DecisionTally t;
    store::Statement q(db, kDecidedAlerts);
    while (q.step()) {
        const auto count = static_cast<std::size_t>(q.columnInt(1));
        (q.columnText(0) == "confirmed_fraud" ? t.confirmed : t.dismissed) += count;
        t.alerts += count;
    }
    return t;
}

FeedbackResult FeedbackLoop::run(const std::string& dbPath, const std::string& actor, util::Progress* progress,
                                 models::DeviceRequest device)
{
    FeedbackResult result;
    store::Database db(dbPath, store::OpenMode::ReadWrite);
    const std::optional<std::string> stored = storedWeights(db);
    result.previousFusion = Fusion::fromDatabase(db).toJson();

    const Decisions decisions = readDecisions(db);
    result.decisions = decisions.tally;
    for (const int o : decisions.outcome)
        ++(o == 1 ? result.confirmedTransactions : result.dismissedTransactions);
    if (decisions.tally.alerts < kMinDecisions) {
        result.status = FeedbackStatus::TooFewDecisions;
        return result;
    }
    if (decisions.tally.confirmed == 0 || decisions.tally.dismissed == 0) {
        result.status = FeedbackStatus::OneOutcomeOnly;
        return result;
    }
    result.learned = Fusion::learnFromDecisions(decisions.evidence, decisions.outcome);
    if (!result.learned) {
        result.status = FeedbackStatus::TooFewExamples;
        return result;
    }

    const std::int64_t startedAt = util::nowMs();
    const auto latest = ScoringRunRecord::latest(db);
    if (!latest)
        throw models::ModelError("this database was never scored: train and score before learning from decisions");
    PipelineInput input;
    input.models.device = models::ComputeDevice::resolve(device);
    input.models.threads = latest->threads;
    input.models.seed = latest->seed;
    input.models.modelDirectory = ScoringJob::modelDirectory(dbPath);
    input.models.fileStem = "feedback-" + std::to_string(startedAt);
    input.models.reuseAutoencoder = modelPath(db, "autoencoder");
    input.models.reuseSequence = modelPath(db, "sequence");
    input.alerts = latest->alerts;
    input.fusion = *result.learned;

    util::SubProgress loadProgress(progress, 0.0, 0.1);
    if (!features::FrameLoader::load(db, input.frame, &loadProgress))
        return result;
    input.rules = rules::RuleStore(db, features::featureSchemaFor(input.frame.extraNumericNames,
                                                                  input.frame.extraCategoricalNames))
                      .list();
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    rowOf.reserve(input.frame.size());
    for (std::size_t row = 0; row < input.frame.size(); ++row)
        rowOf.emplace(input.frame.txId[row], row);
    const std::vector<std::int8_t> labels = input.frame.label;
    const std::vector<float> before = currentFused(db, rowOf, input.frame.size());

    util::SubProgress pipelineProgress(progress, 0.1, 0.9);
    std::optional<ScoringResult> scored = ScoringPipeline::run(std::move(input), &pipelineProgress);
    if (!scored)
        return result;

    compareOnDecisions(decisions, rowOf, before, scored->fused, result);
    if (std::find(labels.begin(), labels.end(), std::int8_t{1}) != labels.end()) {
        result.auprcBefore = averagePrecision(before, labels);
        result.auprcAfter = averagePrecision(scored->fused, labels);
    }
    if (result.decisionsBefore && result.decisionsAfter && *result.decisionsAfter < *result.decisionsBefore) {
        result.status = FeedbackStatus::NoImprovement;
        return result;
    }
    if (!util::reportProgress(progress, 0.9, "Saving the learned weights"))
        return result;

    auto parameters = nlohmann::json::parse(latest->parametersJson, nullptr, false);
    if (!parameters.is_object())
        parameters = nlohmann::json::object();
    parameters["reuse_models"] = true;
    parameters["feedback"] = true;
    parameters["device_request"] = device == models::DeviceRequest::Auto  ? "auto"
                                   : device == models::DeviceRequest::Cpu ? "cpu"
                                                                          : "cuda";
    scored->parametersJson = parameters.dump();

    storeWeights(db, result, actor);
    try {
        result.runId = ResultWriter::write(db, *scored, actor, startedAt);
    } catch (const std::exception& e) {
        restoreWeights(db, stored, actor, e.what());
        throw;
    }
    util::reportProgress(progress, 1.0, "Done");
    result.status = FeedbackStatus::Applied;
    return result;
}

std::string FeedbackLoop::describe(const FeedbackResult& r)
{
    const auto figure = [](const std::optional<double>& v) {
        if (!v)
            return std::string("n/a");
        char text[16];
        std::snprintf(text, sizeof text, "%.3f", *v);
        return std::string(text);
    };
    const std::string counts = std::to_string(r.decisions.alerts) + " decided alerts (" + std::to_string(r.decisions.confirmed)
                               + " confirmed fraud, " + std::to_string(r.decisions.dismissed) + " false positives)";
    const std::string change = "decided transactions ranked " + figure(r.decisionsBefore) + " -> " + figure(r.decisionsAfter)
                               + " average precision"
                               + (r.auprcBefore ? ", fused AUPRC " + figure(r.auprcBefore) + " -> " + figure(r.auprcAfter)
                                                : std::string());
    switch (r.status) {
    case FeedbackStatus::Applied:
        return "learned new fusion weights from " + counts + " and re-scored as run #" + std::to_string(r.runId) + ": "
               + change;
    case FeedbackStatus::TooFewDecisions:
        return "not enough decisions: " + counts + "; at least " + std::to_string(kMinDecisions) + " are needed";
    case FeedbackStatus::OneOutcomeOnly:
        return "every one of the " + counts + " has the same outcome; decisions of both kinds are needed";
    case FeedbackStatus::TooFewExamples:
        return "the decided alerts flag " + std::to_string(r.confirmedTransactions) + " confirmed and "
               + std::to_string(r.dismissedTransactions)
               + " dismissed transactions; the fit needs at least 10 of each";
    case FeedbackStatus::NoImprovement:
        return "kept the current weights: the learned ones would rank the analysts' decisions worse (" + change + ")";
    case FeedbackStatus::Cancelled:
        break;
    }
    return "cancelled; nothing was changed";
}

} // namespace fraudlens::scoring
