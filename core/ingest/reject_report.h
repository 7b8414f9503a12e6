#pragma once

#include "ingest/row_problem.h"

#include <cstdio>
#include <string>

namespace fraudlens::ingest {

// The CSV of every rejected row (file, line, column, column name, reason), written as
// rows are rejected so that a file full of errors does not fill memory.
class RejectReport {
public:
    RejectReport(std::string path, std::string sourceFile);
    ~RejectReport();
    RejectReport(const RejectReport&) = delete;
    RejectReport& operator=(const RejectReport&) = delete;

    void add(const RowProblem& problem);
    // Closes the file; removes it when nothing was rejected.
    void finish();
    std::int64_t count() const { return m_count; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_source;
    std::FILE* m_file = nullptr;
    std::int64_t m_count = 0;
};

} // namespace fraudlens::ingest
