#include "cases/entity_usage.h"

#include "store/database.h"
#include "store/statement.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::cases {

namespace {

// The entity columns of transactions in the order they are selected. Only these fixed
// names are ever written into SQL; every value is a bound parameter.
constexpr std::array<LinkNodeKind, 6> kEntityKinds = {LinkNodeKind::Device, LinkNodeKind::Ip,    LinkNodeKind::Card,
                                                      LinkNodeKind::Email,  LinkNodeKind::Address, LinkNodeKind::Merchant};
constexpr std::string_view kEntityColumns = "device, ip, card, email, address, merchant";

// SQLite allows 32766 bound parameters; staying far below keeps each statement small.
constexpr std::size_t kValuesPerScan = 2000;

std::size_t columnOf(LinkNodeKind kind)
{
    for (std::size_t c = 0; c < kEntityKinds.size(); ++c)
        if (kEntityKinds[c] == kind)
            return c;
    return kEntityKinds.size();
}

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
    if (chunk.begin()->kind == LinkNodeKind::Merchant) {
        scanMerchants(chunk, out);
        return;
    }
    // Who used each entity comes from entity_accounts; how many of each user's
    // transactions used it, from those accounts' own rows (the account index).
    std::map<std::int64_t, std::vector<const EntityKey*>> users;
    for (std::size_t c = 0; c + 1 < kEntityKinds.size(); ++c) {
        std::vector<const EntityKey*> values;
        for (const EntityKey& key : chunk)
            if (key.kind == kEntityKinds[c])
                values.push_back(&key);
        if (values.empty())
            continue;
        std::string sql = "SELECT value, account_id FROM entity_accounts WHERE kind = ? AND value IN (?";
        for (std::size_t i = 1; i < values.size(); ++i)
            sql += ", ?";
        sql += ")";
        store::Statement s(m_db, sql);
        s.bind(1, linkNodeKindName(kEntityKinds[c]));
        int parameter = 2;
        for (const EntityKey* key : values)
            s.bind(parameter++, std::string_view(key->value)); // the chunk outlives the statement
        EntityKey probe{kEntityKinds[c], {}};
        while (s.step()) {
            probe.value = s.columnText(0);
            const auto found = chunk.find(probe);
            if (found != chunk.end())
                users[s.columnInt(1)].push_back(&*found);
        }
    }
    for (auto user = users.begin(); user != users.end();) {
        std::string sql = "SELECT account_id, " + std::string(kEntityColumns) + " FROM transactions WHERE account_id IN (?";
        auto last = user;
        std::size_t n = 1;
        for (++last; last != users.end() && n < kValuesPerScan; ++last, ++n)
            sql += ", ?";
        sql += ")";
        store::Statement s(m_db, sql);
        int parameter = 1;
        for (auto it = user; it != last; ++it)
            s.bind(parameter++, it->first);
        while (s.step()) {
            const std::int64_t account = s.columnInt(0);
            for (const EntityKey* key : users.at(account)) {
                const std::size_t c = columnOf(key->kind);
                if (s.columnText(static_cast<int>(c + 1)) == key->value)
                    ++out[*key][account];
            }
        }
        user = last;
    }
}

void EntityUsage::scanMerchants(const std::set<EntityKey>& chunk, std::map<EntityKey, AccountCounts>& out)
{
    std::string sql = "SELECT account_id, merchant FROM transactions WHERE merchant IN (?";
    for (std::size_t i = 1; i < chunk.size(); ++i)
        sql += ", ?";
    sql += ")";
    store::Statement s(m_db, sql);
    int parameter = 1;
    for (const EntityKey& key : chunk)
        s.bind(parameter++, std::string_view(key.value));
    EntityKey probe{LinkNodeKind::Merchant, {}};
    while (s.step()) {
        probe.value = s.columnText(1);
        if (chunk.count(probe) != 0)
            ++out[probe][s.columnInt(0)];
    }
}

} // namespace fraudlens::cases
