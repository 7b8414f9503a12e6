#pragma once

#include "features/feature_schema.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fraudlens::features {

// Row-major float features, one row per transaction of a TransactionFrame, same order.
struct FeatureMatrix {
    FeatureSchema schema;
    std::size_t rows = 0;
    std::vector<float> values;
    // Per row: the order row a refund reverses, kNoId for everything else (FeatureExtractor::reversedOrder).
    std::vector<std::uint32_t> reversedOrder;

    std::size_t cols() const { return schema.size(); }
    const float* row(std::size_t i) const { return values.data() + i * cols(); }
    float* row(std::size_t i) { return values.data() + i * cols(); }
    float at(std::size_t i, std::size_t column) const { return values[i * cols() + column]; }
};

} // namespace fraudlens::features
