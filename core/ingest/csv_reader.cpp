#include "ingest/csv_reader.h"

#include "ingest/csv_error.h"
#include "ingest/utf8.h"

#include <array>
#include <filesystem>
#include <map>

namespace fraudlens::ingest {

namespace {

constexpr size_t kChunkSize = 1 << 20;
constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};

} // namespace

CsvReader::CsvReader(std::string path, char delimiter)
    : m_path(std::move(path)), m_delimiter(delimiter), m_chunk(kChunkSize)
{
    std::error_code error;
    if (std::filesystem::is_directory(m_path, error))
        throw InputError(m_path, 0, 0, "is a directory, not a CSV file");
    m_file = std::fopen(m_path.c_str(), "rb");
    if (!m_file)
        throw InputError(m_path, 0, 0, "cannot open the file for reading");
    m_fileSize = static_cast<std::int64_t>(std::filesystem::file_size(m_path, error));
    fill();
    // A UTF-8 byte order mark is not part of the first header name.
    if (m_end - m_pos >= 3 && static_cast<unsigned char>(m_chunk[0]) == 0xEF
        && static_cast<unsigned char>(m_chunk[1]) == 0xBB && static_cast<unsigned char>(m_chunk[2]) == 0xBF) {
        m_pos = 3;
        m_consumed = 3;
    }
    if (m_delimiter == 0)
        m_delimiter = sniffDelimiter(std::string_view(m_chunk.data() + m_pos, m_end - m_pos));
}

CsvReader::CsvReader(char delimiter, std::string name)
    : m_path(std::move(name)), m_delimiter(delimiter), m_eof(true)
{
}

void CsvReader::setText(std::string_view text, std::int64_t line)
{
    // m_eof stays set, so fill() never reaches for a file: the text is the whole input.
    m_chunk.assign(text.begin(), text.end());
    m_pos = 0;
    m_end = m_chunk.size();
    m_consumed = 0;
    m_fileSize = static_cast<std::int64_t>(text.size());
    m_line = line;
    if (m_delimiter == 0)
        m_delimiter = sniffDelimiter(text);
}

std::vector<std::string> CsvReader::readHeader()
{
    CsvRecord header;
    if (!next(header))
        throw InputError(m_path, 1, 1, "the file is empty: a header row naming the columns is expected");
    std::vector<std::string> names;
    names.reserve(header.fields.size());
    for (std::string_view field : header.fields) {
        if (!isValidUtf8(field))
            throw InputError(m_path, header.line, static_cast<std::int64_t>(names.size()) + 1,
                             "the column name is not UTF-8 text; convert the file to UTF-8 first "
                             "(for example: iconv -f latin1 -t utf-8)");
        names.emplace_back(field);
    }
    return names;
}

CsvReader::~CsvReader()
{
    if (m_file)
        std::fclose(m_file);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep nothing: records are copied into m_buffer as they are parsed.
    m_pos = 0;
    m_end = std::fread(m_chunk.data(), 1, m_chunk.size(), m_file);
    if (m_end == 0) {
        if (std::ferror(m_file))
            throw InputError(m_path, m_line, 0, "read error");
        m_eof = true;
        return false;
    }
    return true;
}

int CsvReader::peekByte()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(m_chunk[m_pos]);
}

int CsvReader::getByte()
{
    const int c = peekByte();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::next(CsvRecord& record)
{
    m_buffer.clear();
    m_fieldEnds.clear();
    record.fields.clear();

    // Skip blank lines between records: a trailing empty line is not a record.
    for (;;) {
        const int c = peekByte();
        if (c == '\n') {
            getByte();
            ++m_line;
        } else if (c == '\r') {
            getByte();
            if (peekByte() == '\n')
                getByte();
            ++m_line;
        } else {
            break;
        }
    }
    if (peekByte() < 0)
        return false;

    record.line = m_line;
    const char delimiter = m_delimiter;
    for (;;) {
        // One field per iteration.
        int c = peekByte();
        if (c == '"') {
            getByte();
            const std::int64_t openedOnLine = m_line;
            for (;;) {
                // Fast path: copy the run of plain bytes inside the quotes in one go.
                if (m_pos == m_end && !fill())
                    throw InputError(m_path, openedOnLine, static_cast<std::int64_t>(m_fieldEnds.size()) + 1,
                                     "quoted field is never closed (a \" is missing)");
                size_t run = m_pos;
                while (run < m_end && m_chunk[run] != '"' && m_chunk[run] != '\n')
                    ++run;
                m_buffer.append(m_chunk.data() + m_pos, run - m_pos);
                m_consumed += static_cast<std::int64_t>(run - m_pos);
                m_pos = run;
                if (m_pos == m_end)
                    continue;
                c = getByte();
                if (c == '\n') {
                    m_buffer.push_back('\n');
                    ++m_line;
                    continue;
                }
                // c == '"': an escaped quote or the end of the field.
                if (peekByte() == '"') {
                    getByte();
                    m_buffer.push_back('"');
                    continue;
                }
                break;
            }
            c = peekByte();
            if (c != delimiter && c != '\n' && c != '\r' && c >= 0)
                throw InputError(m_path, m_line, static_cast<std::int64_t>(m_fieldEnds.size()) + 1,
                                 "unexpected character after a closing quote (quotes inside a field must be doubled)");
        } else {
            for (;;) {
                size_t run = m_pos;
                while (run < m_end && m_chunk[run] != delimiter && m_chunk[run] != '\n' && m_chunk[run] != '\r')
                    ++run;
                m_buffer.append(m_chunk.data() + m_pos, run - m_pos);
                m_consumed += static_cast<std::int64_t>(run - m_pos);
                m_pos = run;
                if (m_pos < m_end || !fill())
                    break;
            }
        }
        m_fieldEnds.push_back(m_buffer.size());

        c = getByte();
        if (c == delimiter)
            continue;
        if (c == '\r' && peekByte() == '\n')
            getByte();
        if (c >= 0)
            ++m_line;
        break;
    }

    size_t start = 0;
    record.fields.reserve(m_fieldEnds.size());
    for (size_t end : m_fieldEnds) {
        record.fields.emplace_back(m_buffer.data() + start, end - start);
        start = end;
    }
    return true;
}

char CsvReader::sniffDelimiter(std::string_view sample)
{
    // Count each candidate per line, outside quotes, over up to 50 lines.
    std::array<std::map<int, int>, kCandidates.size()> histograms;
    std::array<int, kCandidates.size()> counts{};
    bool quoted = false;
    int lines = 0;
    for (size_t i = 0; i < sample.size() && lines < 50; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            for (size_t k = 0; k < kCandidates.size(); ++k) {
                ++histograms[k][counts[k]];
                counts[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < kCandidates.size(); ++k)
                counts[k] += c == kCandidates[k];
        }
    }
    if (lines == 0) {
        for (size_t k = 0; k < kCandidates.size(); ++k)
            ++histograms[k][counts[k]];
    }
    char best = ',';
    int bestScore = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        for (const auto& [perLine, lineCount] : histograms[k]) {
            // Consistency first (lines agreeing), then more columns.
            const int score = perLine == 0 ? 0 : lineCount * 1000 + perLine;
            if (score > bestScore) {
                bestScore = score;
                best = kCandidates[k];
            }
        }
    }
    return best;
}

} // namespace fraudlens::ingest
