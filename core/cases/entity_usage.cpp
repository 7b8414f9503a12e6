#include "cases/entity_usage.h"

#include "store/database.h"
#include "store/statement.h"

#include <array>
#include <string>
#include <string_view>

namespace fraudlens::cases {

namespace {

// The entity columns of transactions in the order they are selected. Only these fixed
// names are ever written into SQL; every value is a bound parameter.
constexpr std::array<LinkNodeKind, 6> kEntityKinds = {LinkNodeKind::Device, LinkNodeKind::Ip,    LinkNodeKind::Card,
                                                      LinkNodeKind::Email,  LinkNodeKind::Address, LinkNodeKind::Merchant};
constexpr std::string_view kEntityColumns = "device, ip, card, email, address, merchant";

// SQLite allows 32766 bound parameters; staying far below keeps each statement small.
constexpr std::size_t kValuesPerScan = 2000;

} // namespace

EntityUsage::EntityUsage(store::Database& db) : m_db(db) {}

std::map<EntityKey, int> EntityUsage::ofAccount(std::int64_t accountId, bool withMerchants)
{
    std::map<EntityKey, int> out;
    store::Statement s(m_db, "SELECT " + std::string(kEntityColumns) + " FROM transactions WHERE account_id = ?");
    s.bind(1, accountId);
    while (s.step()) {
        for (std::size_t c = 0; c < kEntityKinds.size(); ++c) {
            if (kEntityKinds[c] == LinkNodeKind::Merchant && !withMerchants)
                continue;
            std::string value = s.columnText(static_cast<int>(c));
            if (!value.empty())
                ++out[EntityKey{kEntityKinds[c], std::move(value)}];
        }
    }
    return out;
}

std::map<EntityKey, EntityUsage::AccountCounts> EntityUsage::accountsOf(const std::set<EntityKey>& entities)
{
    std::map<EntityKey, AccountCounts> out;
    for (const bool merchants : {false, true}) {
        std::set<EntityKey> chunk;
        for (const EntityKey& key : entities) {
            if (key.kind == LinkNodeKind::Account || key.value.empty() || (key.kind == LinkNodeKind::Merchant) != merchants)
                continue;
            chunk.insert(key);
            if (chunk.size() == kValuesPerScan) {
                scan(chunk, out);
                chunk.clear();
            }
        }
        if (!chunk.empty())
            scan(chunk, out);
    }
    return out;
}

void EntityUsage::scan(const std::set<EntityKey>& chunk, std::map<EntityKey, AccountCounts>& out)
{
    // WHERE device IN (?, ?) OR card IN (?) ...: one placeholder per wanted value.
    std::array<std::size_t, kEntityKinds.size()> wanted{};
    for (const EntityKey& key : chunk)
        for (std::size_t c = 0; c < kEntityKinds.size(); ++c)
            if (kEntityKinds[c] == key.kind)
                ++wanted[c];
    std::string where;
    for (std::size_t c = 0; c < kEntityKinds.size(); ++c) {
        if (wanted[c] == 0)
            continue;
        if (!where.empty())
            where += " OR ";
        where += std::string(linkNodeKindName(kEntityKinds[c])) + " IN (?";
        for (std::size_t i = 1; i < wanted[c]; ++i)
            where += ", ?";
        where += ")";
    }
    store::Statement s(m_db, "SELECT account_id, " + std::string(kEntityColumns) + " FROM transactions WHERE " + where);
    int parameter = 1;
    for (std::size_t c = 0; c < kEntityKinds.size(); ++c)
        for (const EntityKey& key : chunk)
            if (key.kind == kEntityKinds[c])
                s.bind(parameter++, std::string_view(key.value)); // the chunk outlives the statement

    EntityKey probe;
    while (s.step()) {
        const std::int64_t account = s.columnInt(0);
        for (std::size_t c = 0; c < kEntityKinds.size(); ++c) {
            if (wanted[c] == 0)
                continue;
            probe.kind = kEntityKinds[c];
            probe.value = s.columnText(static_cast<int>(c + 1));
            if (probe.value.empty() || chunk.count(probe) == 0)
                continue;
            ++out[probe][account];
        }
    }
}

} // namespace fraudlens::cases
