#include "training_panel.h"

#include "icons.h"

#include "app_settings.h"
#include "data_change.h"
#include "job_runner.h"
#include "scoring/scoring_job.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace fraudlens::ui {

namespace {

// Asking loads LibTorch (about a second) and may initialise the CUDA driver (seconds):
// ask once per process, off the UI thread, and only once a panel is shown, so a start
// that never opens the Models tab never pays for it. Without the model runtime there is
// no CUDA either; scoring then says why the runtime did not load.
QFuture<bool> cudaCheck()
{
    static const QFuture<bool> check = QtConcurrent::run([] {
        try {
            return models::ComputeDevice::cudaAvailable();
        } catch (const std::exception&) {
            return false;
        }
    });
    return check;
}

QString stageName(const std::string& stage)
{
    if (stage == "features")
        return TrainingPanel::tr("features");
    if (stage == "models")
        return TrainingPanel::tr("models");
    if (stage == "models_training")
        return TrainingPanel::tr("of which training");
    if (stage == "models_scoring")
        return TrainingPanel::tr("of which scoring");
    if (stage == "rings")
        return TrainingPanel::tr("rings");
    if (stage == "rules")
        return TrainingPanel::tr("rules");
    if (stage == "bursts")
        return TrainingPanel::tr("bursts");
    if (stage == "fusion_reasons_alerts")
        return TrainingPanel::tr("fusion, reasons and alerts");
    return QString::fromStdString(stage);
}

models::DeviceRequest requestFrom(AppSettings::Device device)
{
    switch (device) {
    case AppSettings::Device::Cpu:
        return models::DeviceRequest::Cpu;
    case AppSettings::Device::Cuda:
        return models::DeviceRequest::Cuda;
    case AppSettings::Device::Auto:
        break;
    }
    return models::DeviceRequest::Auto;
}

} // namespace

TrainingPanel::TrainingPanel(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Training and scoring"), parent), m_workspace(workspace)
{
    const AppSettings settings;
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("epochsSpin"));
    m_epochs->setRange(0, 1000);
    m_epochs->setSpecialValueText(tr("Model default"));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same seed gives the same scores on the CPU"));
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setValue(settings.threads());
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->addItem(tr("Auto"), static_cast<int>(models::DeviceRequest::Auto));
    m_device->addItem(tr("CPU"), static_cast<int>(models::DeviceRequest::Cpu));
    m_device->addItem(tr("CUDA"), static_cast<int>(models::DeviceRequest::Cuda));
    m_device->setCurrentIndex(deviceIndex(requestFrom(settings.device())));

    m_train = new QPushButton(tr("Train and score"), this);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_train->setIcon(icons::get("action-train"));
    m_train->setToolTip(tr("Train new models on all transactions, then score every transaction"));
    m_rescore = new QPushButton(tr("Re-score with current models"), this);
    m_rescore->setObjectName(QStringLiteral("rescoreButton"));
    m_rescore->setToolTip(tr("Score every transaction again with the latest trained models, e.g. after editing rules"));
    m_run = new QLabel(this);
    m_run->setObjectName(QStringLiteral("lastRunLabel"));
    m_run->setWordWrap(true);
    m_run->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Epochs"), m_epochs);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Threads"), m_threads);
    form->addRow(tr("Device"), m_device);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_rescore);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_run);

    connect(m_train, &QPushButton::clicked, this, [this] { startScoring(m_workspace.path(), false); });
    connect(m_rescore, &QPushButton::clicked, this, [this] { startScoring(m_workspace.path(), true); });
    JobRunner& jobs = m_workspace.jobs();
    connect(&jobs, &JobRunner::started, this, &TrainingPanel::updateEnabled);
    connect(&jobs, &JobRunner::finished, this, &TrainingPanel::updateEnabled);
    connect(&m_workspace, &Workspace::readOnlyChanged, this, &TrainingPanel::updateEnabled);
    connect(&m_workspace, &Workspace::opened, this, &TrainingPanel::updateEnabled);

    // Until the answer comes, CUDA cannot be picked.
    const int cuda = deviceIndex(models::DeviceRequest::Cuda);
    qobject_cast<QStandardItemModel*>(m_device->model())->item(cuda)->setEnabled(false);
    m_device->setItemData(cuda, tr("Checking whether CUDA is available…"), Qt::ToolTipRole);
    connect(&m_cudaCheck, &QFutureWatcher<bool>::finished, this,
            [this] { showCudaAvailability(m_cudaCheck.future().result()); });

    setLatestRun(std::nullopt);
}

void TrainingPanel::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    if (!m_cudaAsked) {
        m_cudaAsked = true;
        m_cudaCheck.setFuture(cudaCheck());
    }
}

int TrainingPanel::deviceIndex(models::DeviceRequest request) const
{
    return std::max(0, m_device->findData(static_cast<int>(request)));
}

models::DeviceRequest TrainingPanel::device() const
{
    return static_cast<models::DeviceRequest>(m_device->currentData().toInt());
}

void TrainingPanel::showCudaAvailability(bool available)
{
    const int cuda = deviceIndex(models::DeviceRequest::Cuda);
    qobject_cast<QStandardItemModel*>(m_device->model())->item(cuda)->setEnabled(available);
    m_device->setItemData(cuda, available ? tr("Train and score on the GPU") : tr("CUDA is not available on this machine"),
                          Qt::ToolTipRole);
}

void TrainingPanel::setLatestRun(const std::optional<scoring::ScoringRunRecord>& run)
{
    m_modelsRegistered = run && run->modelsRegistered;
    if (!run) {
        m_run->setText(tr("Not scored yet."));
    } else {
        const QLocale locale;
        QStringList stages;
        for (const auto& d : run->durations)
            stages << tr("%1 %2 s").arg(stageName(d.stage), locale.toString(d.seconds, 'f', 1));
        const QString finished = locale.toString(QDateTime::fromMSecsSinceEpoch(run->finishedAtMs), QLocale::ShortFormat);
        m_run->setText(tr("Latest run #%1 on %2, finished %3. Time per stage: %4.")
                           .arg(QString::number(run->id), QString::fromStdString(run->device).toUpper(), finished,
                                stages.join(QStringLiteral(", "))));
    }
    updateEnabled();
}

void TrainingPanel::updateEnabled()
{
    const bool free = m_workspace.isOpen() && !m_workspace.readOnly() && !m_workspace.jobs().isRunning();
    m_train->setEnabled(free);
    m_rescore->setEnabled(free && m_modelsRegistered);
}

bool TrainingPanel::startScoring(const QString& dbPath, bool reuseModels)
{
    if (dbPath.isEmpty() || m_workspace.readOnly())
        return false;
    scoring::ScoringOptions options = AppSettings().scoringOptions();
    options.device = device();
    options.threads = m_threads->value();
    options.epochs = m_epochs->value();
    options.seed = static_cast<std::uint64_t>(m_seed->value());
    options.reuseModels = reuseModels;
    if (!m_workspace.analyst().isEmpty())
        options.actor = m_workspace.analyst().toStdString();
    const std::string path = dbPath.toStdString();
    const QString title = reuseModels ? tr("Re-scoring with the current models") : tr("Training and scoring");
    return m_workspace.jobs().start(title, [path, options](util::Progress& progress) {
        const auto summary = scoring::ScoringJob::run(path, options, &progress);
        if (!summary)
            return JobRunner::Outcome{tr("Scoring cancelled: the previous results stand."), 0, true};
        const QLocale locale;
        return JobRunner::Outcome{
            tr("Scored %1 transactions on %2 as run #%3: %4 alerts, %5 rings.")
                .arg(locale.toString(static_cast<qulonglong>(summary->transactions)),
                     QString::fromStdString(summary->device).toUpper(), QString::number(summary->runId),
                     locale.toString(static_cast<qulonglong>(summary->alerts)),
                     locale.toString(static_cast<qulonglong>(summary->rings))),
            // The first run also installs the default rules.
            (DataChange::Scores | DataChange::Alerts | DataChange::Audit | DataChange::Rules).toInt()};
    });
}

} // namespace fraudlens::ui
