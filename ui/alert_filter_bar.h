#pragma once

#include "cases/alert_filter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace fraudlens::ui {

// The alert queue's filters in one row: status, detector, risk range, ring and an
// account search. Typing (search, numbers) settles for a moment before the filter
// changes, so that a query runs per pause rather than per key; choices apply at once.
class AlertFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AlertFilterBar(QWidget* parent = nullptr);

    // The filter as the controls now say (its sort fields are the defaults).
    cases::AlertFilter filter() const;

Q_SIGNALS:
    void filterChanged(const fraudlens::cases::AlertFilter& filter);

private:
    void changeSoon();
    void changeNow();

    QComboBox* m_status = nullptr;
    QComboBox* m_detector = nullptr;
    QDoubleSpinBox* m_minRisk = nullptr;
    QDoubleSpinBox* m_maxRisk = nullptr;
    QComboBox* m_ringScope = nullptr;
    QSpinBox* m_ringId = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_settle;
};

} // namespace fraudlens::ui
