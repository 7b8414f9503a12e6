#pragma once

#include "ingest/csv_reader.h"
#include "ingest/mapping.h"
#include "ingest/record_builder.h"
#include "ingest/row_problem.h"
#include "live/live_line.h"
#include "store/transaction_record.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

// Turns the lines of one live stream into canonical records, or into a problem that names
// the line, the column and the reason: a bad line never stops the stream.
//
// Two formats, told apart by the stream's first non-blank byte unless fixed:
// - CSV: the first line is the header, then one record per line, with the importer's
//   quoting rules (CsvReader) and checks (RecordBuilder). A quoted field cannot continue
//   on the next line here: that would let one missing quote swallow the stream.
// - JSON lines ('{'): one object per line whose keys are the column names the mapping
//   uses for CSV, so one mapping serves both; values are strings, numbers, booleans or
//   null (= not given); a missing key is an empty cell; keys the mapping does not name
//   are ignored, as unmapped CSV columns are.
//
// One parser per stream: each TCP client gets its own.
class LiveRecordParser {
public:
    enum class Format { Auto, Csv, JsonLines };
    enum class Outcome {
        Record,  // record holds the line's transaction
        Problem, // problem says why the line was skipped
        Skipped, // nothing to store: a blank line or the CSV header
    };

    // The built-in demo profile: the canonical column names FraudLens itself writes.
    static ingest::Mapping defaultMapping();

    explicit LiveRecordParser(ingest::Mapping mapping = defaultMapping(), Format format = Format::Auto,
                              std::string streamName = "live");
    ~LiveRecordParser();
    LiveRecordParser(const LiveRecordParser&) = delete;
    LiveRecordParser& operator=(const LiveRecordParser&) = delete;

    // lineNumber 1 starts the stream over (see restart()), so that a truncated or rotated
    // file brings its own header. Never throws for what the line holds.
    Outcome parse(std::string_view line, std::int64_t lineNumber, store::TransactionRecord& record,
                  ingest::RowProblem& problem);
    // The same for a source's line; an overlong line becomes a problem.
    Outcome parse(const LiveLine& line, store::TransactionRecord& record, ingest::RowProblem& problem);

    // The stream starts over: the format (unless fixed) and the CSV header come again. A
    // CSV stream whose new first line cannot serve as a header keeps the old one and reads
    // that line as a record, for writers that do not repeat the header after truncating.
    void restart();
    // Reading begins in the middle of the stream (FileFollower::Start::End): the stream's
    // first line fixes the format and, for CSV, the header. False, with the problem, when
    // that line is no usable header.
    bool resumeAfter(std::string_view firstLine, ingest::RowProblem& problem);

    // Auto until the first non-blank line.
    Format format() const { return m_format; }
    // The CSV header could not serve the mapping: every later line is a problem until the
    // stream starts over. The live command may prefer to stop: this says why.
    const std::string& streamError() const { return m_streamError; }
    const std::vector<std::string>& header() const { return m_header; }

private:
    Outcome parseCsv(std::string_view line, std::int64_t lineNumber, store::TransactionRecord& record,
                     ingest::RowProblem& problem);
    Outcome takeHeader(std::string_view line, std::int64_t lineNumber, store::TransactionRecord& record,
                       ingest::RowProblem& problem);
    Outcome parseJson(std::string_view line, std::int64_t lineNumber, store::TransactionRecord& record,
                      ingest::RowProblem& problem);
    void prepareJson();

    ingest::Mapping m_mapping;
    Format m_fixedFormat;
    Format m_format = Format::Auto;
    std::string m_name;
    bool m_started = false;     // a non-blank line of this stream was seen
    bool m_expectHeader = false;
    std::string m_streamError;

    std::vector<std::string> m_header;
    std::unique_ptr<ingest::CsvReader> m_csv;
    std::unique_ptr<ingest::RecordBuilder> m_csvBuilder;

    // JSON lines go through a RecordBuilder too, over a header made of the mapped names.
    std::unique_ptr<ingest::RecordBuilder> m_jsonBuilder;
    std::vector<std::string> m_jsonHeader;
    std::map<std::string, std::size_t, std::less<>> m_jsonColumn;
    std::vector<std::string> m_jsonValues;
    ingest::CsvRecord m_row;
};

} // namespace fraudlens::live
