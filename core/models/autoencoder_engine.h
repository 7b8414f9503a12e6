#pragma once

#include "models/dense_weights.h"

#include <cstddef>
#include <string>
#include <vector>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::models {

// The autoencoder's work, done by the LibTorch module (see TorchRuntime). Autoencoder
// forwards to it; nothing else should hold one.
class AutoencoderEngine {
public:
    virtual ~AutoencoderEngine() = default;
    virtual bool fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress) = 0;
    virtual void errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                        std::vector<float>& perRow) const = 0;
    virtual void save(const std::string& path) const = 0;
    virtual void load(const std::string& path) = 0;
    virtual double finalLoss() const = 0;
    // The four linear layers in order, copied to the CPU (for RowAutoencoder).
    virtual std::vector<DenseWeights> weights() const = 0;
};

} // namespace fraudlens::models
