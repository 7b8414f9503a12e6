#include "cases/case_error.h"
#include "cases/link_graph_query.h"
#include "store/database.h"
#include "store/statement.h"

#include "../ui/scored_demo.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <utility>

using namespace fraudlens;
using cases::LinkGraph;
using cases::LinkGraphQuery;

class TestLinkGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsRingsByScore();
    void picturesTheTopRing();
    void layoutIsFiniteAndDeterministic();
    void egoNetworkRespectsTheNodeCap_data();
    void egoNetworkRespectsTheNodeCap();
    void egoNetworkLeavesOutCommonEntities();
    void expandingAnAccountAddsItsEntities();
    void expandingAnEntityAddsItsAccounts();
    void refusesWhatDoesNotExist();

private:
    std::set<std::int64_t> ringMembers(std::int64_t ringId);
    // Every edge joins an account to an entity, and no pair is joined twice.
    void checkEdges(const LinkGraph& graph);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::int64_t m_topRing = 0;
};

void TestLinkGraph::initTestCase()
{
    const QString path = testing::buildScoredDemo(m_dir);
    QVERIFY(!path.isEmpty());
    m_db = std::make_unique<store::Database>(path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement top(*m_db, "SELECT id FROM rings ORDER BY score DESC, id LIMIT 1");
    QVERIFY2(top.step(), "the demo has rings");
    m_topRing = top.columnInt(0);
}

std::set<std::int64_t> TestLinkGraph::ringMembers(std::int64_t ringId)
{
    std::set<std::int64_t> members;
    store::Statement s(*m_db, "SELECT account_id FROM ring_members WHERE ring_id = ?");
    s.bind(1, ringId);
    while (s.step())
        members.insert(s.columnInt(0));
    return members;
}

void TestLinkGraph::checkEdges(const LinkGraph& graph)
{
    std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
    for (const cases::LinkEdge& e : graph.edges) {
        QVERIFY(e.from < graph.nodes.size());
        QVERIFY(e.to < graph.nodes.size());
        QVERIFY(graph.nodes[e.from].isAccount() != graph.nodes[e.to].isAccount());
        QVERIFY(e.weight >= 1);
        QVERIFY(seen.insert(std::minmax(e.from, e.to)).second);
    }
}

void TestLinkGraph::listsRingsByScore()
{
    const auto rings = LinkGraphQuery(*m_db).rings(1000);
    QVERIFY(!rings.empty());
    QCOMPARE(rings.front().id, m_topRing);
    for (std::size_t i = 1; i < rings.size(); ++i)
        QVERIFY(rings[i - 1].score >= rings[i].score);
    for (const auto& ring : rings) {
        QCOMPARE(static_cast<std::size_t>(ring.size), ringMembers(ring.id).size());
        QVERIFY2(!ring.sharedKinds.empty(), "a ring is held together by shared entities");
    }
    QCOMPARE(LinkGraphQuery(*m_db).rings(1).size(), std::size_t(1));
}

void TestLinkGraph::picturesTheTopRing()
{
    const LinkGraph graph = LinkGraphQuery(*m_db).ring(m_topRing);
    QCOMPARE(graph.ringId, m_topRing);
    std::set<std::int64_t> accounts;
    for (const auto& node : graph.nodes) {
        if (node.isAccount()) {
            accounts.insert(node.accountId);
            QVERIFY(!node.label.empty());
            QCOMPARE(node.ringId, m_topRing);
            QVERIFY(node.maxRisk >= 0.0 && node.maxRisk <= 1.0);
        } else {
            // A shared entity: at least two members used it.
            QVERIFY(node.accountCount >= 2);
        }
    }
    QCOMPARE(accounts, ringMembers(m_topRing));
    QVERIFY(graph.nodes.size() > accounts.size());
    checkEdges(graph);
    // Every member is tied to the picture by at least one shared entity.
    std::set<std::uint32_t> linked;
    for (const auto& e : graph.edges) {
        linked.insert(e.from);
        linked.insert(e.to);
    }
    QCOMPARE(linked.size(), graph.nodes.size());
}

void TestLinkGraph::layoutIsFiniteAndDeterministic()
{
    LinkGraphQuery query(*m_db);
    const LinkGraph first = query.ring(m_topRing);
    const LinkGraph second = query.ring(m_topRing);
    QCOMPARE(first.nodes.size(), second.nodes.size());
    bool spread = false;
    for (std::size_t i = 0; i < first.nodes.size(); ++i) {
        const auto& a = first.nodes[i];
        QVERIFY(std::isfinite(a.x) && std::isfinite(a.y));
        QVERIFY(std::abs(a.x) <= 1.0 + 1e-9 && std::abs(a.y) <= 1.0 + 1e-9);
        QCOMPARE(a.x, second.nodes[i].x);
        QCOMPARE(a.y, second.nodes[i].y);
        spread = spread || std::abs(a.x - first.nodes[0].x) > 1e-3 || std::abs(a.y - first.nodes[0].y) > 1e-3;
    }
    QVERIFY2(spread, "the nodes are not all in one place");
}

void TestLinkGraph::egoNetworkRespectsTheNodeCap_data()
{
    QTest::addColumn<int>("maxNodes");
    QTest::newRow("one") << 1;
    QTest::newRow("five") << 5;
    QTest::newRow("twelve") << 12;
    QTest::newRow("plenty") << 500;
}

void TestLinkGraph::egoNetworkRespectsTheNodeCap()
{
    QFETCH(int, maxNodes);
    const std::int64_t member = *ringMembers(m_topRing).begin();
    LinkGraphQuery query(*m_db);
    const LinkGraph whole = query.egoNetwork(member, 1, 100000);
    QVERIFY(!whole.truncated);
    const LinkGraph graph = query.egoNetwork(member, 1, static_cast<std::size_t>(maxNodes));
    QCOMPARE(graph.centreAccountId, member);
    QVERIFY(graph.nodes.front().isAccount());
    QCOMPARE(graph.nodes.front().accountId, member);
    QCOMPARE(graph.nodes.size(), std::min(whole.nodes.size(), static_cast<std::size_t>(maxNodes)));
    QCOMPARE(graph.truncated, whole.nodes.size() > static_cast<std::size_t>(maxNodes));
    checkEdges(graph);
    for (const auto& node : graph.nodes)
        QVERIFY(std::isfinite(node.x) && std::isfinite(node.y));
    // The member's ring partners share its entities.
    std::size_t partners = 0;
    for (const auto& node : whole.nodes)
        partners += node.isAccount() && node.accountId != member && node.ringId == m_topRing;
    QVERIFY(partners >= 1);
}

void TestLinkGraph::egoNetworkLeavesOutCommonEntities()
{
    const std::int64_t member = *ringMembers(m_topRing).begin();
    const LinkGraph graph = LinkGraphQuery(*m_db).egoNetwork(member, 2, 500);
    for (const auto& node : graph.nodes)
        if (!node.isAccount()) {
            QVERIFY(node.accountCount >= 1);
            QVERIFY(node.accountCount <= LinkGraphQuery::kMaxAccountsPerEntity);
            QVERIFY(node.kind != cases::LinkNodeKind::Merchant);
        }
    const LinkGraph nearer = LinkGraphQuery(*m_db).egoNetwork(member, 1, 500);
    QVERIFY(graph.nodes.size() >= nearer.nodes.size());
    checkEdges(graph);
}

void TestLinkGraph::expandingAnAccountAddsItsEntities()
{
    LinkGraphQuery query(*m_db);
    LinkGraph graph = query.ring(m_topRing);
    const std::size_t account = 0;
    QVERIFY(graph.nodes[account].isAccount());
    const auto growth = query.expand(graph, account, 100);
    QCOMPARE(growth.expanded, account);
    QCOMPARE(growth.firstNewIndex, graph.nodes.size());
    // A member's own e-mail or card is not shared with the ring: expanding shows it.
    QVERIFY(!growth.nodes.empty());
    for (const auto& node : growth.nodes)
        QVERIFY(!node.isAccount());
    graph.nodes.insert(graph.nodes.end(), growth.nodes.begin(), growth.nodes.end());
    graph.edges.insert(graph.edges.end(), growth.edges.begin(), growth.edges.end());
    checkEdges(graph);
    // Nothing new the second time.
    const auto again = query.expand(graph, account, 100);
    QVERIFY(again.nodes.empty());
    QVERIFY(again.edges.empty());
}

void TestLinkGraph::expandingAnEntityAddsItsAccounts()
{
    LinkGraphQuery query(*m_db);
    const std::int64_t member = *ringMembers(m_topRing).begin();
    LinkGraph graph = query.egoNetwork(member, 1, 500);
    // The entity used by the most accounts the picture does not all show yet, if any;
    // otherwise any entity (then only edges may be new).
    std::size_t entity = graph.nodes.size();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (!graph.nodes[i].isAccount() && (entity == graph.nodes.size()
                                            || graph.nodes[i].accountCount > graph.nodes[entity].accountCount))
            entity = i;
    QVERIFY(entity < graph.nodes.size());
    const auto growth = query.expand(graph, entity, 3);
    QVERIFY(growth.nodes.size() <= 3);
    for (const auto& node : growth.nodes) {
        QVERIFY(node.isAccount());
        QVERIFY(!node.label.empty());
    }
    graph.nodes.insert(graph.nodes.end(), growth.nodes.begin(), growth.nodes.end());
    graph.edges.insert(graph.edges.end(), growth.edges.begin(), growth.edges.end());
    checkEdges(graph);
    for (const auto& e : growth.edges)
        QVERIFY(e.from == entity || e.to == entity);
}

void TestLinkGraph::refusesWhatDoesNotExist()
{
    LinkGraphQuery query(*m_db);
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, query.ring(-5));
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, query.egoNetwork(999999999));
    const LinkGraph graph = query.ring(m_topRing);
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, query.expand(graph, graph.nodes.size()));
}

QTEST_APPLESS_MAIN(TestLinkGraph)
#include "test_link_graph.moc"
