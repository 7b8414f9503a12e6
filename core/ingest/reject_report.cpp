#include "ingest/reject_report.h"

#include "ingest/csv_error.h"

#include <filesystem>

namespace fraudlens::ingest {

namespace {

std::string csvQuoted(const std::string& value)
{
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

RejectReport::RejectReport(std::string path, std::string sourceFile)
    : m_path(std::move(path)), m_source(std::move(sourceFile))
{
}

RejectReport::~RejectReport()
{
    if (m_file)
        std::fclose(m_file);
}

void RejectReport::add(const RowProblem& problem)
{
    ++m_count;
    if (m_path.empty())
        return;
    if (!m_file) {
        m_file = std::fopen(m_path.c_str(), "wb");
        if (!m_file)
            throw InputError(m_path, 0, 0, "cannot write the reject report");
        std::fputs("file,line,column,column_name,reason\n", m_file);
    }
    const std::string row = csvQuoted(m_source) + "," + std::to_string(problem.line) + "," + std::to_string(problem.column)
        + "," + csvQuoted(problem.columnName) + "," + csvQuoted(problem.reason) + "\n";
    std::fputs(row.c_str(), m_file);
}

void RejectReport::finish()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (m_count == 0 && !m_path.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
}

} // namespace fraudlens::ingest
