#pragma once

#include "data_change.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fraudlens::cases {
struct AccountSnapshot;
}

namespace fraudlens::ui {

class AccountHeader;
class AccountHistoryList;
class AccountTransactionsModel;
class CaseActions;
class CaseReportExporter;
class LinkedEntitiesList;
class TimeSeriesChart;
class TransactionDetails;
class Workspace;

// Everything about one account: who it is, its transactions over time and in a table,
// what it shares with other accounts, and its case history; freeze, unfreeze and notes.
// Workspace::accountRequested is wired to showAccount() by the main window.
class AccountView : public QWidget {
    Q_OBJECT
public:
    // Asks the analyst for a required text (a reason, a note) under `title`; nullopt when
    // they cancelled. Tests install their own instead of the dialog.
    using TextProvider = std::function<std::optional<QString>(const QString& title)>;
    // Asks where to save the case report of `alertId`; empty when cancelled. Tests install
    // their own instead of the save dialog.
    using ReportPathProvider = std::function<QString(qint64 alertId, const QString& account)>;

    AccountView(Workspace& workspace, CaseActions& actions, QWidget* parent = nullptr);
    ~AccountView() override;

    void showAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }

    void setReasonProvider(TextProvider provider) { m_reasonProvider = std::move(provider); }
    void setNoteProvider(TextProvider provider) { m_noteProvider = std::move(provider); }
    void setReportPathProvider(ReportPathProvider provider) { m_reportPathProvider = std::move(provider); }

Q_SIGNALS:
    // Freshly loaded data of the account is on screen.
    void loaded();

private:
    void buildLayout();
    void reload();
    void onDataChanged(DataChanges what);
    void present(cases::AccountSnapshot snapshot);
    void showMessage(const QString& message);
    void reset(const QString& message);
    void search();
    void toggleFrozen();
    void addNote();
    void exportCaseReport();
    void selectTransaction(qint64 txId);
    void showSelectedTransaction();
    qint64 selectedTransaction() const;
    void updateActions();

    Workspace& m_workspace;
    CaseActions& m_actions;
    TextProvider m_reasonProvider;
    TextProvider m_noteProvider;
    ReportPathProvider m_reportPathProvider;

    qint64 m_accountId = 0;     // the account asked for
    quint64 m_loadSerial = 0;   // the newest load asked; older answers are dropped
    quint64 m_searchSerial = 0;
    // What is on screen, for the actions and the ring link.
    qint64 m_shownId = 0;
    QString m_shownLabel;
    bool m_shownFrozen = false;
    std::optional<qint64> m_openAlertId;
    std::optional<qint64> m_caseAlertId;
    bool m_decisionPending = false;

    AccountHeader* m_header = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_freeze = nullptr;
    QPushButton* m_note = nullptr;
    QPushButton* m_report = nullptr;
    CaseReportExporter* m_exporter = nullptr;
    QLabel* m_message = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    AccountTransactionsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    TransactionDetails* m_details = nullptr;
    LinkedEntitiesList* m_entities = nullptr;
    AccountHistoryList* m_history = nullptr;
};

} // namespace fraudlens::ui
