#pragma once

#include "live_stats.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fraudlens::ui {

class LiveDialog;
class LiveMonitor;
class Workspace;

// The Live switch and its counters, small enough for the alert queue's top or the status
// bar. Switching on asks where to read from (LiveDialog) and starts the monitor; switching
// off stops it. Off limits in auditor mode and without a database.
class LivePanel : public QWidget {
    Q_OBJECT
public:
    LivePanel(Workspace& workspace, LiveMonitor& monitor, QWidget* parent = nullptr);

    QToolButton* liveSwitch() const { return m_switch; }

Q_SIGNALS:
    // A line for the status bar: why live monitoring did not start, how it ended.
    void message(const QString& text);

private:
    void switchClicked(bool on);
    void startFromDialog();
    void showStarted(const QString& description);
    void showStats(const LiveStats& stats);
    void showProblem(const QString& text);
    void showFinished(const QString& summary);
    void showRefusal(const QString& why);
    void updateEnabled();
    void setSwitch(bool on);

    Workspace& m_workspace;
    LiveMonitor& m_monitor;
    QToolButton* m_switch = nullptr;
    QLabel* m_counters = nullptr;
    QPointer<LiveDialog> m_dialog;
    bool m_stopping = false;
};

} // namespace fraudlens::ui
