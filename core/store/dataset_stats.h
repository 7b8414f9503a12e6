#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace fraudlens::store {

class Database;

// What a database holds, for `fraudlens-cli stats` and the main window.
struct DatasetStats {
    std::int64_t transactions = 0;
    std::int64_t accounts = 0;
    std::int64_t frozenAccounts = 0;
    std::int64_t labelledFraud = 0;
    std::int64_t labelled = 0;
    std::int64_t imports = 0;
    std::optional<std::int64_t> firstMs;
    std::optional<std::int64_t> lastMs;
    std::map<std::string, std::int64_t> patterns;
    std::map<std::string, std::int64_t> types;

    static DatasetStats load(Database& db);
    // The `stats --json` contract: transactions, accounts, labelled_fraud, first, last, patterns.
    std::string toJson() const;
    std::string toText() const;
};

} // namespace fraudlens::store
