#include "models_view.h"

#include "budget_panel.h"
#include "detector_metrics_model.h"
#include "feedback_panel.h"
#include "models_snapshot.h"
#include "pr_curve_chart.h"
#include "rules_editor.h"
#include "scoring/feedback_loop.h"
#include "store/database.h"
#include "training_panel.h"
#include "workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fraudlens::ui {

ModelsView::ModelsView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_training = new TrainingPanel(workspace, this);
    m_feedback = new FeedbackPanel(workspace, [this] { return m_training->device(); }, this);
    m_budget = new BudgetPanel(this);

    auto* quality = new QGroupBox(tr("Detection quality"), this);
    m_metricsMessage = new QLabel(quality);
    m_metricsMessage->setObjectName(QStringLiteral("metricsMessage"));
    m_metricsMessage->setWordWrap(true);
    m_metrics = new DetectorMetricsModel(this);
    m_metricsTable = new QTableView(quality);
    m_metricsTable->setObjectName(QStringLiteral("metricsTable"));
    m_metricsTable->setModel(m_metrics);
    m_metricsTable->verticalHeader()->hide();
    m_metricsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metricsTable->horizontalHeader()->setStretchLastSection(true);
    m_metricsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_metricsTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_chart = new PrCurveChart(quality);
    m_chart->setObjectName(QStringLiteral("prChart"));
    auto* qualityLayout = new QVBoxLayout(quality);
    qualityLayout->addWidget(m_metricsMessage);
    qualityLayout->addWidget(m_metricsTable);
    qualityLayout->addWidget(m_chart, 1);

    m_rules = new RulesEditor(workspace, this);

    auto* top = new QWidget(this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_training);
    left->addWidget(m_feedback);
    left->addWidget(m_budget);
    left->addStretch();
    auto* columns = new QHBoxLayout(top);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 2);
    columns->addWidget(quality, 3);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_rules);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_rules, &RulesEditor::loaded, this, [this] { partShown(Rules); });
    connect(&m_workspace, &Workspace::opened, this, [this] { reload(DataChange::Everything); });
    connect(&m_workspace, &Workspace::closed, this, &ModelsView::clear);
    connect(&m_workspace, &Workspace::dataChanged, this, &ModelsView::reload);
    clear();
    if (m_workspace.isOpen())
        reload(DataChange::Everything);
}

bool ModelsView::startScoring(const QString& dbPath)
{
    return m_training->startScoring(dbPath, false);
}

void ModelsView::reload(DataChanges what)
{
    if (!m_workspace.isOpen())
        return;
    if (what & DataChange::Scores) {
        m_pending |= Metrics;
        loadMetrics();
    }
    if (what & (DataChange::Scores | DataChange::Alerts)) {
        m_pending |= Decisions;
        loadDecisions();
    }
    if (what & DataChange::Rules) {
        m_pending |= Rules;
        m_rules->reload();
    }
}

void ModelsView::loadMetrics()
{
    const quint64 ticket = ++m_metricsTicket;
    m_metricsMessage->setText(tr("Measuring…"));
    m_workspace.read<ModelsSnapshot>(
        this, [](store::Database& db) { return ModelsSnapshot::load(db); },
        [this, ticket](ModelsSnapshot snapshot) {
            if (ticket != m_metricsTicket)
                return;
            showSnapshot(snapshot);
            partShown(Metrics);
        },
        [this, ticket](const QString& problem) {
            if (ticket != m_metricsTicket)
                return;
            showMetricsProblem(problem);
            partShown(Metrics);
        });
}

void ModelsView::loadDecisions()
{
    const quint64 ticket = ++m_decisionsTicket;
    m_workspace.read<scoring::DecisionTally>(
        this, [](store::Database& db) { return scoring::FeedbackLoop::tally(db); },
        [this, ticket](scoring::DecisionTally tally) {
            if (ticket != m_decisionsTicket)
                return;
            m_feedback->setTally(tally);
            partShown(Decisions);
        },
        [this, ticket](const QString&) {
            if (ticket != m_decisionsTicket)
                return;
            // The metrics read of the same database reports the problem; the count stays blank.
            m_feedback->clear();
            partShown(Decisions);
        });
}

void ModelsView::showSnapshot(const ModelsSnapshot& snapshot)
{
    m_training->setLatestRun(snapshot.latestRun);
    m_budget->setCurve(snapshot.budget);
    // The slider starts at the budget a new run used; after that it is the analyst's.
    if (snapshot.latestRun && snapshot.latestRun->id != m_budgetRun) {
        m_budgetRun = snapshot.latestRun->id;
        m_budget->setBudget(snapshot.latestRun->alerts.budget);
    }
    if (!snapshot.evaluation) {
        m_metrics->clear();
        m_chart->clear();
        m_metricsMessage->setText(tr("Not scored yet: train and score to measure the detectors."));
        return;
    }
    const eval::Evaluation& e = *snapshot.evaluation;
    if (!snapshot.hasLabels()) {
        m_metrics->clear();
        m_chart->clear();
        m_metricsMessage->setText(tr("No labels in this data: metrics need labelled transactions."));
        return;
    }
    const QLocale locale;
    m_metricsMessage->setText(tr("Measured against %1 labelled fraud transactions among %2 scored.")
                                  .arg(locale.toString(qulonglong(e.positives)), locale.toString(qulonglong(e.transactions))));
    m_metrics->setReports(e.detectors);
    QList<PrCurveChart::Curve> curves;
    for (const auto& [key, report] : e.detectors) {
        PrCurveChart::Curve curve{DetectorMetricsModel::displayName(key), {}};
        curve.points.reserve(qsizetype(report.prCurve.size()));
        for (const auto& point : report.prCurve)
            curve.points.append(QPointF(point.recall, point.precision));
        curves.append(std::move(curve));
    }
    m_chart->setCurves(curves);
}

void ModelsView::showMetricsProblem(const QString& problem)
{
    m_metrics->clear();
    m_chart->clear();
    m_metricsMessage->setText(tr("Could not measure the detectors: %1").arg(problem));
}

void ModelsView::partShown(Part part)
{
    if (!(m_pending & part))
        return;
    m_pending &= ~part;
    if (m_pending == 0)
        Q_EMIT loaded();
}

void ModelsView::clear()
{
    m_pending = 0;
    m_budgetRun = 0;
    ++m_metricsTicket;
    ++m_decisionsTicket;
    m_metrics->clear();
    m_chart->clear();
    m_budget->setCurve(nullptr);
    m_feedback->clear();
    m_training->setLatestRun(std::nullopt);
    m_rules->clear();
    m_metricsMessage->setText(tr("No database is open."));
}

} // namespace fraudlens::ui
