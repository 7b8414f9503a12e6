#include "scoring/scoring_job.h"

#include "features/frame_loader.h"
#include "features/feature_names.h"
#include "models/model_error.h"
#include "rules/rule_store.h"
#include "scoring/result_writer.h"
#include "scoring/scoring_pipeline.h"
#include "scoring/trained_models.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fraudlens::scoring {

namespace {

std::string latestModel(store::Database& db, const char* kind)
{
    auto path = TrainedModels::registeredPath(db, kind);
    if (!path)
        throw models::ModelError(std::string("--reuse-models: no ") + kind + " model is registered in this database; "
                                 "run score without --reuse-models first");
    return std::move(*path);
}

// Weights files of a run that never committed: nothing refers to them. Reused models
// carry an earlier run's stem and are never touched.
void removeRunFiles(const ModelStageOptions& models)
{
    std::error_code ignored;
    for (const char* kind : {"autoencoder", "sequence"}) {
        const std::string path = ModelStage::weightsPath(models, kind);
        std::filesystem::remove(path, ignored);
        std::filesystem::remove(path + ".json", ignored);
    }
}

} // namespace

std::optional<ScoringRunSummary> ScoringJob::run(const std::string& dbPath, const ScoringOptions& options,
                                                 util::Progress* progress)
{
    const std::int64_t startedAt = util::nowMs();
    store::Database db(dbPath, store::OpenMode::ReadWrite);
    rules::RuleStore::installDefaults(db, options.actor);

    PipelineInput input;
    input.models.device = models::ComputeDevice::resolve(options.device);
    input.models.threads = options.threads;
    input.models.epochs = options.epochs;
    input.models.seed = options.seed;
    input.models.modelDirectory = modelDirectory(dbPath);
    input.models.fileStem = "run-" + std::to_string(startedAt);
    if (options.reuseModels) {
        input.models.reuseAutoencoder = latestModel(db, "autoencoder");
        input.models.reuseSequence = latestModel(db, "sequence");
    }
    input.alerts = options.alerts;
    input.fusion = Fusion::fromDatabase(db);

    util::SubProgress loadProgress(progress, 0.0, 0.08);
    if (!features::FrameLoader::load(db, input.frame, &loadProgress))
        return std::nullopt;
    input.rules = rules::RuleStore(db, features::featureSchemaFor(input.frame.extraNumericNames,
                                                                  input.frame.extraCategoricalNames))
                      .list();

    util::SubProgress pipelineProgress(progress, 0.08, 0.9);
    const ModelStageOptions models = input.models;
    std::optional<ScoringResult> result;
    try {
        result = ScoringPipeline::run(std::move(input), &pipelineProgress);
    } catch (...) {
        removeRunFiles(models);
        throw;
    }
    if (!result || !util::reportProgress(progress, 0.9, "Saving results")) {
        removeRunFiles(models);
        return std::nullopt;
    }
    result->parametersJson = nlohmann::json{{"device_request", options.device == models::DeviceRequest::Auto ? "auto"
                                                 : options.device == models::DeviceRequest::Cpu ? "cpu" : "cuda"},
                                            {"threads", options.threads},
                                            {"epochs", options.epochs},
                                            {"seed", options.seed},
                                            {"reuse_models", options.reuseModels},
                                            {"alert_budget", options.alerts.budget},
                                            {"alert_threshold", options.alerts.threshold ? nlohmann::json(*options.alerts.threshold)
                                                                                         : nlohmann::json(nullptr)}}
                                 .dump();
    std::int64_t runId = 0;
    try {
        runId = ResultWriter::write(db, *result, options.actor, startedAt);
    } catch (...) {
        removeRunFiles(models);
        throw;
    }
    util::reportProgress(progress, 1.0, "Done");
    ScoringRunSummary summary;
    summary.runId = runId;
    summary.transactions = result->frame.size();
    summary.alerts = result->alerts.size();
    summary.rings = result->rings.rings.size();
    summary.device = result->device;
    summary.durationsJson = result->durationsJson;
    summary.summaryJson = result->summaryJson;
    return summary;
}

} // namespace fraudlens::scoring
