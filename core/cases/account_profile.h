#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// A value the account used (a device, an IP, …) and how many other accounts used it too.
struct LinkedEntity {
    std::string kind; // "device", "ip", "card", "email", "address": the transactions column
    std::string value;
    std::int64_t otherAccounts = 0;
};

struct AccountRing {
    std::int64_t id = 0;
    double score = 0.0;
    std::int64_t size = 0;
};

struct AccountAlert {
    std::int64_t id = 0;
    std::string status; // alerts.status, see AlertStatus
    double priority = 0.0;
};

// What the account view's header and entity list show about one account, read in one go.
struct AccountProfile {
    std::int64_t id = 0;
    std::string externalId;
    std::string status; // "active" or "frozen"
    std::optional<std::int64_t> createdAtMs;
    std::optional<std::int64_t> firstSeenMs;
    // From created_at (else first_seen) to the data's latest transaction: a historical
    // data set has no meaningful "now", its last transaction is.
    std::optional<std::int64_t> ageMs;
    std::int64_t transactionCount = 0;
    double totalAmount = 0.0;
    std::optional<std::int64_t> firstTransactionMs;
    std::optional<std::int64_t> lastTransactionMs;
    // The strongest ring of the latest scoring run the account belongs to.
    std::optional<AccountRing> ring;
    std::optional<double> maxRisk; // highest fused risk of its scored transactions
    std::optional<AccountAlert> openAlert;
    // The case a report of this account covers: the open alert, else the newest closed one,
    // so that auditors can report closed cases too.
    std::optional<AccountAlert> caseAlert;
    // Grouped by kind (device, ip, card, email, address), most shared first.
    std::vector<LinkedEntity> linkedEntities;

    bool frozen() const { return status == "frozen"; }

    // nullopt when no account has that id.
    static std::optional<AccountProfile> load(store::Database& db, std::int64_t accountId);
    static std::optional<std::int64_t> findByExternalId(store::Database& db, const std::string& externalId);
};

} // namespace fraudlens::cases
