#pragma once

#include "store/statement.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace fraudlens::store {

class Database;

// entity_accounts holds one row per (entity kind, value, account) ever seen together: who
// used which device, IP, card, email or address. It replaces five indexes over the
// transactions, which put five random-key index pages into the write-ahead log for every
// stored transaction; here an account reusing its own device writes nothing, which is most
// of a live stream.
class EntityAccounts {
public:
    // The kinds, as entity_accounts.kind and the transactions' column names spell them.
    static constexpr std::array<std::string_view, 5> kKinds = {"device", "ip", "card", "email", "address"};

    explicit EntityAccounts(Database& db);
    // In the caller's write transaction; a pair already stored is left as it is.
    void add(std::size_t kind, std::string_view value, std::int64_t accountId);

private:
    Statement m_insert;
};

} // namespace fraudlens::store
