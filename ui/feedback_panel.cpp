#include "feedback_panel.h"

#include "data_change.h"
#include "job_runner.h"
#include "scoring/feedback_loop.h"
#include "workspace.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace fraudlens::ui {

namespace {

QString figure(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 3) : QStringLiteral("–");
}

QString count(std::size_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

} // namespace

FeedbackPanel::FeedbackPanel(Workspace& workspace, std::function<models::DeviceRequest()> device, QWidget* parent)
    : QGroupBox(tr("Feedback loop"), parent), m_workspace(workspace), m_device(std::move(device))
{
    m_learn = new QPushButton(tr("Learn from decisions"), this);
    m_learn->setObjectName(QStringLiteral("learnButton"));
    m_learn->setToolTip(tr("Fit the fusion's weights to the confirmed and dismissed alerts, then score again "
                           "with the current models"));
    m_tally = new QLabel(this);
    m_tally->setObjectName(QStringLiteral("decisionsLabel"));
    m_tally->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("feedbackResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tally);
    layout->addWidget(m_learn, 0, Qt::AlignLeft);
    layout->addWidget(m_result);

    connect(m_learn, &QPushButton::clicked, this, &FeedbackPanel::learn);
    JobRunner& jobs = m_workspace.jobs();
    connect(&jobs, &JobRunner::started, this, &FeedbackPanel::updateEnabled);
    connect(&jobs, &JobRunner::finished, this,
            [this](bool ok, bool cancelled, const QString& message) { jobFinished(ok, cancelled, message); });
    connect(&m_workspace, &Workspace::readOnlyChanged, this, &FeedbackPanel::updateEnabled);
    connect(&m_workspace, &Workspace::opened, this, &FeedbackPanel::clear);
    connect(&m_workspace, &Workspace::closed, this, &FeedbackPanel::clear);
    clear();
}

void FeedbackPanel::clear()
{
    m_tally->clear();
    m_result->clear();
    updateEnabled();
}

void FeedbackPanel::setTally(const scoring::DecisionTally& tally)
{
    m_tally->setText(tr("%1 decided alerts: %2 confirmed fraud, %3 false positives. Learning needs at least %4, "
                        "with both outcomes.")
                         .arg(count(tally.alerts), count(tally.confirmed), count(tally.dismissed),
                              count(scoring::FeedbackLoop::kMinDecisions)));
    updateEnabled();
}

void FeedbackPanel::updateEnabled()
{
    m_learn->setEnabled(m_workspace.isOpen() && !m_workspace.readOnly() && !m_workspace.jobs().isRunning());
}

void FeedbackPanel::learn()
{
    if (!m_workspace.isOpen() || m_workspace.readOnly())
        return;
    const std::string path = m_workspace.path().toStdString();
    const std::string actor = m_workspace.analyst().toStdString();
    const models::DeviceRequest device = m_device ? m_device() : models::DeviceRequest::Auto;
    auto pending = std::make_shared<std::optional<scoring::FeedbackResult>>();
    const bool started = m_workspace.jobs().start(tr("Learning from decisions"), [path, actor, device, pending](util::Progress& progress) {
        *pending = scoring::FeedbackLoop::run(path, actor, &progress, device);
        const scoring::FeedbackResult& r = **pending;
        if (!r.applied())
            return JobRunner::Outcome{tr("Learning from decisions changed nothing."), 0,
                                      r.status == scoring::FeedbackStatus::Cancelled};
        return JobRunner::Outcome{tr("Learned new fusion weights from %1 decided alerts and scored again.").arg(count(r.decisions.alerts)),
                                  (DataChange::Scores | DataChange::Alerts | DataChange::Audit | DataChange::Settings).toInt()};
    });
    if (started) {
        m_pending = std::move(pending);
        m_result->setText(tr("Learning from decisions…"));
    }
}

void FeedbackPanel::jobFinished(bool ok, bool cancelled, const QString& message)
{
    updateEnabled();
    if (!m_pending)
        return; // another view's job
    const auto pending = std::exchange(m_pending, nullptr);
    if (cancelled)
        m_result->setText(tr("Cancelled: nothing was changed."));
    else if (!ok)
        m_result->setText(tr("Learning from decisions failed: %1").arg(message));
    else if (*pending)
        showResult(**pending);
}

void FeedbackPanel::showResult(const scoring::FeedbackResult& r)
{
    using scoring::FeedbackStatus;
    const QString decisions = tr("Decided transactions ranked with average precision %1 before, %2 after.")
                                  .arg(figure(r.decisionsBefore), figure(r.decisionsAfter));
    const QString labels = r.auprcBefore ? tr("Fused AUPRC on the labelled data: %1 before, %2 after.")
                                               .arg(figure(r.auprcBefore), figure(r.auprcAfter))
                                         : QString();
    QString text;
    switch (r.status) {
    case FeedbackStatus::Applied: {
        QStringList weights;
        for (std::size_t d = 0; d < scoring::kDetectorCount; ++d)
            weights << QStringLiteral("%1 %2").arg(QString::fromUtf8(scoring::kDetectorNames[d].data(),
                                                                     qsizetype(scoring::kDetectorNames[d].size())),
                                                   QLocale().toString(r.learned->weights()[d], 'f', 2));
        text = tr("Learned from %1 decided alerts and scored again as run #%2. New weights: %3.")
                   .arg(count(r.decisions.alerts), QString::number(r.runId), weights.join(QStringLiteral(", ")));
        text += QLatin1Char(' ') + decisions;
        break;
    }
    case FeedbackStatus::TooFewDecisions:
        text = tr("Not enough decisions yet: %1 decided alerts, at least %2 are needed. Nothing was changed.")
                   .arg(count(r.decisions.alerts), count(scoring::FeedbackLoop::kMinDecisions));
        break;
    case FeedbackStatus::OneOutcomeOnly:
        text = tr("All %1 decided alerts have the same outcome: both confirmed fraud and false positives are needed. "
                  "Nothing was changed.")
                   .arg(count(r.decisions.alerts));
        break;
    case FeedbackStatus::TooFewExamples:
        text = tr("The decided alerts flag %1 confirmed and %2 dismissed transactions; at least 10 of each are needed. "
                  "Nothing was changed.")
                   .arg(count(r.confirmedTransactions), count(r.dismissedTransactions));
        break;
    case FeedbackStatus::NoImprovement:
        text = tr("Kept the current weights: the learned ones would rank the analysts' decisions worse.") + QLatin1Char(' ')
               + decisions;
        break;
    case FeedbackStatus::Cancelled:
        text = tr("Cancelled: nothing was changed.");
        break;
    }
    if (!labels.isEmpty())
        text += QLatin1Char(' ') + labels;
    m_result->setText(text);
}

} // namespace fraudlens::ui
