#include "graph/ring_detector.h"

#include "features/transaction_frame.h"
#include "graph/account_activity.h"
#include "graph/account_projection.h"
#include "graph/entity_links.h"
#include "graph/ring_cancelled.h"
#include "graph/ring_scorer.h"
#include "util/progress.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fraudlens::graph {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_index_t, std::size_t>>;

void checkpoint(util::Progress* progress, double fraction, std::string_view stage)
{
    if (!util::reportProgress(progress, fraction, stage))
        throw RingCancelled();
}

// One component too large to be a ring, as a Boost graph in local numbering: vertex i
// is account[i] (ascending) and its edges keep the projection's order, so depth-first
// search meets them as it would in the graph of every account.
struct ComponentGraph {
    std::vector<std::uint32_t> account;
    Graph g;
};

ComponentGraph componentGraph(std::vector<std::uint32_t> members, const std::vector<AccountEdge>& edges,
                              std::vector<std::uint32_t>& localOf)
{
    ComponentGraph cg;
    cg.account = std::move(members);
    for (std::size_t i = 0; i < cg.account.size(); ++i)
        localOf[cg.account[i]] = static_cast<std::uint32_t>(i);
    cg.g = Graph(cg.account.size());
    std::size_t index = 0;
    for (const AccountEdge& e : edges)
        boost::add_edge(localOf[e.a], localOf[e.b], index++, cg.g);
    return cg;
}

// Members of one oversized block kept by k-core peeling: the largest k whose core
// still has minRingAccounts members but no more than maxRingAccounts, else the top core.
std::vector<std::uint32_t> densestCore(const Graph& g, const std::vector<std::uint32_t>& vertices,
                                       const RingParameters& params)
{
    std::vector<std::uint32_t> local(boost::num_vertices(g), features::kNoId);
    for (std::size_t i = 0; i < vertices.size(); ++i)
        local[vertices[i]] = static_cast<std::uint32_t>(i);
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> sub(vertices.size());
    for (const std::uint32_t v : vertices)
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
            const auto u = static_cast<std::uint32_t>(boost::target(*it, g));
            if (local[u] != features::kNoId && v < u)
                boost::add_edge(local[v], local[u], sub);
        }
    std::vector<int> core(vertices.size(), 0);
    boost::core_numbers(sub, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, sub)));
    const int top = *std::max_element(core.begin(), core.end());
    int k = 2;
    while (k < top) {
        const auto size = std::count_if(core.begin(), core.end(), [k](int c) { return c >= k; });
        if (size <= params.maxRingAccounts)
            break;
        ++k;
    }
    std::vector<std::uint32_t> kept;
    for (std::size_t i = 0; i < vertices.size(); ++i)
        if (core[i] >= k)
            kept.push_back(vertices[i]);
    return kept;
}

// Cuts one oversized component at its articulation points: each account joins the
// largest biconnected block it is in (the first found among equals); a block still
// too big keeps its densest k-core. Returns groups of local vertices.
std::vector<std::vector<std::uint32_t>> splitComponent(const ComponentGraph& cg, const RingParameters& params)
{
    const std::size_t nv = cg.account.size();
    std::vector<std::size_t> block(boost::num_edges(cg.g), 0);
    const std::size_t blocks = boost::biconnected_components(
        cg.g, boost::make_iterator_property_map(block.begin(), boost::get(boost::edge_index, cg.g)));
    std::vector<std::vector<std::uint32_t>> blockVertices(blocks);
    for (auto [it, end] = boost::edges(cg.g); it != end; ++it) {
        const std::size_t b = block[boost::get(boost::edge_index, cg.g, *it)];
        blockVertices[b].push_back(static_cast<std::uint32_t>(boost::source(*it, cg.g)));
        blockVertices[b].push_back(static_cast<std::uint32_t>(boost::target(*it, cg.g)));
    }
    std::vector<std::size_t> blockSize(blocks);
    for (std::size_t b = 0; b < blocks; ++b) {
        auto& bv = blockVertices[b];
        std::sort(bv.begin(), bv.end());
        bv.erase(std::unique(bv.begin(), bv.end()), bv.end());
        blockSize[b] = bv.size();
    }
    std::vector<int> blockOfVertex(nv, -1);
    for (std::size_t b = 0; b < blocks; ++b)
        for (const std::uint32_t v : blockVertices[b]) {
            int& mine = blockOfVertex[v];
            if (mine < 0 || blockSize[b] > blockSize[static_cast<std::size_t>(mine)])
                mine = static_cast<int>(b);
        }

    std::vector<std::pair<int, std::uint32_t>> byBlock;
    for (std::uint32_t v = 0; v < nv; ++v)
        byBlock.emplace_back(blockOfVertex[v], v);
    std::sort(byBlock.begin(), byBlock.end());
    const auto maxSize = static_cast<std::size_t>(std::max(params.maxRingAccounts, 2));
    std::vector<std::vector<std::uint32_t>> parts;
    for (std::size_t i = 0; i < byBlock.size();) {
        std::vector<std::uint32_t> part;
        std::size_t j = i;
        for (; j < byBlock.size() && byBlock[j].first == byBlock[i].first; ++j)
            part.push_back(byBlock[j].second);
        i = j;
        if (part.size() > maxSize)
            part = densestCore(cg.g, part, params);
        parts.push_back(std::move(part));
    }
    return parts;
}

} // namespace

RingResult RingDetector::detect(const features::TransactionFrame& frame, const RingParameters& params,
                                util::Progress* progress) const
{
    const std::size_t accounts = frame.accountCount();
    checkpoint(progress, 0.0, "linking shared entities");
    const AccountActivity activity(frame);
    const EntityLinks links = EntityLinker(params).build(frame);

    checkpoint(progress, 0.2, "projecting onto accounts");
    const AccountProjection projection = AccountProjector(params).project(links, accounts, [progress](double f) {
        checkpoint(progress, 0.2 + 0.5 * f, "projecting onto accounts");
        return true;
    });

    checkpoint(progress, 0.7, "finding rings");
    const auto groups = groupAccounts(projection, accounts, params);

    checkpoint(progress, 0.8, "scoring rings");
    RingResult result;
    result.ringOf.assign(accounts, -1);
    for (std::size_t gi = 0; gi < groups.size(); ++gi)
        for (const std::uint32_t a : groups[gi])
            result.ringOf[a] = static_cast<int>(gi);
    std::vector<std::vector<AccountEdge>> internal(groups.size());
    for (const AccountEdge& e : projection.edges) {
        const int ga = result.ringOf[e.a];
        if (ga >= 0 && ga == result.ringOf[e.b])
            internal[static_cast<std::size_t>(ga)].push_back(e);
    }
    const RingScorer scorer(frame, activity, links, params);
    result.rings.resize(groups.size());
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        result.rings[gi].members = groups[gi];
        scorer.score(result.rings[gi], internal[gi]);
    }
    // Highest score first; ties by lowest member so the order never depends on luck.
    std::sort(result.rings.begin(), result.rings.end(), [](const Ring& x, const Ring& y) {
        return x.score != y.score ? x.score > y.score : x.members.front() < y.members.front();
    });

    result.accountScore.assign(accounts, 0.0f);
    for (std::size_t r = 0; r < result.rings.size(); ++r) {
        Ring& ring = result.rings[r];
        ring.index = static_cast<int>(r);
        for (const std::uint32_t a : ring.members) {
            result.ringOf[a] = ring.index;
            result.accountScore[a] = static_cast<float>(ring.score);
        }
    }
    result.sharingScore.resize(accounts);
    for (std::size_t a = 0; a < accounts; ++a)
        result.sharingScore[a] = static_cast<float>(1.0 - std::exp(-static_cast<double>(projection.linkedWeight[a])));
    checkpoint(progress, 1.0, "rings found");
    return result;
}

// Connected components of the strong graph (union-find over its edges, since most are
// a handful of accounts); oversized ones go to splitComponent.
std::vector<std::vector<std::uint32_t>> RingDetector::groupAccounts(const AccountProjection& projection,
                                                                    std::size_t accountCount,
                                                                    const RingParameters& params)
{
    std::vector<std::uint32_t> rank(accountCount, 0);
    std::vector<std::uint32_t> parent(accountCount);
    boost::disjoint_sets<std::uint32_t*, std::uint32_t*> sets(rank.data(), parent.data());
    std::vector<std::uint8_t> linked(accountCount, 0);
    for (std::uint32_t a = 0; a < accountCount; ++a)
        sets.make_set(a);
    for (const AccountEdge& e : projection.edges) {
        linked[e.a] = 1;
        linked[e.b] = 1;
        sets.union_set(e.a, e.b);
    }
    // Numbered by lowest account, members ascending.
    std::vector<std::uint32_t> componentOf(accountCount, features::kNoId);
    std::vector<std::vector<std::uint32_t>> byComponent;
    for (std::uint32_t a = 0; a < accountCount; ++a) {
        if (linked[a] == 0)
            continue;
        std::uint32_t& c = componentOf[sets.find_set(a)];
        if (c == features::kNoId) {
            c = static_cast<std::uint32_t>(byComponent.size());
            byComponent.emplace_back();
        }
        byComponent[c].push_back(a);
    }

    const auto maxSize = static_cast<std::size_t>(std::max(params.maxRingAccounts, 2));
    const auto minSize = static_cast<std::size_t>(std::max(params.minRingAccounts, 2));
    std::vector<std::vector<AccountEdge>> oversizedEdges(byComponent.size());
    for (const AccountEdge& e : projection.edges) {
        const std::uint32_t c = componentOf[sets.find_set(e.a)];
        if (byComponent[c].size() > maxSize)
            oversizedEdges[c].push_back(e);
    }

    std::vector<std::vector<std::uint32_t>> groups;
    const auto keep = [&groups, minSize](std::vector<std::uint32_t> members) {
        if (members.size() < minSize)
            return;
        std::sort(members.begin(), members.end());
        groups.push_back(std::move(members));
    };
    std::vector<std::uint32_t> localOf(accountCount, features::kNoId);
    for (std::size_t c = 0; c < byComponent.size(); ++c) {
        if (byComponent[c].size() <= maxSize) {
            keep(std::move(byComponent[c]));
            continue;
        }
        const ComponentGraph cg = componentGraph(std::move(byComponent[c]), oversizedEdges[c], localOf);
        for (const auto& part : splitComponent(cg, params)) {
            std::vector<std::uint32_t> members;
            for (const std::uint32_t v : part)
                members.push_back(cg.account[v]);
            keep(std::move(members));
        }
    }
    return groups;
}

} // namespace fraudlens::graph
