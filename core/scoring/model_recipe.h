#pragma once

#include "models/robust_scaler.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::features {
struct FeatureMatrix;
struct TransactionFrame;
}

namespace fraudlens::scoring {

// What the two learned detectors read: which feature columns, how they are scaled and how
// an account's rows form a sequence. Training (ModelStage), scoring a whole frame with
// loaded models and live scoring (TrainedModels) all take them from here, so a row is
// read the same way whichever path scores it.
class ModelRecipe {
public:
    // Feature indices the autoencoder reconstructs.
    static std::vector<int> autoencoderColumns(std::size_t width);
    // Counts and money among the columns: compressed with a log before scaling.
    static std::vector<int> heavyTailedColumns(std::size_t width);
    // Feature indices the sequence model reads at each step, and those it predicts next.
    static const std::vector<int>& sequenceInputs();
    static const std::vector<int>& sequenceTargets();
    // Positions of sequenceTargets() within sequenceInputs(): what the model predicts of its own input row.
    static std::vector<int> sequenceTargetPositions();

    static models::RobustScaler fitAutoencoderScaler(const features::FeatureMatrix& features);
    static models::RobustScaler fitSequenceScaler(const features::FeatureMatrix& features);
    // A scaler loaded from a model file must read the columns this build feeds the model;
    // otherwise models::ModelError naming the file.
    static void checkColumns(const models::RobustScaler& scaler, const std::vector<int>& expected, const std::string& path);

    // Per account (dense index): its rows in time order.
    static std::vector<std::vector<std::uint32_t>> accountSequences(const features::TransactionFrame& frame);
};

} // namespace fraudlens::scoring
