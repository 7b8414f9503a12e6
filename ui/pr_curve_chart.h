#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QtCharts/QChartView>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace fraudlens::ui {

// The one place the Models view speaks Qt Charts: precision against recall, one line per
// detector, the first curve (the fused risk) drawn heavier. Curves arrive thinned by the
// core (RankingMetrics::prCurve keeps about a hundred points), so they are drawn as given.
class PrCurveChart : public QChartView {
    Q_OBJECT
public:
    struct Curve {
        QString name;
        QList<QPointF> points; // x = recall, y = precision
    };

    explicit PrCurveChart(QWidget* parent = nullptr);

    // Series are kept across calls and refilled with replace(); a curve no longer given is removed.
    void setCurves(const QList<Curve>& curves);
    void clear();
    int curveCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QChart* m_chart = nullptr;
    QValueAxis* m_recallAxis = nullptr;
    QValueAxis* m_precisionAxis = nullptr;
    QList<QLineSeries*> m_series;
};

} // namespace fraudlens::ui
