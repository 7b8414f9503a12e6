#pragma once

#include "cases/link_graph.h"
#include "cases/ring_summary.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// Reads the link pictures of the network view: a ring with the entities its members share,
// or one account's neighbourhood, laid out for drawing. Runs off the UI thread; each call
// is a handful of statements plus one lookup of the entities' users (EntityUsage).
class LinkGraphQuery {
public:
    // An entity shared by more accounts than this (a carrier-grade IP, a marketplace's
    // address) ties everyone to everyone and says nothing about a ring: neighbourhoods
    // leave it out and count it in LinkGraph::hiddenEntities.
    static constexpr int kMaxAccountsPerEntity = 50;

    explicit LinkGraphQuery(store::Database& db);

    // The rings of the latest scoring run, highest score first.
    std::vector<RingSummary> rings(std::size_t limit);
    // The ring's members and the entities they share, an edge wherever a member used one;
    // laid out. Throws CaseError when the ring no longer exists (a later run replaced it).
    LinkGraph ring(std::int64_t ringId);
    // The account, the entities it used (device, IP, card, e-mail, address) and the other
    // accounts sharing them, `depth` such steps out, at most `maxNodes` nodes; laid out.
    // Throws CaseError when the account does not exist.
    LinkGraph egoNetwork(std::int64_t accountId, int depth = 1, std::size_t maxNodes = 500);
    // What one node adds to `graph`: an account's entities, or an entity's accounts (at
    // most `maxNew` new nodes, the busiest first), with the edges to nodes already shown.
    LinkGraphGrowth expand(const LinkGraph& graph, std::size_t nodeIndex, std::size_t maxNew = 100);
    // Re-reads every account node's status, risk, decisions and ring.
    void refreshAccounts(LinkGraph& graph);

    // Fruchterman-Reingold positions for every node; the same graph gives the same picture.
    static void layout(LinkGraph& graph);

private:
    store::Database& m_db;
};

} // namespace fraudlens::cases
