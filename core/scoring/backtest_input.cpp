#include "scoring/backtest_input.h"

#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "features/frame_loader.h"

#include <stdexcept>

namespace fraudlens::scoring {

features::FeatureMatrix loadFeatureMatrixForBacktest(store::Database& db, util::Progress* progress,
                                                     std::vector<std::int8_t>& labelsOut)
{
    features::TransactionFrame frame;
    if (!features::FrameLoader::load(db, frame, progress))
        throw std::runtime_error("cancelled");
    features::FeatureExtractor extractor(frame);
    auto matrix = features::computeFeatures(frame, extractor, progress);
    if (!matrix)
        throw std::runtime_error("cancelled");
    labelsOut = frame.label;
    return std::move(*matrix);
}

} // namespace fraudlens::scoring
