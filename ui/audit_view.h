#pragma once

#include "data_change.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace fraudlens::ui {

class AuditDetailsPane;
class AuditFilterBar;
class AuditTableModel;
class Workspace;

// The audit log for analysts and auditors: filter by actor, action and target, read any
// entry in full, re-walk the hash chain ("Verify integrity") and export what the filter
// shows as CSV. Nothing here changes the database, so all of it stays on in auditor mode.
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(Workspace& workspace, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    // Re-walks the chain off the UI thread; a break is selected in the table once found.
    void verify();
    // Writes the entries the table shows to path as CSV, off the UI thread.
    void exportTo(const QString& path);

Q_SIGNALS:
    // Freshly loaded entries are on screen.
    void loaded();
    // firstBadSeq is 0 when the chain is intact.
    void verified(bool intact, qint64 entries, qint64 firstBadSeq);
    void exported(const QString& path, qint64 entries);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void restart();
    void onDataChanged(DataChanges what);
    void loadChoices();
    void applyFilter();
    void forgetRequests();
    void onCounted();
    void onRowsLoaded(int first, int last);
    void showCurrent();
    void locate(qint64 seq);
    void locateRow(qint64 seq);
    void selectRow(int row);
    void chooseExportFile();
    void showStatus(const QString& message, bool alarming = false);
    void retranslate();

    Workspace& m_workspace;
    AuditTableModel* m_model = nullptr;
    AuditFilterBar* m_filters = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_table = nullptr;
    AuditDetailsPane* m_details = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_status = nullptr;

    bool m_awaitingFirstPage = false;
    bool m_verifying = false;
    bool m_exporting = false;
    std::optional<qint64> m_locateSeq; // a chain break to select once the rows are counted
    int m_pendingRow = -1;             // a row to select once its page is in
};

} // namespace fraudlens::ui
