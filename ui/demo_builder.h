#pragma once

#include "job_runner.h"

#include "synth/demo_config.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fraudlens::ui {

class Workspace;

// "Open demo": builds the labelled demo database once, scores it, and hands it over.
// One job on workspace.jobs() (generate, store, score), cancellable at every stage. The
// data is built into PATH.part and renamed when complete, so PATH only ever holds a whole
// demo; a demo whose scoring was cancelled is scored (not rebuilt) on the next request,
// and a scored one is just opened.
class DemoBuilder : public QObject {
    Q_OBJECT
public:
    explicit DemoBuilder(Workspace& workspace, QObject* parent = nullptr);

    // QStandardPaths::AppDataLocation/demo.db
    static QString defaultPath();

    // false (and failed() emitted) when another job is running.
    bool start(const QString& path = defaultPath(), const synth::DemoConfig& config = {});
    bool isBuilding() const { return m_building; }

Q_SIGNALS:
    // The demo at `path` is built and scored: open it on its alert queue.
    void ready(const QString& path);
    // The job failed or was cancelled; `message` says which and why.
    void failed(const QString& message);

private:
    struct Plan;
    static JobRunner::Outcome run(const Plan& plan, util::Progress& progress);
    void jobFinished(const QString& message);

    Workspace& m_workspace;
    QString m_path;
    bool m_building = false;
    // Set by the job once the demo at m_path is scored: the truth even when a cancel
    // arrived too late to stop it.
    std::shared_ptr<bool> m_ready;
};

} // namespace fraudlens::ui
