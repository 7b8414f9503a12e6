#include "job_runner.h"

#include "util/progress.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <exception>
#include <mutex>

namespace fraudlens::ui {

// What the job thread and the UI thread share: the cancel flag, the last progress report
// (so a fast job does not flood the event queue), and the thread itself.
struct JobRunner::Shared {
    std::atomic<bool> cancelled{false};
    std::atomic<bool> progressPending{false};
    std::mutex mutex;
    double fraction = 0.0;
    QString stage;
    QPointer<QThread> thread;
};

namespace {

class ForwardingProgress : public util::Progress {
public:
    ForwardingProgress(std::shared_ptr<JobRunner::Shared> shared, QPointer<JobRunner> runner)
        : m_shared(std::move(shared)), m_runner(std::move(runner))
    {
    }
    bool report(double fraction, std::string_view stage) override;

private:
    std::shared_ptr<JobRunner::Shared> m_shared;
    QPointer<JobRunner> m_runner;
};

} // namespace

JobRunner::JobRunner(QObject* parent) : QObject(parent), m_shared(std::make_shared<Shared>()) {}

JobRunner::~JobRunner()
{
    cancel();
    waitForDone();
}

bool JobRunner::start(const QString& title, Work work)
{
    if (m_running)
        return false;
    m_running = true;
    m_title = title;
    m_shared = std::make_shared<Shared>();
    auto shared = m_shared;
    QPointer<JobRunner> self(this);
    QThread* thread = QThread::create([shared, self, work = std::move(work)] {
        ForwardingProgress progress(shared, self);
        bool ok = true;
        Outcome outcome;
        try {
            outcome = work(progress);
        } catch (const std::exception& e) {
            ok = false;
            outcome.message = QString::fromStdString(e.what());
        }
        const bool cancelled = ok && outcome.cancelled;
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, shared, ok, cancelled, outcome] {
                if (!self || self->m_shared != shared)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(ok && !cancelled, cancelled, outcome.message, outcome.changes);
            }, Qt::QueuedConnection);
    });
    shared->thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    Q_EMIT started(title);
    return true;
}

void JobRunner::cancel()
{
    if (m_running)
        m_shared->cancelled = true;
}

void JobRunner::waitForDone()
{
    if (m_shared && m_shared->thread && m_running)
        m_shared->thread->wait();
}

bool ForwardingProgress::report(double fraction, std::string_view stage)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->fraction = fraction;
        m_shared->stage = QString::fromUtf8(stage.data(), qsizetype(stage.size()));
    }
    // One queued delivery at a time carries the latest figures: a job reporting per row
    // never floods the UI thread.
    if (!m_shared->progressPending.exchange(true) && m_runner) {
        auto shared = m_shared;
        QPointer<JobRunner> runner = m_runner;
        QMetaObject::invokeMethod(runner.data(), [runner, shared] {
            shared->progressPending = false;
            double latestFraction = 0.0;
            QString latestStage;
            {
                std::lock_guard lock(shared->mutex);
                latestFraction = shared->fraction;
                latestStage = shared->stage;
            }
            if (runner)
                Q_EMIT runner->progress(latestFraction, latestStage);
        }, Qt::QueuedConnection);
    }
    return !m_shared->cancelled.load();
}

} // namespace fraudlens::ui
