#include "alert_filter_bar.h"

#include "alert_status_label.h"

#include "scoring/detector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <climits>

namespace fraudlens::ui {

namespace {

constexpr int kSettleMs = 250;

// The status combo's item data beside the statuses themselves (int(cases::AlertStatus)).
constexpr int kOpenStatuses = -1;
constexpr int kAllStatuses = -2;

QDoubleSpinBox* riskBox(double value, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 1.0);
    box->setDecimals(2);
    box->setSingleStep(0.05);
    box->setValue(value);
    return box;
}

} // namespace

AlertFilterBar::AlertFilterBar(QWidget* parent) : QWidget(parent)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open"), kOpenStatuses);
    for (const auto status : {cases::AlertStatus::New, cases::AlertStatus::InReview, cases::AlertStatus::Escalated,
                              cases::AlertStatus::ConfirmedFraud, cases::AlertStatus::FalsePositive})
        m_status->addItem(alertStatusLabel(status), int(status));
    m_status->addItem(tr("All"), kAllStatuses);
    m_status->setToolTip(tr("Open alerts are new, in review or escalated"));

    m_detector = new QComboBox(this);
    m_detector->setObjectName(QStringLiteral("detectorFilter"));
    m_detector->addItem(tr("Any"), QString());
    // Detector names are identifiers: shown as the table's Detectors column shows them.
    for (const auto name : scoring::kDetectorNames) {
        const QString text = QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
        m_detector->addItem(text, text);
    }

    m_minRisk = riskBox(0.0, this);
    m_minRisk->setObjectName(QStringLiteral("minRisk"));
    m_minRisk->setToolTip(tr("Lowest risk shown"));
    m_maxRisk = riskBox(1.0, this);
    m_maxRisk->setObjectName(QStringLiteral("maxRisk"));
    m_maxRisk->setToolTip(tr("Highest risk shown"));
    // The bounds keep each other in order instead of producing an empty queue.
    connect(m_minRisk, &QDoubleSpinBox::valueChanged, m_maxRisk, &QDoubleSpinBox::setMinimum);
    connect(m_maxRisk, &QDoubleSpinBox::valueChanged, m_minRisk, &QDoubleSpinBox::setMaximum);

    m_ringScope = new QComboBox(this);
    m_ringScope->setObjectName(QStringLiteral("ringFilter"));
    m_ringScope->addItem(tr("Any"), int(cases::AlertFilter::RingScope::Any));
    m_ringScope->addItem(tr("In a ring"), int(cases::AlertFilter::RingScope::InAnyRing));
    m_ringScope->addItem(tr("Ring number"), int(cases::AlertFilter::RingScope::OneRing));
    m_ringId = new QSpinBox(this);
    m_ringId->setObjectName(QStringLiteral("ringId"));
    m_ringId->setRange(1, INT_MAX);
    m_ringId->setEnabled(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [this, layout](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        layout->addWidget(text);
        layout->addWidget(field);
    };
    addLabelled(tr("Status"), m_status);
    addLabelled(tr("Detector"), m_detector);
    addLabelled(tr("Risk from"), m_minRisk);
    addLabelled(tr("to"), m_maxRisk);
    addLabelled(tr("Ring"), m_ringScope);
    layout->addWidget(m_ringId);
    layout->addStretch(1);
    layout->addWidget(m_search, 2);

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &AlertFilterBar::changeNow);

    connect(m_status, &QComboBox::currentIndexChanged, this, &AlertFilterBar::changeNow);
    connect(m_detector, &QComboBox::currentIndexChanged, this, &AlertFilterBar::changeNow);
    connect(m_ringScope, &QComboBox::currentIndexChanged, this, [this] {
        m_ringId->setEnabled(m_ringScope->currentData().toInt() == int(cases::AlertFilter::RingScope::OneRing));
        changeNow();
    });
    connect(m_minRisk, &QDoubleSpinBox::valueChanged, this, &AlertFilterBar::changeSoon);
    connect(m_maxRisk, &QDoubleSpinBox::valueChanged, this, &AlertFilterBar::changeSoon);
    connect(m_ringId, &QSpinBox::valueChanged, this, &AlertFilterBar::changeSoon);
    connect(m_search, &QLineEdit::textChanged, this, &AlertFilterBar::changeSoon);
}

cases::AlertFilter AlertFilterBar::filter() const
{
    cases::AlertFilter filter;
    const int status = m_status->currentData().toInt();
    if (status == kAllStatuses)
        filter.allStatuses = true;
    else if (status != kOpenStatuses)
        filter.statuses = {static_cast<cases::AlertStatus>(status)};
    filter.detector = m_detector->currentData().toString().toStdString();
    if (m_minRisk->value() > 0.0)
        filter.minRisk = m_minRisk->value();
    if (m_maxRisk->value() < 1.0)
        filter.maxRisk = m_maxRisk->value();
    filter.ringScope = static_cast<cases::AlertFilter::RingScope>(m_ringScope->currentData().toInt());
    if (filter.ringScope == cases::AlertFilter::RingScope::OneRing)
        filter.ringId = m_ringId->value();
    filter.accountSearch = m_search->text().trimmed().toStdString();
    return filter;
}

void AlertFilterBar::changeSoon() { m_settle.start(); }

void AlertFilterBar::changeNow()
{
    m_settle.stop();
    Q_EMIT filterChanged(filter());
}

} // namespace fraudlens::ui
