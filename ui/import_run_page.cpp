#include "import_run_page.h"

#include "data_change.h"
#include "display_text.h"
#include "import_draft.h"
#include "import_stage.h"
#include "workspace.h"

#include "ingest/importer.h"
#include "store/database.h"
#include "util/progress.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fraudlens::ui {

ImportRunPage::ImportRunPage(ImportDraft& draft, Workspace& workspace, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_workspace(workspace)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are stored in one transaction: all of them, or none if you cancel."));
    setFinalPage(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_start = new QPushButton(tr("Start import"), this);
    m_start->setObjectName(QStringLiteral("startImportButton"));
    m_scoreNow = new QCheckBox(tr("&Score now: run the detectors and build the alert queue"), this);
    m_scoreNow->setObjectName(QStringLiteral("scoreNowCheck"));
    m_scoreNow->setChecked(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_scoreNow);
    layout->addStretch();

    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_start, &QPushButton::clicked, this, &ImportRunPage::start);
    JobRunner& jobs = m_workspace.jobs();
    connect(&jobs, &JobRunner::progress, this, [this](double fraction, const QString& stage) {
        if (m_running)
            showProgress(fraction, stage);
    });
    connect(&jobs, &JobRunner::finished, this, [this](bool, bool cancelled, const QString& message, int) {
        if (m_running) {
            jobFinished(cancelled, message);
        } else if (m_waiting) {
            // After the runner has finished handling the other job's end.
            QTimer::singleShot(0, this, &ImportRunPage::start);
        }
    });
}

void ImportRunPage::initializePage()
{
    m_scoreNow->hide();
    m_start->hide();
    start();
}

bool ImportRunPage::isComplete() const
{
    return m_stored;
}

bool ImportRunPage::scoreNow() const
{
    return m_stored && m_scoreNow->isChecked();
}

void ImportRunPage::cancel()
{
    if (m_running) {
        m_workspace.jobs().cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    }
}

void ImportRunPage::start()
{
    if (m_running || m_stored)
        return;
    const bool intoOpen = m_workspace.isOpen() && QDir::cleanPath(m_workspace.path()) == QDir::cleanPath(m_draft.dbPath);
    const ingest::ImportOptions options = m_draft.options();
    const std::string database = m_draft.dbPath.toStdString();
    auto job = std::make_shared<JobState>();
    JobRunner& jobs = m_workspace.jobs();
    const bool started = jobs.start(tr("Importing %1").arg(QFileInfo(m_draft.csvPath).fileName()),
                                    [options, database, job, intoOpen](util::Progress& progress) {
                                        store::Database db(database, store::OpenMode::Create);
                                        job->result = ingest::Importer(db).run(options, &progress);
                                        job->returned = true;
                                        return outcomeOf(job->result, intoOpen);
                                    });
    m_waiting = !started;
    if (!started) {
        m_status->setText(tr("Another job is running (%1). The import starts when it has finished.").arg(jobs.title()));
        m_progress->hide();
        m_cancel->hide();
        m_start->show();
        return;
    }
    m_job = job;
    m_running = true;
    m_start->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->setText(tr("Importing %1 into %2…")
                          .arg(QFileInfo(m_draft.csvPath).fileName(), QDir::toNativeSeparators(m_draft.dbPath)));
}

void ImportRunPage::showProgress(double fraction, const QString& stage)
{
    m_progress->setValue(static_cast<int>(fraction * m_progress->maximum()));
    if (m_cancel->isEnabled())
        m_status->setText(importStageText(stage));
}

void ImportRunPage::jobFinished(bool cancelled, const QString& message)
{
    using Status = ingest::ImportResult::Status;
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    const QString database = QFileInfo(m_draft.dbPath).fileName();
    const ingest::ImportResult& result = m_job->result;
    // The importer's own answer decides: a cancel asked for after it committed comes too late,
    // and the rows are stored.
    if (!m_job->returned) {
        m_status->setText(cancelled ? tr("The import was cancelled; %1 is as it was.").arg(database)
                                    : tr("The import failed: %1\n%2 is as it was.").arg(message, database));
    } else if (result.status == Status::Cancelled) {
        m_status->setText(tr("The import was cancelled; %1 is as it was.").arg(database));
    } else if (result.status == Status::AlreadyImported) {
        m_status->setText(tr("%1 already holds this file (import #%2); nothing was stored.").arg(database).arg(result.importId));
    } else if (result.status == Status::Rejected) {
        // The file changed since the check, or rows clash with transactions already stored.
        m_status->setText(tr("%1 of %2 rows were rejected, so nothing was stored. Check the file again.")
                              .arg(localNumber(result.rowsRejected), localNumber(result.rowsRead)));
    } else {
        m_stored = true;
        QString text = tr("Stored %1 rows in %2 as import #%3, with %4 new accounts.")
                           .arg(localNumber(result.rowsStored), database)
                           .arg(result.importId)
                           .arg(localNumber(result.accountsCreated));
        if (result.rowsRejected > 0)
            text += QLatin1Char(' ') + tr("%1 rejected rows were left out.").arg(localNumber(result.rowsRejected));
        m_status->setText(text);
        m_scoreNow->show();
    }
    Q_EMIT completeChanged();
    Q_EMIT importEnded(m_stored);
}

JobRunner::Outcome ImportRunPage::outcomeOf(const ingest::ImportResult& result, bool intoOpenDatabase)
{
    using Status = ingest::ImportResult::Status;
    switch (result.status) {
    case Status::Stored: {
        const DataChanges changes = DataChange::Transactions | DataChange::Accounts | DataChange::Audit;
        return {tr("Imported %1 of %2 rows.").arg(localNumber(result.rowsStored), localNumber(result.rowsRead)),
                intoOpenDatabase ? changes.toInt() : 0};
    }
    case Status::Rejected:
        return {tr("Import refused: %1 rows rejected; nothing was stored.").arg(localNumber(result.rowsRejected)), 0};
    case Status::AlreadyImported:
        return {tr("Import refused: the file was already imported; nothing was stored."), 0};
    case Status::Cancelled:
        break;
    }
    return {tr("Import cancelled; nothing was stored."), 0, true};
}

} // namespace fraudlens::ui
