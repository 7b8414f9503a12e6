#pragma once

#include "dataset_summary_loader.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace fraudlens::ui {

class AccountView;
class AlertQueueView;
class AuditView;
class CaseActions;
class DashboardView;
class LiveMonitor;
class LivePanel;
class ModelsView;
class NetworkView;
class StartPage;
class Workspace;

// The window: a start page until a database is open, then the six views in tabs, with
// the background job's progress and cancel in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Dashboard, Alerts, Account, Network, Models, Audit };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Checks the file off the UI thread, then opens it and shows `landing`.
    void openDatabase(const QString& path, View landing = View::Alerts);
    void showView(View view);
    QWidget* viewWidget(View view) const;
    static std::optional<View> viewFromName(const QString& name);

    Workspace& workspace() { return *m_workspace; }
    CaseActions& actions() { return *m_actions; }
    AlertQueueView* alertQueue() const { return m_alerts; }
    AccountView* accountView() const { return m_account; }
    NetworkView* networkView() const { return m_network; }

    // Starts building and scoring the demo database; lands on the alert queue when done.
    void openDemo();
    void importCsv();
    // Screenshots and tests: failures go to databaseFailed() and the status bar, no dialogs.
    void setModalErrors(bool modal) { m_modalErrors = modal; }
    // --read-only: auditor mode for the whole session, whatever Settings say.
    void forceReadOnly();

Q_SIGNALS:
    // After openDatabase(): the file checked out and the views were told (or it failed).
    void databaseOpened(const QString& path);
    void databaseFailed(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildViews();
    void buildMenus();
    void buildStatusBar();
    void chooseDatabase();
    void showSettings();
    void summaryLoaded(const DatasetSummary& summary);
    void refreshCounts();
    void showCounts(qint64 transactions, qint64 accounts, qint64 frozen);
    void jobFinished(bool ok, bool cancelled, const QString& message, int changes);
    void notifyHighRiskAlerts();
    // The status bar, and a desktop notification when the settings allow.
    void notify(const QString& text);
    void updateTitle();

    Workspace* m_workspace = nullptr;
    CaseActions* m_actions = nullptr;
    LiveMonitor* m_live = nullptr;
    DatasetSummaryLoader m_loader;
    View m_landing = View::Alerts;
    bool m_modalErrors = true;
    bool m_forcedReadOnly = false;

    QStackedWidget* m_stack = nullptr;
    StartPage* m_start = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardView* m_dashboard = nullptr;
    AlertQueueView* m_alerts = nullptr;
    AccountView* m_account = nullptr;
    NetworkView* m_network = nullptr;
    ModelsView* m_models = nullptr;
    AuditView* m_audit = nullptr;

    LivePanel* m_livePanel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QToolButton* m_cancelJob = nullptr;
};

} // namespace fraudlens::ui
