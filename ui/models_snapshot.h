#pragma once

#include "eval/budget_curve.h"
#include "eval/evaluation.h"
#include "scoring/scoring_run_record.h"

#include <cstddef>
#include <memory>
#include <optional>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::ui {

// What the Models view shows about the latest scoring run, read in one go off the UI
// thread: the run itself, the evaluation against the labels, and the budget curve.
struct ModelsSnapshot {
    std::optional<scoring::ScoringRunRecord> latestRun;
    std::size_t scored = 0; // transactions with scores
    std::optional<eval::Evaluation> evaluation; // only when something is scored
    std::shared_ptr<const eval::BudgetCurve> budget;

    bool hasLabels() const { return evaluation && evaluation->positives > 0; }
    static ModelsSnapshot load(store::Database& db);
};

} // namespace fraudlens::ui
