#include "scoring/model_location.h"

#include <filesystem>
#include <system_error>

namespace fraudlens::scoring {

namespace fs = std::filesystem;

namespace {

fs::path folderOf(const std::string& dbPath)
{
    return fs::absolute(fs::path(dbPath)).lexically_normal().parent_path();
}

} // namespace

std::string ModelLocation::toStored(const std::string& dbPath, const std::string& weightsPath)
{
    const fs::path weights = fs::absolute(fs::path(weightsPath)).lexically_normal();
    const fs::path relative = weights.lexically_relative(folderOf(dbPath));
    if (relative.empty() || *relative.begin() == "..")
        return weights.string();
    return relative.string();
}

std::string ModelLocation::resolve(const std::string& dbPath, const std::string& stored)
{
    const fs::path path(stored);
    if (path.is_absolute())
        return stored;
    const fs::path besideDatabase = folderOf(dbPath) / path;
    std::error_code error;
    if (fs::exists(besideDatabase, error) || !fs::exists(path, error))
        return besideDatabase.string();
    return stored;
}

} // namespace fraudlens::scoring
