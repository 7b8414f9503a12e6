#include "dataset_summary_loader.h"

#include "store/audit_log.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace fraudlens::ui {

DatasetSummaryLoader::DatasetSummaryLoader(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DatasetSummary>::finished, this, [this] {
        // A newer request supersedes this result: drop it rather than flash stale counts.
        const DatasetSummary summary = m_watcher.result();
        if (summary.generation == m_generation)
            Q_EMIT loaded(summary);
    });
}

void DatasetSummaryLoader::load(const QString& path)
{
    const quint64 generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([path, generation] {
        DatasetSummary summary;
        summary.generation = generation;
        summary.path = path;
        try {
            store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
            summary.stats = store::DatasetStats::load(db);
            const auto verification = store::AuditLog(db).verify();
            summary.auditOk = verification.ok;
            summary.auditEntries = verification.entries;
        } catch (const std::exception& e) {
            summary.error = QString::fromStdString(e.what());
        }
        return summary;
    }));
}

} // namespace fraudlens::ui
