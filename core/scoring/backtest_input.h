#pragma once

#include "features/feature_matrix.h"

#include <cstdint>
#include <vector>

namespace fraudlens::store {
class Database;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::scoring {

// The features of every stored transaction, for `rules backtest` and the rules editor:
// the same extractor as scoring, without the models. labelsOut gets 1 / 0 / -1 per row.
// Throws std::runtime_error when cancelled.
features::FeatureMatrix loadFeatureMatrixForBacktest(store::Database& db, util::Progress* progress,
                                                     std::vector<std::int8_t>& labelsOut);

} // namespace fraudlens::scoring
