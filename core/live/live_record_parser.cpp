#include "live/live_record_parser.h"

#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "ingest/field_text.h"
#include "live/json_cells_reader.h"

namespace fraudlens::live {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kShownBytes = 40;

ingest::RowProblem problemAt(std::int64_t line, std::int64_t column, std::string columnName, std::string reason)
{
    ingest::RowProblem problem;
    problem.line = line;
    problem.column = column;
    problem.columnName = std::move(columnName);
    problem.reason = std::move(reason);
    return problem;
}

// One live line is one record: the reader must neither fail nor stop early (a bare
// carriage return ends a CSV record, and what follows it would be silently lost).
bool readOneRecord(ingest::CsvReader& reader, std::string_view line, std::int64_t number, ingest::CsvRecord& row,
                   ingest::RowProblem& problem)
{
    reader.setText(line, number);
    try {
        if (!reader.next(row)) {
            problem = problemAt(number, 0, {}, "no record on this line");
            return false;
        }
    } catch (const ingest::InputError& error) {
        problem = problemAt(number, error.column(), {}, error.reason());
        return false;
    }
    const auto consumed = static_cast<std::size_t>(reader.bytesRead());
    if (consumed < line.size() && !ingest::trimmed(line.substr(consumed)).empty()) {
        problem = problemAt(number, static_cast<std::int64_t>(row.fields.size()), {},
                            "a carriage return inside the line ends the record early (quote the field that holds it)");
        return false;
    }
    return true;
}

} // namespace

ingest::Mapping LiveRecordParser::defaultMapping()
{
    // Parsed once: the listener makes a parser for every client.
    static const ingest::Mapping demo = *ingest::builtinProfile("demo");
    return demo;
}

LiveRecordParser::LiveRecordParser(ingest::Mapping mapping, Format format, std::string streamName)
    : m_mapping(std::move(mapping)), m_fixedFormat(format), m_format(format), m_name(std::move(streamName))
{
}

LiveRecordParser::~LiveRecordParser() = default;

void LiveRecordParser::restart()
{
    // The CSV reader and builder stay: restart's fallback for a stream without a new header.
    m_started = false;
    m_format = m_fixedFormat;
    m_expectHeader = false;
    m_streamError.clear();
}

LiveRecordParser::Outcome LiveRecordParser::parse(const LiveLine& line, store::TransactionRecord& record,
                                                  ingest::RowProblem& problem)
{
    if (!line.overlong)
        return parse(line.text, line.number, record, problem);
    if (line.number == 1)
        restart();
    problem = problemAt(line.number, 0, {},
                        "line too long; skipped (it starts \"" + line.text.substr(0, kShownBytes) + "...\")");
    return Outcome::Problem;
}

LiveRecordParser::Outcome LiveRecordParser::parse(std::string_view line, std::int64_t lineNumber,
                                                  store::TransactionRecord& record, ingest::RowProblem& problem)
{
    if (lineNumber == 1)
        restart();
    if (!m_started && line.starts_with(kUtf8Bom))
        line.remove_prefix(kUtf8Bom.size());
    const std::string_view content = ingest::trimmed(line);
    if (content.empty())
        return Outcome::Skipped;
    if (!m_started) {
        m_started = true;
        if (m_format == Format::Auto)
            m_format = content.front() == '{' ? Format::JsonLines : Format::Csv;
        m_expectHeader = m_format == Format::Csv;
    }
    if (m_format == Format::JsonLines)
        return parseJson(line, lineNumber, record, problem);
    return parseCsv(line, lineNumber, record, problem);
}

bool LiveRecordParser::resumeAfter(std::string_view firstLine, ingest::RowProblem& problem)
{
    restart();
    store::TransactionRecord unused;
    const Outcome outcome = parse(firstLine, 1, unused, problem);
    // A JSON stream's first line is only a record, good or bad: what counts is the format.
    return outcome != Outcome::Problem || m_format == Format::JsonLines;
}

LiveRecordParser::Outcome LiveRecordParser::parseCsv(std::string_view line, std::int64_t lineNumber,
                                                     store::TransactionRecord& record, ingest::RowProblem& problem)
{
    if (m_expectHeader)
        return takeHeader(line, lineNumber, record, problem);
    if (!m_csvBuilder) {
        problem = problemAt(lineNumber, 0, {}, "no usable CSV header: " + m_streamError);
        return Outcome::Problem;
    }
    if (!readOneRecord(*m_csv, line, lineNumber, m_row, problem)) {
        if (problem.column > 0 && static_cast<std::size_t>(problem.column) <= m_header.size())
            problem.columnName = m_header[static_cast<std::size_t>(problem.column) - 1];
        return Outcome::Problem;
    }
    return m_csvBuilder->build(m_row, record, problem) ? Outcome::Record : Outcome::Problem;
}

LiveRecordParser::Outcome LiveRecordParser::takeHeader(std::string_view line, std::int64_t lineNumber,
                                                       store::TransactionRecord& record, ingest::RowProblem& problem)
{
    m_expectHeader = false;
    // A fresh reader: the delimiter, when the mapping leaves it open, is sniffed from this header.
    auto reader = std::make_unique<ingest::CsvReader>(m_mapping.delimiter, m_name);
    ingest::CsvRecord row;
    std::vector<std::string> names;
    std::unique_ptr<ingest::RecordBuilder> builder;
    if (readOneRecord(*reader, line, lineNumber, row, problem)) {
        names.assign(row.fields.begin(), row.fields.end());
        try {
            builder = std::make_unique<ingest::RecordBuilder>(m_mapping, names, m_name);
        } catch (const ingest::InputError& error) {
            problem = problemAt(lineNumber, error.column(), {}, error.reason());
        }
    }
    if (builder) {
        m_csv = std::move(reader);
        m_csvBuilder = std::move(builder);
        m_header = std::move(names);
        return Outcome::Skipped;
    }
    if (m_csvBuilder) // a restarted stream that did not repeat its header
        return parseCsv(line, lineNumber, record, problem);
    m_streamError = problem.reason;
    return Outcome::Problem;
}

void LiveRecordParser::prepareJson()
{
    auto add = [this](const std::string& name) {
        if (!name.empty() && m_jsonColumn.emplace(name, m_jsonHeader.size()).second)
            m_jsonHeader.push_back(name);
    };
    for (const std::string& column : m_mapping.columns)
        add(column);
    for (const std::string& column : m_mapping.extraNumeric)
        add(column);
    for (const std::string& column : m_mapping.extraCategorical)
        add(column);
    m_jsonValues.assign(m_jsonHeader.size(), std::string());
    try {
        m_jsonBuilder = std::make_unique<ingest::RecordBuilder>(m_mapping, m_jsonHeader, m_name);
    } catch (const ingest::InputError& error) {
        // Only a mapping whose names carry outer spaces gets here (the builder trims header names).
        m_streamError = error.reason();
    }
}

LiveRecordParser::Outcome LiveRecordParser::parseJson(std::string_view line, std::int64_t lineNumber,
                                                      store::TransactionRecord& record, ingest::RowProblem& problem)
{
    if (!m_jsonBuilder && m_streamError.empty())
        prepareJson();
    if (!m_jsonBuilder) {
        problem = problemAt(lineNumber, 0, {}, "the mapping cannot read JSON lines: " + m_streamError);
        return Outcome::Problem;
    }
    JsonCellsReader reader(m_jsonColumn, m_jsonValues);
    switch (reader.read(line)) {
    case JsonCellsReader::Result::Cells:
        break;
    case JsonCellsReader::Result::Syntax:
        problem = problemAt(lineNumber, 0, {},
                            "not valid JSON at character " + std::to_string(reader.errorByte()) + ": " + reader.reason());
        return Outcome::Problem;
    case JsonCellsReader::Result::TooLarge:
        // 1e999: a number beyond double's range is a bad line, not the end of the stream.
        problem = problemAt(lineNumber, 0, {}, "not valid JSON: a number too large for a double");
        return Outcome::Problem;
    case JsonCellsReader::Result::NotAnObject:
        problem = problemAt(lineNumber, 0, {}, std::string("a JSON line must hold one object, not ") + reader.typeName());
        return Outcome::Problem;
    case JsonCellsReader::Result::NotAScalar:
        problem = problemAt(lineNumber, 0, reader.key(), std::string("expected a string or a number, not ") + reader.typeName());
        return Outcome::Problem;
    }

    m_row.line = lineNumber;
    m_row.fields.assign(m_jsonValues.begin(), m_jsonValues.end());
    if (!m_jsonBuilder->build(m_row, record, problem)) {
        problem.column = 0; // the key (columnName) is what names the place in JSON
        return Outcome::Problem;
    }
    return Outcome::Record;
}

} // namespace fraudlens::live
