#include "series_downsampler.h"

#include <algorithm>
#include <vector>

namespace fraudlens::ui {

QList<QPointF> downsampleKeeping(const QList<QPointF>& points, int maxPoints, const QList<qreal>& keepX)
{
    const qsizetype n = points.size();
    if (n <= maxPoints || maxPoints < 8)
        return points;

    std::vector<bool> keep(static_cast<std::size_t>(n), false);
    keep.front() = true;
    keep.back() = true;
    qsizetype forced = 2;
    // Forced points may not crowd out the shape of the series: past half the budget they
    // are dropped (their own series still draws them).
    if (keepX.size() <= (maxPoints - 2) / 2) {
        for (const qreal x : keepX) {
            const auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                                             [](const QPointF& p, qreal value) { return p.x() < value; });
            if (it != points.cend() && it->x() == x) {
                const auto index = static_cast<std::size_t>(it - points.cbegin());
                forced += keep[index] ? 0 : 1;
                keep[index] = true;
            }
        }
    }

    const qsizetype buckets = std::max<qsizetype>(1, (maxPoints - forced) / 2);
    const qsizetype bucketSize = (n + buckets - 1) / buckets;
    for (qsizetype start = 0; start < n; start += bucketSize) {
        const qsizetype end = std::min(n, start + bucketSize);
        qsizetype low = start;
        qsizetype high = start;
        for (qsizetype i = start + 1; i < end; ++i) {
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
        }
        keep[static_cast<std::size_t>(low)] = true;
        keep[static_cast<std::size_t>(high)] = true;
    }

    QList<QPointF> thinned;
    thinned.reserve(maxPoints);
    for (qsizetype i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)])
            thinned.append(points[i]);
    return thinned;
}

} // namespace fraudlens::ui
