#pragma once

#include "scoring/scoring_options.h"

#include <QString>
#include <QStringList>

namespace fraudlens::ui {

// The user's preferences, typed, over QSettings: each getter reads (with its default for
// what was never saved), each setter writes at once. Holds nothing itself, so any number
// of these can be made wherever a preference is needed.
class AppSettings {
public:
    enum class Device { Auto, Cpu, Cuda };
    enum class AlertMode { Budget, Threshold };

    // "en" or "zh_CN"; read once at start-up, so a change applies after a restart.
    QString language() const;
    void setLanguage(const QString& language);
    Device device() const;
    void setDevice(Device device);
    // 0: LibTorch's default.
    int threads() const;
    void setThreads(int threads);
    // Recorded as the actor of every audit entry.
    QString analyst() const;
    void setAnalyst(const QString& analyst);
    // Alerts go to the riskiest budget share of transactions, or to those above the threshold.
    AlertMode alertMode() const;
    void setAlertMode(AlertMode mode);
    double alertThreshold() const; // fused risk in [0,1]
    void setAlertThreshold(double threshold);
    double alertBudgetPercent() const; // in [0.01, 100]
    void setAlertBudgetPercent(double percent);
    // Read-only: browse, take no case decisions.
    bool auditorMode() const;
    void setAuditorMode(bool on);
    bool notifications() const;
    void setNotifications(bool on);

    // What a scoring run started from the GUI uses (actor: the analyst).
    scoring::ScoringOptions scoringOptions() const;

    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    static QString defaultLanguage();
    // The login name ($USER, else $USERNAME), else "analyst".
    static QString defaultAnalyst();
};

} // namespace fraudlens::ui
