#pragma once

#include <QCoreApplication>
#include <QGraphicsLineItem>

namespace fraudlens::ui {

class GraphNodeItem;

// An account used an entity: a thin line between the two, wider the more transactions
// did. The pen is cosmetic so that lines keep their width at every zoom.
class GraphEdgeItem : public QGraphicsLineItem {
    Q_DECLARE_TR_FUNCTIONS(GraphEdgeItem)
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(GraphNodeItem* from, GraphNodeItem* to, int weight);

    int type() const override { return Type; }
    int weight() const { return m_weight; }
    GraphNodeItem* from() const { return m_from; }
    GraphNodeItem* to() const { return m_to; }
    // Follows the two nodes after one of them moved.
    void adjust();

private:
    GraphNodeItem* m_from;
    GraphNodeItem* m_to;
    int m_weight;
};

} // namespace fraudlens::ui
