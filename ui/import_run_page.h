#pragma once

#include "job_runner.h"

#include "ingest/import_result.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace fraudlens::ui {

class Workspace;
struct ImportDraft;

// The real import, as the one background job of workspace.jobs(), with progress and
// cancel. The core importer commits the whole file in one transaction, so a cancel or a
// failure leaves the database as it was. Once stored, offers to score right away.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportDraft& draft, Workspace& workspace, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool stored() const { return m_stored; }
    bool scoreNow() const;
    void cancel();

Q_SIGNALS:
    // The import job ended; stored: the rows are in the database.
    void importEnded(bool stored);

private:
    void start();
    void showProgress(double fraction, const QString& stage);
    void jobFinished(bool cancelled, const QString& message);
    static JobRunner::Outcome outcomeOf(const ingest::ImportResult& result, bool intoOpenDatabase);

    // Written by the job; read once the runner reports its end.
    struct JobState {
        ingest::ImportResult result;
        bool returned = false; // the importer returned (rather than threw)
    };

    ImportDraft& m_draft;
    Workspace& m_workspace;
    std::shared_ptr<JobState> m_job;
    bool m_running = false;
    bool m_waiting = false; // another job held the runner; start when it ends
    bool m_stored = false;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_start = nullptr;
    QCheckBox* m_scoreNow = nullptr;
};

} // namespace fraudlens::ui
