#pragma once

#include "text_table_model.h"

#include "ingest/mapping.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

namespace fraudlens::ui {

// The head of a CSV file as the import wizard shows it, read off the UI thread.
struct CsvPreview {
    QString path;
    QString error;                     // the file cannot be read as CSV (then nothing else is set)
    QStringList header;
    QList<TextTableModel::Row> rows;   // the first kPreviewRows records
    ingest::Mapping guess;             // the guesser's mapping from the header and a sample
};

// Reads the header, the first rows and a sample for the mapping guesser with the core's
// CsvReader on a pool thread. Only the latest request is answered.
class CsvPreviewLoader : public QObject {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit CsvPreviewLoader(QObject* parent = nullptr);

    void load(const QString& path);
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(const fraudlens::ui::CsvPreview& preview);

private:
    static CsvPreview read(const QString& path);

    QFutureWatcher<CsvPreview> m_watcher;
    QString m_path;
};

} // namespace fraudlens::ui
