#include "live/live_recovery.h"

#include "live/live_journal.h"
#include "live/live_scorer.h"
#include "live/live_writer.h"
#include "store/database.h"
#include "store/statement.h"

#include <filesystem>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

namespace fraudlens::live {

namespace {

// As the live session's default group.
constexpr std::size_t kGroup = 256;

bool ownSession(store::Database& db, const LiveJournal::Contents& contents)
{
    store::Statement find(db, "SELECT 1 FROM imports WHERE id = ? AND sha256 = ? AND file_name LIKE 'live:%'");
    find.bind(1, contents.importId).bind(2, contents.importDigest);
    return find.step();
}

} // namespace

LiveRecovery::Result LiveRecovery::run(store::Database& db, LiveScorer& scorer, const std::string& actor,
                                       const Notice& notice)
{
    Result result;
    for (const std::string& path : LiveJournal::leftovers(db.path())) {
        LiveJournal::Contents contents = LiveJournal::read(path);
        if (contents.unfinishedHeader) {
            // Killed while it made its journal: it had acknowledged nothing.
            std::error_code ignored;
            std::filesystem::remove(path, ignored);
            continue;
        }
        if (contents.damagedHeader || !ownSession(db, contents)) {
            notice(path + ": not a live journal of this database's sessions: left alone");
            continue;
        }
        ++result.journals;
        std::int64_t recovered = 0;
        std::int64_t already = 0;
        store::Statement find(db, "SELECT 1 FROM transactions WHERE external_id = ?");
        const auto isStored = [&](const std::string& id) {
            find.reset();
            find.bind(1, id);
            const bool known = find.step();
            find.reset();
            return known;
        };
        {
            // Made for the first record not stored already: a journal its session had
            // committed whole leaves no trace.
            std::optional<LiveWriter> made;
            const auto writer = [&]() -> LiveWriter& {
                if (!made) {
                    LiveWriter::Options options;
                    options.source = "live:recovered:" + std::to_string(contents.importId);
                    options.mappingJson = "{}";
                    options.actor = actor;
                    made.emplace(db, scorer, std::move(options));
                }
                return *made;
            };
            // Recovery's provisional ids are settled as each group commits, so that the
            // session after it (whose own provisional ids the scorer hands out anew) finds
            // these orders by their store ids.
            std::vector<std::size_t> rows; // per recovery sequence - 1: the scorer's row
            const auto settle = [&] {
                if (!made)
                    return;
                for (const LiveWriter::Stored& stored : made->commit())
                    scorer.settle(rows[static_cast<std::size_t>(stored.sequence - 1)], stored.txId);
            };
            for (LiveJournal::Entry& entry : contents.records) {
                if (isStored(entry.record.transactionId)) {
                    ++already;
                    continue;
                }
                // As acknowledged: the answer said whether it was blocked (its record's
                // status says so too), whatever the account's status is now.
                LiveWriter::Item item;
                item.sequence = static_cast<std::int64_t>(rows.size()) + 1;
                item.blocked = entry.blocked;
                item.record = std::move(entry.record);
                item.score = scorer.score(item.record);
                rows.push_back(item.score.row);
                std::string problem;
                if (writer().store(std::move(item), problem))
                    ++recovered;
                if (rows.size() % kGroup == 0)
                    settle();
            }
            settle();
            if (made)
                made->close(0.0);
        }
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        result.recovered += recovered;
        result.alreadyStored += already;
        notice(path + ": recovered " + std::to_string(recovered) + " acknowledged transactions a stopped session had not committed ("
               + std::to_string(already) + " were committed already)");
    }
    return result;
}

} // namespace fraudlens::live
