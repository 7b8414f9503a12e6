#include "pr_curve_chart.h"

#include <QEvent>
#include <QPen>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace fraudlens::ui {

// The chart is handed to the base at construction: QChartView(parent) makes a default
// chart of its own, which a later setChart() would release without deleting.
PrCurveChart::PrCurveChart(QWidget* parent) : QChartView(new QChart, parent), m_chart(chart())
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_recallAxis = new QValueAxis(m_chart);
    m_precisionAxis = new QValueAxis(m_chart);
    for (QValueAxis* axis : {m_recallAxis, m_precisionAxis}) {
        axis->setRange(0.0, 1.0);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%.1f"));
    }
    m_chart->addAxis(m_recallAxis, Qt::AlignBottom);
    m_chart->addAxis(m_precisionAxis, Qt::AlignLeft);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    retranslate();
}

void PrCurveChart::setCurves(const QList<Curve>& curves)
{
    while (m_series.size() > curves.size()) {
        QLineSeries* gone = m_series.takeLast();
        m_chart->removeSeries(gone);
        delete gone;
    }
    for (qsizetype i = 0; i < curves.size(); ++i) {
        if (i == m_series.size()) {
            auto* series = new QLineSeries(m_chart);
            m_chart->addSeries(series);
            series->attachAxis(m_recallAxis);
            series->attachAxis(m_precisionAxis);
            m_series.append(series);
        }
        QLineSeries* series = m_series[i];
        series->setName(curves[i].name);
        QPen pen = series->pen();
        pen.setWidthF(i == 0 ? 3.0 : 1.5);
        series->setPen(pen);
        series->replace(curves[i].points);
    }
}

void PrCurveChart::clear()
{
    setCurves({});
}

int PrCurveChart::curveCount() const
{
    return static_cast<int>(m_series.size());
}

void PrCurveChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void PrCurveChart::retranslate()
{
    m_chart->setTitle(tr("Precision and recall"));
    m_recallAxis->setTitleText(tr("Recall"));
    m_precisionAxis->setTitleText(tr("Precision"));
}

} // namespace fraudlens::ui
