#pragma once

#include <QList>
#include <QPointF>

namespace fraudlens::ui {

// Thins a series sorted by x to at most maxPoints for drawing: in each bucket the lowest
// and the highest point survive (peaks and troughs stay visible, unlike averaging), as do
// the first and last points and every point whose x is in keepX (sorted ascending), so
// that highlighted points still sit on the line. A series already short enough is
// returned as it is, and so is any series when maxPoints is below 8.
QList<QPointF> downsampleKeeping(const QList<QPointF>& points, int maxPoints, const QList<qreal>& keepX = {});

} // namespace fraudlens::ui
