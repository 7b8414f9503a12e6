#include "graph_node_item.h"

#include "graph_edge_item.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPolygonF>
#include <QStringList>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace fraudlens::ui {

using cases::LinkNodeKind;

namespace {

// Room around a glyph for the frozen ring, the outline pens and the selection halo.
constexpr qreal kHalo = 9.0;
constexpr qreal kLabelWidth = 130.0;

const QColor kCalm(88, 168, 104);
const QColor kAmber(236, 168, 52);
const QColor kAlarm(210, 64, 60);
const QColor kFrozenRing(38, 110, 220);
const QColor kConfirmedOutline(25, 25, 30);
const QColor kSelection(60, 120, 220);

QFont labelFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    return font;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QPolygonF regularPolygon(int corners, qreal radius, qreal startDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const qreal angle = qDegreesToRadians(startDegrees + 360.0 * i / corners);
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

} // namespace

GraphNodeItem::GraphNodeItem(int index, const cases::LinkNode& node) : m_index(index), m_node(node)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // Painted directly, not cached: a device-coordinate cache re-renders every node's
    // pixmap at each zoom step, which made zooming slower (p95 15.6 ms, max 21.5 ms at 500
    // nodes) than painting the glyphs (15.1 ms, 17.0 ms) for a gain of half a millisecond
    // on pans (tests/bench/network_frame_bench.cpp).
    setCacheMode(NoCache);
    setZValue(node.isAccount() ? 2.0 : 1.0);
    refresh();
}

void GraphNodeItem::setNode(const cases::LinkNode& node)
{
    m_node = node;
    refresh();
    update();
}

void GraphNodeItem::setLabelShown(bool shown)
{
    if (m_labelShown == shown)
        return;
    m_labelShown = shown;
    update();
}

void GraphNodeItem::refresh()
{
    const QFontMetricsF metrics(labelFont());
    const QString label = QString::fromStdString(m_node.label);
    // Long values (merchant bursts, e-mail addresses) keep both ends readable.
    m_label = metrics.elidedText(label, Qt::ElideMiddle, kLabelWidth);
    const qreal width = metrics.horizontalAdvance(m_label) + 4.0;
    const qreal top = radiusOf(m_node.kind) + 4.0;
    // The label's rectangle is part of the bounding rectangle whether shown or not, so
    // that showing it needs no geometry change.
    prepareGeometryChange();
    m_labelRect = QRectF(-width / 2.0, top, width, metrics.height());
    setToolTip(toolTipText());
}

QRectF GraphNodeItem::boundingRect() const
{
    const qreal extent = radiusOf(m_node.kind) * 1.15 + kHalo;
    return QRectF(-extent, -extent, 2 * extent, 2 * extent).united(m_labelRect);
}

QPainterPath GraphNodeItem::shape() const
{
    // Hit-testing on the glyph only (a little wider for thin triangles), never the label.
    QPainterPath path;
    const qreal r = radiusOf(m_node.kind) + 2.0;
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const qreal r = radiusOf(m_node.kind);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        painter->setPen(QPen(kSelection, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), r + 7.0, r + 7.0);
    }
    drawGlyph(painter, m_node.kind, r, fill(), m_node.isAccount() && m_node.frozen,
              m_node.isAccount() && m_node.confirmedFraud);
    if (m_labelShown || m_hovered || selected) {
        painter->setFont(labelFont());
        painter->setPen(QGuiApplication::palette().color(QPalette::Text));
        painter->drawText(m_labelRect, Qt::AlignHCenter | Qt::AlignTop, m_label);
    }
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        for (GraphEdgeItem* edge : m_edges)
            edge->adjust();
    return QGraphicsItem::itemChange(change, value);
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QColor GraphNodeItem::fill() const
{
    if (!m_node.isAccount())
        return entityColour();
    return m_node.scored ? riskColour(m_node.maxRisk) : QColor(200, 200, 200);
}

QString GraphNodeItem::toolTipText() const
{
    const QString label = QString::fromStdString(m_node.label);
    QStringList lines;
    switch (m_node.kind) {
    case LinkNodeKind::Account:
        lines << tr("Account %1").arg(label);
        lines << (m_node.scored ? tr("Highest risk: %1").arg(QLocale().toString(m_node.maxRisk, 'f', 2))
                                : tr("Not scored yet"));
        lines << (m_node.frozen ? tr("Frozen") : tr("Active"));
        if (m_node.confirmedFraud)
            lines << tr("Confirmed fraud");
        if (m_node.ringId > 0)
            lines << tr("Member of ring %1").arg(m_node.ringId);
        lines << tr("Double-click to open the account");
        return lines.join(QLatin1Char('\n'));
    case LinkNodeKind::Device:
        lines << tr("Device %1").arg(label);
        break;
    case LinkNodeKind::Ip:
        lines << tr("IP address %1").arg(label);
        break;
    case LinkNodeKind::Card:
        lines << tr("Card %1").arg(label);
        break;
    case LinkNodeKind::Email:
        lines << tr("E-mail %1").arg(label);
        break;
    case LinkNodeKind::Address:
        lines << tr("Address %1").arg(label);
        break;
    case LinkNodeKind::Merchant:
        lines << tr("Merchant %1").arg(label);
        break;
    }
    lines << tr("Used by %n account(s)", nullptr, m_node.accountCount);
    return lines.join(QLatin1Char('\n'));
}

qreal GraphNodeItem::radiusOf(LinkNodeKind kind)
{
    switch (kind) {
    case LinkNodeKind::Account:
        return 10.0;
    case LinkNodeKind::Merchant:
        return 9.0;
    default:
        return 8.0;
    }
}

QPainterPath GraphNodeItem::outline(LinkNodeKind kind, qreal r)
{
    QPainterPath path;
    switch (kind) {
    case LinkNodeKind::Account:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case LinkNodeKind::Device:
        path.addRect(QRectF(-0.85 * r, -0.85 * r, 1.7 * r, 1.7 * r));
        break;
    case LinkNodeKind::Ip:
        path.addPolygon(regularPolygon(4, 1.1 * r, -90.0));
        path.closeSubpath();
        break;
    case LinkNodeKind::Card:
        path.addRoundedRect(QRectF(-r, -0.7 * r, 2.0 * r, 1.4 * r), 0.3 * r, 0.3 * r);
        break;
    case LinkNodeKind::Email:
        path.addPolygon(regularPolygon(3, 1.1 * r, -90.0));
        path.closeSubpath();
        break;
    case LinkNodeKind::Address:
        path.addPolygon(regularPolygon(3, 1.1 * r, 90.0));
        path.closeSubpath();
        break;
    case LinkNodeKind::Merchant:
        path.addPolygon(regularPolygon(6, r, 0.0));
        path.closeSubpath();
        break;
    }
    return path;
}

QColor GraphNodeItem::riskColour(double risk)
{
    const double t = std::clamp(risk, 0.0, 1.0);
    // Calm until half way, then amber, red only for the riskiest.
    return t < 0.5 ? mix(kCalm, kAmber, t / 0.5) : mix(kAmber, kAlarm, (t - 0.5) / 0.5);
}

QColor GraphNodeItem::entityColour() { return QColor(178, 192, 208); }

void GraphNodeItem::drawGlyph(QPainter* painter, LinkNodeKind kind, qreal radius, const QColor& fill, bool frozen,
                              bool confirmedFraud)
{
    const QPainterPath path = outline(kind, radius);
    painter->setBrush(fill);
    painter->setPen(QPen(fill.darker(160), 1.0));
    painter->drawPath(path);
    if (confirmedFraud) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(kConfirmedOutline, 2.5));
        painter->drawPath(path);
    }
    if (frozen) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(kFrozenRing, 2.0));
        painter->drawEllipse(QPointF(0, 0), radius * 1.15 + 3.5, radius * 1.15 + 3.5);
    }
}

} // namespace fraudlens::ui
