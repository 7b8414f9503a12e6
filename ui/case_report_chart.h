#pragma once

#include <QImage>
#include <QSize>

namespace fraudlens::cases {
struct CaseReportData;
}

namespace fraudlens::ui {

// The account's amounts and risk over time as the account view draws them, with this alert's
// flagged transactions marked, rendered off-screen into an image of `size` logical pixels at
// `scale` device pixels each (sharp when printed). UI thread only: it builds a chart widget.
QImage renderCaseReportChart(const cases::CaseReportData& data, QSize size, qreal scale);

} // namespace fraudlens::ui
