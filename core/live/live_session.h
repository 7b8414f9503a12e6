#pragma once

#include "ingest/mapping.h"
#include "ingest/row_problem.h"
#include "live/latency_histogram.h"
#include "live/live_line.h"
#include "live/live_record_parser.h"
#include "live/live_writer.h"

#include <chrono>
#include <deque>
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

class LiveApplier;
class LiveGate;
class LiveInput;
class LiveJournal;
class LiveScorer;

// One live monitoring session: reads lines from its input, parses them into records,
// checks and scores each, and acknowledges it (a TCP client's answer) once its journal
// holds it (LiveJournal: one write, which survives a kill -9). A second thread commits
// what was acknowledged to SQLite behind it (LiveApplier), so that an answer never waits
// on a commit, a checkpoint or the disk. What the GUI's Live switch and `fraudlens-cli
// live` both run; they only differ in their Sink. Before it starts, a session stores
// what killed sessions on the same database acknowledged and never committed
// (LiveRecovery).
//
// A group is acknowledged when it holds groupRecords, when its first record has waited
// groupDelay, or as soon as the input has nothing more to give at the moment and the last
// acknowledgement is commitSpacing behind: a lone transaction is answered at once, and a
// flood in groups that grow with it. Under a steady stream the session also reads at
// that pace, instead of waking for every line. Bad lines are reported and skipped; the
// stream goes on. Its own thread, and the applier's.
class LiveSession {
public:
    struct Options {
        ingest::Mapping mapping = LiveRecordParser::defaultMapping();
        LiveRecordParser::Format format = LiveRecordParser::Format::Auto;
        std::string actor = "fraudlens-cli";
        std::size_t groupRecords = 256;
        std::chrono::milliseconds groupDelay{20};
        // Within this long of the last acknowledgement, the next gathers what arrives
        // instead of writing the journal for a lone transaction. A transaction after a
        // pause is answered at once; under load, this bounds journal writes (and the
        // answers' send() calls) to 4,000 a second. 250 us, not 1 ms: at 10,000/s
        // (20,000-row probes, three interleaved pairs, twice) the client's p50 was
        // 0.35-0.6 ms against 0.8-1.3, its p99 no worse; 0 (a write per read) cost more
        // CPU and had the worst p99.
        std::chrono::microseconds commitSpacing{250};
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
        // (in the journal): the time FraudLens itself took, without the network's.
        LatencyHistogram latency;
        // The same to the SQLite commit that stored it, when its alert is raised too.
        LatencyHistogram storedLatency;
    };

    // What the session tells whoever runs it, on the session's thread.
    class Sink {
    public:
        virtual ~Sink() = default;
        // A bad line, skipped: "SOURCE:LINE:COLUMN: reason" is problem.format(source).
        virtual void problem(const std::string& source, const ingest::RowProblem& problem) = 0;
        // Once per transaction, when it is acknowledged (durable: in the journal). Only
        // what the scorer knows is set: no store ids, no alert's id or reasons yet.
        virtual void acknowledged(const std::string& source, std::int64_t line, const LiveWriter::Stored& stored)
        {
            (void)source, (void)line, (void)stored;
        }
        // Once per transaction, after the SQLite commit that stored it: with the store's
        // ids and the alert it raised or updated.
        virtual void stored(const std::string& source, std::int64_t line, const LiveWriter::Stored& stored) = 0;
        // After each group's acknowledged() or stored() calls: the moment to flush what
        // was printed.
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

    // Runs until the input ends, a limit is reached or the sink asks to stop; then
    // acknowledges what is pending, answers the clients, waits for the applier and
    // records the stop. Throws on a database or journal failure: what was acknowledged
    // and not committed then stays in the journal, for the next session to store.
    Summary run();

    std::int64_t importId() const { return m_writer->importId(); }

private:
    // A line since the last acknowledgement, in arrival order.
    struct Waiting {
        int client = 0;
        std::int64_t line = 0;
        bool stored = false; // else error says why it was skipped
        std::string error;
        std::chrono::steady_clock::time_point readAt;
    };
    // Where a sequence's line came from, until the applier has stored it.
    struct Origin {
        int client = 0;
        std::int64_t line = 0;
        std::size_t row = 0; // the scorer's, to settle with the store id
        std::chrono::steady_clock::time_point readAt;
    };

    void handle(const LiveLine& line, std::chrono::steady_clock::time_point readAt);
    void reject(const LiveLine& line, ingest::RowProblem problem);
    void acknowledgeGroup();
    // Without wait, only if the applier's lock is free at that moment (see LiveApplier).
    void deliverStored(bool wait = false);
    bool groupOpen() const { return !m_group.empty(); }
    std::chrono::steady_clock::time_point dueAt() const;
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
    std::unique_ptr<LiveGate> m_gate;
    std::unique_ptr<LiveJournal> m_journal;
    std::unique_ptr<LiveApplier> m_applier; // after the writer: stopped before it goes
    std::map<int, std::unique_ptr<LiveRecordParser>> m_parsers; // per client; 0 for stdin and files
    std::vector<Waiting> m_waiting;
    std::vector<LiveWriter::Item> m_group; // scored, not yet acknowledged
    std::chrono::steady_clock::time_point m_groupStarted;
    std::deque<Origin> m_origins;          // acknowledged, not yet stored: sequences from m_firstOrigin
    std::int64_t m_firstOrigin = 1;
    std::int64_t m_sequence = 0;           // records taken
    std::int64_t m_journalWrites = 0;
    std::int64_t m_refusedAfterAcknowledging = 0; // LiveApplier::Refusal: not stored after all
    std::chrono::steady_clock::time_point m_lastCommit; // the last acknowledgement of a group
    bool m_steady = false; // the last read found more than one line waiting: see run()
    LatencyHistogram m_latency;
    LatencyHistogram m_storedLatency;
};

} // namespace fraudlens::live
