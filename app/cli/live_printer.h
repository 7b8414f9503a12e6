#pragma once

#include "live/live_session.h"

namespace fraudlens::cli {

// What `fraudlens-cli live` shows: each bad line on stderr as SOURCE:LINE:COLUMN: reason;
// on stdout, an OK line per transaction once it is acknowledged (in the session's
// journal; not with --quiet), and once SQLite has it, an ALERT or BLOCKED line whenever
// it raised or updated an alert or was blocked. Stdout is flushed after every group, so
// that an OK line printed is a transaction kept, even for a reader at the other end of a
// pipe.
class LivePrinter : public live::LiveSession::Sink {
public:
    explicit LivePrinter(bool quiet) : m_quiet(quiet) {}

    void problem(const std::string& source, const ingest::RowProblem& problem) override;
    void acknowledged(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored) override;
    void stored(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored) override;
    void committed() override;
    void notice(const std::string& text) override;
    bool stopRequested() override;

private:
    bool m_quiet;
};

} // namespace fraudlens::cli
