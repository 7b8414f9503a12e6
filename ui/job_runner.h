#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::ui {

// One long background job at a time (import, demo build, scoring, feedback loop), on its
// own thread. The work gets a util::Progress that forwards to progress() and answers
// "cancel" once cancel() was asked. The status bar shows it; views start it.
class JobRunner : public QObject {
    Q_OBJECT
public:
    // What a job hands back: a line for the status bar and what it changed.
    struct Outcome {
        QString message;
        int changes = 0; // DataChanges bits
        // The work stopped early because cancel() was asked. Work that finished (even
        // after a late cancel) leaves it false: what it wrote stands.
        bool cancelled = false;
    };
    using Work = std::function<Outcome(util::Progress& progress)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // false (and nothing starts) while another job runs. `work` runs off the UI thread
    // and must open its own connections; it throws to fail, returns to succeed, and
    // returns early with Outcome::cancelled after Progress::report() said false.
    bool start(const QString& title, Work work);
    bool isRunning() const { return m_running; }
    QString title() const { return m_title; }
    void cancel();
    // Blocks until the running job ends (tests and shutdown only).
    void waitForDone();

Q_SIGNALS:
    void started(const QString& title);
    void progress(double fraction, const QString& stage);
    // cancelled: the user asked to stop and the job honoured it; message says what happened.
    void finished(bool ok, bool cancelled, const QString& message, int changes);

public:
    struct Shared; // between the job thread and the UI thread; defined in the .cpp

private:
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
    QString m_title;
};

} // namespace fraudlens::ui
