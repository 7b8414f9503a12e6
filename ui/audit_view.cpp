#include "audit_view.h"

#include "icons.h"

#include "audit_details_pane.h"
#include "audit_filter_bar.h"
#include "audit_table_model.h"
#include "workspace.h"

#include "cases/audit_query.h"
#include "store/audit_log.h"
#include "store/database.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::ui {

namespace {

// Every change of state is audited, so every kind of change grows the log.
constexpr DataChanges kAuditedChanges = DataChange::Audit | DataChange::Alerts | DataChange::Accounts
    | DataChange::Notes | DataChange::Rules | DataChange::Scores | DataChange::Transactions;

using Choices = std::pair<std::vector<std::string>, std::vector<std::string>>;

} // namespace

AuditView::AuditView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("auditView"));
    m_model = new AuditTableModel(workspace, this);

    m_filters = new AuditFilterBar(this);
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setIcon(icons::get("action-verify"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setIcon(icons::get("action-export"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not shown, so a log of a
    // million entries scrolls like a short one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditTableModel::SeqColumn, 70);
    m_table->setColumnWidth(AuditTableModel::TimeColumn, 180);
    m_table->setColumnWidth(AuditTableModel::ActorColumn, 110);
    m_table->setColumnWidth(AuditTableModel::ActionColumn, 120);
    m_table->setColumnWidth(AuditTableModel::TargetColumn, 200);

    m_details = new AuditDetailsPane(this);
    m_details->setObjectName(QStringLiteral("auditDetailsPane"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filters, 1);
    filters->addWidget(m_verify);
    filters->addWidget(m_export);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_filters, &AuditFilterBar::filterChanged, this, &AuditView::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showCurrent);
    connect(m_model, &AuditTableModel::counted, this, &AuditView::onCounted);
    connect(m_model, &AuditTableModel::rowsLoaded, this, &AuditView::onRowsLoaded);
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString& message) { showStatus(tr("Could not read the audit log: %1").arg(message), true); });

    connect(&m_workspace, &Workspace::opened, this, &AuditView::restart);
    connect(&m_workspace, &Workspace::closed, this, [this] {
        forgetRequests();
        m_awaitingFirstPage = false;
        m_model->clear();
        m_count->clear();
        showStatus(QString());
        m_details->showRow(nullptr);
    });
    connect(&m_workspace, &Workspace::dataChanged, this, &AuditView::onDataChanged);

    retranslate();
    m_details->showRow(nullptr);
    if (m_workspace.isOpen())
        restart();
}

void AuditView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditView::restart()
{
    forgetRequests();
    showStatus(QString());
    m_details->showRow(nullptr);
    m_awaitingFirstPage = true;
    m_model->setFilter({});
    loadChoices();
}

void AuditView::forgetRequests()
{
    // The workspace drops every answer meant for the previous database.
    m_verifying = m_exporting = false;
    m_verify->setEnabled(true);
    m_export->setEnabled(true);
    m_locateSeq.reset();
    m_pendingRow = -1;
    m_filters->reset();
    m_filters->setChoices({}, {});
}

void AuditView::onDataChanged(DataChanges what)
{
    if (!m_workspace.isOpen() || !(what & kAuditedChanges))
        return;
    m_awaitingFirstPage = true;
    m_model->refresh();
    loadChoices();
}

void AuditView::loadChoices()
{
    m_workspace.read<Choices>(
        this,
        [](store::Database& db) {
            cases::AuditQuery query(db);
            return Choices{query.actors(), query.actions()};
        },
        [this](Choices choices) { m_filters->setChoices(choices.first, choices.second); },
        [this](const QString& message) { showStatus(tr("Could not read the audit log: %1").arg(message), true); });
}

void AuditView::applyFilter()
{
    m_pendingRow = -1;
    m_awaitingFirstPage = true;
    m_model->setFilter(m_filters->filter());
}

void AuditView::onCounted()
{
    m_count->setText(tr("%1 entries").arg(QLocale().toString(m_model->rowCount())));
    if (m_locateSeq)
        locateRow(*std::exchange(m_locateSeq, std::nullopt));
    if (m_awaitingFirstPage) {
        if (m_model->rowCount() == 0 || m_model->rowAt(0)) {
            m_awaitingFirstPage = false;
            Q_EMIT loaded();
        } else {
            m_model->fetchRow(0);
        }
    }
    showCurrent();
}

void AuditView::onRowsLoaded(int first, int last)
{
    if (m_awaitingFirstPage && m_model->rowAt(0)) {
        m_awaitingFirstPage = false;
        Q_EMIT loaded();
    }
    if (m_pendingRow >= first && m_pendingRow <= last && m_model->rowAt(m_pendingRow))
        selectRow(std::exchange(m_pendingRow, -1));
    const int current = m_table->currentIndex().row();
    if (current >= first && current <= last)
        showCurrent();
}

void AuditView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->showRow(nullptr);
        return;
    }
    const AuditRow* row = m_model->rowAt(current.row());
    m_details->showRow(row, row == nullptr);
    if (!row)
        m_model->fetchRow(current.row());
}

void AuditView::verify()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    showStatus(tr("Verifying the audit chain…"));
    m_workspace.read<store::AuditVerification>(
        this, [](store::Database& db) { return store::AuditLog(db).verify(); },
        [this](store::AuditVerification result) {
            m_verifying = false;
            m_verify->setEnabled(true);
            const QLocale locale;
            if (result.ok) {
                showStatus(tr("Chain intact: %1 entries").arg(locale.toString(result.entries)));
                Q_EMIT verified(true, result.entries, 0);
                return;
            }
            const qint64 seq = result.firstBadSeq.value_or(0);
            showStatus(tr("Broken at entry #%1: %2").arg(QString::number(seq), QString::fromStdString(result.problem)), true);
            Q_EMIT verified(false, result.entries, seq);
            if (seq > 0)
                locate(seq);
        },
        [this](const QString& message) {
            m_verifying = false;
            m_verify->setEnabled(true);
            showStatus(tr("Could not verify the audit chain: %1").arg(message), true);
        });
}

void AuditView::locate(qint64 seq)
{
    // Every row is read again: the pages in memory may hold what the entry said before
    // it was tampered with. Filters are cleared so that the entry is among the rows.
    m_locateSeq = seq;
    m_pendingRow = -1;
    m_filters->reset();
    m_awaitingFirstPage = true;
    m_model->setFilter({});
}

void AuditView::locateRow(qint64 seq)
{
    const cases::AuditFilter filter = m_model->shownFilter();
    // A missing entry (deleted) has no row: the one that took its place is selected.
    // Should the lookup fail, the status line still names the entry.
    m_workspace.read<qint64>(
        this, [filter, seq](store::Database& db) { return cases::AuditQuery(db).countNewerThan(filter, seq); },
        [this, filter](qint64 newer) {
            const int rows = m_model->rowCount();
            if (rows == 0 || !(m_model->shownFilter() == filter))
                return;
            const int row = static_cast<int>(std::clamp<qint64>(newer, 0, rows - 1));
            if (m_model->rowAt(row)) {
                selectRow(row);
            } else {
                m_pendingRow = row;
                m_model->fetchRow(row);
            }
        });
}

void AuditView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, AuditTableModel::SeqColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    showCurrent();
}

void AuditView::chooseExportFile()
{
    const QFileInfo database(m_workspace.path());
    const QString suggested = database.dir().filePath(QStringLiteral("%1-audit.csv").arg(database.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportTo(path);
}

void AuditView::exportTo(const QString& path)
{
    if (m_exporting) {
        Q_EMIT exportFailed(tr("An export is already running."));
        return;
    }
    m_exporting = true;
    m_export->setEnabled(false);
    showStatus(tr("Exporting the audit log…"));
    const cases::AuditFilter filter = m_model->shownFilter();
    const std::string file = path.toStdString();
    m_workspace.read<qint64>(
        this, [filter, file](store::Database& db) { return cases::AuditQuery(db).exportCsv(filter, file); },
        [this, path](qint64 entries) {
            m_exporting = false;
            m_export->setEnabled(true);
            showStatus(tr("Exported %1 entries to %2").arg(QLocale().toString(entries), QDir::toNativeSeparators(path)));
            Q_EMIT exported(path, entries);
        },
        [this](const QString& message) {
            m_exporting = false;
            m_export->setEnabled(true);
            showStatus(tr("Export failed: %1").arg(message), true);
            Q_EMIT exportFailed(message);
        });
}

void AuditView::showStatus(const QString& message, bool alarming)
{
    m_status->setText(message);
    m_status->setStyleSheet(alarming ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void AuditView::retranslate()
{
    m_verify->setText(tr("Verify integrity"));
    m_export->setText(tr("Export CSV…"));
    m_model->retranslate();
    if (m_workspace.isOpen())
        m_count->setText(tr("%1 entries").arg(QLocale().toString(m_model->rowCount())));
}

} // namespace fraudlens::ui
