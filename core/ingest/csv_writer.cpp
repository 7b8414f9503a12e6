#include "ingest/csv_writer.h"

#include "ingest/csv_error.h"

namespace fraudlens::ingest {

CsvWriter::CsvWriter(const std::string& path) : m_path(path)
{
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file)
        throw InputError(path, 0, 0, "cannot open the file for writing");
    std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
}

CsvWriter::~CsvWriter()
{
    if (m_file)
        std::fclose(m_file);
}

void CsvWriter::writeRow(const std::vector<std::string_view>& fields)
{
    m_line.clear();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.push_back(',');
        const std::string_view field = fields[i];
        if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
            m_line.append(field);
            continue;
        }
        m_line.push_back('"');
        for (char c : field) {
            if (c == '"')
                m_line.push_back('"');
            m_line.push_back(c);
        }
        m_line.push_back('"');
    }
    m_line.push_back('\n');
    std::fwrite(m_line.data(), 1, m_line.size(), m_file);
}

void CsvWriter::close()
{
    if (!m_file)
        return;
    const bool failed = std::ferror(m_file) != 0;
    const bool closeFailed = std::fclose(m_file) != 0;
    m_file = nullptr;
    if (failed || closeFailed)
        throw InputError(m_path, 0, 0, "could not write the whole file (disk full?)");
}

} // namespace fraudlens::ingest
