#pragma once

#include "models/compute_device.h"
#include "scoring/saved_model.h"
#include "scoring/score_calibrator.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::features {
struct FeatureMatrix;
struct TransactionFrame;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::scoring {

struct ModelStageOptions {
    models::ComputeDevice device;
    int threads = 0;
    int epochs = 0;                 // 0: each model's default
    std::uint64_t seed = 42;
    std::string modelDirectory;     // where new weights files go
    std::string fileStem;           // e.g. "run-7": files are <stem>-autoencoder.pt, ...
    std::string reuseAutoencoder;   // weights to load instead of training (empty: train)
    std::string reuseSequence;
};

// The two learned detectors' raw scores and what explains them.
struct ModelScores {
    std::vector<float> autoencoder;          // per row: mean squared reconstruction error
    std::vector<int> autoencoderColumns;     // feature index of each autoencoder input
    std::vector<float> autoencoderPerFeature; // rows × autoencoderColumns.size()
    ScoreCalibrator autoencoderCalibration;
    std::vector<float> sequence;             // per row: prediction error, NaN without history
    std::vector<int> sequenceTargets;        // feature index of each predicted target
    std::vector<float> sequencePerTarget;    // rows × sequenceTargets.size()
    ScoreCalibrator sequenceCalibration;
    std::vector<SavedModel> saved;           // newly written or reused files
    double trainSeconds = 0.0;
    double scoreSeconds = 0.0;
};

// Trains (or loads) the autoencoder and the sequence model and scores every row.
class ModelStage {
public:
    // Empty when progress asked to stop. Throws models::ModelError on a bad reused file.
    static std::optional<ModelScores> run(const features::FeatureMatrix& features, const features::TransactionFrame& frame,
                                          const ModelStageOptions& options, util::Progress* progress);
    // Where a run writes the weights of one model kind (the sidecar is that plus ".json").
    static std::string weightsPath(const ModelStageOptions& options, std::string_view kind);
};

} // namespace fraudlens::scoring
