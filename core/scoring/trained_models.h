#pragma once

#include "models/autoencoder.h"
#include "models/compute_device.h"
#include "models/sequence_model.h"
#include "scoring/trained_model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::features {
class FeatureSchema;
struct FeatureMatrix;
struct TransactionFrame;
}
namespace fraudlens::store {
class Database;
}

namespace fraudlens::scoring {

// The autoencoder and the sequence model of a finished run, loaded as objects, so that
// transactions can be scored one at a time with exactly what the run used: same weights,
// same scalers (ModelRecipe), same calibration. Live scoring holds one; ModelStage loads
// reused files through the same two loaders.
class TrainedModels {
public:
    // Loads one weights file after ModelFile::readVerified has accepted its sidecar (kind,
    // feature schema, checksum) and checks that its scaler reads this build's columns.
    // Throws models::ModelError.
    static TrainedModel<models::Autoencoder> loadAutoencoder(const std::string& path, const features::FeatureSchema& schema,
                                                             models::ComputeDevice device);
    static TrainedModel<models::SequenceModel> loadSequence(const std::string& path, const features::FeatureSchema& schema,
                                                            models::ComputeDevice device);
    // The newest registered weights file of a kind (models table), as --reuse-models takes it.
    static std::optional<std::string> registeredPath(store::Database& db, std::string_view kind);
    // Both of the newest registered models; models::ModelError when there are none.
    static TrainedModels loadRegistered(store::Database& db, const features::FeatureSchema& schema,
                                        models::ComputeDevice device);

    TrainedModels(TrainedModel<models::Autoencoder> autoencoder, TrainedModel<models::SequenceModel> sequence);

    // One feature row (schema-wide): the raw reconstruction error, and each autoencoder
    // column's squared error in perColumn (autoencoderColumns() order).
    float autoencoderError(const float* featureRow, std::vector<float>& perColumn) const;
    // One feature row through its account's LSTM state: the raw prediction error (NaN
    // without history), each target's squared error in perTarget; the state moves on.
    float sequenceStep(models::SequenceModel::State& state, const float* featureRow, std::vector<float>& perTarget) const;
    // Every account's state after its rows of the frame, as stepping through them one by
    // one would leave it, computed in time-major batches.
    std::vector<models::SequenceModel::State> sequenceStates(const features::FeatureMatrix& features,
                                                             const features::TransactionFrame& frame) const;

    double autoencoderEvidence(float raw) const { return m_autoencoder.calibration.evidence(raw); }
    double sequenceEvidence(float raw) const { return m_sequence.calibration.evidence(raw); }
    const std::vector<int>& autoencoderColumns() const { return m_autoencoder.scaler.columns(); }
    const std::vector<int>& sequenceTargets() const;
    const TrainedModel<models::Autoencoder>& autoencoder() const { return m_autoencoder; }
    const TrainedModel<models::SequenceModel>& sequence() const { return m_sequence; }

private:
    TrainedModel<models::Autoencoder> m_autoencoder;
    TrainedModel<models::SequenceModel> m_sequence;
};

} // namespace fraudlens::scoring
