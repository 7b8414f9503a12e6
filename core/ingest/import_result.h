#pragma once

#include "ingest/row_problem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::ingest {

struct ImportResult {
    enum class Status { Stored, Rejected, AlreadyImported, Cancelled };
    Status status = Status::Stored;
    std::int64_t importId = 0;
    std::int64_t rowsRead = 0;
    std::int64_t rowsStored = 0;
    std::int64_t rowsRejected = 0;
    std::int64_t accountsCreated = 0;
    std::string sha256;
    std::string message;                   // for AlreadyImported: which import it repeats
    std::vector<RowProblem> firstProblems; // at most kKeptProblems
    std::string rejectReportPath;          // written when there were rejects

    static constexpr size_t kKeptProblems = 50;
};

} // namespace fraudlens::ingest
