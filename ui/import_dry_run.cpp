#include "import_dry_run.h"

#include "promise_progress.h"

#include "ingest/csv_reader.h"
#include "ingest/importer.h"
#include "store/database_files.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace fraudlens::ui {

namespace {

// The first rows of the reject report the importer wrote: file, line, column, column_name, reason.
QList<TextTableModel::Row> readProblems(const std::string& reportPath, int limit)
{
    QList<TextTableModel::Row> rows;
    ingest::CsvReader reader(reportPath, ',');
    ingest::CsvRecord record;
    if (!reader.next(record)) // the header
        return rows;
    while (rows.size() < limit && reader.next(record)) {
        if (record.fields.size() < 5)
            continue;
        auto text = [&record](size_t i) {
            return QString::fromUtf8(record.fields[i].data(), static_cast<qsizetype>(record.fields[i].size()));
        };
        rows.append({text(1).toLongLong(), text(2).toLongLong(), text(3), text(4)});
    }
    return rows;
}

} // namespace

ImportDryRun::ImportDryRun(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DryRunReport>::progressValueChanged, this, [this](int value) {
        Q_EMIT progress(static_cast<double>(value) / PromiseProgress<DryRunReport>::kSteps, m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<DryRunReport>::finished, this, [this] {
        // A cancelled run adds no result.
        if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
            Q_EMIT finished(m_watcher.result());
    });
}

ImportDryRun::~ImportDryRun()
{
    // The run stops at its next progress report; its scratch files go with m_scratch.
    cancel();
}

void ImportDryRun::start(const ingest::ImportOptions& options, const QString& targetDb)
{
    cancel();
    ++m_runs;
    const QString scratchDb = m_scratch.filePath(QStringLiteral("dry-run-%1.db").arg(m_runs));
    ingest::ImportOptions dry = options;
    dry.rejectReportPath = m_scratch.filePath(QStringLiteral("rejects-%1.csv").arg(m_runs)).toStdString();
    m_watcher.setFuture(QtConcurrent::run(&ImportDryRun::run, dry, scratchDb, targetDb));
}

void ImportDryRun::cancel()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void ImportDryRun::run(QPromise<DryRunReport>& promise, ingest::ImportOptions options, const QString& scratchDb,
                       const QString& targetDb)
{
    PromiseProgress<DryRunReport> progress(promise);
    DryRunReport report;
    const std::string scratch = scratchDb.toStdString();
    try {
        if (scratchDb.isEmpty())
            throw std::runtime_error("cannot create a temporary directory to check the file in");
        // Every row is read and checked either way; abort mode rolls the scratch
        // transaction back when a row is rejected, so it writes nothing then.
        options.onError = ingest::OnError::Abort;
        options.force = true;
        ingest::ImportResult result;
        {
            store::Database db(scratch, store::OpenMode::Create);
            result = ingest::Importer(db).run(options, &progress);
        }
        store::removeDatabaseFiles(scratch);
        if (result.status == ingest::ImportResult::Status::Cancelled)
            return;
        report.rowsRead = result.rowsRead;
        report.rowsRejected = result.rowsRejected;
        if (result.rowsRejected > 0) {
            report.reportPath = QString::fromStdString(options.rejectReportPath);
            report.problems = readProblems(options.rejectReportPath, kShownProblems);
        }
        const std::string target = targetDb.toStdString();
        if (!target.empty() && std::filesystem::exists(target)) {
            store::Database db(target, store::OpenMode::ReadOnly);
            report.earlier = store::ImportLog(db).findBySha256(result.sha256);
        }
    } catch (const std::exception& e) {
        store::removeDatabaseFiles(scratch);
        report.error = QString::fromStdString(e.what());
    }
    promise.addResult(report);
}

} // namespace fraudlens::ui
