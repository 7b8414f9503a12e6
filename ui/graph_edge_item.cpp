#include "graph_edge_item.h"

#include "graph_node_item.h"

#include <QPen>

#include <algorithm>
#include <cmath>

namespace fraudlens::ui {

GraphEdgeItem::GraphEdgeItem(GraphNodeItem* from, GraphNodeItem* to, int weight)
    : m_from(from), m_to(to), m_weight(std::max(weight, 1))
{
    // An opaque one-pixel pen: a wider or translucent one sends every edge through Qt's
    // general stroker and span blender, which repainted a 500-node picture in 40 ms instead
    // of 3 (tests/bench/network_frame_bench.cpp). So weight shows as darkness: one
    // transaction is pale, sixteen or more are dark.
    const qreal heavy = std::min(1.0, std::log2(static_cast<double>(m_weight)) / 4.0);
    const auto mix = [heavy](int light, int dark) { return static_cast<int>(std::lround(light + (dark - light) * heavy)); };
    QPen pen(QColor(mix(180, 55), mix(188, 70), mix(202, 100)), 1.0);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    setPen(pen);
    setZValue(0.0);
    setToolTip(tr("%n transaction(s)", nullptr, m_weight));
    m_from->addEdge(this);
    m_to->addEdge(this);
    adjust();
}

void GraphEdgeItem::adjust() { setLine(QLineF(m_from->pos(), m_to->pos())); }

} // namespace fraudlens::ui
