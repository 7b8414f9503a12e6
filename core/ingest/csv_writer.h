#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::ingest {

// Writes RFC 4180 CSV, quoting only the fields that need it.
class CsvWriter {
public:
    explicit CsvWriter(const std::string& path);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const std::vector<std::string_view>& fields);
    // Flushes and closes; throws when the disk refused the data.
    void close();

private:
    std::string m_path;
    std::FILE* m_file = nullptr;
    std::string m_line;
};

} // namespace fraudlens::ingest
