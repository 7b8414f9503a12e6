#pragma once

#include "ingest/mapping.h"
#include "ingest/row_problem.h"
#include "live/latency_histogram.h"
#include "live/live_line.h"
#include "live/live_record_parser.h"
#include "live/live_writer.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
class WalCheckpointer;
}

namespace fraudlens::live {

class LiveInput;
class LiveScorer;

// One live monitoring session: reads lines from its input, parses them into records,
// stores and scores them through a LiveWriter in group commits, and answers each TCP
// client's line once the commit that stored it is done. What the GUI's Live switch and
// `fraudlens-cli live` both run; they only differ in their Sink.
//
// A group is committed when it holds groupRecords, when its first record has waited
// groupDelay, or as soon as the input has nothing more to give at the moment and the last
// commit is commitSpacing behind: a lone transaction is acknowledged at once, and a flood
// is committed in groups that grow with it. Bad lines are reported and skipped; the
// stream goes on. One thread.
class LiveSession {
public:
    struct Options {
        ingest::Mapping mapping = LiveRecordParser::defaultMapping();
        LiveRecordParser::Format format = LiveRecordParser::Format::Auto;
        std::string actor = "fraudlens-cli";
        std::size_t groupRecords = 256;
        std::chrono::milliseconds groupDelay{20};
        // A commit costs the same syscalls and WAL frames for one transaction as for
        // twenty: within this long of the last commit, the next gathers what arrives
        // instead of committing a lone transaction. A transaction after a pause still
        // commits at once; under load, this bounds commits to 1,000 a second. 1 ms, not
        // 0.5: at 10,000/s offered (20,000-row probes, three pairs) the client's p50 was
        // 1.6-1.8 ms against 11-17 ms, its p99 12-29 ms against 36-41 ms; at 1,250/s
        // the p50 rose from 0.3 to 0.8 ms and the p99 stayed 2.2-2.9 ms.
        std::chrono::microseconds commitSpacing{1000};
        std::int64_t maxTransactions = 0;      // stop once this many are stored; 0: no limit
        std::chrono::milliseconds idleExit{0}; // stop after this long without a line; 0: never
        bool backgroundCheckpoints = true;     // see store::WalCheckpointer
    };

    struct Summary {
        LiveWriter::Counts counts;
        double seconds = 0.0;
        std::string endedBy; // "end of input", "stop requested", "transaction limit reached", "idle", or the input's failure
        bool inputFailed = false; // the input could not be read: endedBy says why
        double rate() const { return seconds > 0.0 ? static_cast<double>(counts.stored) / seconds : 0.0; }
        // Per stored transaction, from the moment its line was read to its acknowledgement
        // (after the commit): the time FraudLens itself took, without the network's.
        LatencyHistogram latency;
    };

    // What the session tells whoever runs it, on the session's thread.
    class Sink {
    public:
        virtual ~Sink() = default;
        // A bad line, skipped: "SOURCE:LINE:COLUMN: reason" is problem.format(source).
        virtual void problem(const std::string& source, const ingest::RowProblem& problem) = 0;
        // Once per transaction, after the commit that stored it: acknowledged, durable.
        virtual void stored(const std::string& source, std::int64_t line, const LiveWriter::Stored& stored) = 0;
        // After each commit's stored() calls: the moment to flush what was printed.
        virtual void committed() {}
        // Clients coming and going, a header that cannot serve: for the user, not an error.
        virtual void notice(const std::string& text) { (void)text; }
        // Asked between reads (every 100 ms at most): true ends the session cleanly.
        virtual bool stopRequested() { return false; }
    };

    // Records the session's start (LiveWriter); the scorer must be open on db.
    LiveSession(store::Database& db, LiveScorer& scorer, LiveInput& input, Options options, Sink& sink);
    ~LiveSession();
    LiveSession(const LiveSession&) = delete;
    LiveSession& operator=(const LiveSession&) = delete;

    // Runs until the input ends, a limit is reached or the sink asks to stop; then commits
    // what is pending, answers the clients and records the stop. Throws on a database
    // failure: what was not yet committed is then not acknowledged, and not stored.
    Summary run();

    std::int64_t importId() const { return m_writer->importId(); }

private:
    // A line since the last commit, in arrival order: answered when that commit is done.
    struct Waiting {
        int client = 0;
        std::int64_t line = 0;
        bool stored = false; // else error says why it was skipped
        std::string error;
        std::chrono::steady_clock::time_point readAt;
    };

    void handle(const LiveLine& line, std::chrono::steady_clock::time_point readAt);
    void reject(const LiveLine& line, ingest::RowProblem problem, bool countIt);
    void commitGroup();
    void handleEvents();
    bool limitReached() const;
    // When an open group is committed if the input has nothing more: commitSpacing after
    // the last commit, or at the group's due time if that comes first.
    std::chrono::steady_clock::time_point quietCommitAt() const;
    LiveRecordParser& parserFor(int client);
    ingest::RowProblem refusal(int client, std::int64_t line, const std::string& reason);

    LiveScorer& m_scorer;
    LiveInput& m_input;
    Options m_options;
    Sink& m_sink;
    std::unique_ptr<LiveWriter> m_writer;
    std::unique_ptr<store::WalCheckpointer> m_checkpointer;
    std::map<int, std::unique_ptr<LiveRecordParser>> m_parsers; // per client; 0 for stdin and files
    std::vector<Waiting> m_waiting;
    std::chrono::steady_clock::time_point m_lastCommit; // of a group that held a write transaction
    LatencyHistogram m_latency;
};

} // namespace fraudlens::live
