#pragma once

// Private to models/*.cpp: this header pulls in LibTorch.
#include <torch/torch.h>

namespace fraudlens::models {

// Mean of the per-row losses after dropping the largest `trim` share of them.
inline torch::Tensor trimmedMean(const torch::Tensor& perRow, double trim)
{
    const auto n = perRow.size(0);
    const auto keep = std::max<std::int64_t>(1, static_cast<std::int64_t>(static_cast<double>(n) * (1.0 - trim)));
    if (keep >= n)
        return perRow.mean();
    // A selection and a mask, not a sort: this runs once per optimiser step.
    const torch::Tensor kept = (perRow.detach() <= std::get<0>(perRow.detach().kthvalue(keep))).to(perRow.scalar_type());
    return (perRow * kept).sum() / kept.sum();
}

} // namespace fraudlens::models
