#pragma once

#include <QList>
#include <QPointF>
#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace fraudlens::ui {

// Qt Charts behind one small adapter (the module is in maintenance; Qt Graphs may replace
// it): transactions per hour as a line, the platform's burst hours as markers on it in a
// contrasting colour. The line is thinned to kMaxPoints, keeping every burst hour.
class HourlyVolumeChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 2000;

    struct Burst {
        qint64 hourStartMs = 0;
        qint64 observed = 0;
        double expected = 0.0;
    };

    explicit HourlyVolumeChart(QWidget* parent = nullptr);

    // hourly: x = hour start in ms since the epoch, y = transactions, in time order.
    void setData(const QList<QPointF>& hourly, const QList<Burst>& bursts);
    void clear();

    // What is drawn, for tests.
    int volumePointCount() const;
    int burstPointCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showBurstTip(const QPointF& point, bool hovering);

    QChart* m_chart = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
    QLineSeries* m_volume = nullptr;
    QScatterSeries* m_bursts = nullptr;
    QList<Burst> m_burstInfo;
};

} // namespace fraudlens::ui
