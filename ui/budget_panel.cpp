#include "budget_panel.h"

#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fraudlens::ui {

BudgetPanel::BudgetPanel(QWidget* parent) : QGroupBox(tr("Alert budget"), parent)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("budgetSlider"));
    // Tenths of a percent: fine enough at the low end, where budgets usually sit.
    m_slider->setRange(kMinPermille, kMaxPermille);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setValue(10);
    m_slider->setToolTip(tr("Share of all transactions an alert budget would flag, riskiest first. "
                            "The budget scoring runs use is set in Preferences."));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("budgetLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_slider);
    layout->addWidget(m_label);
    connect(m_slider, &QSlider::valueChanged, this, &BudgetPanel::updateLabel);
    updateLabel();
}

void BudgetPanel::setCurve(std::shared_ptr<const eval::BudgetCurve> curve)
{
    m_curve = std::move(curve);
    updateLabel();
}

void BudgetPanel::setBudget(double fraction)
{
    const int permille = static_cast<int>(std::lround(fraction * 1000.0));
    m_slider->setValue(std::clamp(permille, kMinPermille, kMaxPermille));
}

double BudgetPanel::budget() const
{
    return m_slider->value() / 1000.0;
}

void BudgetPanel::updateLabel()
{
    const QLocale locale;
    const QString percent = locale.toString(m_slider->value() / 10.0, 'f', 1);
    if (!m_curve || m_curve->transactions() == 0) {
        m_label->setText(tr("Budget %1 %: no scores yet. Train and score to see what it would flag.").arg(percent));
        return;
    }
    const eval::BudgetCurve::Point p = m_curve->at(budget());
    const QString flagged = locale.toString(static_cast<qulonglong>(p.flagged));
    if (!m_curve->hasLabels()) {
        m_label->setText(tr("Budget %1 %: %2 transactions flagged. No labels in this data, so precision and "
                            "recall are unknown.")
                             .arg(percent, flagged));
        return;
    }
    const auto figure = [&locale](double v) { return std::isfinite(v) ? locale.toString(v, 'f', 2) : QStringLiteral("–"); };
    m_label->setText(tr("Budget %1 %: %2 transactions flagged, expected precision %3, recall %4")
                         .arg(percent, flagged, figure(p.precision), figure(p.recall)));
}

} // namespace fraudlens::ui
