#pragma once

#include <cstddef>
#include <vector>

namespace fraudlens::models {

// A linear layer's parameters copied out of LibTorch, laid out as torch::nn::Linear keeps
// them: weight is out x in, row-major.
struct DenseWeights {
    std::size_t in = 0;
    std::size_t out = 0;
    std::vector<float> weight;
    std::vector<float> bias;
};

// A one-layer LSTM and its prediction head, as torch::nn::LSTM keeps them: the gates in
// the order input, forget, cell, output; bias is LibTorch's two biases added.
struct LstmWeights {
    std::size_t input = 0;
    std::size_t hidden = 0;
    std::vector<float> inputWeight;  // 4H x input
    std::vector<float> hiddenWeight; // 4H x H
    std::vector<float> bias;         // 4H
    DenseWeights head;               // K x H
};

} // namespace fraudlens::models
