#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace fraudlens::cases {
struct CaseReportData;
}

namespace fraudlens::ui {

class Workspace;

// Writes the case report of one alert to a file the analyst or auditor chose: the case is read
// off the UI thread, the report built and saved on it (the chart is a widget). It writes
// nothing to the database, so it works in auditor mode.
class CaseReportExporter : public QObject {
    Q_OBJECT
public:
    explicit CaseReportExporter(Workspace& workspace, QObject* parent = nullptr);

    // PDF for a path ending in .pdf, HTML for .html or .htm. Ends in exported() or failed(),
    // always after this call returns.
    void exportAlert(qint64 alertId, const QString& path);

    // A file name for the save dialog, without a folder: case-report-alert-42-A000123.pdf.
    static QString suggestedFileName(qint64 alertId, const QString& account);
    // Asks where to save the report (PDF or HTML, in the documents folder at first); empty when
    // the user cancelled. A name typed without a suffix gets the chosen filter's.
    static QString choosePath(QWidget* parent, qint64 alertId, const QString& account);

Q_SIGNALS:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    enum class Format { Pdf, Html };

    void failLater(const QString& message);
    void save(cases::CaseReportData data, Format format, const QString& path);

    Workspace& m_workspace;
};

} // namespace fraudlens::ui
