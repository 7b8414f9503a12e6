#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

// Reads one JSON line's top-level object straight into cells, one per mapped key, as the
// text a CSV cell would hold, without building the document: nlohmann's DOM (a std::map
// and a node per key, all freed again) was 6 % of the live server at 10,000 lines a
// second. Keys the mapping does not name are skipped, whatever they hold.
class JsonCellsReader final : public nlohmann::json_sax<nlohmann::json> {
public:
    using Columns = std::map<std::string, std::size_t, std::less<>>;
    enum class Result {
        Cells,       // every mapped key read (a missing one stays empty)
        Syntax,      // not valid JSON: errorByte(), reason()
        TooLarge,    // a number beyond double's range
        NotAnObject, // the line holds another value: typeName()
        NotAScalar,  // a mapped key holds an object or array: key(), typeName()
    };

    // cells must have a slot for every column's index; they are cleared by read().
    JsonCellsReader(const Columns& columns, std::vector<std::string>& cells);
    Result read(std::string_view line);

    std::size_t errorByte() const { return m_errorByte; }
    const std::string& reason() const { return m_reason; }
    const std::string& key() const { return m_key; }
    const char* typeName() const { return m_typeName; }

    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(number_integer_t value) override;
    bool number_unsigned(number_unsigned_t value) override;
    bool number_float(number_float_t value, const string_t& text) override;
    bool string(string_t& value) override;
    bool binary(binary_t& value) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t& name) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& error) override;

private:
    void scalar(const char* typeName, std::string text, bool given = true);
    void nested(const char* typeName);

    const Columns& m_columns;
    std::vector<std::string>& m_cells;
    std::string* m_current = nullptr;           // the cell of the key just read, if mapped
    const std::string* m_currentKey = nullptr; // that key, as the columns spell it
    int m_depth = 0;
    Result m_result = Result::Cells;
    std::size_t m_errorByte = 0;
    std::string m_reason;
    std::string m_key;
    const char* m_typeName = "";
};

} // namespace fraudlens::live
