#include "network_scene.h"

#include "graph_edge_item.h"
#include "graph_node_item.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace fraudlens::ui {

NetworkScene::NetworkScene(QObject* parent) : QGraphicsScene(parent) {}

void NetworkScene::setGraph(cases::LinkGraph graph)
{
    clearGraph();
    m_graph = std::move(graph);
    const qreal scale = spread();
    m_nodes.reserve(m_graph.nodes.size());
    for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
        const cases::LinkNode& node = m_graph.nodes[i];
        addNode(static_cast<int>(i), QPointF(node.x * scale, node.y * scale));
    }
    for (const cases::LinkEdge& edge : m_graph.edges)
        addEdge(edge);
    updateLabels();
    fitSceneRect();
}

bool NetworkScene::grow(const cases::LinkGraphGrowth& growth)
{
    if (growth.firstNewIndex != m_nodes.size() || growth.expanded >= m_nodes.size())
        return false;
    const QPointF centre = m_nodes[growth.expanded]->pos();
    const auto count = static_cast<qreal>(growth.nodes.size());
    // A circle with about 32 units of arc per new node, never tighter than 70 units.
    const qreal radius = std::max<qreal>(70.0, 32.0 * count / (2.0 * M_PI));
    for (std::size_t k = 0; k < growth.nodes.size(); ++k) {
        const qreal angle = 2.0 * M_PI * static_cast<qreal>(k) / std::max<qreal>(count, 1.0);
        m_graph.nodes.push_back(growth.nodes[k]);
        addNode(static_cast<int>(m_nodes.size()), centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    for (const cases::LinkEdge& edge : growth.edges) {
        if (edge.from >= m_nodes.size() || edge.to >= m_nodes.size())
            continue;
        m_graph.edges.push_back(edge);
        addEdge(edge);
    }
    m_graph.truncated = m_graph.truncated || growth.truncated;
    updateLabels();
    fitSceneRect();
    return true;
}

void NetworkScene::refreshAccounts(const cases::LinkGraph& refreshed)
{
    std::unordered_map<std::int64_t, const cases::LinkNode*> byId;
    for (const cases::LinkNode& node : refreshed.nodes)
        if (node.isAccount())
            byId.emplace(node.accountId, &node);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        cases::LinkNode& shown = m_graph.nodes[i];
        if (!shown.isAccount())
            continue;
        const auto it = byId.find(shown.accountId);
        if (it == byId.end())
            continue;
        const double x = shown.x;
        const double y = shown.y;
        shown = *it->second;
        shown.x = x;
        shown.y = y;
        m_nodes[i]->setNode(shown);
    }
}

void NetworkScene::clearGraph()
{
    clear();
    m_nodes.clear();
    m_graph = {};
    setSceneRect(QRectF());
}

int NetworkScene::accountItemCount() const
{
    return static_cast<int>(std::count_if(m_nodes.begin(), m_nodes.end(),
                                          [](const GraphNodeItem* item) { return item->node().isAccount(); }));
}

GraphNodeItem* NetworkScene::nodeItem(int index) const
{
    return index >= 0 && index < nodeCount() ? m_nodes[static_cast<std::size_t>(index)] : nullptr;
}

QList<GraphNodeItem*> NetworkScene::nodeItems() const { return QList<GraphNodeItem*>(m_nodes.begin(), m_nodes.end()); }

GraphNodeItem* NetworkScene::selectedNode() const
{
    const QList<QGraphicsItem*> selected = selectedItems();
    return selected.size() == 1 ? qgraphicsitem_cast<GraphNodeItem*>(selected.first()) : nullptr;
}

void NetworkScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    GraphNodeItem* node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (node && node->node().isAccount()) {
        event->accept();
        Q_EMIT accountActivated(node->node().accountId);
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void NetworkScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    GraphNodeItem* node = nodeAt(event->scenePos());
    if (!node) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    // The menu acts on the node under the pointer; selecting it shows which one.
    clearSelection();
    node->setSelected(true);
    event->accept();
    Q_EMIT nodeMenuRequested(node->index(), event->screenPos());
}

GraphNodeItem* NetworkScene::nodeAt(const QPointF& scenePos) const
{
    // Topmost first: accounts are drawn above entities.
    for (QGraphicsItem* item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (auto* node = qgraphicsitem_cast<GraphNodeItem*>(item))
            return node;
    return nullptr;
}

GraphNodeItem* NetworkScene::addNode(int index, const QPointF& pos)
{
    auto* item = new GraphNodeItem(index, m_graph.nodes[static_cast<std::size_t>(index)]);
    item->setPos(pos);
    addItem(item);
    m_nodes.push_back(item);
    return item;
}

void NetworkScene::addEdge(const cases::LinkEdge& edge)
{
    if (edge.from >= m_nodes.size() || edge.to >= m_nodes.size() || edge.from == edge.to)
        return;
    addItem(new GraphEdgeItem(m_nodes[edge.from], m_nodes[edge.to], edge.weight));
}

void NetworkScene::updateLabels()
{
    const bool labelled = nodeCount() < kLabelledNodeLimit;
    for (GraphNodeItem* item : m_nodes)
        item->setLabelShown(labelled && item->node().isAccount());
}

void NetworkScene::fitSceneRect()
{
    const QRectF bounds = itemsBoundingRect();
    // Room around the picture to pan into and to drag nodes out to.
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.25 + 50.0;
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

qreal NetworkScene::spread() const
{
    return 40.0 * std::sqrt(static_cast<qreal>(std::max<std::size_t>(m_graph.nodes.size(), 4)));
}

} // namespace fraudlens::ui
