#include "live_panel.h"

#include "live_dialog.h"
#include "live_monitor.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStringList>
#include <QToolButton>

#include <algorithm>

namespace fraudlens::ui {

namespace {

// Whole numbers once a rate is large enough for tenths to be noise.
QString rateText(double rate)
{
    return QLocale().toString(rate, 'f', rate >= 10.0 || rate == 0.0 ? 0 : 1);
}

} // namespace

LivePanel::LivePanel(Workspace& workspace, LiveMonitor& monitor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_monitor(monitor)
{
    m_switch = new QToolButton(this);
    m_switch->setObjectName(QStringLiteral("liveSwitch"));
    m_switch->setText(tr("Live"));
    m_switch->setCheckable(true);
    m_switch->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_switch->setToolTip(tr("Score transactions as they arrive, from a growing file or a TCP port"));
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("liveCounters"));
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counters->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    layout->addWidget(m_counters, 1);

    connect(m_switch, &QToolButton::clicked, this, &LivePanel::switchClicked);
    connect(&monitor, &LiveMonitor::started, this, &LivePanel::showStarted);
    connect(&monitor, &LiveMonitor::statsChanged, this, &LivePanel::showStats);
    connect(&monitor, &LiveMonitor::problem, this, &LivePanel::showProblem);
    connect(&monitor, &LiveMonitor::finished, this, &LivePanel::showFinished);
    connect(&workspace, &Workspace::opened, this, &LivePanel::updateEnabled);
    connect(&workspace, &Workspace::closed, this, &LivePanel::updateEnabled);
    connect(&workspace, &Workspace::readOnlyChanged, this, &LivePanel::updateEnabled);
    setSwitch(monitor.isRunning());
    updateEnabled();
}

void LivePanel::setSwitch(bool on)
{
    // clicked() is the analyst's; a switch set to match the monitor starts or stops nothing.
    const QSignalBlocker blocker(m_switch);
    m_switch->setChecked(on);
}

void LivePanel::updateEnabled()
{
    // A running session can always be stopped; starting one needs a database to write to.
    const bool canStart = m_workspace.isOpen() && !m_workspace.readOnly();
    m_switch->setEnabled(!m_stopping && (m_monitor.isRunning() || canStart));
    if (!m_monitor.isRunning() && !canStart && m_dialog)
        m_dialog->reject();
}

void LivePanel::switchClicked(bool on)
{
    if (!on) {
        if (m_monitor.isRunning()) {
            m_stopping = true;
            m_counters->setText(tr("Live: stopping…"));
            m_monitor.stop();
            updateEnabled();
        }
        return;
    }
    if (m_monitor.isRunning() || m_dialog)
        return;
    // Window-modal and not exec(): the queue goes on repainting behind it.
    auto* dialog = new LiveDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, &LivePanel::startFromDialog);
    connect(dialog, &QDialog::rejected, this, [this] { setSwitch(m_monitor.isRunning()); });
    dialog->open();
}

void LivePanel::startFromDialog()
{
    if (!m_dialog)
        return;
    const bool ok = m_dialog->source() == LiveDialog::Source::Listen
        ? m_monitor.startListen(m_dialog->address())
        : m_monitor.startFollow(m_dialog->path(), m_dialog->fromStart());
    if (!ok)
        showRefusal(m_monitor.errorString());
}

void LivePanel::showRefusal(const QString& why)
{
    setSwitch(m_monitor.isRunning());
    m_counters->setText(tr("Live: %1").arg(why));
    m_counters->setToolTip(why);
    m_counters->show();
    Q_EMIT message(why);
}

void LivePanel::showStarted(const QString& description)
{
    m_stopping = false;
    setSwitch(true);
    m_switch->setToolTip(description);
    m_counters->setText(tr("Live: starting…"));
    m_counters->setToolTip(description);
    m_counters->show();
    updateEnabled();
    Q_EMIT message(description);
}

void LivePanel::showStats(const LiveStats& stats)
{
    if (m_stopping)
        return;
    if (stats.warmingUp) {
        m_counters->setText(tr("Live: loading the models… %1%").arg(qRound(stats.warmUpFraction * 100.0)));
        return;
    }
    const QLocale locale;
    m_counters->setText(tr("Live: %1 tx/s · %2 alerts/min · %3 stored · %4 blocked")
                            .arg(rateText(stats.transactionsPerSecond), rateText(stats.alertsPerMinute),
                                 locale.toString(stats.stored), locale.toString(stats.blocked)));
}

void LivePanel::showProblem(const QString& text)
{
    // The latest bad lines, under what runs: enough to fix a sender without a log window.
    QStringList lines{m_monitor.description()};
    const QStringList problems = m_monitor.recentProblems();
    constexpr qsizetype kShown = 5;
    if (!problems.isEmpty()) {
        lines << tr("Last bad lines:");
        lines << problems.mid(std::max<qsizetype>(0, problems.size() - kShown));
    } else {
        lines << text;
    }
    m_counters->setToolTip(lines.join(QLatin1Char('\n')));
}

void LivePanel::showFinished(const QString& summary)
{
    m_stopping = false;
    setSwitch(false);
    m_switch->setToolTip(summary);
    // Stays until the next start: how the session ended, or why it could not begin.
    m_counters->setText(summary);
    m_counters->setToolTip(summary);
    updateEnabled();
    Q_EMIT message(summary);
}

} // namespace fraudlens::ui
