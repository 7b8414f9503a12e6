#include "graph/ring_layout.h"

#include "features/transaction_frame.h"
#include "graph/ring.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace fraudlens::graph {

std::vector<LayoutPoint> RingLayout::layout(std::size_t nodeCount,
                                            const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                                            std::uint32_t seed)
{
    std::vector<LayoutPoint> out(nodeCount);
    if (nodeCount <= 1)
        return out;
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using Topology = boost::rectangle_topology<boost::minstd_rand>;
    Graph g(nodeCount);
    for (const auto& [a, b] : edges)
        if (a != b && a < nodeCount && b < nodeCount)
            boost::add_edge(a, b, g);

    // The side grows with sqrt(n) so that the ideal edge length, sqrt(area / n), stays
    // the same whatever the size; the result is normalised afterwards.
    const double half = 5.0 * std::sqrt(static_cast<double>(nodeCount));
    boost::minstd_rand gen(seed == 0 ? 1 : seed);
    Topology topology(gen, -half, -half, half, half);
    std::vector<Topology::point_type> position(nodeCount);
    const auto map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, map, topology);
    boost::fruchterman_reingold_force_directed_layout(g, map, topology,
                                                      boost::cooling(boost::linear_cooling<double>(200)));

    double cx = 0.0;
    double cy = 0.0;
    for (const auto& p : position) {
        cx += p[0];
        cy += p[1];
    }
    cx /= static_cast<double>(nodeCount);
    cy /= static_cast<double>(nodeCount);
    double extent = 0.0;
    for (const auto& p : position)
        extent = std::max({extent, std::abs(p[0] - cx), std::abs(p[1] - cy)});
    const double scale = extent > 0.0 && std::isfinite(extent) ? 1.0 / extent : 1.0;
    for (std::size_t i = 0; i < nodeCount; ++i) {
        const double x = (position[i][0] - cx) * scale;
        const double y = (position[i][1] - cy) * scale;
        out[i] = {std::isfinite(x) ? x : 0.0, std::isfinite(y) ? y : 0.0};
    }
    return out;
}

PictureGraph RingLayout::ringPicture(const features::TransactionFrame& frame, const Ring& ring)
{
    PictureGraph picture;
    for (const std::uint32_t a : ring.members)
        picture.nodes.push_back({true, features::EntityKind::Device, a});
    // Merchant bursts are drawn as the merchant; one node per (kind, id).
    std::map<std::pair<features::EntityKind, std::uint32_t>, std::uint32_t> entityNode;
    for (const SharedEntity& s : ring.shared) {
        const auto key = std::make_pair(s.kind, s.id);
        if (entityNode.count(key) == 0) {
            entityNode.emplace(key, static_cast<std::uint32_t>(picture.nodes.size()));
            picture.nodes.push_back({false, s.kind, s.id});
        }
    }
    std::vector<std::tuple<std::uint32_t, std::uint32_t>> pairs;
    for (std::size_t i = 0; i < frame.size(); ++i) {
        const auto member = std::lower_bound(ring.members.begin(), ring.members.end(), frame.account[i]);
        if (member == ring.members.end() || *member != frame.account[i])
            continue;
        const auto from = static_cast<std::uint32_t>(member - ring.members.begin());
        for (std::size_t k = 0; k < features::kEntityKindCount; ++k) {
            const auto& column = frame.entity[k];
            if (column.empty() || column[i] == features::kNoId)
                continue;
            const auto found = entityNode.find({static_cast<features::EntityKind>(k), column[i]});
            if (found != entityNode.end())
                pairs.emplace_back(from, found->second);
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [a, e] : pairs)
        picture.edges.emplace_back(a, e);
    return picture;
}

} // namespace fraudlens::graph
