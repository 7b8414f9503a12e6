#include "cases/dataset_state.h"

#include "store/database.h"
#include "store/statement.h"

namespace fraudlens::cases {

DatasetState DatasetState::load(store::Database& db)
{
    DatasetState state;
    {
        store::Statement q(db, "SELECT EXISTS (SELECT 1 FROM transactions)");
        state.hasTransactions = q.step() && q.columnInt(0) != 0;
    }
    {
        store::Statement q(db, "SELECT COALESCE(MAX(id), 0) FROM scoring_runs");
        state.latestRunId = q.step() ? q.columnInt(0) : 0;
    }
    return state;
}

} // namespace fraudlens::cases
