#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::live {

class LiveScorer;

// Stores what killed live sessions on a database acknowledged and never committed: the
// records their journals hold (LiveJournal) that are not in the store yet, in order,
// scored by the session's scorer as if they had just arrived (so its state takes them in
// their place), in a session of their own ("live:recovered:IMPORTID"). A journal whose
// session is not in this database's imports (a database replaced under the same name)
// is left alone with a notice. Runs in the thread of the session about to start.
class LiveRecovery {
public:
    struct Result {
        int journals = 0;               // leftovers read
        std::int64_t recovered = 0;     // records stored now
        std::int64_t alreadyStored = 0; // records the killed session had committed
    };

    using Notice = std::function<void(const std::string&)>;

    // Throws store::StoreError when the database cannot be written; a journal is removed
    // only once what it held is committed.
    static Result run(store::Database& db, LiveScorer& scorer, const std::string& actor, const Notice& notice);
};

} // namespace fraudlens::live
