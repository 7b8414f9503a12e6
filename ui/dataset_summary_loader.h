#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "store/dataset_stats.h"

namespace fraudlens::ui {

// The counts of a database, read on a worker thread with that thread's own connection.
struct DatasetSummary {
    quint64 generation = 0; // which load() asked for it
    QString path;
    QString error;
    store::DatasetStats stats;
    bool auditOk = true;
    qint64 auditEntries = 0;
};

class DatasetSummaryLoader : public QObject {
    Q_OBJECT
public:
    explicit DatasetSummaryLoader(QObject* parent = nullptr);

    void load(const QString& path);
    // Drops the answer of a load still on its way.
    void cancel() { ++m_generation; }

Q_SIGNALS:
    void loaded(const fraudlens::ui::DatasetSummary& summary);

private:
    QFutureWatcher<DatasetSummary> m_watcher;
    quint64 m_generation = 0;
};

} // namespace fraudlens::ui
