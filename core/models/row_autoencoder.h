#pragma once

#include "models/dense_weights.h"

#include <vector>

namespace fraudlens::models {

// The autoencoder's forward pass for one row, in plain C++ over weights copied out of
// LibTorch. Live scoring sees one transaction at a time, where LibTorch's dispatch costs
// about 25 µs a row for a few thousand multiply-adds; this takes about one.
// Layers: Linear, tanh, Linear (the code), tanh, Linear, tanh, Linear.
class RowAutoencoder {
public:
    explicit RowAutoencoder(std::vector<DenseWeights> layers);

    // The squared error of each feature into perFeature (width() of them) and their mean.
    float errors(const float* row, float* perFeature) const;
    std::size_t width() const;

private:
    // Each weight transposed to in x out, so that a layer adds each input's column to all
    // outputs at once, a loop the compiler vectorises; a dot product per output is a
    // chain of dependent float additions it may not reorder.
    std::vector<DenseWeights> m_layers;
    std::size_t m_widest = 0; // the widest layer: the size of errors()' scratch
};

} // namespace fraudlens::models
