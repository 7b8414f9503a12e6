#include "app_settings.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace fraudlens::ui {

namespace {

// "ui/language" is also read by runApplication() before any window exists.
const QString kLanguage = QStringLiteral("ui/language");
const QString kNotifications = QStringLiteral("ui/notifications");
const QString kDevice = QStringLiteral("scoring/device");
const QString kThreads = QStringLiteral("scoring/threads");
const QString kAlertMode = QStringLiteral("scoring/alertMode");
const QString kAlertThreshold = QStringLiteral("scoring/alertThreshold");
const QString kAlertBudget = QStringLiteral("scoring/alertBudgetPercent");
const QString kAnalyst = QStringLiteral("cases/analyst");
const QString kAuditorMode = QStringLiteral("cases/auditorMode");

constexpr double kDefaultThreshold = 0.5;
constexpr double kDefaultBudgetPercent = 1.0; // AlertPolicy's own default budget
constexpr double kMinBudgetPercent = 0.01;
constexpr double kMaxBudgetPercent = 100.0;

} // namespace

QString AppSettings::language() const
{
    const QString stored = QSettings().value(kLanguage).toString();
    return languages().contains(stored) ? stored : defaultLanguage();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, languages().contains(language) ? language : defaultLanguage());
}

AppSettings::Device AppSettings::device() const
{
    const QString name = QSettings().value(kDevice).toString();
    if (name == QLatin1String("cpu"))
        return Device::Cpu;
    if (name == QLatin1String("cuda"))
        return Device::Cuda;
    return Device::Auto;
}

void AppSettings::setDevice(Device device)
{
    // The same words as the CLI's --device.
    const char* name = device == Device::Cpu ? "cpu" : device == Device::Cuda ? "cuda" : "auto";
    QSettings().setValue(kDevice, QString::fromLatin1(name));
}

int AppSettings::threads() const
{
    return std::max(0, QSettings().value(kThreads, 0).toInt());
}

void AppSettings::setThreads(int threads)
{
    QSettings().setValue(kThreads, std::max(0, threads));
}

QString AppSettings::analyst() const
{
    const QString stored = QSettings().value(kAnalyst).toString().trimmed();
    return stored.isEmpty() ? defaultAnalyst() : stored;
}

void AppSettings::setAnalyst(const QString& analyst)
{
    QSettings().setValue(kAnalyst, analyst.trimmed());
}

AppSettings::AlertMode AppSettings::alertMode() const
{
    return QSettings().value(kAlertMode).toString() == QLatin1String("threshold") ? AlertMode::Threshold
                                                                                : AlertMode::Budget;
}

void AppSettings::setAlertMode(AlertMode mode)
{
    QSettings().setValue(kAlertMode, mode == AlertMode::Threshold ? QStringLiteral("threshold") : QStringLiteral("budget"));
}

double AppSettings::alertThreshold() const
{
    return std::clamp(QSettings().value(kAlertThreshold, kDefaultThreshold).toDouble(), 0.0, 1.0);
}

void AppSettings::setAlertThreshold(double threshold)
{
    QSettings().setValue(kAlertThreshold, std::clamp(threshold, 0.0, 1.0));
}

double AppSettings::alertBudgetPercent() const
{
    return std::clamp(QSettings().value(kAlertBudget, kDefaultBudgetPercent).toDouble(), kMinBudgetPercent,
                      kMaxBudgetPercent);
}

void AppSettings::setAlertBudgetPercent(double percent)
{
    QSettings().setValue(kAlertBudget, std::clamp(percent, kMinBudgetPercent, kMaxBudgetPercent));
}

bool AppSettings::auditorMode() const
{
    return QSettings().value(kAuditorMode, false).toBool();
}

void AppSettings::setAuditorMode(bool on)
{
    QSettings().setValue(kAuditorMode, on);
}

bool AppSettings::notifications() const
{
    return QSettings().value(kNotifications, true).toBool();
}

void AppSettings::setNotifications(bool on)
{
    QSettings().setValue(kNotifications, on);
}

scoring::ScoringOptions AppSettings::scoringOptions() const
{
    scoring::ScoringOptions options;
    switch (device()) {
    case Device::Cpu:
        options.device = models::DeviceRequest::Cpu;
        break;
    case Device::Cuda:
        options.device = models::DeviceRequest::Cuda;
        break;
    case Device::Auto:
        options.device = models::DeviceRequest::Auto;
        break;
    }
    options.threads = threads();
    options.actor = analyst().toStdString();
    if (alertMode() == AlertMode::Threshold)
        options.alerts.threshold = static_cast<float>(alertThreshold());
    else
        options.alerts.budget = alertBudgetPercent() / 100.0;
    return options;
}

QString AppSettings::defaultLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString AppSettings::defaultAnalyst()
{
    QString name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME").trimmed();
    return name.isEmpty() ? QStringLiteral("analyst") : name;
}

} // namespace fraudlens::ui
