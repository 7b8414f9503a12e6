#include "live/json_cells_reader.h"

namespace fraudlens::live {

namespace {

using json = nlohmann::json;

// nlohmann's message repeats the position ("[json...] parse error at line 1, column 5: reason").
std::string withoutPosition(const std::string& what)
{
    const std::size_t colon = what.find(": ", what.find(']'));
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// nlohmann's own error id for a number that overflows a double.
constexpr int kNumberOverflow = 406;

} // namespace

JsonCellsReader::JsonCellsReader(const Columns& columns, std::vector<std::string>& cells)
    : m_columns(columns)
    , m_cells(cells)
{
}

JsonCellsReader::Result JsonCellsReader::read(std::string_view line)
{
    for (std::string& cell : m_cells)
        cell.clear();
    m_current = nullptr;
    m_depth = 0;
    m_result = Result::Cells;
    json::sax_parse(line, this);
    return m_result;
}

void JsonCellsReader::scalar(const char* typeName, std::string text, bool given)
{
    if (m_depth == 0) {
        if (m_result == Result::Cells) {
            m_result = Result::NotAnObject;
            m_typeName = typeName;
        }
        return;
    }
    if (m_depth != 1 || !m_current)
        return;
    // A key given twice: the last one counts, as in a parsed document.
    if (given)
        *m_current = std::move(text);
    else
        m_current->clear();
}

void JsonCellsReader::nested(const char* typeName)
{
    if (m_result == Result::Cells) {
        if (m_depth == 0) {
            m_result = Result::NotAnObject;
            m_typeName = typeName;
        } else if (m_depth == 1 && m_current) {
            m_result = Result::NotAScalar;
            m_key = *m_currentKey;
            m_typeName = typeName;
        }
    }
    ++m_depth;
}

bool JsonCellsReader::null()
{
    scalar("null", {}, false);
    return true;
}

bool JsonCellsReader::boolean(bool value)
{
    scalar("boolean", value ? "true" : "false");
    return true;
}

bool JsonCellsReader::number_integer(number_integer_t value)
{
    scalar("number", std::to_string(value));
    return true;
}

bool JsonCellsReader::number_unsigned(number_unsigned_t value)
{
    scalar("number", std::to_string(value));
    return true;
}

bool JsonCellsReader::number_float(number_float_t value, const string_t&)
{
    // The shortest text that reads back as the same double, not the line's own spelling.
    if (m_depth == 1 && m_current)
        scalar("number", json(value).dump());
    else
        scalar("number", {});
    return true;
}

bool JsonCellsReader::string(string_t& value)
{
    if (m_depth == 1 && m_current)
        scalar("string", std::move(value));
    else
        scalar("string", {});
    return true;
}

bool JsonCellsReader::binary(binary_t&)
{
    scalar("binary", {});
    return true;
}

bool JsonCellsReader::start_object(std::size_t)
{
    if (m_depth == 0)
        m_depth = 1; // the line's own object
    else
        nested("object");
    return true;
}

bool JsonCellsReader::key(string_t& name)
{
    if (m_depth != 1)
        return true;
    const auto found = m_columns.find(name);
    m_current = found == m_columns.end() ? nullptr : &m_cells[found->second];
    m_currentKey = found == m_columns.end() ? nullptr : &found->first;
    return true;
}

bool JsonCellsReader::end_object()
{
    --m_depth;
    return true;
}

bool JsonCellsReader::start_array(std::size_t)
{
    nested("array");
    return true;
}

bool JsonCellsReader::end_array()
{
    --m_depth;
    return true;
}

bool JsonCellsReader::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error)
{
    // Whatever was found before, a line that is not JSON is reported as such.
    if (error.id == kNumberOverflow) {
        m_result = Result::TooLarge;
    } else {
        m_result = Result::Syntax;
        const auto* syntax = dynamic_cast<const nlohmann::detail::parse_error*>(&error);
        m_errorByte = syntax ? syntax->byte : position;
        m_reason = withoutPosition(error.what());
    }
    return false;
}

} // namespace fraudlens::live
