#pragma once

#include "models/compute_device.h"
#include "scoring/feedback_result.h"

#include <cstddef>
#include <string>

namespace fraudlens::store {
class Database;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::scoring {

// "Learn from decisions": fits the fusion's weights to the analysts' decided alerts
// (confirmed fraud = 1, false positive = 0; the examples are each decided alert's flagged
// transactions with their per-detector calibrated evidence from the scores table), then
// re-scores every transaction with the learned fusion and the latest registered models.
//
// The fused risk is more than a combination of the detector columns (refund carry and
// account context are applied after it), so re-fusing means running the pipeline again
// with the reused models, as `score --reuse-models` does; only then are the queue, the
// reasons and the alerts consistent with the stored weights.
//
// The learned weights are kept only if the re-scored results rank the decided
// transactions at least as well as the current scores (what the queue shows now) do:
// decisions come from the top of the ranking, and a fit on them alone can do worse than
// weights tuned on the whole data, as it does on the demo data from the defaults. This
// test needs no labels. When kept, two writes follow: the weights with an audit entry
// 'feedback' (one transaction), then the re-scored results (ResultWriter: its own
// transaction, audited as a scoring run). Should the second fail, the previous weights
// are put back, audited as 'feedback.revert'.
class FeedbackLoop {
public:
    static constexpr std::size_t kMinDecisions = 20;

    // The decided alerts a run would learn from (cheap: for a view to show).
    static DecisionTally tally(store::Database& db);

    // Opens its own read-write connection. Throws models::ModelError when no models are
    // registered to re-score with, store::StoreError on a database failure.
    static FeedbackResult run(const std::string& dbPath, const std::string& actor, util::Progress* progress,
                              models::DeviceRequest device = models::DeviceRequest::Auto);

    // The outcome in one English sentence, for the terminal and logs.
    static std::string describe(const FeedbackResult& result);
};

} // namespace fraudlens::scoring
