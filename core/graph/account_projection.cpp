#include "graph/account_projection.h"

#include "graph/entity_links.h"
#include "graph/ring_parameters.h"

#include <algorithm>

namespace fraudlens::graph {

AccountProjector::AccountProjector(const RingParameters& params) : m_params(params) {}

AccountProjection AccountProjector::project(const EntityLinks& links, std::size_t accountCount,
                                            const std::function<bool(double)>& progressStep) const
{
    AccountProjection out;
    out.linkedWeight.assign(accountCount, 0.0f);
    std::vector<float> scratch(accountCount, 0.0f);
    std::vector<std::uint32_t> touched;
    for (std::size_t a = 0; a < accountCount; ++a) {
        projectAccount(links, static_cast<std::uint32_t>(a), scratch, touched, out);
        if (a % 4096 == 4095 && !progressStep(static_cast<double>(a) / static_cast<double>(accountCount)))
            break;
    }
    return out;
}

// Accumulates the weights of every pair (a, b > a) through a dense scratch row, so the
// projection costs the sum of squared link sizes and never a hash map or a global sort.
void AccountProjector::projectAccount(const EntityLinks& links, std::uint32_t a, std::vector<float>& scratch,
                                      std::vector<std::uint32_t>& touched, AccountProjection& out) const
{
    touched.clear();
    for (std::uint32_t k = links.linkStart[a]; k < links.linkStart[a + 1]; ++k) {
        const EntityLink& link = links.links[links.linkOfAccount[k]];
        const auto& footprint = links.footprint[static_cast<std::size_t>(link.kind)];
        const double mine = link.weight * footprint[a];
        for (std::uint32_t m = link.begin; m < link.end; ++m) {
            const std::uint32_t b = links.accounts[m];
            if (b <= a)
                continue;
            if (scratch[b] == 0.0f)
                touched.push_back(b);
            scratch[b] += static_cast<float>(mine * footprint[b]);
        }
    }
    std::sort(touched.begin(), touched.end());
    for (const std::uint32_t b : touched) {
        const float w = scratch[b];
        scratch[b] = 0.0f;
        out.linkedWeight[a] += w;
        out.linkedWeight[b] += w;
        if (w >= m_params.minEdgeWeight)
            out.edges.push_back({a, b, w});
    }
}

} // namespace fraudlens::graph
