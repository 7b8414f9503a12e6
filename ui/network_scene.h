#pragma once

#include "cases/link_graph.h"

#include <QGraphicsScene>
#include <QList>
#include <QPoint>

#include <vector>

namespace fraudlens::ui {

class GraphNodeItem;

// The link picture on a canvas: one GraphNodeItem per node, one GraphEdgeItem per edge,
// at the positions the layout chose. Keeps the graph it shows so that a node can be
// expanded and the answer merged in.
class NetworkScene : public QGraphicsScene {
    Q_OBJECT
public:
    // Account labels are written out only while the picture is small enough to read them.
    static constexpr int kLabelledNodeLimit = 80;

    explicit NetworkScene(QObject* parent = nullptr);

    // Replaces the picture.
    void setGraph(cases::LinkGraph graph);
    // Adds what expanding a node found, placed in a circle around that node. false (and
    // nothing changes) when the growth was read for a picture that has changed since.
    bool grow(const cases::LinkGraphGrowth& growth);
    // New status, risk and decisions for the accounts shown, matched by account id.
    void refreshAccounts(const cases::LinkGraph& refreshed);
    void clearGraph();

    const cases::LinkGraph& graph() const { return m_graph; }
    bool isEmpty() const { return m_nodes.empty(); }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    int edgeCount() const { return static_cast<int>(m_graph.edges.size()); }
    int accountItemCount() const;
    GraphNodeItem* nodeItem(int index) const;
    QList<GraphNodeItem*> nodeItems() const;
    // The one selected node, or nullptr.
    GraphNodeItem* selectedNode() const;

Q_SIGNALS:
    void accountActivated(qint64 accountId);
    void nodeMenuRequested(int nodeIndex, const QPoint& screenPos);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    GraphNodeItem* nodeAt(const QPointF& scenePos) const;
    GraphNodeItem* addNode(int index, const QPointF& pos);
    void addEdge(const cases::LinkEdge& edge);
    void updateLabels();
    void fitSceneRect();
    // Scene units per layout unit: the picture grows with the square root of its size so
    // that nodes keep about the same spacing.
    qreal spread() const;

    cases::LinkGraph m_graph;
    std::vector<GraphNodeItem*> m_nodes;
};

} // namespace fraudlens::ui
