#include "import_validation_page.h"

#include "display_text.h"
#include "import_draft.h"
#include "import_stage.h"
#include "text_table_model.h"

#include "util/clock.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fraudlens::ui {

ImportValidationPage::ImportValidationPage(ImportDraft& draft, QWidget* parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is read and checked against the mapping. Nothing is stored yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, 1000);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_earlier = new QLabel(this);
    m_earlier->setObjectName(QStringLiteral("alreadyImportedNote"));
    m_earlier->setWordWrap(true);
    m_force = new QCheckBox(tr("Import it again anyway"), this);
    m_force->setObjectName(QStringLiteral("forceCheck"));
    m_skip = new QCheckBox(this);
    m_skip->setObjectName(QStringLiteral("skipRejectsCheck"));

    m_model = new TextTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("rejectsShownNote"));
    m_save = new QPushButton(tr("Save reject report…"), this);
    m_save->setObjectName(QStringLiteral("saveRejectsButton"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveRejectsStatus"));
    m_saveStatus->setWordWrap(true);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_shown, 1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_earlier);
    layout->addWidget(m_force);
    layout->addWidget(m_skip);
    layout->addWidget(m_table, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_saveStatus);

    connect(&m_dryRun, &ImportDryRun::progress, this, &ImportValidationPage::showProgress);
    connect(&m_dryRun, &ImportDryRun::finished, this, &ImportValidationPage::showReport);
    connect(m_force, &QCheckBox::toggled, this, &ImportValidationPage::completeChanged);
    connect(m_skip, &QCheckBox::toggled, this, &ImportValidationPage::completeChanged);
    connect(m_save, &QPushButton::clicked, this, &ImportValidationPage::chooseRejectReportFile);
    connect(&m_copy, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_copy.result();
        m_saveStatus->setText(error.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(m_copyTarget)) : error);
        m_save->setEnabled(true);
        Q_EMIT rejectReportSaved(error.isEmpty(), m_saveStatus->text());
    });
}

void ImportValidationPage::initializePage()
{
    m_report.reset();
    m_model->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_draft.csvPath).fileName()));
    for (QWidget* widget : {static_cast<QWidget*>(m_earlier), static_cast<QWidget*>(m_force),
                            static_cast<QWidget*>(m_skip), static_cast<QWidget*>(m_table),
                            static_cast<QWidget*>(m_shown), static_cast<QWidget*>(m_save),
                            static_cast<QWidget*>(m_saveStatus)})
        widget->hide();
    m_force->setChecked(false);
    m_skip->setChecked(false);
    m_dryRun.start(m_draft.options(), m_draft.dbPath);
    Q_EMIT completeChanged();
}

void ImportValidationPage::cleanupPage()
{
    m_dryRun.cancel();
    m_report.reset();
    QWizardPage::cleanupPage();
}

bool ImportValidationPage::isComplete() const
{
    if (!m_report || !m_report->error.isEmpty() || m_report->rowsOk() <= 0)
        return false;
    if (m_report->rowsRejected > 0 && !m_skip->isChecked())
        return false;
    return !m_report->earlier || m_force->isChecked();
}

bool ImportValidationPage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.onError = m_report->rowsRejected > 0 ? ingest::OnError::Skip : ingest::OnError::Abort;
    m_draft.force = m_report->earlier.has_value();
    return true;
}

void ImportValidationPage::showProgress(double fraction, const QString& stage)
{
    m_progress->setValue(static_cast<int>(fraction * m_progress->maximum()));
    m_summary->setText(importStageText(stage));
}

void ImportValidationPage::showReport(const DryRunReport& report)
{
    m_report = report;
    m_progress->hide();
    if (!report.error.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported with this mapping: %1").arg(report.error));
    } else if (report.rowsRead == 0) {
        m_summary->setText(tr("The file has a header but no rows."));
    } else if (report.rowsRejected == 0) {
        m_summary->setText(tr("%1 rows ok, none rejected.").arg(localNumber(report.rowsOk())));
    } else {
        m_summary->setText(tr("%1 rows ok, %2 rejected.").arg(localNumber(report.rowsOk()), localNumber(report.rowsRejected)));
        m_model->reset({tr("Line"), tr("Column"), tr("Column name"), tr("Reason")}, report.problems);
        m_table->resizeColumnsToContents();
        m_table->show();
        m_shown->setText(report.rowsRejected > report.problems.size()
                             ? tr("The first %1 of %2 rejected rows; the reject report lists them all.")
                                   .arg(localNumber(report.problems.size()), localNumber(report.rowsRejected))
                             : tr("Every rejected row."));
        m_shown->show();
        m_save->setEnabled(!report.reportPath.isEmpty());
        m_save->show();
        if (report.rowsOk() > 0) {
            m_skip->setText(tr("Import the %1 good rows and leave out the rejected ones").arg(localNumber(report.rowsOk())));
            m_skip->show();
        }
    }
    if (report.earlier) {
        const store::ImportRecord& earlier = *report.earlier;
        m_earlier->setText(tr("%1 already holds this file: import #%2 (%3, %4 rows stored, finished %5 UTC).")
                               .arg(QFileInfo(m_draft.dbPath).fileName())
                               .arg(earlier.id)
                               .arg(QString::fromStdString(earlier.fileName), localNumber(earlier.rowsStored),
                                    QString::fromStdString(util::formatIsoUtc(earlier.finishedMs))));
        m_earlier->show();
        m_force->show();
    }
    Q_EMIT completeChanged();
    Q_EMIT checked();
}

void ImportValidationPage::chooseRejectReportFile()
{
    const QFileInfo csv(m_draft.csvPath);
    const QString suggestion = csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".rejects.csv"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save reject report"), suggestion,
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!target.isEmpty())
        saveRejectReportTo(target);
}

void ImportValidationPage::saveRejectReportTo(const QString& target)
{
    if (!m_report || m_report->reportPath.isEmpty() || m_copy.isRunning())
        return;
    m_copyTarget = target;
    m_save->setEnabled(false);
    m_saveStatus->setText(tr("Saving…"));
    m_saveStatus->show();
    // The report was written during the check (file, line, column, column name, reason
    // for every rejected row); saving copies it, off the UI thread.
    m_copy.setFuture(QtConcurrent::run([source = m_report->reportPath, target] {
        if (QFile::exists(target) && !QFile::remove(target))
            return tr("Cannot replace %1.").arg(QDir::toNativeSeparators(target));
        if (!QFile::copy(source, target))
            return tr("Cannot write %1.").arg(QDir::toNativeSeparators(target));
        return QString();
    }));
}

} // namespace fraudlens::ui
