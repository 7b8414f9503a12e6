#include "main_window.h"

#include "util/clock.h"

#include <QApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

QLabel* valueLabel()
{
    auto* label = new QLabel(QStringLiteral("–"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("FraudLens"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    m_title = new QLabel(tr("No database open. Use File → Open to choose one."), central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(24);
    m_transactions = valueLabel();
    m_accounts = valueLabel();
    m_fraud = valueLabel();
    m_range = valueLabel();
    m_imports = valueLabel();
    m_audit = valueLabel();
    m_patterns = valueLabel();
    m_patterns->setWordWrap(true);
    m_transactions->setObjectName(QStringLiteral("transactionsValue"));
    m_accounts->setObjectName(QStringLiteral("accountsValue"));
    m_fraud->setObjectName(QStringLiteral("fraudValue"));
    m_range->setObjectName(QStringLiteral("rangeValue"));
    m_audit->setObjectName(QStringLiteral("auditValue"));
    m_patterns->setObjectName(QStringLiteral("patternsValue"));
    form->addRow(tr("Transactions"), m_transactions);
    form->addRow(tr("Accounts"), m_accounts);
    form->addRow(tr("Labelled fraud"), m_fraud);
    form->addRow(tr("Time range (UTC)"), m_range);
    form->addRow(tr("Imports"), m_imports);
    form->addRow(tr("Audit log"), m_audit);
    form->addRow(tr("Fraud patterns"), m_patterns);
    layout->addLayout(form);
    layout->addStretch();
    setCentralWidget(central);

    buildMenus();
    statusBar()->showMessage(tr("Ready"));
    connect(&m_loader, &DatasetSummaryLoader::loaded, this, &MainWindow::showSummary);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FraudLens"), this, [this] {
        QMessageBox::about(this, tr("About FraudLens"),
                           tr("FraudLens %1: e-commerce fraud and anomaly investigation.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("FraudLens databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabase(const QString& path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    m_loader.load(path);
}

void MainWindow::showSummary(const DatasetSummary& summary)
{
    if (!summary.error.isEmpty()) {
        m_title->setText(tr("Could not open the database"));
        statusBar()->showMessage(summary.error);
        QMessageBox::warning(this, tr("Could not open the database"), summary.error);
        Q_EMIT summaryShown();
        return;
    }
    const QLocale locale;
    const auto& s = summary.stats;
    m_title->setText(summary.path);
    setWindowTitle(tr("FraudLens – %1").arg(summary.path));
    m_transactions->setText(locale.toString(s.transactions));
    m_accounts->setText(tr("%1 (%2 frozen)").arg(locale.toString(s.accounts), locale.toString(s.frozenAccounts)));
    if (s.labelled > 0 && s.transactions > 0)
        m_fraud->setText(tr("%1 (%2 % of transactions)")
                             .arg(locale.toString(s.labelledFraud))
                             .arg(locale.toString(100.0 * double(s.labelledFraud) / double(s.transactions), 'f', 2)));
    else
        m_fraud->setText(tr("no labels"));
    m_range->setText(s.firstMs ? QStringLiteral("%1 – %2")
                                     .arg(QString::fromStdString(util::formatIsoUtc(*s.firstMs)),
                                          QString::fromStdString(util::formatIsoUtc(*s.lastMs)))
                               : tr("empty"));
    m_imports->setText(locale.toString(s.imports));
    m_audit->setText(summary.auditOk ? tr("intact, %1 entries").arg(locale.toString(summary.auditEntries))
                                     : tr("BROKEN – run Verify integrity"));
    QStringList patterns;
    for (const auto& [name, count] : s.patterns)
        patterns << QStringLiteral("%1: %2").arg(QString::fromStdString(name), locale.toString(count));
    m_patterns->setText(patterns.isEmpty() ? tr("none") : patterns.join(QStringLiteral(", ")));
    statusBar()->showMessage(tr("%1 transactions, %2 accounts").arg(locale.toString(s.transactions), locale.toString(s.accounts)));
    Q_EMIT summaryShown();
}

} // namespace fraudlens::ui
