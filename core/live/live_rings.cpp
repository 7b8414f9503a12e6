#include "live/live_rings.h"

#include "features/feature_names.h"
#include "features/transaction_frame.h"
#include "graph/entity_links.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace fraudlens::live {

namespace {

using features::EntityKind;

constexpr std::array<EntityKind, 5> kPersonalKinds = {EntityKind::Device, EntityKind::Ip, EntityKind::Card,
                                                      EntityKind::Address, EntityKind::Email};

// The feature that counts the accounts seen so far on an entity of each personal kind.
int accountsFeature(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Device: return features::DeviceAccounts;
    case EntityKind::Ip: return features::IpAccounts;
    case EntityKind::Card: return features::CardAccounts;
    case EntityKind::Address: return features::AddressAccounts;
    case EntityKind::Email: return features::EmailAccounts;
    case EntityKind::Merchant: break;
    }
    return -1;
}

int kindIndex(const std::string& name)
{
    for (std::size_t k = 0; k < features::kEntityKindCount; ++k)
        if (features::kEntityKindNames[k] == name)
            return static_cast<int>(k);
    return -1;
}

} // namespace

LiveRings::LiveRings(store::Database& db, const features::TransactionFrame& frame, graph::RingParameters parameters)
    : m_parameters(parameters), m_ringOf(frame.accountCount(), -1), m_judged(frame.accountCount())
{
    std::unordered_map<std::int64_t, int> indexOf; // rings.id -> ring index
    {
        store::Statement s(db, "SELECT id, score FROM rings ORDER BY id");
        while (s.step()) {
            graph::Ring ring;
            ring.index = static_cast<int>(m_rings.size());
            ring.score = s.columnDouble(1);
            indexOf.emplace(s.columnInt(0), ring.index);
            m_rings.push_back(std::move(ring));
        }
    }
    if (m_rings.empty())
        return;
    std::unordered_map<std::int64_t, std::uint32_t> accountOf; // accounts.id -> dense index
    accountOf.reserve(frame.accountCount());
    for (std::size_t a = 0; a < frame.accountCount(); ++a)
        accountOf.emplace(frame.accountDbId[a], static_cast<std::uint32_t>(a));
    {
        store::Statement s(db, "SELECT ring_id, account_id FROM ring_members ORDER BY ring_id, account_id");
        while (s.step()) {
            const auto ring = indexOf.find(s.columnInt(0));
            const auto account = accountOf.find(s.columnInt(1));
            if (ring == indexOf.end() || account == accountOf.end())
                continue;
            m_rings[static_cast<std::size_t>(ring->second)].members.push_back(account->second);
            int& current = m_ringOf[account->second];
            if (current < 0 || ring->second < current)
                current = ring->second;
        }
    }
    for (auto& ring : m_rings)
        std::sort(ring.members.begin(), ring.members.end());
    {
        // Only what the reasons say ("sharing 2 devices, 1 card"); the entities themselves
        // are found again below from every member's transactions.
        store::Statement s(db, "SELECT ring_id, kind, COUNT(*) FROM ring_entities GROUP BY ring_id, kind");
        while (s.step()) {
            const auto ring = indexOf.find(s.columnInt(0));
            const int kind = kindIndex(s.columnText(1));
            if (ring == indexOf.end() || kind < 0)
                continue;
            m_rings[static_cast<std::size_t>(ring->second)].sharedByKind[static_cast<std::size_t>(kind)] =
                static_cast<int>(s.columnInt(2));
        }
    }
    for (const EntityKind kind : kPersonalKinds)
        m_entityRing[static_cast<std::size_t>(kind)].assign(frame.entityCount(kind), -1);
    for (std::size_t row = 0; row < frame.size(); ++row) {
        const int ring = m_ringOf[frame.account[row]];
        if (ring >= 0)
            claim(frame, row, ring);
    }
}

bool LiveRings::linksStrongly(std::size_t kind, float accounts) const
{
    // The ring detector's test for one shared entity: common entities say nothing.
    if (accounts < 2.0f || accounts > static_cast<float>(m_parameters.maxEntityAccounts))
        return false;
    const double weight = m_parameters.kindFactor[kind] * graph::EntityLinker::rarity(static_cast<std::size_t>(accounts));
    return weight >= m_parameters.minEdgeWeight;
}

bool LiveRings::newToAccount(EntityKind kind, const float* featureRow)
{
    switch (kind) {
    case EntityKind::Device: return featureRow[features::NewDevice] > 0.5f;
    case EntityKind::Ip: return featureRow[features::NewIp] > 0.5f;
    case EntityKind::Card: return featureRow[features::NewCard] > 0.5f;
    default: return false; // no feature tells: an address or e-mail it had is no new link
    }
}

void LiveRings::claim(const features::TransactionFrame& frame, std::size_t row, int ring)
{
    for (const EntityKind kind : kPersonalKinds) {
        const std::uint32_t id = frame.entityOf(kind, row);
        if (id == features::kNoId)
            continue;
        auto& owners = m_entityRing[static_cast<std::size_t>(kind)];
        if (id >= owners.size())
            owners.resize(static_cast<std::size_t>(id) + 1, -1);
        // Lower index = higher score: the strongest ring keeps a contested entity.
        if (owners[id] < 0 || ring < owners[id])
            owners[id] = ring;
    }
}

int LiveRings::observe(const features::TransactionFrame& frame, std::size_t row, const float* featureRow)
{
    const std::uint32_t account = frame.account[row];
    if (account >= m_ringOf.size())
        m_ringOf.resize(static_cast<std::size_t>(account) + 1, -1);
    if (m_rings.empty())
        return -1;
    const bool judged = account < m_judged;
    int best = m_ringOf[account];
    for (const EntityKind kind : kPersonalKinds) {
        const auto k = static_cast<std::size_t>(kind);
        const std::uint32_t id = frame.entityOf(kind, row);
        if (id == features::kNoId || id >= m_entityRing[k].size())
            continue;
        const int ring = m_entityRing[k][id];
        if (ring < 0 || (best >= 0 && best <= ring) || (judged && !newToAccount(kind, featureRow)))
            continue;
        if (linksStrongly(k, featureRow[accountsFeature(kind)]))
            best = ring;
    }
    if (best < 0)
        return -1;
    const int before = m_ringOf[account];
    if (best != before) {
        if (before >= 0) {
            auto& old = m_rings[static_cast<std::size_t>(before)].members;
            old.erase(std::remove(old.begin(), old.end(), account), old.end());
        }
        auto& members = m_rings[static_cast<std::size_t>(best)].members;
        members.insert(std::upper_bound(members.begin(), members.end(), account), account);
        m_ringOf[account] = best;
    }
    claim(frame, row, best);
    return best;
}

} // namespace fraudlens::live
