#include "demo_builder.h"

#include "app_settings.h"
#include "data_change.h"
#include "workspace.h"

#include "cases/dataset_state.h"
#include "scoring/scoring_job.h"
#include "store/database.h"
#include "store/database_files.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace fraudlens::ui {

namespace {

// Progress bar shares of a full build; scoring trains two models and dominates.
constexpr double kGenerated = 0.15;
constexpr double kStored = 0.30;

// The sidecars first, the main file last: PATH appears only once everything is in place.
void moveDatabase(const std::string& from, const std::string& to)
{
    for (const char* suffix : store::kDatabaseSidecars) {
        std::error_code ignored;
        std::filesystem::remove(to + suffix, ignored);
        if (std::filesystem::exists(from + suffix))
            std::filesystem::rename(from + suffix, to + suffix);
    }
    std::filesystem::rename(from, to);
}

} // namespace

struct DemoBuilder::Plan {
    std::string path;
    synth::DemoConfig config;
    scoring::ScoringOptions scoring;
    bool openInWorkspace = false;
    std::shared_ptr<bool> ready;
};

DemoBuilder::DemoBuilder(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    connect(&m_workspace.jobs(), &JobRunner::finished, this,
            [this](bool, bool, const QString& message, int) {
                // The runner is shared: only the job this builder started is ours.
                if (m_building)
                    jobFinished(message);
            });
}

QString DemoBuilder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.db"));
}

bool DemoBuilder::start(const QString& path, const synth::DemoConfig& config)
{
    Plan plan;
    plan.path = QDir::cleanPath(path).toStdString();
    plan.config = config;
    plan.scoring = AppSettings().scoringOptions();
    if (!m_workspace.analyst().isEmpty())
        plan.scoring.actor = m_workspace.analyst().toStdString();
    plan.openInWorkspace = m_workspace.isOpen() && QDir::cleanPath(m_workspace.path()) == QDir::cleanPath(path);
    plan.ready = m_ready = std::make_shared<bool>(false);

    JobRunner& jobs = m_workspace.jobs();
    m_path = QDir::cleanPath(path);
    m_building = true;
    if (!jobs.start(tr("Preparing the demo"), [plan](util::Progress& progress) { return run(plan, progress); })) {
        m_building = false;
        Q_EMIT failed(tr("Another job is running (%1). Open the demo when it has finished.").arg(jobs.title()));
        return false;
    }
    return true;
}

JobRunner::Outcome DemoBuilder::run(const Plan& plan, util::Progress& progress)
{
    util::reportProgress(&progress, 0.0, "checking");
    bool needsBuild = true;
    if (std::filesystem::exists(plan.path)) {
        store::Database db(plan.path, store::OpenMode::ReadWrite);
        const cases::DatasetState state = cases::DatasetState::load(db);
        if (state.scored()) {
            *plan.ready = true;
            return {tr("The demo database is ready."), 0};
        }
        needsBuild = !state.hasTransactions;
    }

    if (needsBuild) {
        const std::string part = plan.path + ".part";
        store::removeDatabaseFiles(part); // what a crash or a kill left behind
        std::filesystem::create_directories(std::filesystem::path(plan.path).parent_path());
        util::SubProgress generating(&progress, 0.0, kGenerated);
        auto records = synth::DemoGenerator(plan.config).generate(&generating);
        if (records.empty()) {
            if (!progress.report(kGenerated, "generating"))
                return {tr("Demo cancelled."), 0, true};
            throw std::runtime_error("the demo generator produced no transactions");
        }
        bool stored = false;
        {
            store::Database db(part, store::OpenMode::Create);
            util::SubProgress storing(&progress, kGenerated, kStored);
            stored = synth::DemoExporter::toDatabase(db, plan.config, records, &storing, plan.scoring.actor);
        }
        if (!stored) {
            store::removeDatabaseFiles(part);
            return {tr("Demo cancelled."), 0, true};
        }
        store::removeDatabaseFiles(plan.path); // an empty file someone left at the demo's place
        moveDatabase(part, plan.path);
    }

    util::SubProgress scoringProgress(&progress, needsBuild ? kStored : 0.0, 1.0);
    const auto summary = scoring::ScoringJob::run(plan.path, plan.scoring, &scoringProgress);
    // Cancelled while scoring: the demo stays whole but unscored, and the next request scores it.
    if (!summary)
        return {tr("Scoring the demo was cancelled."), 0, true};
    *plan.ready = true;
    const QLocale locale;
    const int changes = plan.openInWorkspace ? DataChanges(DataChange::Everything).toInt() : 0;
    return {tr("Demo ready: %1 transactions scored, %2 alerts.")
                .arg(locale.toString(static_cast<qulonglong>(summary->transactions)),
                     locale.toString(static_cast<qulonglong>(summary->alerts))),
            changes};
}

void DemoBuilder::jobFinished(const QString& message)
{
    m_building = false;
    if (m_ready && *m_ready)
        Q_EMIT ready(m_path);
    else
        Q_EMIT failed(message);
}

} // namespace fraudlens::ui
