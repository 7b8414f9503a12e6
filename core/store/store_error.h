#pragma once

#include <stdexcept>
#include <string>

namespace fraudlens::store {

// A failure of the database layer, carrying SQLite's extended result code.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& message, int sqliteCode)
        : std::runtime_error(message), m_code(sqliteCode) {}
    int sqliteCode() const { return m_code; }

private:
    int m_code;
};

} // namespace fraudlens::store
