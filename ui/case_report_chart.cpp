#include "case_report_chart.h"

#include "time_series_chart.h"

#include "cases/case_report_data.h"

#include <QPainter>

#include <unordered_set>
#include <vector>

namespace fraudlens::ui {

QImage renderCaseReportChart(const cases::CaseReportData& data, QSize size, qreal scale)
{
    // The report is about one alert: only its own transactions are marked, not those of the
    // account's other (earlier) alerts that the account view marks too.
    std::unordered_set<std::int64_t> flagged;
    for (const auto& tx : data.flagged)
        flagged.insert(tx.id);
    const auto& rows = data.account.transactions.rows;
    std::vector<TimeSeriesPoint> points;
    points.reserve(rows.size());
    for (const auto& tx : rows)
        points.push_back({tx.id, tx.timeMs, tx.amount, tx.risk.value_or(-1.0), flagged.count(tx.id) != 0});

    TimeSeriesChart chart;
    chart.setSeries(points, data.account.transactions.burstHours);
    // Resized after the data is in, so the first layout (run by render() on a hidden widget)
    // already fits the axes to it.
    chart.resize(size);

    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.render(&painter);
    painter.end();
    return image;
}

} // namespace fraudlens::ui
