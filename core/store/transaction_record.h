#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::store {

// One transaction in canonical form: what the importer produces from a mapped CSV
// row and what the demo generator produces directly. Empty strings mean "not given".
struct TransactionRecord {
    std::string transactionId;       // may be empty: the store then assigns one
    std::string accountId;           // required
    std::int64_t timestampMs = 0;    // UTC, milliseconds since the Unix epoch
    double amount = 0.0;
    std::string currency;
    std::string txType;              // order | payment | refund (free text is kept as given)
    std::string status;
    std::string merchantId;
    std::string deviceId;
    std::string ip;
    std::string cardId;
    std::string email;
    std::string address;
    std::string country;
    std::string channel;
    std::string category;
    std::optional<std::int64_t> accountCreatedMs;
    std::optional<int> label;        // 1 fraud, 0 genuine, empty unknown
    std::string fraudPattern;        // demo data: which injected pattern; a label, never a feature
    // Mapped extra model features, column name -> value.
    std::vector<std::pair<std::string, double>> extraNumeric;
    std::vector<std::pair<std::string, std::string>> extraCategorical;
};

} // namespace fraudlens::store
