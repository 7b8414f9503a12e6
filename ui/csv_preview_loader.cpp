#include "csv_preview_loader.h"

#include "ingest/csv_reader.h"
#include "ingest/mapping_guesser.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace fraudlens::ui {

CsvPreviewLoader::CsvPreviewLoader(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<CsvPreview>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        const CsvPreview preview = m_watcher.result();
        // An answer for a path that was replaced meanwhile is dropped.
        if (preview.path == m_path)
            Q_EMIT loaded(preview);
    });
}

void CsvPreviewLoader::load(const QString& path)
{
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(&CsvPreviewLoader::read, path));
}

CsvPreview CsvPreviewLoader::read(const QString& path)
{
    CsvPreview preview;
    preview.path = path;
    try {
        const std::string file = path.toStdString();
        if (!std::filesystem::is_regular_file(file)) {
            preview.error = tr("%1: no such file").arg(path);
            return preview;
        }
        if (std::filesystem::file_size(file) == 0) {
            preview.error = tr("%1 is empty: a header row naming the columns is expected.").arg(path);
            return preview;
        }
        ingest::CsvReader reader(file);
        const std::vector<std::string> header = reader.readHeader();
        ingest::CsvRecord record;
        for (const std::string& name : header)
            preview.header.append(QString::fromStdString(name));
        std::vector<std::vector<std::string>> sample;
        while (sample.size() < ingest::MappingGuesser::kSampleRows && reader.next(record)) {
            sample.emplace_back(record.fields.begin(), record.fields.end());
            if (preview.rows.size() < kPreviewRows) {
                TextTableModel::Row row;
                row.reserve(static_cast<qsizetype>(record.fields.size()));
                for (std::string_view field : record.fields)
                    row.append(QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())));
                preview.rows.append(row);
            }
        }
        preview.guess = ingest::MappingGuesser::guess(header, sample);
        preview.guess.delimiter = reader.delimiter();
    } catch (const std::exception& e) {
        preview.header.clear();
        preview.rows.clear();
        preview.error = QString::fromStdString(e.what());
    }
    return preview;
}

} // namespace fraudlens::ui
