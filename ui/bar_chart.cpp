#include "bar_chart.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace fraudlens::ui {

// The chart is handed to the base at construction: QChartView(parent) makes a default
// chart of its own, which a later setChart() would release without deleting.
BarChart::BarChart(QWidget* parent) : QChartView(new QChart, parent)
{
    m_chart = chart();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->hide();

    m_set = new QBarSet(QString());
    m_series = new QBarSeries(m_chart);
    m_series->append(m_set);
    m_chart->addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void BarChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    m_set->setLabel(title);
}

void BarChart::setColor(const QColor& color) { m_set->setColor(color); }

void BarChart::setValueLabels(int decimals)
{
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(decimals);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
}

void BarChart::setFixedRange(qreal min, qreal max)
{
    m_fixedRange = std::make_pair(min, max);
    m_valueAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_valueAxis->setRange(min, max);
    // Five steps of a round size (0.2 on [0, 1]) so every label is exact at one decimal.
    m_valueAxis->setTickCount(6);
}

void BarChart::setValues(const QStringList& categories, const QList<qreal>& values)
{
    if (categories != m_categories) {
        m_categoryAxis->setCategories(categories);
        m_categories = categories;
    }
    // A reload usually brings the same categories: update the bars in place rather than
    // rebuilding the set, which would restart its animation and relayout the chart.
    if (m_set->count() == values.size()) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_set->replace(static_cast<int>(i), values[i]);
    } else {
        m_set->remove(0, m_set->count());
        m_set->append(values);
    }
    if (m_fixedRange)
        return;
    const qreal top = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    m_valueAxis->setRange(0, std::max<qreal>(1, top * 1.1));
    m_valueAxis->applyNiceNumbers();
}

void BarChart::clear() { setValues({}, {}); }

QList<qreal> BarChart::values() const
{
    QList<qreal> out;
    out.reserve(m_set->count());
    for (int i = 0; i < m_set->count(); ++i)
        out.append(m_set->at(i));
    return out;
}

} // namespace fraudlens::ui
