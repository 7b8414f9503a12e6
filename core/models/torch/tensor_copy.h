#pragma once

// Private to the LibTorch module: parameters copied out for the row-at-a-time passes.
#include "models/dense_weights.h"

#include <torch/torch.h>

#include <vector>

namespace fraudlens::models {

inline std::vector<float> floats(const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    return {cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel()};
}

inline DenseWeights denseWeights(const torch::Tensor& weight, const torch::Tensor& bias)
{
    return {static_cast<std::size_t>(weight.size(1)), static_cast<std::size_t>(weight.size(0)), floats(weight), floats(bias)};
}

} // namespace fraudlens::models
