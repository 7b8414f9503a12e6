#include "settings_dialog.h"

#include "app_settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace fraudlens::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    generalForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language takes effect after a restart."), general);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    generalForm->addRow(QString(), m_languageNote);
    m_notifications = new QCheckBox(tr("Show a &notification when a long job finishes"), general);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    generalForm->addRow(QString(), m_notifications);
    layout->addWidget(general);

    auto* cases = new QGroupBox(tr("Case work"), this);
    auto* casesForm = new QFormLayout(cases);
    m_analyst = new QLineEdit(cases);
    m_analyst->setObjectName(QStringLiteral("analystEdit"));
    m_analyst->setToolTip(tr("Recorded in the audit log with every decision you take"));
    casesForm->addRow(tr("&Analyst name:"), m_analyst);
    m_auditor = new QCheckBox(tr("&Auditor mode: browse only, take no decisions"), cases);
    m_auditor->setObjectName(QStringLiteral("auditorCheck"));
    casesForm->addRow(QString(), m_auditor);
    layout->addWidget(cases);

    auto* scoring = new QGroupBox(tr("Scoring"), this);
    auto* scoringForm = new QFormLayout(scoring);
    m_device = new QComboBox(scoring);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(tr("Automatic (GPU when available)"), static_cast<int>(AppSettings::Device::Auto));
    m_device->addItem(tr("CPU"), static_cast<int>(AppSettings::Device::Cpu));
    m_device->addItem(tr("GPU (CUDA)"), static_cast<int>(AppSettings::Device::Cuda));
    scoringForm->addRow(tr("&Device:"), m_device);
    m_threads = new QSpinBox(scoring);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    m_threads->setSpecialValueText(tr("Automatic"));
    scoringForm->addRow(tr("CPU &threads:"), m_threads);

    auto* alertGrid = new QGridLayout;
    m_budget = new QRadioButton(tr("Alert &budget:"), scoring);
    m_budget->setObjectName(QStringLiteral("budgetRadio"));
    m_budgetPercent = new QDoubleSpinBox(scoring);
    m_budgetPercent->setObjectName(QStringLiteral("budgetSpin"));
    m_budgetPercent->setRange(0.01, 100.0);
    m_budgetPercent->setDecimals(2);
    m_budgetPercent->setSingleStep(0.5);
    m_budgetPercent->setSuffix(tr(" % of transactions"));
    m_threshold = new QRadioButton(tr("Risk &threshold:"), scoring);
    m_threshold->setObjectName(QStringLiteral("thresholdRadio"));
    m_thresholdValue = new QDoubleSpinBox(scoring);
    m_thresholdValue->setObjectName(QStringLiteral("thresholdSpin"));
    m_thresholdValue->setRange(0.0, 1.0);
    m_thresholdValue->setDecimals(2);
    m_thresholdValue->setSingleStep(0.05);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_budget);
    modes->addButton(m_threshold);
    alertGrid->addWidget(m_budget, 0, 0);
    alertGrid->addWidget(m_budgetPercent, 0, 1);
    alertGrid->addWidget(m_threshold, 1, 0);
    alertGrid->addWidget(m_thresholdValue, 1, 1);
    scoringForm->addRow(tr("Alerts:"), alertGrid);
    auto* alertNote = new QLabel(tr("Applies to the next scoring run."), scoring);
    alertNote->setWordWrap(true);
    scoringForm->addRow(QString(), alertNote);
    layout->addWidget(scoring);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    load();
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_budget, &QRadioButton::toggled, this, &SettingsDialog::updateState);
    connect(m_analyst, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    updateState();
}

void SettingsDialog::accept()
{
    const QString analyst = m_analyst->text().trimmed();
    if (analyst.isEmpty()) {
        m_error->setText(tr("Enter an analyst name: every decision is recorded under it."));
        m_error->show();
        m_analyst->setFocus();
        return;
    }
    AppSettings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setDevice(static_cast<AppSettings::Device>(m_device->currentData().toInt()));
    settings.setThreads(m_threads->value());
    settings.setAnalyst(analyst);
    settings.setAlertMode(m_threshold->isChecked() ? AppSettings::AlertMode::Threshold : AppSettings::AlertMode::Budget);
    settings.setAlertThreshold(m_thresholdValue->value());
    settings.setAlertBudgetPercent(m_budgetPercent->value());
    settings.setAuditorMode(m_auditor->isChecked());
    settings.setNotifications(m_notifications->isChecked());
    QDialog::accept();
}

void SettingsDialog::load()
{
    const AppSettings settings;
    m_loadedLanguage = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loadedLanguage)));
    m_device->setCurrentIndex(std::max(0, m_device->findData(static_cast<int>(settings.device()))));
    m_threads->setValue(settings.threads());
    m_analyst->setText(settings.analyst());
    (settings.alertMode() == AppSettings::AlertMode::Threshold ? m_threshold : m_budget)->setChecked(true);
    m_thresholdValue->setValue(settings.alertThreshold());
    m_budgetPercent->setValue(settings.alertBudgetPercent());
    m_auditor->setChecked(settings.auditorMode());
    m_notifications->setChecked(settings.notifications());
}

void SettingsDialog::updateState()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_loadedLanguage);
    m_budgetPercent->setEnabled(m_budget->isChecked());
    m_thresholdValue->setEnabled(!m_budget->isChecked());
    if (!m_analyst->text().trimmed().isEmpty())
        m_error->hide();
}

} // namespace fraudlens::ui
