#include "scoring/scoring_run_record.h"

#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>

namespace fraudlens::scoring {

namespace {

// The order ScoringPipeline takes its stages in; the JSON object itself is unordered.
constexpr std::array<std::string_view, 8> kStageOrder = {
    "features", "models", "models_training", "models_scoring", "rings", "rules", "bursts", "fusion_reasons_alerts"};

std::vector<StageDuration> parseDurations(const std::string& json)
{
    std::vector<StageDuration> out;
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_object())
        return out;
    for (const auto& [stage, seconds] : parsed.items())
        if (seconds.is_number())
            out.push_back({stage, seconds.get<double>()});
    const auto rank = [](const std::string& stage) {
        const auto it = std::find(kStageOrder.begin(), kStageOrder.end(), stage);
        return static_cast<std::size_t>(it - kStageOrder.begin());
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const StageDuration& a, const StageDuration& b) { return rank(a.stage) < rank(b.stage); });
    return out;
}

void readParameters(ScoringRunRecord& run)
{
    const auto p = nlohmann::json::parse(run.parametersJson, nullptr, false);
    if (!p.is_object())
        return;
    if (const auto budget = p.find("alert_budget"); budget != p.end() && budget->is_number())
        run.alerts.budget = budget->get<double>();
    if (const auto threshold = p.find("alert_threshold"); threshold != p.end() && threshold->is_number())
        run.alerts.threshold = threshold->get<float>();
    if (const auto threads = p.find("threads"); threads != p.end() && threads->is_number_integer())
        run.threads = threads->get<int>();
    if (const auto seed = p.find("seed"); seed != p.end() && seed->is_number_unsigned())
        run.seed = seed->get<std::uint64_t>();
}

} // namespace

std::optional<ScoringRunRecord> ScoringRunRecord::latest(store::Database& db)
{
    store::Statement q(db, "SELECT id, started_at, finished_at, device, durations, parameters, "
                           "(SELECT COUNT(DISTINCT kind) FROM models WHERE kind IN ('autoencoder', 'sequence')) "
                           "FROM scoring_runs ORDER BY id DESC LIMIT 1");
    if (!q.step())
        return std::nullopt;
    ScoringRunRecord run;
    run.id = q.columnInt(0);
    run.startedAtMs = q.columnInt(1);
    run.finishedAtMs = q.columnInt(2);
    run.device = q.columnText(3);
    run.durations = parseDurations(q.columnText(4));
    run.parametersJson = q.columnText(5);
    run.modelsRegistered = q.columnInt(6) == 2;
    readParameters(run);
    return run;
}

} // namespace fraudlens::scoring
