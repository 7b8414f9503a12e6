#include "account_view.h"

#include "account_header.h"
#include "account_history_list.h"
#include "account_transactions_model.h"
#include "case_actions.h"
#include "case_report_exporter.h"
#include "cases/account_snapshot.h"
#include "icons.h"
#include "linked_entities_list.h"
#include "time_series_chart.h"
#include "transaction_details.h"
#include "workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

constexpr DataChanges kShownData = DataChange::Accounts | DataChange::Alerts | DataChange::Notes | DataChange::Scores
                                 | DataChange::Audit;

QGroupBox* framed(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

AccountView::AccountView(Workspace& workspace, CaseActions& actions, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actions(actions)
{
    m_reasonProvider = [this](const QString& title) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, title, tr("Reason (required):"), QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    m_noteProvider = [this](const QString& title) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, title, tr("Note:"), {}, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    buildLayout();

    connect(&m_workspace, &Workspace::opened, this, [this] { reset({}); });
    connect(&m_workspace, &Workspace::closed, this, [this] { reset({}); });
    connect(&m_workspace, &Workspace::dataChanged, this, &AccountView::onDataChanged);
    connect(&m_workspace, &Workspace::readOnlyChanged, this, &AccountView::updateActions);
    // A decision ends one way or the other; then the buttons are live again.
    const auto settled = [this] {
        m_decisionPending = false;
        updateActions();
    };
    connect(&m_actions, &CaseActions::done, this, settled);
    connect(&m_actions, &CaseActions::failed, this, settled);
    reset({});
}

AccountView::~AccountView() = default;

void AccountView::buildLayout()
{
    m_header = new AccountHeader(this);
    connect(m_header, &AccountHeader::ringRequested, this,
            [this](qint64 ringId) { m_workspace.requestNetwork(m_shownId, ringId); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Go to account…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::returnPressed, this, &AccountView::search);

    m_freeze = new QPushButton(this);
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    connect(m_freeze, &QPushButton::clicked, this, &AccountView::toggleFrozen);
    m_note = new QPushButton(tr("Add note…"), this);
    m_note->setObjectName(QStringLiteral("addNoteButton"));
    connect(m_note, &QPushButton::clicked, this, &AccountView::addNote);
    // Browsing, not deciding: auditors report on cases too, closed ones included.
    m_report = new QPushButton(icons::get("action-report"), tr("Case report…"), this);
    m_report->setObjectName(QStringLiteral("caseReportButton"));
    connect(m_report, &QPushButton::clicked, this, &AccountView::exportCaseReport);
    m_exporter = new CaseReportExporter(m_workspace, this);
    connect(m_exporter, &CaseReportExporter::exported, this, [this](const QString& path) {
        showMessage(tr("Case report saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exporter, &CaseReportExporter::failed, this, &AccountView::showMessage);
    m_reportPathProvider = [this](qint64 alertId, const QString& account) {
        return CaseReportExporter::choosePath(this, alertId, account);
    };

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);

    m_chart = new TimeSeriesChart(this);
    m_chart->setObjectName(QStringLiteral("accountChart"));
    connect(m_chart, &TimeSeriesChart::pointClicked, this, &AccountView::selectTransaction);

    m_model = new AccountTransactionsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountTransactionsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("accountTransactions"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AccountTransactionsModel::Reasons, QHeaderView::Stretch);
    // Widths from the text they hold, so the reasons get the room that is left.
    const QFontMetrics metrics(m_table->font());
    const int pad = 3 * metrics.averageCharWidth();
    header->resizeSection(AccountTransactionsModel::Time, metrics.horizontalAdvance(QStringLiteral("2026-10-28 23:59:59")) + pad);
    header->resizeSection(AccountTransactionsModel::Amount, metrics.horizontalAdvance(QStringLiteral("99,999.99 USD")) + pad);
    header->resizeSection(AccountTransactionsModel::Type, metrics.horizontalAdvance(QStringLiteral("payment")) + pad);
    header->resizeSection(AccountTransactionsModel::Merchant, metrics.horizontalAdvance(QStringLiteral("M00000")) + pad);
    header->resizeSection(AccountTransactionsModel::Device, metrics.horizontalAdvance(QStringLiteral("D00000000")) + pad);
    header->resizeSection(AccountTransactionsModel::Risk, metrics.horizontalAdvance(QStringLiteral("0.00")) + pad);
    header->resizeSection(AccountTransactionsModel::Flagged, metrics.horizontalAdvance(QStringLiteral("Flagged")) + pad);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTransactionsModel::Time, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountView::showSelectedTransaction);

    m_details = new TransactionDetails(this);
    m_entities = new LinkedEntitiesList(this);
    m_history = new AccountHistoryList(this);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_note);
    buttons->addWidget(m_report);
    auto* tools = new QVBoxLayout;
    tools->addWidget(m_search);
    tools->addLayout(buttons);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addLayout(tools);

    auto* transactions = new QSplitter(Qt::Vertical);
    transactions->addWidget(m_table);
    transactions->addWidget(m_details);
    transactions->setStretchFactor(0, 4);
    transactions->setStretchFactor(1, 1);
    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(framed(tr("Linked entities"), m_entities));
    side->addWidget(framed(tr("History"), m_history));
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(transactions);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("accountSplitter"));
    main->addWidget(m_chart);
    main->addWidget(bottom);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(main, 1);
}

void AccountView::showAccount(qint64 accountId)
{
    if (accountId <= 0)
        return;
    m_accountId = accountId;
    reload();
}

void AccountView::reload()
{
    if (m_accountId <= 0 || !m_workspace.isOpen())
        return;
    const quint64 serial = ++m_loadSerial;
    const qint64 id = m_accountId;
    m_workspace.read<cases::AccountSnapshot>(
        this, [id](store::Database& db) { return cases::AccountSnapshot::load(db, id); },
        [this, serial](cases::AccountSnapshot snapshot) {
            if (serial == m_loadSerial)
                present(std::move(snapshot));
        },
        [this, serial](QString error) {
            if (serial == m_loadSerial)
                showMessage(tr("The account could not be read: %1").arg(error));
        });
}

void AccountView::onDataChanged(DataChanges what)
{
    if (m_accountId > 0 && (what & kShownData))
        reload();
}

void AccountView::present(cases::AccountSnapshot snapshot)
{
    if (!snapshot.profile) {
        reset(tr("Account #%1 is not in this database.").arg(m_accountId));
        return;
    }
    const cases::AccountProfile& profile = *snapshot.profile;
    // A reload of the same account keeps the analyst's place in the table.
    const qint64 keep = profile.id == m_shownId ? selectedTransaction() : 0;

    m_shownId = profile.id;
    m_shownLabel = QString::fromStdString(profile.externalId);
    m_shownFrozen = profile.frozen();
    m_openAlertId = profile.openAlert ? std::optional<qint64>(profile.openAlert->id) : std::nullopt;
    m_caseAlertId = profile.caseAlert ? std::optional<qint64>(profile.caseAlert->id) : std::nullopt;
    m_decisionPending = false;
    m_header->setProfile(profile);

    auto& rows = snapshot.transactions.rows;
    std::vector<TimeSeriesPoint> points;
    points.reserve(rows.size());
    for (const auto& tx : rows)
        points.push_back({tx.id, tx.timeMs, tx.amount, tx.risk.value_or(-1.0), tx.flagged});
    m_chart->setSeries(points, snapshot.transactions.burstHours);
    const auto shownRows = static_cast<qlonglong>(rows.size());
    m_model->setTransactions(std::move(rows));
    m_entities->setEntities(profile.linkedEntities);
    m_history->setHistory(snapshot.history);

    if (keep != 0)
        selectTransaction(keep);
    // The model reset dropped the selection without a signal: show what is selected now.
    showSelectedTransaction();
    if (snapshot.transactions.truncated) {
        const QLocale locale;
        const auto total = static_cast<qlonglong>(profile.transactionCount);
        showMessage(tr("Showing the newest %1 of %2 transactions.")
                        .arg(locale.toString(shownRows), locale.toString(total)));
    } else {
        showMessage({});
    }
    updateActions();
    Q_EMIT loaded();
}

void AccountView::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AccountView::reset(const QString& message)
{
    m_shownId = 0;
    m_shownLabel.clear();
    m_shownFrozen = false;
    m_openAlertId.reset();
    m_caseAlertId.reset();
    m_decisionPending = false;
    m_accountId = 0;
    m_header->clear();
    m_chart->clear();
    m_model->clear();
    m_details->clearTransaction();
    m_entities->clear();
    m_history->clear();
    showMessage(message.isEmpty() ? tr("Open an account from the alert queue, or go to one by its id.") : message);
    updateActions();
}

void AccountView::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const quint64 serial = ++m_searchSerial;
    const std::string externalId = text.toStdString();
    m_workspace.read<std::optional<qint64>>(
        this,
        [externalId](store::Database& db) -> std::optional<qint64> {
            return cases::AccountProfile::findByExternalId(db, externalId);
        },
        [this, serial, text](std::optional<qint64> id) {
            if (serial != m_searchSerial)
                return;
            if (id)
                showAccount(*id);
            else
                showMessage(tr("No account has the id “%1”.").arg(text));
        },
        [this, serial](QString error) {
            if (serial == m_searchSerial)
                showMessage(tr("The search failed: %1").arg(error));
        });
}

void AccountView::toggleFrozen()
{
    if (m_shownId <= 0 || !m_actions.allowed())
        return;
    const bool freeze = !m_shownFrozen;
    const std::optional<QString> reason =
        m_reasonProvider(freeze ? tr("Freeze %1").arg(m_shownLabel) : tr("Unfreeze %1").arg(m_shownLabel));
    if (!reason)
        return;
    if (reason->trimmed().isEmpty()) {
        showMessage(tr("A reason is required: %1 was not changed.").arg(m_shownLabel));
        return;
    }
    m_decisionPending = true;
    updateActions();
    m_actions.setAccountFrozen(m_shownId, m_shownLabel, freeze, reason->trimmed());
}

void AccountView::addNote()
{
    if (m_shownId <= 0 || !m_actions.allowed())
        return;
    const std::optional<QString> text = m_noteProvider(tr("Note on %1").arg(m_shownLabel));
    if (!text || text->trimmed().isEmpty())
        return;
    // A note written while an alert is open belongs to that case.
    m_actions.addNote(m_shownId, m_shownLabel, m_openAlertId, text->trimmed());
}

void AccountView::selectTransaction(qint64 txId)
{
    const int row = m_model->rowOfTransaction(txId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, AccountTransactionsModel::Time));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void AccountView::showSelectedTransaction()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (const cases::AccountTransaction* tx = m_model->transactionAt(current.row()))
        m_details->setTransaction(*tx);
    else
        m_details->clearTransaction();
}

qint64 AccountView::selectedTransaction() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AccountTransactionsModel::TransactionIdRole).toLongLong() : 0;
}

void AccountView::updateActions()
{
    const bool canDecide = m_shownId > 0 && m_actions.allowed() && !m_decisionPending;
    m_freeze->setText(m_shownFrozen ? tr("Unfreeze…") : tr("Freeze…"));
    m_freeze->setEnabled(canDecide);
    m_note->setEnabled(canDecide);
    const QString auditor = tr("Auditor mode: decisions are disabled.");
    m_freeze->setToolTip(m_workspace.readOnly() ? auditor : QString());
    m_note->setToolTip(m_workspace.readOnly() ? auditor : QString());
    m_report->setEnabled(m_caseAlertId.has_value());
    m_report->setToolTip(m_caseAlertId ? tr("Save alert #%1 of this account as a PDF or HTML case report.").arg(*m_caseAlertId)
                                       : tr("This account has no alert to report on."));
}

void AccountView::exportCaseReport()
{
    if (!m_caseAlertId)
        return;
    const qint64 alertId = *m_caseAlertId; // copied: a reload may change it while the dialog is open
    const QString path = m_reportPathProvider(alertId, m_shownLabel);
    if (!path.isEmpty())
        m_exporter->exportAlert(alertId, path);
}

} // namespace fraudlens::ui
