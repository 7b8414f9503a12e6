#pragma once

#include "cases/alert_row.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace fraudlens::ui {

class Workspace;

// The alert queue's lower pane: why the selected alert was raised (every reason, not only
// the two the table has room for), which detectors saw it and how many transactions it
// flags. Read off the UI thread each time an alert is shown.
class AlertDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit AlertDetailPane(Workspace& workspace, QWidget* parent = nullptr);

    // Reads the alert again even when it is the one shown: its case may have moved on.
    // nullopt shows a hint to pick an alert.
    void showAlert(std::optional<qint64> alertId);
    std::optional<qint64> alertId() const { return m_alertId; }

Q_SIGNALS:
    // The alert's details are on screen.
    void shown(qint64 alertId);

private:
    void present(const cases::AlertDetail& detail);
    void showText(const QString& message);

    Workspace& m_workspace;
    std::optional<qint64> m_alertId;
    quint64 m_generation = 0;
    QLabel* m_title = nullptr;
    QLabel* m_detectors = nullptr;
    QLabel* m_flagged = nullptr;
    QLabel* m_ring = nullptr;
    QLabel* m_reasons = nullptr;
    QWidget* m_fields = nullptr;
};

} // namespace fraudlens::ui
