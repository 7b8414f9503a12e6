#pragma once

#include <QList>
#include <QStringList>
#include <QtCharts/QChartView>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

namespace fraudlens::ui {

// One series of bars by category, behind a small adapter so that the views never speak
// Qt Charts themselves (the module is in maintenance; Qt Graphs may replace it).
class BarChart : public QChartView {
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setColor(const QColor& color);
    // Writes each bar's value on it, with `decimals` decimals.
    void setValueLabels(int decimals);
    // A fixed value axis (a metric in [0, 1]); without one the axis runs from 0 to the
    // largest value.
    void setFixedRange(qreal min, qreal max);

    // categories must be distinct; values[i] belongs to categories[i].
    void setValues(const QStringList& categories, const QList<qreal>& values);
    void clear();

    QStringList categories() const { return m_categories; }
    QList<qreal> values() const;

private:
    QChart* m_chart = nullptr;
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QStringList m_categories;
    std::optional<std::pair<qreal, qreal>> m_fixedRange;
};

} // namespace fraudlens::ui
