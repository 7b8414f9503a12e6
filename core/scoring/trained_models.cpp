#include "scoring/trained_models.h"

#include "features/feature_matrix.h"
#include "features/feature_schema.h"
#include "features/transaction_frame.h"
#include "models/model_error.h"
#include "models/model_file.h"
#include "scoring/model_location.h"
#include "scoring/model_recipe.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/json_number.h"

#include <nlohmann/json.hpp>

namespace fraudlens::scoring {

namespace {

// The architecture a file was trained with, from its sidecar: a file written by a build
// with other defaults still loads. Missing keys keep the defaults.
nlohmann::json sidecarOptions(const models::ModelSidecar& sidecar, const std::string& path)
{
    const auto options = nlohmann::json::parse(sidecar.options, nullptr, false);
    if (!options.is_object())
        throw models::ModelError("model sidecar of '" + path + "' has damaged options");
    return options;
}

// A layer width beyond this is a damaged sidecar, not a model: building it first would
// try to allocate the layer before the weights' shapes could refuse it.
constexpr int kMaxWidth = 4096;

int layerWidth(const nlohmann::json& j, const char* key, int fallback, const std::string& path)
{
    const int width = util::jsonNumber<int>(j, key, fallback);
    if (width < 1 || width > kMaxWidth)
        throw models::ModelError("model sidecar of '" + path + "' has damaged options: " + key + " is "
                                 + std::to_string(width) + ", outside 1 to " + std::to_string(kMaxWidth));
    return width;
}

template <typename Options>
void readCommonOptions(const nlohmann::json& j, Options& options, const std::string& path)
{
    try {
        options.hidden = layerWidth(j, "hidden", options.hidden, path);
        options.seed = util::jsonNumber(j, "seed", options.seed);
    } catch (const util::JsonNumberError& e) {
        throw models::ModelError("model sidecar of '" + path + "' has damaged options: " + e.what());
    }
}

} // namespace

TrainedModel<models::Autoencoder> TrainedModels::loadAutoencoder(const std::string& path, const features::FeatureSchema& schema,
                                                                 models::ComputeDevice device)
{
    TrainedModel<models::Autoencoder> out;
    out.file = {"autoencoder", path, models::ModelFile::readVerified(path, "autoencoder", schema.fingerprint())};
    out.scaler = models::RobustScaler::fromJson(out.file.sidecar.scaler);
    ModelRecipe::checkColumns(out.scaler, ModelRecipe::autoencoderColumns(schema.size()), path);
    out.calibration = ScoreCalibrator::fromJson(out.file.sidecar.calibration);
    const auto j = sidecarOptions(out.file.sidecar, path);
    models::Autoencoder::Options options;
    readCommonOptions(j, options, path);
    options.bottleneck = layerWidth(j, "bottleneck", options.bottleneck, path);
    out.model = std::make_unique<models::Autoencoder>(out.scaler.width(), options, device);
    out.model->load(path);
    return out;
}

TrainedModel<models::SequenceModel> TrainedModels::loadSequence(const std::string& path, const features::FeatureSchema& schema,
                                                                models::ComputeDevice device)
{
    TrainedModel<models::SequenceModel> out;
    out.file = {"sequence", path, models::ModelFile::readVerified(path, "sequence", schema.fingerprint())};
    out.scaler = models::RobustScaler::fromJson(out.file.sidecar.scaler);
    ModelRecipe::checkColumns(out.scaler, ModelRecipe::sequenceInputs(), path);
    out.calibration = ScoreCalibrator::fromJson(out.file.sidecar.calibration);
    const auto j = sidecarOptions(out.file.sidecar, path);
    models::SequenceModel::Options options;
    readCommonOptions(j, options, path);
    if (j.contains("targets") && j.at("targets") != nlohmann::json(ModelRecipe::sequenceTargets()))
        throw models::ModelError("model file '" + path + "' predicts other targets than this build uses; "
                                 "train again with this data");
    out.model = std::make_unique<models::SequenceModel>(out.scaler.width(), ModelRecipe::sequenceTargetPositions(), options,
                                                        device);
    out.model->load(path);
    return out;
}

std::optional<std::string> TrainedModels::registeredPath(store::Database& db, std::string_view kind)
{
    store::Statement s(db, "SELECT path FROM models WHERE kind = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, kind);
    if (!s.step())
        return std::nullopt;
    return ModelLocation::resolve(db.path(), s.columnText(0));
}

TrainedModels TrainedModels::loadRegistered(store::Database& db, const features::FeatureSchema& schema,
                                            models::ComputeDevice device)
{
    const auto autoencoder = registeredPath(db, "autoencoder");
    const auto sequence = registeredPath(db, "sequence");
    if (!autoencoder || !sequence)
        throw models::ModelError("no trained models are registered in this database; run score first");
    return TrainedModels(loadAutoencoder(*autoencoder, schema, device), loadSequence(*sequence, schema, device));
}

TrainedModels::TrainedModels(TrainedModel<models::Autoencoder> autoencoder, TrainedModel<models::SequenceModel> sequence)
    : m_autoencoder(std::move(autoencoder)), m_sequence(std::move(sequence))
{
}

const std::vector<int>& TrainedModels::sequenceTargets() const { return ModelRecipe::sequenceTargets(); }

float TrainedModels::autoencoderError(const float* featureRow, std::vector<float>& perColumn) const
{
    // The scaler's one-row transform is the one transformAll applies to a whole matrix.
    std::vector<float> scaled(m_autoencoder.scaler.width());
    m_autoencoder.scaler.transform(featureRow, scaled.data());
    std::vector<float> perRow;
    m_autoencoder.model->errors(scaled, 1, perColumn, perRow);
    return perRow.front();
}

float TrainedModels::sequenceStep(models::SequenceModel::State& state, const float* featureRow,
                                  std::vector<float>& perTarget) const
{
    std::vector<float> scaled(m_sequence.scaler.width());
    m_sequence.scaler.transform(featureRow, scaled.data());
    perTarget.resize(m_sequence.model->targets().size());
    return m_sequence.model->step(state, scaled.data(), perTarget.data());
}

std::vector<models::SequenceModel::State> TrainedModels::sequenceStates(const features::FeatureMatrix& features,
                                                                        const features::TransactionFrame& frame) const
{
    const std::vector<float> x = m_sequence.scaler.transformAll(features.values.data(), features.rows, features.cols());
    return m_sequence.model->finalStates(x, ModelRecipe::accountSequences(frame));
}

} // namespace fraudlens::scoring
