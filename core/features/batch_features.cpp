#include "features/batch_features.h"

#include "features/feature_extractor.h"
#include "features/transaction_frame.h"
#include "util/progress.h"

namespace fraudlens::features {

std::optional<FeatureMatrix> computeFeatures(const TransactionFrame& frame, FeatureExtractor& extractor,
                                             util::Progress* progress)
{
    FeatureMatrix matrix;
    matrix.schema = extractor.schema();
    matrix.rows = frame.size();
    matrix.values.resize(matrix.rows * matrix.cols());
    matrix.reversedOrder.resize(matrix.rows);
    for (std::size_t i = 0; i < frame.size(); ++i) {
        extractor.extract(frame, i, matrix.row(i));
        matrix.reversedOrder[i] = extractor.reversedOrder();
        if (i % 50000 == 49999
            && !util::reportProgress(progress, static_cast<double>(i) / static_cast<double>(frame.size()), "Features"))
            return std::nullopt;
    }
    return matrix;
}

} // namespace fraudlens::features
