#include "live_worker.h"

#include "cases/dataset_state.h"
#include "live/live_input.h"
#include "live/live_scorer.h"
#include "models/model_error.h"
#include "store/database.h"
#include "util/progress.h"

#include <QLocale>

#include <exception>

namespace fraudlens::ui {

namespace {

// The scorer's warm-up reports here; a stop asked meanwhile cancels it.
class WarmUpProgress : public util::Progress {
public:
    explicit WarmUpProgress(LiveWorker& worker) : m_worker(worker) {}
    bool report(double fraction, std::string_view stage) override
    {
        (void)stage;
        m_worker.setWarmUpFraction(fraction);
        return !m_worker.sink().stopRequested();
    }

private:
    LiveWorker& m_worker;
};

} // namespace

LiveWorker::LiveWorker(std::string databasePath, std::unique_ptr<live::LiveInput> input,
                       live::LiveSession::Options options)
    : m_databasePath(std::move(databasePath)), m_input(std::move(input)), m_options(std::move(options))
{
}

LiveWorker::~LiveWorker() = default;

LiveWorker::Outcome LiveWorker::run()
{
    try {
        return runSession();
    } catch (const std::exception& e) {
        Outcome outcome;
        // Thrown before the session ran (the file cannot be opened) or by it (a write failed):
        // what was counted is committed, and what was acknowledged since is in the journal.
        outcome.sessionRan = m_ready.load();
        outcome.summary = outcome.sessionRan
            ? tr("Live monitoring failed: %1. Every transaction counted so far is stored; those acknowledged since "
                 "wait in the session's journal and are stored when live monitoring starts again on this database.")
                  .arg(QString::fromStdString(e.what()))
            : tr("Live monitoring could not start: %1").arg(QString::fromStdString(e.what()));
        return outcome;
    }
}

LiveWorker::Outcome LiveWorker::runSession()
{
    Outcome outcome;
    store::Database db(m_databasePath, store::OpenMode::ReadWrite);
    if (!cases::DatasetState::load(db).scored()) {
        outcome.summary = tr("This database has never been scored, and live monitoring scores with the last "
                             "run's models: run “Train and score” in the Models view first.");
        return outcome;
    }

    std::unique_ptr<live::LiveScorer> scorer;
    {
        WarmUpProgress progress(*this);
        try {
            scorer = live::LiveScorer::open(db, live::LiveScorer::Options{}, &progress);
        } catch (const models::ModelError& e) {
            outcome.summary = tr("The last scoring run's models cannot be used: %1. Run “Train and score” in the "
                                 "Models view again.")
                                  .arg(QString::fromStdString(e.what()));
            return outcome;
        }
    }
    if (!scorer) {
        outcome.ok = true;
        outcome.summary = tr("Live monitoring stopped before the first transaction: nothing was stored.");
        return outcome;
    }

    live::LiveSession session(db, *scorer, *m_input, m_options, m_sink);
    m_ready = true;
    const live::LiveSession::Summary summary = session.run();
    outcome.sessionRan = true;
    outcome.ok = !summary.inputFailed;
    outcome.summary = summaryText(summary);
    return outcome;
}

QString LiveWorker::summaryText(const live::LiveSession::Summary& summary)
{
    // The session's own words for the usual endings; an input's failure is shown as it came.
    QString endedBy = QString::fromStdString(summary.endedBy);
    if (summary.endedBy == "stop requested")
        endedBy = tr("stopped");
    else if (summary.endedBy == "end of input")
        endedBy = tr("end of input");
    else if (summary.endedBy == "idle")
        endedBy = tr("no input for a while");
    else if (summary.endedBy == "transaction limit reached")
        endedBy = tr("transaction limit reached");
    const QLocale locale;
    const live::LiveWriter::Counts& counts = summary.counts;
    return tr("Live monitoring ended (%1): %2 transactions stored in %3 s (%4 per second), %5 alerts raised, "
              "%6 updated, %7 blocked, %8 bad lines.")
        .arg(endedBy, locale.toString(counts.stored), locale.toString(summary.seconds, 'f', 1),
             locale.toString(summary.rate(), 'f', 0), locale.toString(counts.alertsRaised),
             locale.toString(counts.alertsUpdated), locale.toString(counts.blocked), locale.toString(counts.rejected));
}

} // namespace fraudlens::ui
