#pragma once

#include "features/feature_matrix.h"

#include <optional>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::features {

struct TransactionFrame;
class FeatureExtractor;

// Every row of the frame through one FeatureExtractor, in order. The extractor is left
// holding the state after the last row, ready for live scoring to go on from there.
// Empty when progress asked to stop.
std::optional<FeatureMatrix> computeFeatures(const TransactionFrame& frame, FeatureExtractor& extractor,
                                             util::Progress* progress);

} // namespace fraudlens::features
