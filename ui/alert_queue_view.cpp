#include "alert_queue_view.h"

#include "case_report_exporter.h"
#include "icons.h"

#include "alert_detail_pane.h"
#include "alert_filter_bar.h"
#include "alert_table_model.h"
#include "case_actions.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace fraudlens::ui {

AlertQueueView::AlertQueueView(Workspace& workspace, CaseActions& actions, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actions(actions)
{
    m_reasonProvider = [this](const QString& title) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Alert queue"), title, QLineEdit::Normal, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };

    m_filterBar = new AlertFilterBar(this);
    m_model = new AlertTableModel(workspace, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    // Rows of one height: scrolling a long queue never measures a row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AlertTableModel::ReasonsColumn, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        // Reasons and detectors are lists: the indicator stays where the rows are sorted.
        if (!AlertTableModel::isSortable(section))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_detail = new AlertDetailPane(workspace, this);
    connect(m_detail, &AlertDetailPane::shown, this, &AlertQueueView::alertShown);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("alertCount"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    buildActions();
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("alertActions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAccount);
    bar->addAction(m_caseReport);
    m_exporter = new CaseReportExporter(workspace, this);
    connect(m_exporter, &CaseReportExporter::exported, this, [this](const QString& path) {
        showMessage(tr("Case report saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &CaseReportExporter::failed, this, &AlertQueueView::showMessage);
    bar->addSeparator();
    bar->addActions(m_decisions);

    auto* top = new QHBoxLayout;
    top->addWidget(bar, 1);
    top->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_filterBar, &AlertFilterBar::filterChanged, m_model, &AlertTableModel::setFilter);
    connect(m_model, &AlertTableModel::reloaded, this, &AlertQueueView::showReloaded);
    connect(m_model, &AlertTableModel::loadFailed, this, [this](const QString& message) {
        m_loadFailed = true;
        showMessage(tr("Could not read the alerts: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
        // The current row's page has just arrived: its alert can be shown now.
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            showCurrent(current);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertQueueView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertQueueView::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) { openAccount(index.row()); });

    connect(&workspace, &Workspace::opened, this, [this] {
        m_lastRow = -1;
        m_model->setAnchorAlert(std::nullopt);
        // Rows of the previous database must not mix with pages of this one.
        m_model->clear();
        reload();
    });
    connect(&workspace, &Workspace::closed, this, [this] {
        m_model->clear();
        m_detail->showAlert(std::nullopt);
        updateCount();
        updateActions();
    });
    connect(&workspace, &Workspace::dataChanged, this, [this](DataChanges what) {
        if (what.testAnyFlags(DataChange::Alerts | DataChange::Accounts | DataChange::Scores))
            reload();
    });
    connect(&workspace, &Workspace::readOnlyChanged, this, &AlertQueueView::updateActions);
    connect(&actions, &CaseActions::failed, this, &AlertQueueView::showMessage);

    updateCount();
    updateActions();
    if (workspace.isOpen())
        reload();
}

void AlertQueueView::setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

QAction* AlertQueueView::addTriageAction(const QString& text, const char* objectName, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcuts(keys);
    // On the table and the detail pane only: a letter typed into the filter bar's search
    // or combos must never decide a case.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
    m_table->addAction(action);
    m_detail->addAction(action);
    return action;
}

void AlertQueueView::buildActions()
{
    using cases::AlertStatus;
    auto* next = addTriageAction(tr("Next alert"), "nextAlertAction", {QKeySequence(Qt::Key_J)});
    connect(next, &QAction::triggered, this, [this] { moveCurrent(1); });
    auto* previous = addTriageAction(tr("Previous alert"), "previousAlertAction", {QKeySequence(Qt::Key_K)});
    connect(previous, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_openAccount = addTriageAction(tr("Open account"), "openAccountAction",
                                    {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    connect(m_openAccount, &QAction::triggered, this, [this] { openAccount(m_table->currentIndex().row()); });
    // A report is for auditors too: it is a browsing action, allowed in auditor mode.
    m_caseReport = new QAction(icons::get("action-report"), tr("Case report…"), this);
    m_caseReport->setObjectName(QStringLiteral("caseReportAction"));
    connect(m_caseReport, &QAction::triggered, this, &AlertQueueView::exportCaseReport);
    m_table->addAction(m_caseReport);
    m_browsing = {next, previous, m_openAccount, m_caseReport};

    auto* review = addTriageAction(tr("Start review"), "startReviewAction", {QKeySequence(Qt::Key_R)});
    connect(review, &QAction::triggered, this, [this] { setStatus(AlertStatus::InReview); });
    auto* confirm = addTriageAction(tr("Confirm fraud"), "confirmFraudAction", {QKeySequence(Qt::Key_C)});
    connect(confirm, &QAction::triggered, this, [this] { setStatus(AlertStatus::ConfirmedFraud); });
    auto* dismiss = addTriageAction(tr("False positive"), "falsePositiveAction", {QKeySequence(Qt::Key_D)});
    connect(dismiss, &QAction::triggered, this, [this] { setStatus(AlertStatus::FalsePositive); });
    auto* escalate = addTriageAction(tr("Escalate"), "escalateAction", {QKeySequence(Qt::Key_E)});
    connect(escalate, &QAction::triggered, this, [this] { setStatus(AlertStatus::Escalated); });
    auto* freeze = addTriageAction(tr("Freeze account"), "freezeAction", {QKeySequence(Qt::Key_F)});
    connect(freeze, &QAction::triggered, this, &AlertQueueView::freezeAccounts);
    auto* note = addTriageAction(tr("Add note"), "noteAction", {QKeySequence(Qt::Key_N)});
    connect(note, &QAction::triggered, this, &AlertQueueView::addNotes);
    m_decisions = {review, confirm, dismiss, escalate, freeze, note};
    m_openAccount->setIcon(icons::get("action-open-account"));
    review->setIcon(icons::get("action-review"));
    confirm->setIcon(icons::get("action-confirm-fraud"));
    dismiss->setIcon(icons::get("action-dismiss"));
    escalate->setIcon(icons::get("action-escalate"));
    freeze->setIcon(icons::get("action-freeze"));
    note->setIcon(icons::get("action-note"));
}

void AlertQueueView::exportCaseReport()
{
    const cases::AlertRow* alert = m_model->alertAt(m_table->currentIndex().row());
    if (!alert)
        return;
    const qint64 alertId = alert->id; // copied: the model may reload while the dialog is open
    const QString path = CaseReportExporter::choosePath(this, alertId, QString::fromStdString(alert->accountExternalId));
    if (!path.isEmpty())
        m_exporter->exportAlert(alertId, path);
}

void AlertQueueView::reload() { m_model->reload(); }

void AlertQueueView::showReloaded()
{
    if (m_loadFailed) {
        m_loadFailed = false;
        showMessage(QString());
    }
    updateCount();
    const int rows = m_model->rowCount();
    int row = -1;
    if (const auto anchor = m_model->anchorAlert())
        row = m_model->rowOfAlert(*anchor);
    // The selected alert left the same queue (decided, withdrawn): its neighbour takes its
    // place. A queue filtered or sorted anew starts at its top.
    const bool sameQueue = m_model->filter() == m_shownFilter;
    m_shownFilter = m_model->filter();
    if (row < 0 && rows > 0)
        row = sameQueue ? std::clamp(m_lastRow, 0, rows - 1) : 0;
    if (row >= 0)
        selectRow(row);
    else
        m_detail->showAlert(std::nullopt);
    updateActions();
    Q_EMIT loaded();
}

void AlertQueueView::showCurrent(const QModelIndex& current)
{
    updateActions();
    if (!current.isValid())
        return;
    m_lastRow = current.row();
    const cases::AlertRow* alert = m_model->alertAt(current.row());
    // A row whose page is on its way is shown when the page lands (dataChanged).
    m_model->setAnchorAlert(alert ? std::optional<qint64>(alert->id) : std::nullopt);
    if (alert)
        m_detail->showAlert(alert->id);
}

void AlertQueueView::updateActions()
{
    const bool hasRows = m_model->rowCount() > 0;
    const bool mayDecide = m_workspace.isOpen() && !m_workspace.readOnly() && m_actions.allowed();
    const bool hasTarget = !targetRows().isEmpty();
    for (QAction* action : std::as_const(m_decisions))
        action->setEnabled(mayDecide && hasTarget);
    for (QAction* action : std::as_const(m_browsing))
        action->setEnabled(hasRows);
}

void AlertQueueView::updateCount()
{
    if (!m_workspace.isOpen()) {
        m_count->clear();
        return;
    }
    const qint64 count = m_model->totalCount();
    m_count->setText(count == 1 ? tr("1 alert") : tr("%1 alerts").arg(QLocale().toString(count)));
}

void AlertQueueView::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QList<int> AlertQueueView::targetRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<cases::AlertRow> AlertQueueView::alertsAt(const QList<int>& rows)
{
    std::vector<cases::AlertRow> alerts;
    int waiting = 0;
    for (const int row : rows) {
        if (const cases::AlertRow* alert = m_model->alertAt(row))
            alerts.push_back(*alert);
        else
            ++waiting;
    }
    showMessage(waiting > 0 ? tr("%n selected alert(s) were still loading and were left as they were.", nullptr, waiting)
                            : QString());
    return alerts;
}

void AlertQueueView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AlertQueueView::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int from = current.isValid() ? current.row() : (delta > 0 ? -1 : rows);
    selectRow(std::clamp(from + delta, 0, rows - 1));
}

void AlertQueueView::moveOnFrom(const QList<int>& rows)
{
    if (rows.isEmpty())
        return;
    int next = rows.last() + 1;
    if (next >= m_model->rowCount())
        next = rows.first() - 1;
    if (next >= 0)
        selectRow(next);
}

void AlertQueueView::openAccount(int row)
{
    if (const cases::AlertRow* alert = m_model->alertAt(row))
        m_workspace.requestAccount(alert->accountId);
}

void AlertQueueView::setStatus(cases::AlertStatus next)
{
    const QList<int> rows = targetRows();
    const std::vector<cases::AlertRow> alerts = alertsAt(rows);
    int sent = 0;
    for (const cases::AlertRow& alert : alerts) {
        // Only a new alert goes into review; a status an alert already has is not set again.
        if (alert.status == next || (next == cases::AlertStatus::InReview && alert.status != cases::AlertStatus::New))
            continue;
        m_actions.setAlertStatus(alert.id, QString::fromStdString(alert.accountExternalId), alert.status, next);
        ++sent;
    }
    if (sent == 0 && !alerts.empty()) {
        showMessage(next == cases::AlertStatus::InReview ? tr("Only new alerts can be taken into review.")
                                                         : tr("The selected alerts already have that status."));
        return;
    }
    moveOnFrom(rows);
}

void AlertQueueView::freezeAccounts()
{
    const QList<int> rows = targetRows();
    std::vector<cases::AlertRow> accounts;
    for (const cases::AlertRow& alert : alertsAt(rows)) {
        const bool listed = std::any_of(accounts.begin(), accounts.end(),
                                        [&alert](const cases::AlertRow& other) { return other.accountId == alert.accountId; });
        if (!alert.accountFrozen && !listed)
            accounts.push_back(alert);
    }
    if (accounts.empty()) {
        if (!rows.isEmpty())
            showMessage(tr("The selected accounts are frozen already."));
        return;
    }
    const QString title = accounts.size() == 1
        ? tr("Why freeze account %1?").arg(QString::fromStdString(accounts.front().accountExternalId))
        : tr("Why freeze these %1 accounts?").arg(accounts.size());
    const auto reason = m_reasonProvider(title);
    if (!reason || reason->trimmed().isEmpty())
        return;
    std::vector<AccountRef> targets;
    for (const cases::AlertRow& alert : accounts)
        targets.push_back({alert.accountId, QString::fromStdString(alert.accountExternalId), std::nullopt});
    m_actions.setAccountsFrozen(std::move(targets), true, reason->trimmed());
    moveOnFrom(rows);
}

void AlertQueueView::addNotes()
{
    const QList<int> rows = targetRows();
    const std::vector<cases::AlertRow> alerts = alertsAt(rows);
    if (alerts.empty())
        return;
    const QString title = alerts.size() == 1
        ? tr("Note on account %1").arg(QString::fromStdString(alerts.front().accountExternalId))
        : tr("Note on these %1 alerts").arg(alerts.size());
    const auto text = m_reasonProvider(title);
    if (!text || text->trimmed().isEmpty())
        return;
    std::vector<AccountRef> targets;
    for (const cases::AlertRow& alert : alerts)
        targets.push_back({alert.accountId, QString::fromStdString(alert.accountExternalId), alert.id});
    m_actions.addNotes(std::move(targets), text->trimmed());
    moveOnFrom(rows);
}

} // namespace fraudlens::ui
