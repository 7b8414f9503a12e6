#pragma once

#include "data_change.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace fraudlens::ui {

class BudgetPanel;
class DetectorMetricsModel;
class FeedbackPanel;
class PrCurveChart;
class RulesEditor;
class TrainingPanel;
class Workspace;
struct ModelsSnapshot;

// The Models view: train and score, the latest run, how well each detector and the fused
// risk rank the labelled fraud (table and precision-recall chart), what an alert budget
// would catch, the feedback loop, and the rules editor. Everything is read off the UI
// thread; long work runs as the workspace's background job.
class ModelsView : public QWidget {
    Q_OBJECT
public:
    explicit ModelsView(Workspace& workspace, QWidget* parent = nullptr);

    // Trains and scores `dbPath` as the "Train and score" button does (e.g. right after an
    // import). false when refused: auditor mode, or another job is running.
    bool startScoring(const QString& dbPath);

Q_SIGNALS:
    // Fresh data from the latest reload is on screen (metrics, decisions and rules).
    void loaded();

private:
    enum Part { Metrics = 0x1, Decisions = 0x2, Rules = 0x4 };

    void reload(DataChanges what);
    void loadMetrics();
    void loadDecisions();
    void showSnapshot(const ModelsSnapshot& snapshot);
    void showMetricsProblem(const QString& problem);
    void partShown(Part part);
    void clear();

    Workspace& m_workspace;
    TrainingPanel* m_training = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    BudgetPanel* m_budget = nullptr;
    DetectorMetricsModel* m_metrics = nullptr;
    QTableView* m_metricsTable = nullptr;
    PrCurveChart* m_chart = nullptr;
    QLabel* m_metricsMessage = nullptr;
    RulesEditor* m_rules = nullptr;
    int m_pending = 0;           // Part bits asked for and not yet on screen
    quint64 m_metricsTicket = 0; // only the latest of overlapping reads is shown
    quint64 m_decisionsTicket = 0;
    qint64 m_budgetRun = 0;      // the run whose budget the slider was last set to
};

} // namespace fraudlens::ui
