#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::cases {

// What a node of the link picture stands for. The entity kinds are the transaction
// columns of the same name, which is what lets the query read them back.
enum class LinkNodeKind : std::uint8_t { Account, Device, Ip, Card, Email, Address, Merchant };
inline constexpr std::size_t kLinkNodeKindCount = 7;

inline constexpr std::array<std::string_view, kLinkNodeKindCount> kLinkNodeKindNames = {
    "account", "device", "ip", "card", "email", "address", "merchant"};

inline constexpr std::string_view linkNodeKindName(LinkNodeKind kind) { return kLinkNodeKindNames[static_cast<std::size_t>(kind)]; }

struct LinkNode {
    LinkNodeKind kind = LinkNodeKind::Account;
    std::int64_t accountId = 0; // accounts only: accounts.id
    std::string value;          // entities: the value as stored in transactions; accounts: external id
    std::string label;          // what the picture writes beside the node

    // Accounts only.
    bool frozen = false;
    bool scored = false;         // false when no scoring run covered its transactions
    double maxRisk = 0.0;        // highest fused risk of its transactions, in [0, 1]
    bool confirmedFraud = false; // an analyst confirmed one of its alerts as fraud
    std::int64_t ringId = 0;     // the ring it belongs to in the latest run, 0 when none

    // Entities only: every account that used it, in the whole database.
    int accountCount = 0;

    // Where the layout put it, in [-1, 1] x [-1, 1]; nodes added by an expansion stay at 0
    // and are placed by whoever draws them.
    double x = 0.0;
    double y = 0.0;

    bool isAccount() const { return kind == LinkNodeKind::Account; }
};

// An account used an entity; weight is how many of the account's transactions did.
struct LinkEdge {
    std::uint32_t from = 0; // node indices
    std::uint32_t to = 0;
    int weight = 1;
};

// A picture of accounts and the entities that tie them: a ring or one account's
// neighbourhood, as read from the database.
struct LinkGraph {
    std::vector<LinkNode> nodes;
    std::vector<LinkEdge> edges;
    std::int64_t ringId = 0;          // the ring pictured, 0 for an account's network
    std::int64_t centreAccountId = 0; // the account whose network is pictured, 0 for a ring
    bool truncated = false;           // a node cap was reached: more neighbours exist
    int hiddenEntities = 0;           // entities left out because too many accounts share them
};

// What expanding one node adds to a picture. New nodes are numbered after the picture's
// existing ones (from firstNewIndex on); edges may join old and new nodes.
struct LinkGraphGrowth {
    std::size_t expanded = 0;      // index of the node that was expanded
    std::size_t firstNewIndex = 0; // the picture's node count when the growth was read
    std::vector<LinkNode> nodes;
    std::vector<LinkEdge> edges;
    bool truncated = false;
};

} // namespace fraudlens::cases
