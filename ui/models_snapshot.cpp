#include "models_snapshot.h"

namespace fraudlens::ui {

ModelsSnapshot ModelsSnapshot::load(store::Database& db)
{
    ModelsSnapshot s;
    s.latestRun = scoring::ScoringRunRecord::latest(db);
    auto budget = std::make_shared<eval::BudgetCurve>(eval::BudgetCurve::fromDatabase(db));
    s.scored = budget->transactions();
    s.budget = std::move(budget);
    // Evaluation refuses a database without scores; nothing to measure then.
    if (s.scored > 0)
        s.evaluation = eval::Evaluation::fromDatabase(db);
    return s;
}

} // namespace fraudlens::ui
