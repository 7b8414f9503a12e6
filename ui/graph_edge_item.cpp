#include "graph_edge_item.h"

#include "graph_node_item.h"

#include <QPen>

#include <algorithm>
#include <cmath>

namespace fraudlens::ui {

GraphEdgeItem::GraphEdgeItem(GraphNodeItem* from, GraphNodeItem* to, int weight)
    : m_from(from), m_to(to), m_weight(std::max(weight, 1))
{
    // One transaction draws a hairline; each doubling adds a little, up to 4 px.
    const qreal width = std::min(4.0, 0.8 + 0.6 * std::log2(static_cast<double>(m_weight)));
    QPen pen(QColor(110, 125, 145, 150), width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    setPen(pen);
    setZValue(0.0);
    setToolTip(tr("%n transaction(s)", nullptr, m_weight));
    m_from->addEdge(this);
    m_to->addEdge(this);
    adjust();
}

void GraphEdgeItem::adjust() { setLine(QLineF(m_from->pos(), m_to->pos())); }

} // namespace fraudlens::ui
