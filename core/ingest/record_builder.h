#pragma once

#include "ingest/canonical_field.h"
#include "ingest/csv_reader.h"
#include "ingest/mapping.h"
#include "ingest/row_problem.h"
#include "ingest/timestamp_parser.h"
#include "store/transaction_record.h"

#include <array>
#include <string>
#include <vector>

namespace fraudlens::ingest {

// Turns one CSV row into a canonical record, checking every mapped value on the way.
class RecordBuilder {
public:
    // Throws InputError (file:1:col) when the header lacks a mapped column or repeats a name.
    RecordBuilder(const Mapping& mapping, const std::vector<std::string>& header, std::string file);

    // false (with the first problem found) when the row cannot be stored.
    bool build(const CsvRecord& row, store::TransactionRecord& record, RowProblem& problem) const;

    size_t headerSize() const { return m_header.size(); }
    // 1-based column of a mapped field, 0 when it is not mapped.
    std::int64_t columnOf(CanonicalField field) const { return m_index[static_cast<size_t>(field)] + 1; }

private:
    static constexpr int kNotMapped = -1;

    bool fail(const CsvRecord& row, int index, std::string reason, RowProblem& problem) const;

    std::vector<std::string> m_header;
    std::string m_file;
    std::array<int, kCanonicalFieldCount> m_index{};
    std::vector<std::pair<int, std::string>> m_extraNumeric;
    std::vector<std::pair<int, std::string>> m_extraCategorical;
    TimestampParser m_timestamp;
    TimestampParser m_createdAt;
    bool m_allowNegative = false;
};

} // namespace fraudlens::ingest
