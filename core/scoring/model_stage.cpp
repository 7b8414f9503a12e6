#include "scoring/model_stage.h"

#include "features/feature_matrix.h"
#include "features/transaction_frame.h"
#include "models/autoencoder.h"
#include "models/model_file.h"
#include "models/robust_scaler.h"
#include "models/sequence_model.h"
#include "scoring/model_recipe.h"
#include "scoring/trained_models.h"
#include "util/clock.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <memory>

namespace fraudlens::scoring {

namespace {

using namespace features;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string trainingJson(const TransactionFrame& frame, double loss, double seconds)
{
    return nlohmann::json{{"rows", frame.size()},
                          {"accounts", frame.accountCount()},
                          {"from", frame.size() > 0 ? util::formatIsoUtc(frame.tsMs.front()) : ""},
                          {"to", frame.size() > 0 ? util::formatIsoUtc(frame.tsMs.back()) : ""},
                          {"final_loss", loss},
                          {"seconds", seconds}}
        .dump();
}

// Reused: the scores are calibrated as the sidecar says. Trained: calibrated on this data,
// then the weights and their sidecar are written.
template <typename Model>
SavedModel finishModel(const char* kind, const std::string& reusePath, models::ModelSidecar sidecar, Model& model,
                       const models::RobustScaler& scaler, std::string optionsJson, const std::vector<float>& raw,
                       ScoreCalibrator& calibration, const ModelStageOptions& options, const FeatureMatrix& features,
                       const TransactionFrame& frame, double trainSeconds)
{
    if (!reusePath.empty()) {
        calibration = ScoreCalibrator::fromJson(sidecar.calibration);
        return {kind, reusePath, std::move(sidecar)};
    }
    calibration.fit(raw);
    const std::string path = ModelStage::weightsPath(options, kind);
    model.save(path);
    sidecar.kind = kind;
    sidecar.featureSchema = features.schema.fingerprint();
    sidecar.createdAt = util::formatIsoUtc(util::nowMs());
    sidecar.scaler = scaler.toJson();
    sidecar.options = std::move(optionsJson);
    sidecar.calibration = calibration.toJson();
    sidecar.training = trainingJson(frame, model.finalLoss(), trainSeconds);
    models::ModelFile::writeSidecar(path, sidecar);
    return {kind, path, std::move(sidecar)};
}

} // namespace

std::string ModelStage::weightsPath(const ModelStageOptions& options, std::string_view kind)
{
    return options.modelDirectory + "/" + options.fileStem + "-" + std::string(kind) + ".pt";
}

std::optional<ModelScores> ModelStage::run(const FeatureMatrix& features, const TransactionFrame& frame,
                                           const ModelStageOptions& options, util::Progress* progress)
{
    models::ComputeDevice::setThreads(options.threads);
    ModelScores out;
    const std::size_t rows = features.rows;
    const std::size_t width = features.cols();
    std::filesystem::create_directories(options.modelDirectory);

    // Autoencoder. A reused file brings its scaler; a new model's is fitted on this data.
    out.autoencoderColumns = ModelRecipe::autoencoderColumns(width);
    models::Autoencoder::Options aeOptions;
    aeOptions.seed = options.seed;
    if (options.epochs > 0)
        aeOptions.epochs = options.epochs;
    models::RobustScaler aeScaler;
    models::ModelSidecar aeSidecar;
    std::unique_ptr<models::Autoencoder> autoencoder;
    double aeTrain = 0.0; // the sidecar's training seconds: fitting (or loading) only, as benchmarks read them
    if (!options.reuseAutoencoder.empty()) {
        const auto loadStart = std::chrono::steady_clock::now();
        auto loaded = TrainedModels::loadAutoencoder(options.reuseAutoencoder, features.schema, options.device);
        aeTrain = secondsSince(loadStart);
        aeScaler = std::move(loaded.scaler);
        aeSidecar = std::move(loaded.file.sidecar);
        autoencoder = std::move(loaded.model);
    } else {
        aeScaler = ModelRecipe::fitAutoencoderScaler(features);
        autoencoder = std::make_unique<models::Autoencoder>(aeScaler.width(), aeOptions, options.device);
    }
    const std::vector<float> aeInput = aeScaler.transformAll(features.values.data(), rows, width);
    if (options.reuseAutoencoder.empty()) {
        const auto fitStart = std::chrono::steady_clock::now();
        util::SubProgress sub(progress, 0.0, 0.35);
        if (!autoencoder->fit(aeInput, rows, &sub))
            return std::nullopt;
        aeTrain = secondsSince(fitStart);
    }
    auto start = std::chrono::steady_clock::now();
    autoencoder->errors(aeInput, rows, out.autoencoderPerFeature, out.autoencoder);
    out.scoreSeconds += secondsSince(start);
    out.saved.push_back(finishModel("autoencoder", options.reuseAutoencoder, std::move(aeSidecar), *autoencoder, aeScaler,
                                    nlohmann::json{{"hidden", aeOptions.hidden}, {"bottleneck", aeOptions.bottleneck},
                                                   {"epochs", aeOptions.epochs}, {"batch_size", aeOptions.batchSize},
                                                   {"learning_rate", aeOptions.learningRate},
                                                   {"trim_fraction", aeOptions.trimFraction}, {"seed", aeOptions.seed},
                                                   {"device", options.device.name()}}
                                        .dump(),
                                    out.autoencoder, out.autoencoderCalibration, options, features, frame, aeTrain));

    // Sequence model.
    out.sequenceTargets = ModelRecipe::sequenceTargets();
    models::SequenceModel::Options seqOptions;
    seqOptions.seed = options.seed;
    if (options.epochs > 0)
        seqOptions.epochs = options.epochs;
    models::RobustScaler seqScaler;
    models::ModelSidecar seqSidecar;
    std::unique_ptr<models::SequenceModel> sequenceModel;
    double seqTrain = 0.0;
    if (!options.reuseSequence.empty()) {
        const auto loadStart = std::chrono::steady_clock::now();
        auto loaded = TrainedModels::loadSequence(options.reuseSequence, features.schema, options.device);
        seqTrain = secondsSince(loadStart);
        seqScaler = std::move(loaded.scaler);
        seqSidecar = std::move(loaded.file.sidecar);
        sequenceModel = std::move(loaded.model);
    } else {
        seqScaler = ModelRecipe::fitSequenceScaler(features);
        sequenceModel = std::make_unique<models::SequenceModel>(seqScaler.width(), ModelRecipe::sequenceTargetPositions(),
                                                                seqOptions, options.device);
    }
    const std::vector<float> seqInput = seqScaler.transformAll(features.values.data(), rows, width);
    const auto sequences = ModelRecipe::accountSequences(frame);
    if (options.reuseSequence.empty()) {
        const auto fitStart = std::chrono::steady_clock::now();
        util::SubProgress sub(progress, 0.35, 0.9);
        if (!sequenceModel->fit(seqInput, sequences, &sub))
            return std::nullopt;
        seqTrain = secondsSince(fitStart);
    }
    out.trainSeconds = aeTrain + seqTrain;
    start = std::chrono::steady_clock::now();
    sequenceModel->errors(seqInput, sequences, out.sequence, out.sequencePerTarget);
    out.scoreSeconds += secondsSince(start);
    out.saved.push_back(finishModel("sequence", options.reuseSequence, std::move(seqSidecar), *sequenceModel, seqScaler,
                                    nlohmann::json{{"hidden", seqOptions.hidden}, {"epochs", seqOptions.epochs},
                                                   {"batch_accounts", seqOptions.batchAccounts},
                                                   {"chunk_steps", seqOptions.chunkSteps},
                                                   {"max_rows_per_epoch", seqOptions.maxRowsPerEpoch},
                                                   {"learning_rate", seqOptions.learningRate},
                                                   {"trim_fraction", seqOptions.trimFraction}, {"seed", seqOptions.seed},
                                                   {"inputs", ModelRecipe::sequenceInputs()},
                                                   {"targets", ModelRecipe::sequenceTargets()},
                                                   {"device", options.device.name()}}
                                        .dump(),
                                    out.sequence, out.sequenceCalibration, options, features, frame, seqTrain));
    util::reportProgress(progress, 1.0, "Models scored");
    return out;
}

} // namespace fraudlens::scoring
