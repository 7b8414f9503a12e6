#include "dashboard_view.h"

#include "bar_chart.h"
#include "hourly_volume_chart.h"
#include "stat_tile.h"
#include "workspace.h"

#include "store/database.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

#include <cmath>

namespace fraudlens::ui {

namespace {

constexpr DataChanges kMeasuredChanges = DataChange::Transactions | DataChange::Scores;
constexpr DataChanges kCountedChanges = DataChange::Alerts | DataChange::Accounts;

} // namespace

DashboardView::DashboardView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardView"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_transactions = new StatTile(QStringLiteral("tileTransactions"), this);
    m_openAlerts = new StatTile(QStringLiteral("tileOpenAlerts"), this);
    m_frozen = new StatTile(QStringLiteral("tileFrozen"), this);
    m_confirmed = new StatTile(QStringLiteral("tileConfirmed"), this);

    m_volume = new HourlyVolumeChart(this);
    m_volume->setObjectName(QStringLiteral("hourlyChart"));
    m_burstSummary = new QLabel(this);
    m_burstSummary->setObjectName(QStringLiteral("burstSummary"));
    m_latestRun = new QLabel(this);
    m_latestRun->setObjectName(QStringLiteral("latestRun"));
    m_latestRun->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_byDetector = new BarChart(this);
    m_byDetector->setObjectName(QStringLiteral("alertsByDetectorChart"));
    m_byStatus = new BarChart(this);
    m_byStatus->setObjectName(QStringLiteral("alertsByStatusChart"));
    m_byStatus->setColor(QColor(0x44, 0x77, 0xaa));
    m_auprc = new BarChart(this);
    m_auprc->setObjectName(QStringLiteral("auprcChart"));
    m_auprc->setColor(QColor(0x2c, 0xa0, 0x2c));
    m_auprc->setFixedRange(0.0, 1.0);
    m_auprc->setValueLabels(3);
    m_auprcNote = new QLabel(this);
    m_auprcNote->setObjectName(QStringLiteral("auprcNote"));
    m_auprcNote->setAlignment(Qt::AlignCenter);
    m_auprcNote->setWordWrap(true);

    auto* tiles = new QHBoxLayout;
    for (StatTile* tile : {m_transactions, m_openAlerts, m_frozen, m_confirmed})
        tiles->addWidget(tile);
    auto* captions = new QHBoxLayout;
    captions->addWidget(m_burstSummary, 1);
    captions->addWidget(m_latestRun, 1);
    auto* measured = new QVBoxLayout;
    measured->setContentsMargins(0, 0, 0, 0);
    measured->addWidget(m_auprc);
    measured->addWidget(m_auprcNote);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_byDetector, 1);
    charts->addWidget(m_byStatus, 1);
    charts->addLayout(measured, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(tiles);
    layout->addWidget(m_volume, 3);
    layout->addLayout(captions);
    layout->addLayout(charts, 2);

    connect(&m_workspace, &Workspace::opened, this, &DashboardView::restart);
    connect(&m_workspace, &Workspace::closed, this, [this] {
        m_loading = false;
        m_reloadPending = false;
        clearFigures();
    });
    connect(&m_workspace, &Workspace::dataChanged, this, &DashboardView::onDataChanged);

    retranslate();
    clearFigures();
    if (m_workspace.isOpen())
        restart();
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardView::onDataChanged(DataChanges what)
{
    if (!m_workspace.isOpen())
        return;
    if (what & kMeasuredChanges)
        reload(Depth::Measured);
    else if (what & kCountedChanges)
        reload(Depth::Cases);
}

void DashboardView::restart()
{
    // The workspace drops whatever was asked of the previous database, so nothing is in
    // flight any more.
    m_loading = false;
    m_reloadPending = false;
    m_pendingDepth = Depth::Cases;
    clearFigures();
    reload(Depth::Measured);
}

void DashboardView::reload(Depth depth)
{
    // A partial reload needs something to build on.
    if (!m_figures)
        depth = std::max(depth, Depth::Series);
    if (!m_auprcMeasured)
        depth = std::max(depth, Depth::Measured);
    if (m_loading) {
        m_reloadPending = true;
        m_pendingDepth = std::max(m_pendingDepth, depth);
        return;
    }
    m_loading = true;
    // A copy for the worker to complete: only what a decision changes is read again.
    std::optional<cases::DashboardFigures> base;
    if (depth == Depth::Cases)
        base = m_figures;
    m_workspace.read<cases::DashboardFigures>(
        this,
        [depth, base = std::move(base)](store::Database& db) mutable {
            return base ? cases::DashboardFigures::refreshCases(db, std::move(*base))
                        : cases::DashboardFigures::load(db, depth == Depth::Measured);
        },
        [this, depth](cases::DashboardFigures figures) {
            m_loading = false;
            if (figures.evaluated) {
                m_auprcMeasured = true;
                m_auprcFigures = figures.auprc;
            }
            m_hasLabels = figures.hasLabels;
            m_figures = std::move(figures);
            m_message->hide();
            showFigures(*m_figures, depth);
            Q_EMIT loaded();
            finishLoad();
        },
        [this](const QString& message) {
            m_loading = false;
            showError(message);
            finishLoad();
        });
}

void DashboardView::finishLoad()
{
    if (!m_reloadPending)
        return;
    const Depth depth = m_pendingDepth;
    m_reloadPending = false;
    m_pendingDepth = Depth::Cases;
    reload(depth);
}

void DashboardView::showFigures(const cases::DashboardFigures& f, Depth depth)
{
    const QLocale locale;
    m_transactions->setValue(locale.toString(f.transactions));
    m_transactions->setDetail(tr("%1 accounts").arg(locale.toString(f.accounts)));
    m_openAlerts->setValue(locale.toString(f.openAlerts));
    m_openAlerts->setDetail(tr("of %1 alerts").arg(locale.toString(f.alerts)));
    m_frozen->setValue(locale.toString(f.frozenAccounts));
    const double frozenShare = f.accounts > 0 ? 100.0 * static_cast<double>(f.frozenAccounts) / static_cast<double>(f.accounts) : 0.0;
    m_frozen->setDetail(tr("%1 % of accounts").arg(locale.toString(frozenShare, 'f', 1)));
    m_confirmed->setValue(locale.toString(f.confirmedFraudAccounts));
    m_confirmed->setDetail(tr("accounts with an alert confirmed as fraud"));
    // Redrawing thousands of hours on the UI thread is the costly part of a reload.
    if (depth != Depth::Cases)
        showSeries(f);
    showCaseCharts(f);
    showAuprc();
}

void DashboardView::showSeries(const cases::DashboardFigures& f)
{
    const QLocale locale;
    QList<QPointF> hourly;
    hourly.reserve(static_cast<qsizetype>(f.hourly.size()));
    for (const auto& h : f.hourly)
        hourly.append(QPointF(static_cast<qreal>(h.hourStartMs), static_cast<qreal>(h.count)));
    QList<HourlyVolumeChart::Burst> bursts;
    for (const auto& b : f.platformBursts)
        bursts.append({b.hourStartMs, b.observed, b.expected});
    m_volume->setData(hourly, bursts);

    if (f.latestRun) {
        const auto& run = *f.latestRun;
        double total = 0.0;
        QStringList stages;
        for (const auto& [name, seconds] : run.durationsSeconds) {
            total += seconds;
            stages << tr("%1: %2 s").arg(QString::fromStdString(name), locale.toString(seconds, 'f', 2));
        }
        const QString finished = locale.toString(QDateTime::fromMSecsSinceEpoch(run.finishedAtMs), QLocale::ShortFormat);
        m_latestRun->setText(tr("Latest scoring run #%1 finished %2 on %3 in %4 s")
                                 .arg(QString::number(run.id), finished, QString::fromStdString(run.device),
                                      locale.toString(total, 'f', 1)));
        m_latestRun->setToolTip(stages.join(QLatin1Char('\n')));
        m_burstSummary->setText(tr("%1 burst hours on the platform, %2 merchant bursts")
                                    .arg(locale.toString(static_cast<qlonglong>(f.platformBursts.size())),
                                         locale.toString(f.merchantBursts)));
    } else {
        m_latestRun->setText(tr("Not scored yet"));
        m_latestRun->setToolTip(QString());
        m_burstSummary->setText(tr("Score the data to find bursts and raise alerts."));
    }
}

void DashboardView::showCaseCharts(const cases::DashboardFigures& f)
{
    QStringList detectors;
    QList<qreal> openByDetector;
    for (const auto& d : f.alertsByDetector) {
        detectors << detectorTitle(d.detector);
        openByDetector << static_cast<qreal>(d.open);
    }
    m_byDetector->setValues(detectors, openByDetector);

    QStringList statuses;
    QList<qreal> byStatus;
    for (const auto& s : f.alertsByStatus) {
        statuses << statusTitle(s.status);
        byStatus << static_cast<qreal>(s.count);
    }
    m_byStatus->setValues(statuses, byStatus);
}

void DashboardView::showAuprc()
{
    const bool measured = m_auprcMeasured && m_hasLabels && !m_auprcFigures.empty();
    m_auprc->setVisible(measured);
    m_auprcNote->setVisible(!measured);
    if (!measured) {
        m_auprc->clear();
        if (!m_figures)
            m_auprcNote->clear();
        else if (!m_hasLabels)
            m_auprcNote->setText(tr("No labels in this data"));
        else
            m_auprcNote->setText(tr("Score the data to measure the detectors against its labels."));
        return;
    }
    QStringList names;
    QList<qreal> values;
    for (const auto& d : m_auprcFigures) {
        names << detectorTitle(d.detector);
        // Undefined without positives among the labelled rows: drawn as no bar at all.
        values << (std::isfinite(d.auprc) ? d.auprc : 0.0);
    }
    m_auprc->setValues(names, values);
}

void DashboardView::showError(const QString& message)
{
    m_message->setText(tr("Could not load the dashboard: %1").arg(message));
    m_message->show();
}

void DashboardView::clearFigures()
{
    m_figures.reset();
    m_auprcMeasured = false;
    m_hasLabels = false;
    m_auprcFigures.clear();
    m_message->hide();
    for (StatTile* tile : {m_transactions, m_openAlerts, m_frozen, m_confirmed}) {
        tile->setValue(QStringLiteral("–"));
        tile->setDetail(QString());
    }
    m_volume->clear();
    m_burstSummary->clear();
    m_latestRun->clear();
    m_latestRun->setToolTip(QString());
    m_byDetector->clear();
    m_byStatus->clear();
    showAuprc();
}

void DashboardView::retranslate()
{
    m_transactions->setCaption(tr("Transactions"));
    m_openAlerts->setCaption(tr("Open alerts"));
    m_frozen->setCaption(tr("Frozen accounts"));
    m_confirmed->setCaption(tr("Confirmed fraud"));
    m_byDetector->setTitle(tr("Open alerts by detector"));
    m_byStatus->setTitle(tr("Alerts by status"));
    m_auprc->setTitle(tr("Detectors against the labels (AUPRC)"));
    if (m_figures)
        showFigures(*m_figures, Depth::Measured); // every text in the new language
}

QString DashboardView::statusTitle(const std::string& status)
{
    if (status == "new")
        return tr("New");
    if (status == "in_review")
        return tr("In review");
    if (status == "escalated")
        return tr("Escalated");
    if (status == "confirmed_fraud")
        return tr("Confirmed fraud");
    if (status == "false_positive")
        return tr("False positive");
    return QString::fromStdString(status);
}

QString DashboardView::detectorTitle(const std::string& detector)
{
    if (detector == "fused")
        return tr("Fused risk");
    if (detector == "autoencoder")
        return tr("Autoencoder");
    if (detector == "sequence")
        return tr("Sequence");
    if (detector == "rings")
        return tr("Rings");
    if (detector == "rules")
        return tr("Rules");
    if (detector == "bursts")
        return tr("Bursts");
    return QString::fromStdString(detector);
}

} // namespace fraudlens::ui
