#include "network_canvas.h"

#include <QGraphicsScene>
#include <QShowEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fraudlens::ui {

namespace {

constexpr qreal kMinScale = 0.05;
constexpr qreal kMaxScale = 8.0;

} // namespace

NetworkCanvas::NetworkCanvas(QWidget* parent) : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Only the rectangles that changed are repainted; every item sets the pen, brush and
    // font it uses, so the view need not save and restore the painter around each one.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setCacheMode(CacheBackground);
}

void NetworkCanvas::fitGraph()
{
    if (!scene())
        return;
    if (!isVisible()) {
        m_fitOnShow = true;
        return;
    }
    const QRectF bounds = scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // A picture of three nodes should not fill the screen with giant glyphs.
    const qreal scale = transform().m11();
    if (scale > 2.0) {
        zoomBy(2.0 / scale);
        centerOn(bounds.center());
    }
}

void NetworkCanvas::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, kMinScale, kMaxScale);
    if (current > 0.0 && target != current)
        scale(target / current, target / current);
}

void NetworkCanvas::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) zooms by about 20 %; touchpads send smaller steps for smoother zoom.
    zoomBy(std::pow(1.2, delta / 120.0));
    event->accept();
}

void NetworkCanvas::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_fitOnShow) {
        m_fitOnShow = false;
        fitGraph();
    }
}

} // namespace fraudlens::ui
