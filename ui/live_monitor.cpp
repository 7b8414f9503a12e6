#include "live_monitor.h"

#include "app_settings.h"
#include "data_change.h"
#include "job_runner.h"
#include "listen_address.h"
#include "workspace.h"

#include "live/live_input.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <exception>
#include <utility>

namespace fraudlens::ui {

LiveMonitor::LiveMonitor(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    qRegisterMetaType<LiveStats>();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { poll(); });
    // The session writes to the database it was started on, as the analyst who started
    // it: another database, or auditor mode, ends it.
    connect(&workspace, &Workspace::opened, this, &LiveMonitor::stop);
    connect(&workspace, &Workspace::closed, this, &LiveMonitor::stop);
    connect(&workspace, &Workspace::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            stop();
    });
}

LiveMonitor::~LiveMonitor()
{
    // No signals and no Workspace from here: either may be gone already. Only the thread
    // must not outlive us; the session commits and records its stop before it ends.
    if (m_worker)
        m_worker->sink().requestStop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
}

bool LiveMonitor::refuse(const QString& why)
{
    m_errorString = why;
    return false;
}

bool LiveMonitor::canStart()
{
    m_errorString.clear();
    if (isRunning())
        return refuse(tr("Live monitoring is running already."));
    if (!m_workspace.isOpen())
        return refuse(tr("Open a database first."));
    if (m_workspace.readOnly())
        return refuse(tr("Live monitoring stores transactions, and auditor mode changes nothing: leave auditor "
                         "mode first."));
    if (m_workspace.jobs().isRunning())
        return refuse(tr("Live monitoring cannot start while “%1” writes to the database: start it once that job "
                         "is done.")
                          .arg(m_workspace.jobs().title()));
    return true;
}

bool LiveMonitor::startFollow(const QString& csvPath, bool fromStart)
{
    if (!canStart())
        return false;
    const QString path = csvPath.trimmed();
    if (path.isEmpty())
        return refuse(tr("Choose the file to follow."));
    std::unique_ptr<live::LiveInput> input;
    try {
        input = live::LiveInput::follow(QFile::encodeName(path).toStdString(), fromStart);
    } catch (const std::exception& e) {
        return refuse(tr("Cannot follow %1: %2").arg(path, QString::fromStdString(e.what())));
    }
    // A file not there yet is waited for (tail -F): say so, or a typo would look like a quiet stream.
    QString description;
    if (!QFileInfo::exists(path))
        description = tr("Waiting for %1 to appear, then following it").arg(path);
    else if (fromStart)
        description = tr("Following %1 from its first line").arg(path);
    else
        description = tr("Following what is appended to %1").arg(path);
    return launch(std::move(input), description);
}

bool LiveMonitor::startListen(const QString& hostPort)
{
    if (!canStart())
        return false;
    QString why;
    const std::optional<ListenAddress> address = ListenAddress::parse(hostPort, &why);
    if (!address)
        return refuse(tr("Cannot listen on “%1”: %2").arg(hostPort, why));
    // Bound here, not on the session's thread: a taken port is refused at once, and
    // senders may connect while the models load (their lines wait in the socket).
    std::unique_ptr<live::LiveInput> input;
    try {
        input = live::LiveInput::listen(address->host.toStdString(), address->port);
    } catch (const std::exception& e) {
        return refuse(tr("Cannot listen on %1: %2").arg(address->toString(), QString::fromStdString(e.what())));
    }
    const QString where = QString::fromStdString(input->address());
    const QString description =
        address->isLoopback()
            ? tr("Listening on %1 for JSON lines").arg(where)
            : tr("Listening on %1 for JSON lines, reachable from the network: anyone who can connect can store "
                 "transactions")
                  .arg(where);
    return launch(std::move(input), description);
}

bool LiveMonitor::launch(std::unique_ptr<live::LiveInput> input, const QString& description)
{
    live::LiveSession::Options options;
    const QString analyst = m_workspace.analyst().isEmpty() ? AppSettings().analyst() : m_workspace.analyst();
    options.actor = analyst.toStdString();
    m_worker = std::make_shared<LiveWorker>(QFile::encodeName(m_workspace.path()).toStdString(), std::move(input),
                                            std::move(options));
    m_outcome = std::make_shared<LiveWorker::Outcome>();
    m_description = description;
    m_stats = {};
    m_transactionRate.clear();
    m_alertRate.clear();
    m_problemsShown = 0;
    m_alertsReloaded = 0;
    m_lastReload.invalidate();
    m_lastHighRisk.invalidate();
    m_clock.start();

    QThread* thread = QThread::create([worker = m_worker, outcome = m_outcome] { *outcome = worker->run(); });
    thread->setObjectName(QStringLiteral("fraudlens-live"));
    // Emitted on the session's thread as it ends; handled on ours.
    connect(thread, &QThread::finished, this, &LiveMonitor::threadFinished, Qt::QueuedConnection);
    m_thread = thread;
    thread->start();
    m_poll.start();
    Q_EMIT started(description);
    return true;
}

void LiveMonitor::stop()
{
    if (m_worker)
        m_worker->sink().requestStop();
}

void LiveMonitor::stopAndWait()
{
    if (!m_worker)
        return;
    m_worker->sink().requestStop();
    threadFinished();
}

QStringList LiveMonitor::recentProblems() const
{
    QStringList problems;
    if (m_worker)
        for (const LiveSink::Problem& bad : m_worker->sink().problemsAfter(0))
            problems << problemText(bad);
    return problems;
}

QString LiveMonitor::problemText(const LiveSink::Problem& problem) const
{
    const ingest::RowProblem& where = problem.problem;
    const QString source = QString::fromStdString(problem.source);
    const QString reason = where.columnName.empty()
        ? QString::fromStdString(where.reason)
        : QString::fromStdString(where.columnName) + QStringLiteral(": ") + QString::fromStdString(where.reason);
    if (where.column > 0)
        return tr("%1, line %2, column %3: %4").arg(source).arg(where.line).arg(where.column).arg(reason);
    return tr("%1, line %2: %3").arg(source).arg(where.line).arg(reason);
}

void LiveMonitor::poll(bool last)
{
    if (!m_worker)
        return;
    LiveSink& sink = m_worker->sink();
    const LiveSink::Counts counts = sink.counts();
    const std::int64_t alerts = counts.alertsRaised + counts.alertsUpdated;
    const qint64 now = m_clock.elapsed();
    m_transactionRate.add(now, counts.stored);
    m_alertRate.add(now, alerts);

    LiveStats stats;
    stats.warmingUp = !m_worker->ready();
    stats.warmUpFraction = m_worker->warmUpFraction();
    stats.transactionsPerSecond = m_transactionRate.perSecond();
    stats.alertsPerMinute = m_alertRate.perSecond() * 60.0;
    stats.stored = counts.stored;
    stats.alertsRaised = counts.alertsRaised;
    stats.alertsUpdated = counts.alertsUpdated;
    stats.blocked = counts.blocked;
    stats.problems = counts.problems;
    m_stats = stats;
    Q_EMIT statsChanged(stats);

    for (const LiveSink::Problem& bad : sink.problemsAfter(m_problemsShown)) {
        m_problemsShown = bad.sequence;
        Q_EMIT problem(problemText(bad));
    }
    for (const std::string& text : sink.takeNotices())
        Q_EMIT notice(QString::fromStdString(text));

    // The queue reloads from the database: once a second is enough for the eye, and a
    // flood of updates must not turn into a flood of queries. The last look leaves it to
    // threadFinished(), which tells the views once for everything.
    if (!last && alerts != m_alertsReloaded && (!m_lastReload.isValid() || m_lastReload.elapsed() >= kReloadEveryMs)) {
        m_alertsReloaded = alerts;
        m_lastReload.start();
        m_workspace.notifyChanged(DataChange::Alerts | DataChange::Transactions | DataChange::Audit);
    }
    // Taken only when it may be shown: alerts in between add to the count.
    if (last || !m_lastHighRisk.isValid() || m_lastHighRisk.elapsed() >= kHighRiskEveryMs) {
        const LiveSink::HighRisk highRisk = sink.takeHighRisk();
        if (highRisk.count > 0) {
            m_lastHighRisk.start();
            Q_EMIT highRiskAlert(QString::fromStdString(highRisk.account), highRisk.risk, highRisk.count);
        }
    }
}

void LiveMonitor::threadFinished()
{
    if (!m_worker)
        return; // stopAndWait() has finished it already
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
    m_poll.stop();
    poll(true);
    const LiveWorker::Outcome outcome = *m_outcome;
    m_worker.reset();
    m_outcome.reset();
    m_description.clear();
    // Its imports row, its start and stop in the audit log, and what it stored since the
    // last reload: every view that shows them reads again.
    if (outcome.sessionRan)
        m_workspace.notifyChanged(DataChange::Alerts | DataChange::Transactions | DataChange::Audit);
    Q_EMIT finished(outcome.summary);
}

} // namespace fraudlens::ui
