#pragma once

#include "data_change.h"

#include "cases/dashboard_figures.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;

namespace fraudlens::ui {

class BarChart;
class HourlyVolumeChart;
class StatTile;
class Workspace;

// The first view of an open database: headline counts, transactions per hour with the
// burst hours marked, open alerts by detector and by status, and, when the data carries
// labels, how well each detector ranks the fraud (AUPRC). Read-only.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);

Q_SIGNALS:
    // Freshly loaded figures are on screen.
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onDataChanged(DataChanges what);
    void restart();
    // How much a reload reads, least first. A decision changes only the case figures; new
    // data changes the series too; new scores or labels also call for measuring the
    // detectors again (about a second on big data).
    enum class Depth { Cases, Series, Measured };
    void reload(Depth depth);
    void finishLoad();
    void showFigures(const cases::DashboardFigures& figures, Depth depth);
    void showSeries(const cases::DashboardFigures& figures);
    void showCaseCharts(const cases::DashboardFigures& figures);
    void showAuprc();
    void showError(const QString& message);
    void clearFigures();
    void retranslate();

    static QString statusTitle(const std::string& status);
    static QString detectorTitle(const std::string& detector);

    Workspace& m_workspace;
    QLabel* m_message = nullptr;
    StatTile* m_transactions = nullptr;
    StatTile* m_openAlerts = nullptr;
    StatTile* m_frozen = nullptr;
    StatTile* m_confirmed = nullptr;
    HourlyVolumeChart* m_volume = nullptr;
    QLabel* m_burstSummary = nullptr;
    QLabel* m_latestRun = nullptr;
    BarChart* m_byDetector = nullptr;
    BarChart* m_byStatus = nullptr;
    BarChart* m_auprc = nullptr;
    QLabel* m_auprcNote = nullptr;

    bool m_loading = false;
    bool m_reloadPending = false;
    Depth m_pendingDepth = Depth::Cases;
    std::optional<cases::DashboardFigures> m_figures;
    // The last measurement, kept across reloads that skip it.
    bool m_auprcMeasured = false;
    bool m_hasLabels = false;
    std::vector<cases::DashboardFigures::DetectorAuprc> m_auprcFigures;
};

} // namespace fraudlens::ui
