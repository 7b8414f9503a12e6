#pragma once

#include "cases/alert_filter.h"
#include "cases/alert_row.h"
#include "cases/alert_status.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QKeySequence;
class QLabel;
class QModelIndex;
class QTableView;

namespace fraudlens::ui {

class CaseReportExporter;

class AlertDetailPane;
class AlertFilterBar;
class AlertTableModel;
class CaseActions;
class Workspace;

// The analyst's work queue: filters on top, the alerts in a lazily loaded table, why the
// selected one was raised below. Triage runs from the keyboard (J/K move, Enter opens the
// account, R review, C confirm, D dismiss, E escalate, F freeze, N note) and applies to
// every selected row; afterwards the selection moves on to the next alert.
class AlertQueueView : public QWidget {
    Q_OBJECT
public:
    // Asks for the reason of a freeze or the text of a note; nullopt when the analyst cancels.
    using ReasonProvider = std::function<std::optional<QString>(const QString& title)>;

    AlertQueueView(Workspace& workspace, CaseActions& actions, QWidget* parent = nullptr);

    AlertTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The default shows a small input dialog; tests answer without one.
    void setReasonProvider(ReasonProvider provider);

Q_SIGNALS:
    // Freshly read alerts are on screen (after every reload).
    void loaded();
    // The current alert's reasons, read after its page, are on screen.
    void alertShown(qint64 alertId);

private:
    QAction* addTriageAction(const QString& text, const char* objectName, const QList<QKeySequence>& keys);
    void buildActions();
    void reload();
    void showReloaded();
    void showCurrent(const QModelIndex& current);
    void updateActions();
    void updateCount();
    void showMessage(const QString& message);

    // Rows selected (or else the current one), in order.
    QList<int> targetRows() const;
    // Copies of the loaded alerts among rows; says so when some have not arrived yet.
    std::vector<cases::AlertRow> alertsAt(const QList<int>& rows);
    void selectRow(int row);
    void moveCurrent(int delta);
    void moveOnFrom(const QList<int>& rows);
    void openAccount(int row);
    void setStatus(cases::AlertStatus next);
    void freezeAccounts();
    void addNotes();
    void exportCaseReport();

    Workspace& m_workspace;
    CaseActions& m_actions;
    ReasonProvider m_reasonProvider;
    AlertFilterBar* m_filterBar = nullptr;
    AlertTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    AlertDetailPane* m_detail = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_openAccount = nullptr;
    QAction* m_caseReport = nullptr;
    CaseReportExporter* m_exporter = nullptr;
    QList<QAction*> m_decisions;
    QList<QAction*> m_browsing;
    // The row to fall back on when the selected alert left the queue in a reload.
    int m_lastRow = -1;
    // The filter of the rows last shown: another queue starts at its top.
    cases::AlertFilter m_shownFilter;
    bool m_loadFailed = false;
};

} // namespace fraudlens::ui
