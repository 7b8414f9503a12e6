#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::ingest {

// One record. The views point into the reader's buffer and live until the next call.
struct CsvRecord {
    std::vector<std::string_view> fields;
    std::int64_t line = 0; // physical line on which the record starts, 1-based
};

// Streaming RFC 4180 reader: quoted fields with embedded delimiters, quotes and newlines,
// LF or CRLF line ends, an optional UTF-8 byte order mark. Reads in fixed-size chunks,
// so memory does not grow with the file.
class CsvReader {
public:
    // delimiter 0 sniffs it from the first lines among , ; tab |.
    CsvReader(std::string path, char delimiter = 0);
    // Text mode, for records that arrive a line at a time (a live stream) and must follow
    // the same quoting rules as a file: nothing is opened; setText() hands over each piece,
    // and name stands in for the path in error messages.
    CsvReader(char delimiter, std::string name);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // false at the end of the file; throws InputError on broken quoting.
    bool next(CsvRecord& record);

    // The first record as column names. Throws InputError when the file is empty or a name
    // is not UTF-8 (a Latin-1 export): names end up in mapping files, which are JSON.
    std::vector<std::string> readHeader();

    // Text mode only: replaces what next() reads. The end of text is the end of the input,
    // so a quote still open there is an error, as at the end of a file. line numbers the
    // text's first line; a delimiter of 0 is sniffed from the first text given.
    void setText(std::string_view text, std::int64_t line);

    char delimiter() const { return m_delimiter; }
    const std::string& path() const { return m_path; }
    std::int64_t bytesRead() const { return m_consumed; }
    std::int64_t fileSize() const { return m_fileSize; }

    // The delimiter that best explains the sample: the candidate found the same non-zero
    // number of times, outside quotes, on the most lines.
    static char sniffDelimiter(std::string_view sample);

private:
    bool fill();
    int peekByte();
    int getByte();

    std::string m_path;
    std::FILE* m_file = nullptr;
    char m_delimiter;
    std::vector<char> m_chunk;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    std::int64_t m_consumed = 0;
    std::int64_t m_fileSize = 0;
    std::int64_t m_line = 1;
    std::string m_buffer;               // the current record's unescaped bytes
    std::vector<size_t> m_fieldEnds;    // end offset of each field in m_buffer
};

} // namespace fraudlens::ingest
