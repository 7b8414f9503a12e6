#include "cases/link_graph_query.h"

#include "cases/alert_status.h"
#include "cases/case_error.h"
#include "cases/entity_usage.h"
#include "graph/ring_layout.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace fraudlens::cases {

namespace {

std::optional<LinkNodeKind> entityKindFromName(std::string_view name)
{
    for (std::size_t k = 1; k < kLinkNodeKindCount; ++k)
        if (kLinkNodeKindNames[k] == name)
            return static_cast<LinkNodeKind>(k);
    return std::nullopt;
}

// Reads what the picture shows of an account: name, status, risk, decisions, ring.
class AccountReader {
public:
    explicit AccountReader(store::Database& db)
        : m_confirmed(toString(AlertStatus::ConfirmedFraud)),
          m_statement(db, "SELECT a.external_id, a.status, "
                          "(SELECT MAX(s.fused) FROM transactions t JOIN scores s ON s.tx_id = t.id "
                          " WHERE t.account_id = a.id), "
                          "EXISTS (SELECT 1 FROM alerts al WHERE al.account_id = a.id AND al.status = ?), "
                          "(SELECT MIN(rm.ring_id) FROM ring_members rm WHERE rm.account_id = a.id) "
                          "FROM accounts a WHERE a.id = ?")
    {
    }

    // false when there is no such account.
    bool read(LinkNode& node)
    {
        m_statement.bind(1, std::string_view(m_confirmed)).bind(2, node.accountId);
        const bool found = m_statement.step();
        if (found) {
            node.value = m_statement.columnText(0);
            node.label = node.value;
            node.frozen = m_statement.columnText(1) == "frozen";
            node.scored = !m_statement.columnIsNull(2);
            node.maxRisk = node.scored ? std::clamp(m_statement.columnDouble(2), 0.0, 1.0) : 0.0;
            node.confirmedFraud = m_statement.columnInt(3) != 0;
            node.ringId = m_statement.columnIsNull(4) ? 0 : m_statement.columnInt(4);
        }
        m_statement.reset();
        return found;
    }

private:
    std::string m_confirmed;
    store::Statement m_statement;
};

// Grows a LinkGraph node by node, one node per account or entity and one edge per pair.
class Picture {
public:
    explicit Picture(LinkGraph& graph) : m_graph(graph)
    {
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const LinkNode& n = graph.nodes[i];
            if (n.isAccount())
                m_accounts.emplace(n.accountId, static_cast<std::uint32_t>(i));
            else
                m_entities.emplace(EntityKey{n.kind, n.value}, static_cast<std::uint32_t>(i));
        }
        for (const LinkEdge& e : graph.edges)
            m_edges.insert(std::minmax(e.from, e.to));
    }

    std::size_t size() const { return m_graph.nodes.size(); }

    std::optional<std::uint32_t> account(std::int64_t id) const
    {
        const auto it = m_accounts.find(id);
        return it == m_accounts.end() ? std::nullopt : std::optional(it->second);
    }
    std::optional<std::uint32_t> entity(const EntityKey& key) const
    {
        const auto it = m_entities.find(key);
        return it == m_entities.end() ? std::nullopt : std::optional(it->second);
    }

    std::uint32_t addAccount(std::int64_t id)
    {
        const auto index = static_cast<std::uint32_t>(m_graph.nodes.size());
        LinkNode node;
        node.accountId = id;
        m_graph.nodes.push_back(std::move(node));
        m_accounts.emplace(id, index);
        return index;
    }
    std::uint32_t addEntity(const EntityKey& key, std::string label, int accountCount)
    {
        const auto index = static_cast<std::uint32_t>(m_graph.nodes.size());
        LinkNode node;
        node.kind = key.kind;
        node.value = key.value;
        node.label = std::move(label);
        node.accountCount = accountCount;
        m_graph.nodes.push_back(std::move(node));
        m_entities.emplace(key, index);
        return index;
    }
    void link(std::uint32_t account, std::uint32_t entity, int weight)
    {
        if (m_edges.insert(std::minmax(account, entity)).second)
            m_graph.edges.push_back({account, entity, weight});
    }

private:
    LinkGraph& m_graph;
    std::map<std::int64_t, std::uint32_t> m_accounts;
    std::map<EntityKey, std::uint32_t> m_entities;
    std::set<std::pair<std::uint32_t, std::uint32_t>> m_edges;
};

int accountsUsing(const std::map<EntityKey, EntityUsage::AccountCounts>& users, const EntityKey& key)
{
    const auto it = users.find(key);
    return it == users.end() ? 0 : static_cast<int>(it->second.size());
}

// Busiest first, then by id, so that caps cut the same nodes every time.
template <class Key>
std::vector<std::pair<int, Key>> busiestFirst(const std::map<Key, int>& counts)
{
    std::vector<std::pair<int, Key>> order;
    order.reserve(counts.size());
    for (const auto& [key, count] : counts)
        order.emplace_back(count, key);
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return order;
}

} // namespace

LinkGraphQuery::LinkGraphQuery(store::Database& db) : m_db(db) {}

std::vector<RingSummary> LinkGraphQuery::rings(std::size_t limit)
{
    std::vector<RingSummary> out;
    std::map<std::int64_t, std::size_t> position;
    store::Statement s(m_db, "SELECT id, score, size, density FROM rings ORDER BY score DESC, id LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    while (s.step()) {
        RingSummary ring;
        ring.id = s.columnInt(0);
        ring.score = s.columnDouble(1);
        ring.size = static_cast<int>(s.columnInt(2));
        ring.density = s.columnDouble(3);
        position.emplace(ring.id, out.size());
        out.push_back(std::move(ring));
    }
    store::Statement kinds(m_db, "SELECT ring_id, kind, COUNT(*) FROM ring_entities GROUP BY ring_id, kind");
    while (kinds.step()) {
        const auto it = position.find(kinds.columnInt(0));
        if (it != position.end())
            out[it->second].sharedKinds.emplace_back(kinds.columnText(1), static_cast<int>(kinds.columnInt(2)));
    }
    for (RingSummary& ring : out)
        std::stable_sort(ring.sharedKinds.begin(), ring.sharedKinds.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

LinkGraph LinkGraphQuery::ring(std::int64_t ringId)
{
    {
        store::Statement exists(m_db, "SELECT 1 FROM rings WHERE id = ?");
        exists.bind(1, ringId);
        if (!exists.step())
            throw CaseError("ring " + std::to_string(ringId) + " no longer exists: a later scoring run replaced it");
    }
    LinkGraph graph;
    graph.ringId = ringId;
    Picture picture(graph);
    store::Statement members(m_db, "SELECT account_id FROM ring_members WHERE ring_id = ? ORDER BY account_id");
    members.bind(1, ringId);
    while (members.step())
        picture.addAccount(members.columnInt(0));

    // A merchant burst is stored as "M0322 @ <window start>": the node is the merchant,
    // labelled with the first window, and its edges are the members' purchases there.
    std::vector<std::pair<EntityKey, std::string>> shared;
    std::set<EntityKey> keys;
    store::Statement entities(m_db, "SELECT kind, value FROM ring_entities WHERE ring_id = ? ORDER BY rowid");
    entities.bind(1, ringId);
    while (entities.step()) {
        const auto kind = entityKindFromName(entities.columnText(0));
        std::string label = entities.columnText(1);
        if (!kind || label.empty())
            continue;
        EntityKey key{*kind, label};
        if (*kind == LinkNodeKind::Merchant)
            key.value = label.substr(0, label.find(" @ "));
        if (keys.insert(key).second)
            shared.emplace_back(std::move(key), std::move(label));
    }
    const auto users = EntityUsage(m_db).accountsOf(keys);
    for (auto& [key, label] : shared) {
        const std::uint32_t node = picture.addEntity(key, std::move(label), accountsUsing(users, key));
        const auto it = users.find(key);
        if (it == users.end())
            continue;
        for (const auto& [account, transactions] : it->second)
            if (const auto member = picture.account(account))
                picture.link(*member, node, transactions);
    }
    refreshAccounts(graph);
    layout(graph);
    return graph;
}

LinkGraph LinkGraphQuery::egoNetwork(std::int64_t accountId, int depth, std::size_t maxNodes)
{
    {
        store::Statement exists(m_db, "SELECT 1 FROM accounts WHERE id = ?");
        exists.bind(1, accountId);
        if (!exists.step())
            throw CaseError("account " + std::to_string(accountId) + " does not exist");
    }
    LinkGraph graph;
    graph.centreAccountId = accountId;
    maxNodes = std::max<std::size_t>(maxNodes, 1);
    Picture picture(graph);
    picture.addAccount(accountId);
    EntityUsage usage(m_db);
    std::vector<std::int64_t> frontier{accountId};
    std::set<EntityKey> explored; // entities whose accounts were already read
    for (int step = 0; step < std::max(depth, 1) && !frontier.empty() && !graph.truncated; ++step) {
        std::set<EntityKey> wanted;
        for (const std::int64_t account : frontier)
            for (const auto& [key, transactions] : usage.ofAccount(account, false))
                if (explored.count(key) == 0)
                    wanted.insert(key);
        explored.insert(wanted.begin(), wanted.end());
        const auto users = usage.accountsOf(wanted);

        // Entities first, the most widely shared (yet informative) first.
        std::map<EntityKey, int> sharing;
        for (const auto& [key, accounts] : users) {
            if (accounts.size() > static_cast<std::size_t>(kMaxAccountsPerEntity))
                ++graph.hiddenEntities;
            else
                sharing.emplace(key, static_cast<int>(accounts.size()));
        }
        std::vector<std::pair<std::uint32_t, const EntityUsage::AccountCounts*>> kept;
        for (const auto& [accounts, key] : busiestFirst(sharing)) {
            if (picture.size() >= maxNodes) {
                graph.truncated = true;
                break;
            }
            kept.emplace_back(picture.addEntity(key, key.value, accounts), &users.at(key));
        }
        // Then the accounts they lead to, those tied by the most entities first.
        std::map<std::int64_t, int> ties;
        for (const auto& [node, accounts] : kept)
            for (const auto& [account, transactions] : *accounts)
                if (!picture.account(account))
                    ++ties[account];
        std::vector<std::int64_t> next;
        for (const auto& [count, account] : busiestFirst(ties)) {
            if (picture.size() >= maxNodes) {
                graph.truncated = true;
                break;
            }
            picture.addAccount(account);
            next.push_back(account);
        }
        for (const auto& [node, accounts] : kept)
            for (const auto& [account, transactions] : *accounts)
                if (const auto a = picture.account(account))
                    picture.link(*a, node, transactions);
        frontier = std::move(next);
    }
    refreshAccounts(graph);
    layout(graph);
    return graph;
}

LinkGraphGrowth LinkGraphQuery::expand(const LinkGraph& graph, std::size_t nodeIndex, std::size_t maxNew)
{
    if (nodeIndex >= graph.nodes.size())
        throw CaseError("node " + std::to_string(nodeIndex) + " is not in the picture");
    LinkGraph grown = graph;
    Picture picture(grown);
    LinkGraphGrowth growth;
    growth.expanded = nodeIndex;
    growth.firstNewIndex = graph.nodes.size();
    const auto self = static_cast<std::uint32_t>(nodeIndex);
    const LinkNode& node = graph.nodes[nodeIndex];
    EntityUsage usage(m_db);
    std::size_t added = 0;

    if (node.isAccount()) {
        const auto used = usage.ofAccount(node.accountId, false);
        std::set<EntityKey> keys;
        for (const auto& [key, transactions] : used)
            keys.insert(key);
        const auto users = usage.accountsOf(keys);
        for (const auto& [transactions, key] : busiestFirst(used)) {
            auto entity = picture.entity(key);
            if (!entity) {
                if (added == maxNew) {
                    growth.truncated = true;
                    continue;
                }
                entity = picture.addEntity(key, key.value, accountsUsing(users, key));
                ++added;
            }
            picture.link(self, *entity, transactions);
            // Accounts already on screen that used it too get their edge.
            if (const auto it = users.find(key); it != users.end())
                for (const auto& [account, count] : it->second)
                    if (const auto other = picture.account(account))
                        picture.link(*other, *entity, count);
        }
    } else {
        const EntityKey key{node.kind, node.value};
        const auto users = usage.accountsOf({key});
        if (const auto it = users.find(key); it != users.end()) {
            for (const auto& [transactions, account] : busiestFirst(it->second)) {
                auto member = picture.account(account);
                if (!member) {
                    if (added == maxNew) {
                        growth.truncated = true;
                        continue;
                    }
                    member = picture.addAccount(account);
                    ++added;
                }
                picture.link(*member, self, transactions);
            }
        }
    }

    AccountReader reader(m_db);
    for (std::size_t i = growth.firstNewIndex; i < grown.nodes.size(); ++i)
        if (grown.nodes[i].isAccount())
            reader.read(grown.nodes[i]);
    growth.nodes.assign(grown.nodes.begin() + static_cast<std::ptrdiff_t>(growth.firstNewIndex), grown.nodes.end());
    growth.edges.assign(grown.edges.begin() + static_cast<std::ptrdiff_t>(graph.edges.size()), grown.edges.end());
    return growth;
}

void LinkGraphQuery::refreshAccounts(LinkGraph& graph)
{
    AccountReader reader(m_db);
    for (LinkNode& node : graph.nodes)
        if (node.isAccount())
            reader.read(node);
}

void LinkGraphQuery::layout(LinkGraph& graph)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(graph.edges.size());
    for (const LinkEdge& e : graph.edges)
        edges.emplace_back(e.from, e.to);
    const auto points = graph::RingLayout::layout(graph.nodes.size(), edges, 1);
    for (std::size_t i = 0; i < graph.nodes.size() && i < points.size(); ++i) {
        graph.nodes[i].x = points[i].x;
        graph.nodes[i].y = points[i].y;
    }
}

} // namespace fraudlens::cases
