#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::ingest {

// Why one row was rejected, and where.
struct RowProblem {
    std::int64_t line = 0;
    std::int64_t column = 0;   // 1-based field number; 0 when the whole row is at fault
    std::string columnName;
    std::string reason;

    std::string format(const std::string& file) const
    {
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": "
            + (columnName.empty() ? std::string() : columnName + ": ") + reason;
    }
};

} // namespace fraudlens::ingest
