#pragma once

#include "eval/detector_report.h"

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fraudlens::ui {

// The evaluation's figures per detector, fused risk first: one row each, a handful of
// rows, so it holds them all. Undefined metrics (NaN) show as a dash and sort as nothing.
class DetectorMetricsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Detector, Auroc, Auprc, PrecisionAt100, RecallAt1Pct, ColumnCount };
    // The number behind a cell (double), for sorting and tests; QVariant() when undefined.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    // The detector's key as the core names it ("fused", "autoencoder", ...).
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit DetectorMetricsModel(QObject* parent = nullptr);

    void setReports(std::vector<std::pair<std::string, eval::DetectorReport>> reports);
    void clear();
    const std::vector<std::pair<std::string, eval::DetectorReport>>& reports() const { return m_reports; }

    // The detector's name for people: "Fused risk", "Autoencoder", ...
    static QString displayName(std::string_view key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static double metric(const eval::DetectorReport& report, int column);

    std::vector<std::pair<std::string, eval::DetectorReport>> m_reports;
};

} // namespace fraudlens::ui
