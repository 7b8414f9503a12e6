#pragma once

#include "eval/budget_curve.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QSlider;

namespace fraudlens::ui {

// "What if the alert budget were…": a slider from 0.1 % to 10 % of transactions and what
// the latest fused risk would flag at that budget, with the precision and recall the
// labels give. The curve is built off the UI thread once per load; moving the slider only
// looks it up.
class BudgetPanel : public QGroupBox {
    Q_OBJECT
public:
    static constexpr int kMinPermille = 1;   // 0.1 %
    static constexpr int kMaxPermille = 100; // 10 %

    explicit BudgetPanel(QWidget* parent = nullptr);

    // Null: nothing is scored yet.
    void setCurve(std::shared_ptr<const eval::BudgetCurve> curve);
    // Moves the slider to a budget (share of transactions), e.g. the latest run's.
    void setBudget(double fraction);
    double budget() const;

private:
    void updateLabel();

    QSlider* m_slider = nullptr;
    QLabel* m_label = nullptr;
    std::shared_ptr<const eval::BudgetCurve> m_curve;
};

} // namespace fraudlens::ui
