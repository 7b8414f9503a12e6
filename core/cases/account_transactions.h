#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Each detector's calibrated score in [0,1], as the latest scoring run stored it.
struct DetectorScores {
    double autoencoder = 0.0;
    double sequence = 0.0;
    double rings = 0.0;
    double rules = 0.0;
    double bursts = 0.0;
};

struct AccountTransaction {
    std::int64_t id = 0;
    std::string externalId;
    std::int64_t timeMs = 0;
    double amount = 0.0;
    std::string currency;
    std::string type;
    std::string merchant;
    std::string status;
    std::string device;
    std::string ip;
    std::string card;
    std::optional<double> risk;               // fused; nullopt when the transaction was not scored
    std::optional<DetectorScores> detectors;  // idem
    std::vector<std::string> reasons;         // strongest first, in words
    bool flagged = false;                     // part of an alert of this account, open or decided
    std::optional<bool> label;                // the data set's own fraud label, when it has one
};

// One account's transactions, oldest first, with the burst hours that overlap them.
struct AccountTransactions {
    static constexpr std::size_t kMaxRows = 5000;

    std::vector<AccountTransaction> rows;
    // More than `limit` transactions: rows holds the newest `limit` of them.
    bool truncated = false;
    // Starts (ms) of the hours with a burst, platform-wide or at a merchant the account
    // used, that overlap the span of rows. Ascending, distinct.
    std::vector<std::int64_t> burstHours;

    static AccountTransactions load(store::Database& db, std::int64_t accountId, std::size_t limit = kMaxRows);
};

} // namespace fraudlens::cases
