#pragma once

#include "models/compute_device.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::models {

class AutoencoderEngine;
class RowAutoencoder;

// Dense autoencoder over scaled transaction features; the score is the reconstruction
// error. The work is done by an engine from the LibTorch module, loaded on first
// construction (TorchRuntime), so LibTorch's headers and libraries stay out of the rest.
class Autoencoder {
public:
    struct Options {
        int epochs = 6;
        int batchSize = 512;
        int hidden = 32;
        int bottleneck = 6;
        double learningRate = 2e-3;
        // Each batch's worst rows are left out of the loss: fraud sits in the unlabelled
        // training data, and a model that learns to reconstruct it stops flagging it.
        double trimFraction = 0.1;
        std::uint64_t seed = 42;
    };

    Autoencoder(std::size_t width, const Options& options, ComputeDevice device);
    ~Autoencoder();
    Autoencoder(const Autoencoder&) = delete;
    Autoencoder& operator=(const Autoencoder&) = delete;

    // x is rows × width, row-major. Returns false when progress asked to stop.
    bool fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress);
    // Squared error per feature (rows × width) and per row (their mean).
    void errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                std::vector<float>& perRow) const;

    void save(const std::string& path) const;
    void load(const std::string& path);
    std::size_t width() const;
    double finalLoss() const;

private:
    void copyWeightsForRows();

    std::size_t m_width;
    std::unique_ptr<AutoencoderEngine> m_engine;
    // One row at a time (live scoring) runs here, on a copy of the weights, not in LibTorch.
    std::unique_ptr<RowAutoencoder> m_row;
};

} // namespace fraudlens::models
