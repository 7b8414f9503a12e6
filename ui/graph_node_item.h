#pragma once

#include "cases/link_graph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include <vector>

class QPainter;

namespace fraudlens::ui {

class GraphEdgeItem;

// One account or entity of the link picture. The shape says what it is (account circle,
// device square, IP diamond, card rounded square, e-mail triangle up, address triangle
// down, merchant hexagon), the fill how risky an account is, and the outline what an
// analyst decided (blue ring: frozen; dark outline: confirmed fraud). Nodes can be dragged;
// their edges follow.
class GraphNodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(GraphNodeItem)
public:
    enum { Type = UserType + 1 };

    GraphNodeItem(int index, const cases::LinkNode& node);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const cases::LinkNode& node() const { return m_node; }
    // New status, risk or decisions of the same node.
    void setNode(const cases::LinkNode& node);
    // Whether the label is written beside the node even when the pointer is elsewhere.
    void setLabelShown(bool shown);
    void addEdge(GraphEdgeItem* edge) { m_edges.push_back(edge); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Drawing shared with the legend. Glyphs are centred on (0, 0).
    static qreal radiusOf(cases::LinkNodeKind kind);
    static QPainterPath outline(cases::LinkNodeKind kind, qreal radius);
    static QColor riskColour(double risk);
    static QColor entityColour();
    static void drawGlyph(QPainter* painter, cases::LinkNodeKind kind, qreal radius, const QColor& fill, bool frozen,
                          bool confirmedFraud);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QColor fill() const;
    QString toolTipText() const;
    void refresh();

    int m_index = 0;
    cases::LinkNode m_node;
    QString m_label; // elided
    QRectF m_labelRect;
    bool m_labelShown = false;
    bool m_hovered = false;
    std::vector<GraphEdgeItem*> m_edges;
};

} // namespace fraudlens::ui
