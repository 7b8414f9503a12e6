#include "live/live_session.h"

#include "ingest/canonical_field.h"
#include "live/live_answer.h"
#include "live/live_applier.h"
#include "live/live_gate.h"
#include "live/live_input.h"
#include "live/live_journal.h"
#include "live/live_recovery.h"
#include "live/live_scorer.h"
#include "store/database.h"
#include "store/transaction_record.h"
#include "store/wal_checkpointer.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include <sys/prctl.h>

namespace fraudlens::live {

namespace {

using Clock = std::chrono::steady_clock;

// The longest the session waits without looking at the sink's stop request.
constexpr std::chrono::microseconds kQuietWait = std::chrono::milliseconds(100);
// Lines handled between two looks at the group's size and age.
constexpr std::size_t kLinesPerRead = 1024;
// How long clients get, at the end, to take the answers they are owed.
constexpr int kLingerMs = 2000;
// While the applier has records of ours, the session looks for what it stored this often.
constexpr std::chrono::microseconds kStoredLook = std::chrono::milliseconds(5);
// How often the gate asks whether another connection committed (a freeze in the GUI).
// Asking at every read was a fifth of the session's system calls at 10,000/s (the WAL
// read lock's fcntl), for a freeze that is a person's click: it now counts for every
// line read from a millisecond after its commit.
constexpr std::chrono::microseconds kGateRefresh = std::chrono::milliseconds(1);

std::string storedAnswer(std::int64_t line, const LiveWriter::Item& item)
{
    // Four decimals: what a client can act on, without float noise in every answer.
    const double risk = std::round(static_cast<double>(item.score.fused) * 1e4) / 1e4;
    return acknowledgedAnswer(line, item.record.transactionId, risk, item.score.alert || item.blocked, item.blocked);
}

LiveWriter::Stored acknowledgement(const LiveWriter::Item& item)
{
    LiveWriter::Stored stored;
    stored.sequence = item.sequence;
    stored.transactionId = item.record.transactionId;
    stored.account = item.record.accountId;
    stored.risk = item.score.fused;
    stored.blocked = item.blocked;
    stored.lateMs = item.score.lateMs;
    return stored;
}

} // namespace

LiveSession::LiveSession(store::Database& db, LiveScorer& scorer, LiveInput& input, Options options, Sink& sink)
    : m_scorer(scorer), m_input(input), m_options(std::move(options)), m_sink(sink)
{
    // Before this session's writer remembers what is stored: what killed sessions
    // acknowledged is stored first, and scored in its place.
    LiveRecovery::run(db, scorer, m_options.actor, [&](const std::string& text) { m_sink.notice(text); });

    LiveWriter::Options writerOptions;
    writerOptions.source = m_input.sessionName();
    writerOptions.mappingJson = m_options.mapping.toJson(-1);
    writerOptions.actor = m_options.actor;
    writerOptions.groupRecords = std::max<std::size_t>(m_options.groupRecords, 1);
    writerOptions.groupDelay = std::max(m_options.groupDelay, std::chrono::milliseconds(0));
    m_writer = std::make_unique<LiveWriter>(db, scorer, std::move(writerOptions));
    if (m_options.backgroundCheckpoints) {
        try {
            m_checkpointer = std::make_unique<store::WalCheckpointer>(db);
        } catch (const std::exception& error) {
            // SQLite's automatic checkpoints stay on: the same safety, a longer tail latency.
            m_sink.notice(std::string("no background checkpoints: ") + error.what());
        }
    }
    m_gate = std::make_unique<LiveGate>(db.path());
    m_journal = std::make_unique<LiveJournal>(LiveJournal::pathFor(db.path(), m_writer->importId()),
                                              m_writer->importId(), m_writer->importDigest());
    m_applier = std::make_unique<LiveApplier>(*m_writer, m_options.groupDelay);
}

LiveSession::~LiveSession() = default;

LiveRecordParser& LiveSession::parserFor(int client)
{
    std::unique_ptr<LiveRecordParser>& parser = m_parsers[client];
    if (parser)
        return *parser;
    parser = std::make_unique<LiveRecordParser>(m_options.mapping, m_options.format, m_input.sourceOf(client));
    // A file followed from its end: its first line still says what the columns are.
    const std::string first = client == 0 ? m_input.skippedFirstLine() : std::string();
    if (!first.empty()) {
        ingest::RowProblem problem;
        if (!parser->resumeAfter(first, problem))
            m_sink.notice(m_input.sourceOf(client) + ": the file's first line cannot serve as its header: " + problem.reason);
    }
    return *parser;
}

ingest::RowProblem LiveSession::refusal(int client, std::int64_t line, const std::string& reason)
{
    ingest::RowProblem problem;
    problem.line = line;
    problem.reason = reason;
    problem.columnName = m_options.mapping.column(ingest::CanonicalField::TransactionId);
    const LiveRecordParser& parser = parserFor(client);
    if (parser.format() == LiveRecordParser::Format::Csv && !problem.columnName.empty()) {
        const auto& header = parser.header();
        const auto found = std::find(header.begin(), header.end(), problem.columnName);
        if (found != header.end())
            problem.column = static_cast<std::int64_t>(found - header.begin()) + 1;
    }
    return problem;
}

void LiveSession::handle(const LiveLine& line, Clock::time_point readAt)
{
    LiveRecordParser& parser = parserFor(line.client);
    LiveWriter::Item item;
    ingest::RowProblem problem;
    switch (parser.parse(line, item.record, problem)) {
    case LiveRecordParser::Outcome::Skipped:
        return;
    case LiveRecordParser::Outcome::Problem:
        reject(line, std::move(problem));
        return;
    case LiveRecordParser::Outcome::Record:
        break;
    }
    store::TransactionRecord& record = item.record;
    item.sequence = m_sequence + 1;
    if (record.transactionId.empty()) // the importer's scheme: "<import id>:<n>"
        record.transactionId = std::to_string(m_writer->importId()) + ":" + std::to_string(item.sequence);
    // Asked before scoring, so that a refused record leaves the scorer's state as it was.
    if (m_gate->isKnown(record.transactionId)) {
        reject(line, refusal(line.client, line.number,
                             "duplicate transaction_id \"" + record.transactionId + "\" (already stored)"));
        return;
    }
    item.blocked = m_gate->isFrozen(record.accountId);
    // Stored and scored as declined: what the next batch run will read back.
    if (item.blocked)
        record.status = "blocked";
    try {
        item.score = m_scorer.score(record);
    } catch (const std::exception& error) {
        reject(line, refusal(line.client, line.number, std::string("cannot score this transaction: ") + error.what()));
        return;
    }
    m_sequence = item.sequence;
    m_gate->inFlight(item.sequence, record.transactionId);
    m_journal->add(item.sequence, record, item.blocked);
    if (m_group.empty())
        m_groupStarted = Clock::now();
    m_group.push_back(std::move(item));
    m_waiting.push_back({line.client, line.number, true, {}, readAt});
}

void LiveSession::reject(const LiveLine& line, ingest::RowProblem problem)
{
    m_applier->countRejected(1);
    m_sink.problem(m_input.sourceOf(line.client), problem);
    if (m_input.kind() != LiveInput::Kind::Listen)
        return;
    std::string error = problem.columnName.empty() ? problem.reason : problem.columnName + ": " + problem.reason;
    // A client reads its answers in its lines' order: behind an open group, this one waits too.
    if (groupOpen())
        m_waiting.push_back({line.client, line.number, false, std::move(error), {}});
    else
        m_input.answer(line.client, refusedAnswer(line.number, error));
}

Clock::time_point LiveSession::dueAt() const
{
    return m_groupStarted + m_options.groupDelay;
}

void LiveSession::acknowledgeGroup()
{
    const bool answering = m_input.kind() == LiveInput::Kind::Listen;
    if (!m_group.empty()) {
        m_journal->flush(m_applier->committedThrough());
        ++m_journalWrites;
    }
    const auto acknowledgedAt = Clock::now();
    if (!m_group.empty())
        m_lastCommit = acknowledgedAt;
    std::size_t next = 0;
    for (const Waiting& waiting : m_waiting) {
        if (!waiting.stored) {
            if (answering)
                m_input.queueAnswer(waiting.client, refusedAnswer(waiting.line, waiting.error));
            continue;
        }
        if (next >= m_group.size())
            break; // cannot happen: every record taken is in the group, in order
        const LiveWriter::Item& item = m_group[next++];
        m_latency.record(std::chrono::duration<double>(acknowledgedAt - waiting.readAt).count());
        m_sink.acknowledged(m_input.sourceOf(waiting.client), waiting.line, acknowledgement(item));
        if (answering)
            m_input.queueAnswer(waiting.client, storedAnswer(waiting.line, item));
        m_origins.push_back({waiting.client, waiting.line, item.score.row, waiting.readAt});
    }
    m_waiting.clear();
    if (answering)
        m_input.flushAnswers();
    if (!m_group.empty()) {
        m_sink.committed();
        m_applier->submit(std::exchange(m_group, {}));
    }
}

void LiveSession::deliverStored(bool wait)
{
    std::vector<LiveApplier::Refusal> refused;
    const std::vector<LiveWriter::Stored> stored = m_applier->takeStored(refused, wait);
    if (stored.empty() && refused.empty())
        return;
    const auto storedAt = Clock::now();
    std::size_t nextStored = 0;
    std::size_t nextRefused = 0;
    // Both come back in sequence order; every sequence is one or the other.
    while (!m_origins.empty() && (nextStored < stored.size() || nextRefused < refused.size())) {
        const Origin origin = m_origins.front();
        const std::int64_t sequence = m_firstOrigin;
        const std::string source = m_input.sourceOf(origin.client);
        if (nextStored < stored.size() && stored[nextStored].sequence == sequence) {
            // A refund scored from now on names its order by the store id.
            m_scorer.settle(origin.row, stored[nextStored].txId);
            m_storedLatency.record(std::chrono::duration<double>(storedAt - origin.readAt).count());
            m_sink.stored(source, origin.line, stored[nextStored++]);
        } else if (nextRefused < refused.size() && refused[nextRefused].sequence == sequence) {
            // Acknowledged, then found stored by another connection in between: the
            // transaction is in the store, though not as this session's.
            std::string reason = std::move(refused[nextRefused++].problem);
            ingest::RowProblem problem;
            if (m_parsers.count(origin.client) != 0) {
                problem = refusal(origin.client, origin.line, reason);
            } else { // the client is gone, and its header with it
                problem.line = origin.line;
                problem.columnName = m_options.mapping.column(ingest::CanonicalField::TransactionId);
                problem.reason = std::move(reason);
            }
            m_sink.problem(source, problem);
            ++m_refusedAfterAcknowledging;
        } else {
            break; // not back yet
        }
        m_origins.pop_front();
        ++m_firstOrigin;
    }
    m_gate->committedThrough(m_firstOrigin - 1);
    m_sink.committed();
}

void LiveSession::handleEvents()
{
    for (const auto& event : m_input.takeEvents()) {
        const std::string source = m_input.sourceOf(event.client);
        switch (event.kind) {
        case LineListener::Event::Kind::Connected:
            m_sink.notice(source + ": connected from " + event.peer);
            break;
        case LineListener::Event::Kind::InputEnded:
            break;
        case LineListener::Event::Kind::Closed:
            m_parsers.erase(event.client);
            m_sink.notice(source + (event.problem ? ": dropped: " : ": closed: ") + event.reason);
            break;
        }
    }
}

Clock::time_point LiveSession::quietCommitAt() const
{
    return std::min(m_lastCommit + m_options.commitSpacing, dueAt());
}

bool LiveSession::limitReached() const
{
    return m_options.maxTransactions > 0 && m_sequence - m_refusedAfterAcknowledging >= m_options.maxTransactions;
}

LiveSession::Summary LiveSession::run()
{
    // A thread's timers may fire up to its slack late, 50 us by default: the reads and
    // acknowledgements are paced by timers a quarter of a millisecond apart. (The thread
    // that ran a session keeps the setting; nothing else it does is timed that finely.)
    ::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
    Summary summary;
    const auto started = Clock::now();
    auto lastInput = started;
    Clock::time_point gateRefreshedAt; // the first read asks
    const bool idleExit = m_options.idleExit.count() > 0;
    const std::size_t groupRecords = std::max<std::size_t>(m_options.groupRecords, 1);
    for (;;) {
        m_applier->handOver();
        deliverStored();
        if (m_sink.stopRequested()) {
            summary.endedBy = "stop requested";
            break;
        }
        if (limitReached()) {
            summary.endedBy = "transaction limit reached";
            break;
        }
        // An open group, or lines that keep coming (the last read found more than one):
        // the session sleeps until the next acknowledgement may go (quietCommitAt(), or a
        // spacing after the last read, never longer than the group delay) and then reads
        // what arrived meanwhile, without waiting. Woken by each line and again by the
        // acknowledgement instead, it made two to three times the wake-ups, and on this VM
        // a wake-up costs more of the session's CPU than a system call: at 10,000/s,
        // 20,000-row probes, its CPU went from 1.08-1.12 s to 0.89-0.95 s, its context
        // switches from 15,200 to 6,400; the client's p50 from 0.31-0.35 to 0.44-0.45 ms.
        std::chrono::microseconds wait = m_origins.empty() ? kQuietWait : kStoredLook;
        if ((groupOpen() || m_steady) && !m_input.ended()) {
            const auto readAt = groupOpen()
                ? quietCommitAt()
                : lastInput + std::min<Clock::duration>(m_options.commitSpacing, m_options.groupDelay);
            if (readAt > Clock::now())
                std::this_thread::sleep_until(readAt);
            wait = std::chrono::microseconds(0);
        } else if (groupOpen()) {
            wait = std::chrono::microseconds(0);
        } else if (idleExit) {
            const auto left = std::chrono::ceil<std::chrono::microseconds>(lastInput + m_options.idleExit - Clock::now());
            wait = std::clamp(left, std::chrono::microseconds(0), wait);
        }
        std::vector<LiveLine> lines;
        try {
            lines = m_input.read(wait, kLinesPerRead);
        } catch (const std::exception& error) {
            summary.endedBy = std::string("input failed: ") + error.what();
            summary.inputFailed = true;
            break;
        }
        m_steady = lines.size() > 1;
        if (lines.empty()) {
            handleEvents();
            if (groupOpen()) {
                if (m_input.ended() || Clock::now() >= quietCommitAt()) {
                    acknowledgeGroup();
                    // Nothing waiting at this moment: the time to make room ahead, if it is due.
                    m_scorer.keepRoom();
                }
            } else if (m_input.ended()) {
                summary.endedBy = "end of input";
                break;
            } else if (idleExit && Clock::now() - lastInput >= m_options.idleExit) {
                summary.endedBy = "idle";
                break;
            }
            continue;
        }
        lastInput = Clock::now();
        if (lastInput - gateRefreshedAt >= kGateRefresh) {
            m_gate->refresh();
            gateRefreshedAt = lastInput;
        }
        // What was read together is answered together, unless handling it takes longer
        // than the spacing: a flood arrives in reads of a thousand lines and more.
        const auto batchAckAt = lastInput + m_options.commitSpacing;
        for (const LiveLine& line : lines) {
            handle(line, lastInput);
            if (groupOpen() && (m_group.size() >= groupRecords || Clock::now() >= std::max(quietCommitAt(), batchAckAt)))
                acknowledgeGroup();
            if (limitReached())
                break; // the rest of what was read is not stored, and not acknowledged
        }
        // Not only when the input pauses: under a steady stream it never does, and the
        // group would wait for its delay.
        if (groupOpen() && Clock::now() >= quietCommitAt())
            acknowledgeGroup();
        handleEvents();
    }
    acknowledgeGroup();
    // Committed while the clients take their last answers, not after.
    m_applier->handOver(true);
    m_input.finish(kLingerMs);
    m_applier->drain();
    deliverStored(true);
    m_applier->stop();
    // Every record in it is committed: nothing is left to recover.
    m_journal->remove();
    summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    m_checkpointer.reset();
    m_writer->close(summary.seconds, m_journalWrites);
    summary.counts = m_writer->counts();
    summary.latency = m_latency;
    summary.storedLatency = m_storedLatency;
    return summary;
}

} // namespace fraudlens::live
