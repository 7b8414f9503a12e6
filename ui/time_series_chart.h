#pragma once

#include <QtCharts/QChartView>

#include <cstdint>
#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace fraudlens::ui {

// One transaction as the chart draws it.
struct TimeSeriesPoint {
    qint64 txId = 0;
    qint64 timeMs = 0;
    double amount = 0.0;
    double risk = -1.0; // fused risk in [0,1]; negative when the transaction was not scored
    bool flagged = false;
};

// The one place that speaks Qt Charts (in maintenance; Qt Graphs may replace it): amounts
// over time on the left axis, flagged transactions as their own markers, fused risk on a
// right axis from 0 to 1, and burst hours shaded behind. Long series are thinned to at
// most kMaxPoints, keeping every flagged point.
class TimeSeriesChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 2000;

    explicit TimeSeriesChart(QWidget* parent = nullptr);

    // `points` in time order; `burstHourStarts` in ms, each shading one hour.
    void setSeries(const std::vector<TimeSeriesPoint>& points, const std::vector<std::int64_t>& burstHourStarts);
    void clear();

Q_SIGNALS:
    // A transaction's marker was clicked.
    void pointClicked(qint64 txId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // What a drawn marker stands for, to map a click back to its transaction.
    struct Marker {
        qreal x = 0;
        qreal y = 0;
        qint64 txId = 0;
    };

    void retranslate();
    void emitNearest(const std::vector<Marker>& markers, const QPointF& point);
    void setRanges(const std::vector<TimeSeriesPoint>& points, const std::vector<int>& shown);

    QChart* m_chart = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_amountAxis = nullptr;
    QValueAxis* m_riskAxis = nullptr;
    QLineSeries* m_burstEdge = nullptr; // upper edge of the shaded burst hours
    QAreaSeries* m_bursts = nullptr;
    QScatterSeries* m_amounts = nullptr;
    QScatterSeries* m_flagged = nullptr;
    QLineSeries* m_risk = nullptr;
    std::vector<Marker> m_amountMarkers;
    std::vector<Marker> m_flaggedMarkers;
};

} // namespace fraudlens::ui
