#pragma once

#include "features/entity_kind.h"

#include <array>
#include <cstdint>
#include <vector>

namespace fraudlens::features {
struct TransactionFrame;
}

namespace fraudlens::graph {

struct RingParameters;

// One entity (or one merchant burst window) and the accounts that share it.
struct EntityLink {
    features::EntityKind kind = features::EntityKind::Device;
    std::uint32_t id = 0;
    std::int64_t windowStartMs = 0; // merchant bursts only
    std::uint32_t begin = 0;        // range in EntityLinks::accounts
    std::uint32_t end = 0;
    double weight = 0.0;            // kind factor x rarity, before per-account normalisation

    std::uint32_t size() const { return end - begin; }
};

// The bipartite account-entity graph, reduced to the entities that can mean collusion:
// shared by at least two and at most maxEntityAccounts accounts, merchants only as bursts.
struct EntityLinks {
    std::vector<EntityLink> links;
    std::vector<std::uint32_t> accounts;          // members of every link, ascending per link
    // Per kind and account: 1/sqrt(distinct entities of that kind it used), so that an
    // account hopping over many IPs does not link strongly to everyone on them.
    std::array<std::vector<float>, features::kEntityKindCount> footprint;
    // Per account: the links it is in (CSR: linkStart has accountCount + 1 entries).
    std::vector<std::uint32_t> linkStart;
    std::vector<std::uint32_t> linkOfAccount;
};

// Builds EntityLinks from a frame in time linear in the number of transactions
// (plus sorting each entity's short account list).
class EntityLinker {
public:
    explicit EntityLinker(const RingParameters& params);

    EntityLinks build(const features::TransactionFrame& frame) const;

    // 1/log2(1 + accounts): the Adamic-Adar rarity of an entity.
    static double rarity(std::size_t accounts);

private:
    void addEntityKind(const features::TransactionFrame& frame, features::EntityKind kind, EntityLinks& out) const;
    void addMerchantBursts(const features::TransactionFrame& frame, EntityLinks& out) const;
    void indexByAccount(std::size_t accountCount, EntityLinks& out) const;

    const RingParameters& m_params;
};

} // namespace fraudlens::graph
