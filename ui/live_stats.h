#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace fraudlens::ui {

// What the live monitor shows after each look at its session: totals since the session
// started, and rates over short windows so that a burst shows at once and fades.
struct LiveStats {
    // The scorer is still loading the last run's models and replaying the history.
    bool warmingUp = true;
    double warmUpFraction = 0.0;

    double transactionsPerSecond = 0.0; // over the last 5 s
    double alertsPerMinute = 0.0;       // alerts raised or updated, over the last 60 s
    qint64 stored = 0;
    qint64 alertsRaised = 0;
    qint64 alertsUpdated = 0;
    qint64 blocked = 0;
    qint64 problems = 0; // bad lines skipped
};

} // namespace fraudlens::ui

Q_DECLARE_METATYPE(fraudlens::ui::LiveStats)
