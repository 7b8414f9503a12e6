#pragma once

#include "live_sink.h"
#include "live_stats.h"
#include "live_worker.h"
#include "rate_window.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <memory>

class QThread;

namespace fraudlens::live {
class LiveInput;
}

namespace fraudlens::ui {

class Workspace;

// The GUI's live monitoring: one live session (the one `fraudlens-cli live` runs) on a
// thread of its own with its own read-write connection, for as long as the analyst keeps
// it on. Not a JobRunner job: a session runs for hours, and must not hold off scoring or
// imports for all that time; but it does not start while such a job writes.
//
// The UI thread looks at the session's counts every 500 ms: statsChanged() with rates
// and totals, problem() for each new bad line, a reload of the alert queue (at most once
// a second) when alerts were raised or updated, and highRiskAlert() at most every 5 s.
class LiveMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 500;
    static constexpr qint64 kTransactionWindowMs = 5000;
    static constexpr qint64 kAlertWindowMs = 60000;
    static constexpr qint64 kReloadEveryMs = 1000;
    static constexpr qint64 kHighRiskEveryMs = 5000;

    explicit LiveMonitor(Workspace& workspace, QObject* parent = nullptr);
    // Stops the session and waits for it: what it committed stays, and its stop is recorded.
    ~LiveMonitor() override;

    // Each returns false, with errorString() saying why, when nothing started: another
    // session runs, no database is open, auditor mode, a background job writes, or the
    // input cannot be opened. Else the session warms up and runs until stop(); a failure
    // after this point comes as finished().
    // fromStart: the lines already in the file too; else only what is appended from now on.
    bool startFollow(const QString& csvPath, bool fromStart);
    // JSON lines over TCP on "[HOST:]PORT"; a bare port is loopback's.
    bool startListen(const QString& hostPort = QStringLiteral("127.0.0.1:9000"));
    bool isRunning() const { return m_worker != nullptr; }
    // Why the last start() was refused.
    QString errorString() const { return m_errorString; }
    // What runs: "Following …", "Listening on …"; empty when nothing does.
    QString description() const { return m_description; }
    LiveStats stats() const { return m_stats; }
    // The last bad lines (50 at most), oldest first.
    QStringList recentProblems() const;

    // Window close and shutdown: asks the session to stop, waits for it, then reports
    // finished() at once.
    void stopAndWait();

public Q_SLOTS:
    // Asks the session to stop; it commits what is pending and finished() follows.
    void stop();

Q_SIGNALS:
    void started(const QString& description);
    void statsChanged(const fraudlens::ui::LiveStats& stats);
    // A bad line, skipped: where and why.
    void problem(const QString& text);
    // Clients connecting and leaving, an unusable header: for the analyst, not an error.
    void notice(const QString& text);
    // count high-risk alerts raised or updated since the last time; the riskiest is
    // `account`'s, at `risk` (the alert's risk, 0..1).
    void highRiskAlert(const QString& account, double risk, int count);
    // The session's summary, or why it failed.
    void finished(const QString& summary);

private:
    bool canStart();
    bool launch(std::unique_ptr<live::LiveInput> input, const QString& description);
    // last: the session is over; tell everything still pending, whatever the throttles say.
    void poll(bool last = false);
    void threadFinished();
    QString problemText(const LiveSink::Problem& problem) const;
    // Sets errorString(); false, for `return refuse(...)`.
    bool refuse(const QString& why);

    Workspace& m_workspace;
    std::shared_ptr<LiveWorker> m_worker;
    // Written by the session's thread before it ends, read after.
    std::shared_ptr<LiveWorker::Outcome> m_outcome;
    QPointer<QThread> m_thread;
    QString m_errorString;
    QString m_description;
    QTimer m_poll;
    QElapsedTimer m_clock;
    RateWindow m_transactionRate{kTransactionWindowMs};
    RateWindow m_alertRate{kAlertWindowMs};
    LiveStats m_stats;
    std::int64_t m_problemsShown = 0;
    std::int64_t m_alertsReloaded = 0; // alerts raised plus updated that the views were told of
    QElapsedTimer m_lastReload;
    QElapsedTimer m_lastHighRisk;
};

} // namespace fraudlens::ui
