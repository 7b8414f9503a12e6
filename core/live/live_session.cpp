#include "live/live_session.h"

#include "ingest/canonical_field.h"
#include "live/live_input.h"
#include "live/live_scorer.h"
#include "store/database.h"
#include "store/transaction_record.h"
#include "store/wal_checkpointer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace fraudlens::live {

namespace {

using Clock = std::chrono::steady_clock;

// The longest the session waits without looking at the sink's stop request.
constexpr std::chrono::microseconds kQuietWait = std::chrono::milliseconds(100);
// Lines handled between two looks at the group's size and age.
constexpr std::size_t kLinesPerRead = 1024;
// How long clients get, at the end, to take the answers they are owed.
constexpr int kLingerMs = 2000;

// In the order the protocol documents them; text from the input may not be UTF-8.
std::string dumped(const nlohmann::ordered_json& value)
{
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string storedAnswer(std::int64_t line, const LiveWriter::Stored& stored)
{
    // Four decimals: what a client can act on, without float noise in every answer.
    const double risk = std::round(static_cast<double>(stored.risk) * 1e4) / 1e4;
    return dumped(nlohmann::ordered_json{{"ok", true},
                                         {"line", line},
                                         {"tx", stored.transactionId},
                                         {"risk", risk},
                                         {"alert", stored.alert != LiveWriter::AlertChange::None},
                                         {"blocked", stored.blocked}});
}

std::string errorAnswer(std::int64_t line, const std::string& error)
{
    return dumped(nlohmann::ordered_json{{"ok", false}, {"line", line}, {"error", error}});
}

} // namespace

LiveSession::LiveSession(store::Database& db, LiveScorer& scorer, LiveInput& input, Options options, Sink& sink)
    : m_scorer(scorer), m_input(input), m_options(std::move(options)), m_sink(sink)
{
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
    store::TransactionRecord record;
    ingest::RowProblem problem;
    switch (parser.parse(line, record, problem)) {
    case LiveRecordParser::Outcome::Skipped:
        return;
    case LiveRecordParser::Outcome::Problem:
        reject(line, std::move(problem), true);
        return;
    case LiveRecordParser::Outcome::Record:
        break;
    }
    std::string why;
    if (!m_writer->add(record, why)) {
        reject(line, refusal(line.client, line.number, why), false); // the writer counted it
        return;
    }
    m_waiting.push_back({line.client, line.number, true, {}, readAt});
}

void LiveSession::reject(const LiveLine& line, ingest::RowProblem problem, bool countIt)
{
    if (countIt)
        m_writer->countRejected();
    m_sink.problem(m_input.sourceOf(line.client), problem);
    if (m_input.kind() != LiveInput::Kind::Listen)
        return;
    std::string error = problem.columnName.empty() ? problem.reason : problem.columnName + ": " + problem.reason;
    // A client reads its answers in its lines' order: behind an open group, this one waits too.
    if (m_writer->groupOpen())
        m_waiting.push_back({line.client, line.number, false, std::move(error), {}});
    else
        m_input.answer(line.client, errorAnswer(line.number, error));
}

void LiveSession::commitGroup()
{
    const bool answering = m_input.kind() == LiveInput::Kind::Listen;
    const bool committing = m_writer->groupOpen();
    const std::vector<LiveWriter::Stored> acknowledged = m_writer->commit();
    const auto committedAt = Clock::now();
    if (committing)
        m_lastCommit = committedAt;
    std::size_t next = 0;
    for (const Waiting& waiting : m_waiting) {
        if (!waiting.stored) {
            if (answering)
                m_input.queueAnswer(waiting.client, errorAnswer(waiting.line, waiting.error));
            continue;
        }
        if (next >= acknowledged.size())
            break; // cannot happen: the writer acknowledges every record it took, in order
        const LiveWriter::Stored& stored = acknowledged[next++];
        m_latency.record(std::chrono::duration<double>(committedAt - waiting.readAt).count());
        m_sink.stored(m_input.sourceOf(waiting.client), waiting.line, stored);
        if (answering)
            m_input.queueAnswer(waiting.client, storedAnswer(waiting.line, stored));
    }
    m_waiting.clear();
    if (answering)
        m_input.flushAnswers();
    if (!acknowledged.empty())
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
    return std::min(m_lastCommit + m_options.commitSpacing, m_writer->dueAt());
}

bool LiveSession::limitReached() const
{
    return m_options.maxTransactions > 0
        && m_writer->counts().stored + static_cast<std::int64_t>(m_writer->pending()) >= m_options.maxTransactions;
}

LiveSession::Summary LiveSession::run()
{
    Summary summary;
    const auto started = Clock::now();
    auto lastInput = started;
    const bool idleExit = m_options.idleExit.count() > 0;
    for (;;) {
        if (m_sink.stopRequested()) {
            summary.endedBy = "stop requested";
            break;
        }
        if (limitReached()) {
            summary.endedBy = "transaction limit reached";
            break;
        }
        // An open group: only look whether more is there, and commit if not, unless the
        // last commit was a moment ago (Options::commitSpacing): then gather until then.
        std::chrono::microseconds wait = kQuietWait;
        if (m_writer->groupOpen()) {
            const auto now = Clock::now();
            const auto commitAt = quietCommitAt();
            wait = commitAt > now && !m_input.ended() ? std::chrono::ceil<std::chrono::microseconds>(commitAt - now)
                                                      : std::chrono::microseconds(0);
        } else if (idleExit) {
            const auto left = std::chrono::ceil<std::chrono::microseconds>(lastInput + m_options.idleExit - Clock::now());
            wait = std::clamp(left, std::chrono::microseconds(0), kQuietWait);
        }
        std::vector<LiveLine> lines;
        try {
            lines = m_input.read(wait, kLinesPerRead);
        } catch (const std::exception& error) {
            summary.endedBy = std::string("input failed: ") + error.what();
            summary.inputFailed = true;
            break;
        }
        if (lines.empty()) {
            handleEvents();
            if (m_writer->groupOpen()) {
                if (m_input.ended() || Clock::now() >= quietCommitAt()) {
                    commitGroup();
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
        for (const LiveLine& line : lines) {
            handle(line, lastInput);
            if (m_writer->groupOpen() && (m_writer->full() || Clock::now() >= m_writer->dueAt()))
                commitGroup();
            if (limitReached())
                break; // the rest of what was read is not stored, and not acknowledged
        }
        handleEvents();
    }
    commitGroup();
    m_input.finish(kLingerMs);
    summary.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    m_checkpointer.reset();
    m_writer->close(summary.seconds);
    summary.counts = m_writer->counts();
    summary.latency = m_latency;
    return summary;
}

} // namespace fraudlens::live
