#pragma once

#include <cstdint>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// How far a database has come: imported, scored. Cheap (no counting), so the GUI can
// ask before deciding whether a demo must be built, scored, or only opened.
struct DatasetState {
    bool hasTransactions = false;
    std::int64_t latestRunId = 0; // 0: never scored

    bool scored() const { return latestRunId > 0; }
    static DatasetState load(store::Database& db);
};

} // namespace fraudlens::cases
