#pragma once

#include "live/live_session.h"

namespace fraudlens::cli {

// What `fraudlens-cli live` shows: each bad line on stderr as SOURCE:LINE:COLUMN: reason;
// on stdout, once its commit is done, an OK line per stored transaction (not with
// --quiet) and an ALERT or BLOCKED line whenever a transaction raised or updated an
// alert or was blocked. Stdout is flushed after every commit, so that a line printed
// is a transaction stored, even for a reader at the other end of a pipe.
class LivePrinter : public live::LiveSession::Sink {
public:
    explicit LivePrinter(bool quiet) : m_quiet(quiet) {}

    void problem(const std::string& source, const ingest::RowProblem& problem) override;
    void stored(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored) override;
    void committed() override;
    void notice(const std::string& text) override;
    bool stopRequested() override;

private:
    bool m_quiet;
};

} // namespace fraudlens::cli
