#include "time_series_chart.h"

#include "util/clock.h"

#include <QDateTime>
#include <QEvent>
#include <QTimeZone>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fraudlens::ui {

namespace {


// The indices to draw: all flagged points, and from each of equal-count buckets of the
// rest, the largest amount and the highest risk, so that peaks survive the thinning.
std::vector<int> thin(const std::vector<TimeSeriesPoint>& points, int limit)
{
    std::vector<int> kept;
    if (static_cast<int>(points.size()) <= limit) {
        kept.resize(points.size());
        for (int i = 0; i < static_cast<int>(points.size()); ++i)
            kept[static_cast<std::size_t>(i)] = i;
        return kept;
    }
    std::vector<int> plain;
    for (int i = 0; i < static_cast<int>(points.size()); ++i)
        (points[static_cast<std::size_t>(i)].flagged ? kept : plain).push_back(i);
    const int buckets = std::max(0, (limit - static_cast<int>(kept.size())) / 2);
    if (buckets > 0 && !plain.empty()) {
        const double width = static_cast<double>(plain.size()) / buckets;
        for (int b = 0; b < buckets; ++b) {
            const auto begin = static_cast<std::size_t>(std::floor(b * width));
            const auto end = std::min(plain.size(), static_cast<std::size_t>(std::floor((b + 1) * width)));
            if (begin >= end)
                continue;
            std::size_t byAmount = begin;
            std::size_t byRisk = begin;
            for (std::size_t j = begin; j < end; ++j) {
                const auto& p = points[static_cast<std::size_t>(plain[j])];
                if (p.amount > points[static_cast<std::size_t>(plain[byAmount])].amount)
                    byAmount = j;
                if (p.risk > points[static_cast<std::size_t>(plain[byRisk])].risk)
                    byRisk = j;
            }
            kept.push_back(plain[byAmount]);
            if (byRisk != byAmount)
                kept.push_back(plain[byRisk]);
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

// The chart is handed to the base at construction: QChartView(parent) makes a default
// chart of its own, which a later setChart() would release without deleting.
TimeSeriesChart::TimeSeriesChart(QWidget* parent) : QChartView(new QChart, parent), m_chart(chart())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(QStringLiteral("MMM d HH:mm"));
    m_timeAxis->setTickCount(6);
    m_amountAxis = new QValueAxis(m_chart);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_riskAxis = new QValueAxis(m_chart);
    m_riskAxis->setRange(0.0, 1.0);
    m_riskAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_riskAxis->setGridLineVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_amountAxis, Qt::AlignLeft);
    m_chart->addAxis(m_riskAxis, Qt::AlignRight);

    // A step line between 0 and 1 on the risk axis fills each burst hour top to bottom.
    m_burstEdge = new QLineSeries(m_chart);
    m_bursts = new QAreaSeries(m_burstEdge);
    m_bursts->setPen(Qt::NoPen);
    m_bursts->setBrush(QColor(142, 110, 200, 48));

    m_amounts = new QScatterSeries;
    m_amounts->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_amounts->setMarkerSize(6.0);
    m_amounts->setColor(QColor(84, 122, 165));
    m_amounts->setBorderColor(QColor(84, 122, 165));

    m_risk = new QLineSeries;
    QPen riskPen(QColor(224, 142, 11));
    riskPen.setWidthF(1.5);
    m_risk->setPen(riskPen);

    m_flagged = new QScatterSeries;
    m_flagged->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_flagged->setMarkerSize(11.0);
    m_flagged->setColor(QColor(192, 57, 43));
    m_flagged->setBorderColor(Qt::white);

    // Added back to front: the shading behind, flagged markers on top.
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(m_bursts), static_cast<QAbstractSeries*>(m_amounts),
                                    static_cast<QAbstractSeries*>(m_risk), static_cast<QAbstractSeries*>(m_flagged)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
    }
    m_amounts->attachAxis(m_amountAxis);
    m_flagged->attachAxis(m_amountAxis);
    m_risk->attachAxis(m_riskAxis);
    m_bursts->attachAxis(m_riskAxis);

    connect(m_flagged, &QScatterSeries::clicked, this,
            [this](const QPointF& point) { emitNearest(m_flaggedMarkers, point); });
    connect(m_amounts, &QScatterSeries::clicked, this,
            [this](const QPointF& point) { emitNearest(m_amountMarkers, point); });

    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
    clear();
}

void TimeSeriesChart::setSeries(const std::vector<TimeSeriesPoint>& points,
                                const std::vector<std::int64_t>& burstHourStarts)
{
    const std::vector<int> shown = thin(points, kMaxPoints);
    QList<QPointF> amounts;
    QList<QPointF> flagged;
    QList<QPointF> risk;
    m_amountMarkers.clear();
    m_flaggedMarkers.clear();
    for (const int i : shown) {
        const TimeSeriesPoint& p = points[static_cast<std::size_t>(i)];
        const auto x = static_cast<qreal>(p.timeMs);
        if (p.flagged) {
            flagged.append(QPointF(x, p.amount));
            m_flaggedMarkers.push_back({x, p.amount, p.txId});
        } else {
            amounts.append(QPointF(x, p.amount));
            m_amountMarkers.push_back({x, p.amount, p.txId});
        }
        if (p.risk >= 0.0)
            risk.append(QPointF(x, p.risk));
    }
    QList<QPointF> edge;
    edge.reserve(static_cast<qsizetype>(burstHourStarts.size() * 4));
    for (const std::int64_t start : burstHourStarts) {
        const auto from = static_cast<qreal>(start);
        const auto to = static_cast<qreal>(start + util::kHourMs);
        edge << QPointF(from, 0.0) << QPointF(from, 1.0) << QPointF(to, 1.0) << QPointF(to, 0.0);
    }
    m_amounts->replace(amounts);
    m_flagged->replace(flagged);
    m_risk->replace(risk);
    m_burstEdge->replace(edge);
    setRanges(points, shown);
}

void TimeSeriesChart::clear()
{
    setSeries({}, {});
}

void TimeSeriesChart::setRanges(const std::vector<TimeSeriesPoint>& points, const std::vector<int>& shown)
{
    // Nothing to draw: no axes either, rather than a made-up time range.
    const bool empty = shown.empty();
    for (QAbstractAxis* axis : m_chart->axes())
        axis->setVisible(!empty);
    if (empty)
        return;
    const qint64 first = points[static_cast<std::size_t>(shown.front())].timeMs;
    const qint64 last = points[static_cast<std::size_t>(shown.back())].timeMs;
    // A little room either side, and an hour for an account with one moment of activity.
    const qint64 pad = std::max<qint64>((last - first) / 40, util::kHourMs / 2);
    m_timeAxis->setRange(utc(first - pad), utc(last + pad));
    double low = 0.0;
    double high = 0.0;
    for (const int i : shown) {
        low = std::min(low, points[static_cast<std::size_t>(i)].amount);
        high = std::max(high, points[static_cast<std::size_t>(i)].amount);
    }
    m_amountAxis->setRange(low, high > low ? high * 1.08 : low + 1.0);
    m_amountAxis->applyNiceNumbers();
}

void TimeSeriesChart::emitNearest(const std::vector<Marker>& markers, const QPointF& point)
{
    // The clicked marker is the one nearest in time; same-time markers part by amount.
    const Marker* best = nullptr;
    qreal bestDx = std::numeric_limits<qreal>::max();
    qreal bestDy = std::numeric_limits<qreal>::max();
    for (const Marker& m : markers) {
        const qreal dx = std::abs(m.x - point.x());
        const qreal dy = std::abs(m.y - point.y());
        if (dx < bestDx || (dx == bestDx && dy < bestDy)) {
            best = &m;
            bestDx = dx;
            bestDy = dy;
        }
    }
    if (best)
        Q_EMIT pointClicked(best->txId);
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void TimeSeriesChart::retranslate()
{
    m_bursts->setName(tr("Burst hour"));
    m_amounts->setName(tr("Amount"));
    m_flagged->setName(tr("Flagged"));
    m_risk->setName(tr("Risk"));
    m_amountAxis->setTitleText(tr("Amount"));
    m_riskAxis->setTitleText(tr("Risk"));
}

} // namespace fraudlens::ui
