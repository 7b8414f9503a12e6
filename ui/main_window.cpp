#include "main_window.h"

#include "account_view.h"
#include "alert_queue_view.h"
#include "app_settings.h"
#include "audit_view.h"
#include "case_actions.h"
#include "dashboard_view.h"
#include "demo_builder.h"
#include "icons.h"
#include "import_wizard.h"
#include "live_monitor.h"
#include "live_panel.h"
#include "alert_table_model.h"
#include "models_view.h"
#include "network_view.h"
#include "recent_files.h"
#include "settings_dialog.h"
#include "start_page.h"
#include "workspace.h"

#include "scoring/scoring_job.h"
#include "store/database.h"
#include "store/statement.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace fraudlens::ui {

namespace {

constexpr int kMessageMs = 6000;
// Alerts at or above this risk are worth a desktop notification after a background run.
constexpr double kNotifyRisk = 0.9;

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_workspace = new Workspace(this);
    m_actions = new CaseActions(*m_workspace, this);
    m_live = new LiveMonitor(*m_workspace, this);
    const AppSettings settings;
    m_workspace->setAnalyst(settings.analyst());
    m_workspace->setReadOnly(settings.auditorMode());

    buildViews();
    buildMenus();
    buildStatusBar();
    updateTitle();

    connect(&m_loader, &DatasetSummaryLoader::loaded, this, &MainWindow::summaryLoaded);
    connect(m_workspace, &Workspace::accountRequested, this, [this](qint64 accountId) {
        m_account->showAccount(accountId);
        showView(View::Account);
    });
    connect(m_workspace, &Workspace::networkRequested, this, [this](qint64 accountId, qint64 ringId) {
        m_network->show(accountId, ringId);
        showView(View::Network);
    });
    connect(m_workspace, &Workspace::dataChanged, this, [this](DataChanges what) {
        // Counts in the status bar follow imports, scoring and freezes.
        if (what & (DataChange::Transactions | DataChange::Accounts | DataChange::Scores))
            refreshCounts();
    });
    connect(m_workspace, &Workspace::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(m_actions, &CaseActions::done, this, [this](const QString& message) {
        statusBar()->showMessage(message, kMessageMs);
    });
    connect(m_actions, &CaseActions::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Not done: %1").arg(message), 2 * kMessageMs);
    });

    connect(m_live, &LiveMonitor::started, this, [this] {
        // While transactions stream in, the newest alerts lead the queue.
        m_alerts->table()->sortByColumn(AlertTableModel::AgeColumn, Qt::AscendingOrder);
    });
    connect(m_live, &LiveMonitor::highRiskAlert, this, [this](const QString& account, double risk, int count) {
        const QString text = count <= 1
            ? tr("Live: high-risk alert on %1 (risk %2)").arg(account).arg(risk, 0, 'f', 2)
            : tr("Live: %1 high-risk alerts, the riskiest on %2 (risk %3)").arg(count).arg(account).arg(risk, 0, 'f', 2);
        notify(text);
    });

    QSettings stored;
    restoreGeometry(stored.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(stored.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    m_live->stopAndWait();
    m_workspace->jobs().cancel();
    m_workspace->jobs().waitForDone();
    m_workspace->waitForIdle();
}

void MainWindow::buildViews()
{
    m_stack = new QStackedWidget(this);
    m_start = new StartPage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardView(*m_workspace, m_tabs);
    m_alerts = new AlertQueueView(*m_workspace, *m_actions, m_tabs);
    m_account = new AccountView(*m_workspace, *m_actions, m_tabs);
    m_network = new NetworkView(*m_workspace, m_tabs);
    m_models = new ModelsView(*m_workspace, m_tabs);
    m_audit = new AuditView(*m_workspace, m_tabs);
    m_tabs->addTab(m_dashboard, icons::get("view-dashboard"), tr("Dashboard"));
    m_tabs->addTab(m_alerts, icons::get("view-alerts"), tr("Alerts"));
    m_tabs->addTab(m_account, icons::get("view-accounts"), tr("Accounts"));
    m_tabs->addTab(m_network, icons::get("view-network"), tr("Network"));
    m_tabs->addTab(m_models, icons::get("view-models"), tr("Models"));
    m_tabs->addTab(m_audit, icons::get("view-audit"), tr("Audit"));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    connect(m_start, &StartPage::openRequested, this, [this](const QString& path) { openDatabase(path); });
    connect(m_start, &StartPage::importRequested, this, &MainWindow::importCsv);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseDatabase)->setIcon(icons::get("action-open"));
    file->addAction(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importCsv)
        ->setIcon(icons::get("action-import"));
    file->addAction(tr("Open &demo"), this, &MainWindow::openDemo)->setIcon(icons::get("action-demo"));
    QAction* close = file->addAction(tr("&Close database"), QKeySequence::Close, this, [this] {
        m_loader.cancel();
        m_workspace->close();
        m_stack->setCurrentWidget(m_start);
        updateTitle();
    });
    close->setEnabled(false);
    connect(m_workspace, &Workspace::opened, close, [close] { close->setEnabled(true); });
    connect(m_workspace, &Workspace::closed, close, [close] { close->setEnabled(false); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_actions->createUndoAction(this);
    undo->setIcon(icons::get("action-undo"));
    QAction* redo = m_actions->createRedoAction(this);
    redo->setIcon(icons::get("action-redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<View, QString>> views = {{View::Dashboard, tr("&Dashboard")}, {View::Alerts, tr("&Alerts")},
                                               {View::Account, tr("A&ccounts")},    {View::Network, tr("&Network")},
                                               {View::Models, tr("&Models")},       {View::Audit, tr("A&udit")}};
    for (int i = 0; i < views.size(); ++i) {
        const View target = views[i].first;
        view->addAction(views[i].second, QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this,
                        [this, target] { showView(target); });
    }
    view->addSeparator();
    QAction* auditor = view->addAction(tr("Auditor mode (read-only)"));
    auditor->setObjectName(QStringLiteral("auditorModeAction"));
    auditor->setCheckable(true);
    auditor->setChecked(m_workspace->readOnly());
    connect(auditor, &QAction::toggled, m_workspace, &Workspace::setReadOnly);
    connect(m_workspace, &Workspace::readOnlyChanged, auditor, &QAction::setChecked);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FraudLens"), this, [this] {
        QMessageBox::about(this, tr("About FraudLens"),
                           tr("FraudLens %1: e-commerce fraud and anomaly investigation.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_livePanel = new LivePanel(*m_workspace, *m_live, this);
    connect(m_livePanel, &LivePanel::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, kMessageMs);
    });
    m_databaseLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_jobLabel = new QLabel(this);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setMaximumWidth(220);
    m_cancelJob = new QToolButton(this);
    m_cancelJob->setObjectName(QStringLiteral("cancelJob"));
    m_cancelJob->setText(tr("Cancel"));
    m_cancelJob->setToolTip(tr("Stop the background job; the previous results stay as they were"));
    statusBar()->addPermanentWidget(m_livePanel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancelJob);
    m_jobLabel->hide();
    m_jobProgress->hide();
    m_cancelJob->hide();

    JobRunner& jobs = m_workspace->jobs();
    connect(m_cancelJob, &QToolButton::clicked, &jobs, &JobRunner::cancel);
    connect(&jobs, &JobRunner::started, this, [this](const QString& title) {
        m_jobLabel->setText(title);
        m_jobProgress->setValue(0);
        m_jobLabel->show();
        m_jobProgress->show();
        m_cancelJob->show();
    });
    connect(&jobs, &JobRunner::progress, this, [this](double fraction, const QString& stage) {
        m_jobProgress->setValue(int(fraction * 1000.0));
        m_jobProgress->setFormat(stage.isEmpty() ? QStringLiteral("%p %") : stage + QStringLiteral(" %p %"));
    });
    connect(&jobs, &JobRunner::finished, this, &MainWindow::jobFinished);
}

void MainWindow::jobFinished(bool ok, bool cancelled, const QString& message, int changes)
{
    m_jobLabel->hide();
    m_jobProgress->hide();
    m_cancelJob->hide();
    if (cancelled)
        statusBar()->showMessage(tr("Cancelled: the previous results stay as they were."), kMessageMs);
    else if (!ok && m_modalErrors)
        QMessageBox::warning(this, tr("The background job failed"), message);
    else if (!ok)
        statusBar()->showMessage(tr("The background job failed: %1").arg(message));
    else
        statusBar()->showMessage(message, kMessageMs);
    if (changes != 0 && m_workspace->isOpen())
        m_workspace->notifyChanged(DataChanges(changes));
    if (ok && (DataChanges(changes) & DataChange::Scores))
        notifyHighRiskAlerts();
}

void MainWindow::notifyHighRiskAlerts()
{
    m_workspace->read<qint64>(
        this,
        [](store::Database& db) {
            store::Statement s(db, "SELECT COUNT(*) FROM alerts WHERE status = 'new' AND risk >= ?");
            s.bind(1, kNotifyRisk);
            s.step();
            return qint64(s.columnInt(0));
        },
        [this](qint64 count) {
            if (count == 0)
                return;
            const QString text = count == 1 ? tr("1 new high-risk alert to review")
                                            : tr("%1 new high-risk alerts to review").arg(QLocale().toString(count));
            notify(text);
        });
}

void MainWindow::notify(const QString& text)
{
    statusBar()->showMessage(text, 2 * kMessageMs);
    if (!AppSettings().notifications())
        return;
    // A tray message is the desktop notification where a tray exists; else the status bar says it.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto* tray = findChild<QSystemTrayIcon*>();
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
        }
        tray->showMessage(tr("FraudLens"), text, QSystemTrayIcon::Warning);
    }
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("FraudLens databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabase(const QString& path, View landing)
{
    m_landing = landing;
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    m_loader.load(path);
}

void MainWindow::summaryLoaded(const DatasetSummary& summary)
{
    if (!summary.error.isEmpty()) {
        statusBar()->showMessage(summary.error);
        Q_EMIT databaseFailed(summary.error);
        if (m_modalErrors)
            QMessageBox::warning(this, tr("Could not open the database"), summary.error);
        return;
    }
    const auto& s = summary.stats;
    showCounts(s.transactions, s.accounts, s.frozenAccounts);
    if (!summary.auditOk)
        statusBar()->showMessage(tr("The audit log does not verify: open Audit → Verify integrity."));
    m_workspace->open(summary.path);
    RecentFiles::add(summary.path);
    m_stack->setCurrentWidget(m_tabs);
    showView(m_landing);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(summary.path), kMessageMs);
    Q_EMIT databaseOpened(summary.path);
}

void MainWindow::refreshCounts()
{
    struct Counts {
        qint64 transactions = 0;
        qint64 accounts = 0;
        qint64 frozen = 0;
    };
    // Three indexed counts, not the full summary: this runs after every freeze.
    m_workspace->read<Counts>(
        this,
        [](store::Database& db) {
            Counts counts;
            store::Statement s(db, "SELECT (SELECT COUNT(*) FROM transactions), (SELECT COUNT(*) FROM accounts), "
                                   "(SELECT COUNT(*) FROM accounts WHERE status = 'frozen')");
            if (s.step()) {
                counts.transactions = s.columnInt(0);
                counts.accounts = s.columnInt(1);
                counts.frozen = s.columnInt(2);
            }
            return counts;
        },
        [this](Counts counts) { showCounts(counts.transactions, counts.accounts, counts.frozen); });
}

void MainWindow::showCounts(qint64 transactions, qint64 accounts, qint64 frozen)
{
    const QLocale locale;
    m_countsLabel->setText(tr("%1 transactions · %2 accounts · %3 frozen")
                               .arg(locale.toString(transactions), locale.toString(accounts), locale.toString(frozen)));
}

void MainWindow::showView(View view)
{
    if (!m_workspace->isOpen())
        return;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(viewWidget(view));
}

QWidget* MainWindow::viewWidget(View view) const
{
    switch (view) {
    case View::Dashboard: return m_dashboard;
    case View::Alerts: return m_alerts;
    case View::Account: return m_account;
    case View::Network: return m_network;
    case View::Models: return m_models;
    case View::Audit: return m_audit;
    }
    return m_dashboard;
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name)
{
    static const QList<QPair<QString, View>> names = {
        {QStringLiteral("dashboard"), View::Dashboard}, {QStringLiteral("alerts"), View::Alerts},
        {QStringLiteral("account"), View::Account},     {QStringLiteral("network"), View::Network},
        {QStringLiteral("models"), View::Models},       {QStringLiteral("audit"), View::Audit}};
    for (const auto& [key, view] : names)
        if (key == name)
            return view;
    return std::nullopt;
}

void MainWindow::openDemo()
{
    auto* builder = new DemoBuilder(*m_workspace, this);
    connect(builder, &DemoBuilder::ready, this, [this, builder](const QString& path) {
        builder->deleteLater();
        openDatabase(path, View::Alerts);
    });
    connect(builder, &DemoBuilder::failed, builder, &QObject::deleteLater);
    builder->start();
}

void MainWindow::importCsv()
{
    auto* wizard = new ImportWizard(*m_workspace, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](const QString& dbPath, bool scoreNow) {
        if (m_workspace->path() == dbPath)
            m_workspace->notifyChanged(DataChange::Transactions | DataChange::Audit);
        else
            openDatabase(dbPath, View::Dashboard);
        if (scoreNow)
            m_models->startScoring(dbPath);
    });
    wizard->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings settings;
    m_workspace->setAnalyst(settings.analyst());
    // A session started with --read-only stays read-only whatever the stored setting says.
    m_workspace->setReadOnly(m_forcedReadOnly || settings.auditorMode());
}

void MainWindow::forceReadOnly()
{
    m_forcedReadOnly = true;
    m_workspace->setReadOnly(true);
    if (auto* toggle = findChild<QAction*>(QStringLiteral("auditorModeAction")))
        toggle->setEnabled(false);
}

void MainWindow::updateTitle()
{
    QString title = m_workspace->isOpen() ? tr("FraudLens – %1").arg(QFileInfo(m_workspace->path()).fileName())
                                          : tr("FraudLens");
    if (m_workspace->readOnly())
        title += tr(" (auditor mode, read-only)");
    setWindowTitle(title);
    m_databaseLabel->setText(m_workspace->isOpen() ? m_workspace->path() : QString());
    if (!m_workspace->isOpen())
        m_stack->setCurrentWidget(m_start);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workspace->jobs().isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A job is running"),
            tr("%1 is still running. Stop it and quit? Its work so far is discarded; stored data stays as it was.")
                .arg(m_workspace->jobs().title()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_live->stopAndWait();
    QSettings stored;
    stored.setValue(QStringLiteral("window/geometry"), saveGeometry());
    stored.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace fraudlens::ui
