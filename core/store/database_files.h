#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <system_error>

namespace fraudlens::store {

// SQLite keeps a database in up to three files beside the main one; they move and go together.
inline constexpr std::array<const char*, 3> kDatabaseSidecars = {"-wal", "-shm", "-journal"};

// Removes a database and its sidecars; what is already absent is no error.
inline void removeDatabaseFiles(const std::string& path)
{
    std::error_code ignored;
    for (const char* suffix : kDatabaseSidecars)
        std::filesystem::remove(path + suffix, ignored);
    std::filesystem::remove(path, ignored);
}

} // namespace fraudlens::store
