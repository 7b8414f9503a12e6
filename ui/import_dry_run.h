#pragma once

#include "text_table_model.h"

#include "ingest/import_options.h"
#include "store/import_log.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace fraudlens::ui {

// What a dry run of an import found.
struct DryRunReport {
    QString error;                              // the file could not be read at all
    qint64 rowsRead = 0;
    qint64 rowsRejected = 0;
    QList<TextTableModel::Row> problems;        // the first kShownProblems: line, column, column name, reason
    QString reportPath;                         // CSV of every rejected row; empty when none
    std::optional<store::ImportRecord> earlier; // the target already holds this very file

    qint64 rowsOk() const { return rowsRead - rowsRejected; }
};

// Checks a whole file against a mapping without touching the target: the core importer
// runs into a scratch database in the temporary directory, which is then deleted; its
// reject report is kept (for "Save reject report…") until this object goes. Off the UI
// thread, with progress, and cancelled by cancel() or by destroying this object.
class ImportDryRun : public QObject {
    Q_OBJECT
public:
    static constexpr int kShownProblems = 200;

    explicit ImportDryRun(QObject* parent = nullptr);
    ~ImportDryRun() override;

    // targetDb: the database the real import will go to, to tell whether it already holds the file.
    void start(const ingest::ImportOptions& options, const QString& targetDb);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void progress(double fraction, const QString& stage);
    // Not emitted for a cancelled run.
    void finished(const fraudlens::ui::DryRunReport& report);

private:
    static void run(QPromise<DryRunReport>& promise, ingest::ImportOptions options, const QString& scratchDb,
                    const QString& targetDb);

    QTemporaryDir m_scratch;
    QFutureWatcher<DryRunReport> m_watcher;
    int m_runs = 0;
};

} // namespace fraudlens::ui
