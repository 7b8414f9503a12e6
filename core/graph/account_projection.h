#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace fraudlens::graph {

struct EntityLinks;
struct RingParameters;

// A link between two accounts in the projected account graph.
struct AccountEdge {
    std::uint32_t a = 0; // a < b
    std::uint32_t b = 0;
    float weight = 0.0f;
};

struct AccountProjection {
    std::vector<AccountEdge> edges;      // weight >= minEdgeWeight, ordered by (a, b)
    std::vector<float> linkedWeight;     // per account: summed weight of all its links, weak ones too
};

// Projects the account-entity graph onto accounts. The weight of a pair is a per-kind
// Adamic-Adar sum normalised by the accounts' footprints:
//   sum over kinds k of factor_k * sum_{shared e of kind k} rarity(e) / sqrt(n_k(a) * n_k(b))
// where n_k(x) is the number of distinct kind-k entities x used. Sharing one rare device
// between two one-device accounts counts fully; sharing two of five carrier IPs barely.
class AccountProjector {
public:
    explicit AccountProjector(const RingParameters& params);

    // progressStep is called every few thousand accounts with the fraction done; it
    // returns false to stop (the result is then incomplete and must be dropped).
    AccountProjection project(const EntityLinks& links, std::size_t accountCount,
                              const std::function<bool(double)>& progressStep) const;

private:
    void projectAccount(const EntityLinks& links, std::uint32_t a, std::vector<float>& scratch,
                        std::vector<std::uint32_t>& touched, AccountProjection& out) const;

    const RingParameters& m_params;
};

} // namespace fraudlens::graph
