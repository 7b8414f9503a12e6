#pragma once

#include "import_dry_run.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fraudlens::ui {

class TextTableModel;
struct ImportDraft;

// A dry run of the whole file under the chosen mapping, off the UI thread: how many rows
// would be stored, and which would be rejected, where and why. The commit page: Next
// ("Import") starts the real import and there is no going back from it.
class ImportValidationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportValidationPage(ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const { return m_dryRun.isRunning(); }
    // Empty until the check has finished.
    const std::optional<DryRunReport>& report() const { return m_report; }
    // Copies the check's reject report to `target` off the UI thread; rejectReportSaved() tells.
    void saveRejectReportTo(const QString& target);

Q_SIGNALS:
    // The check's result is on screen.
    void checked();
    // "Save reject report…" finished; message says where, or why not.
    void rejectReportSaved(bool ok, const QString& message);

private:
    void showProgress(double fraction, const QString& stage);
    void showReport(const DryRunReport& report);
    void chooseRejectReportFile();

    ImportDraft& m_draft;
    ImportDryRun m_dryRun;
    std::optional<DryRunReport> m_report;
    QFutureWatcher<QString> m_copy;
    QString m_copyTarget;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_earlier = nullptr;
    QCheckBox* m_force = nullptr;
    QCheckBox* m_skip = nullptr;
    QTableView* m_table = nullptr;
    TextTableModel* m_model = nullptr;
    QLabel* m_shown = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saveStatus = nullptr;
};

} // namespace fraudlens::ui
