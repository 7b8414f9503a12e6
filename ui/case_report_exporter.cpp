#include "case_report_exporter.h"

#include "case_report.h"
#include "workspace.h"

#include "cases/case_report_data.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMetaObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>
#include <utility>

namespace fraudlens::ui {

CaseReportExporter::CaseReportExporter(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
}

void CaseReportExporter::exportAlert(qint64 alertId, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::optional<Format> format;
    if (suffix == QLatin1String("pdf"))
        format = Format::Pdf;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        format = Format::Html;
    if (!format) {
        failLater(tr("A case report is saved as PDF (.pdf) or HTML (.html), not as %1.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!m_workspace.isOpen()) {
        failLater(tr("No database is open."));
        return;
    }
    m_workspace.read<cases::CaseReportData>(
        this, [alertId](store::Database& db) { return cases::CaseReportData::load(db, alertId); },
        [this, format = *format, path](cases::CaseReportData data) { save(std::move(data), format, path); },
        [this, alertId](const QString& message) {
            Q_EMIT failed(tr("The case of alert #%1 could not be read: %2").arg(QString::number(alertId), message));
        });
}

void CaseReportExporter::failLater(const QString& message)
{
    // Queued like every other outcome, so a caller may connect and call in either order.
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void CaseReportExporter::save(cases::CaseReportData data, Format format, const QString& path)
{
    const CaseReport report(std::move(data),
                            {m_workspace.analyst(), m_workspace.path(), QDateTime::currentDateTimeUtc()});
    QString error;
    const bool saved = format == Format::Pdf ? report.savePdf(path, &error) : report.saveHtml(path, &error);
    if (saved)
        Q_EMIT exported(path);
    else
        Q_EMIT failed(error);
}

QString CaseReportExporter::suggestedFileName(qint64 alertId, const QString& account)
{
    // Account ids come from imported data: only letters, digits, '-' and '_' reach the name.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString safe = account;
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.isEmpty())
        return QStringLiteral("case-report-alert-%1.pdf").arg(alertId);
    return QStringLiteral("case-report-alert-%1-%2.pdf").arg(QString::number(alertId), safe);
}

QString CaseReportExporter::choosePath(QWidget* parent, qint64 alertId, const QString& account)
{
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("HTML (*.html)");
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(parent, tr("Save case report"),
                                                folder.filePath(suggestedFileName(alertId, account)),
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    return path;
}

} // namespace fraudlens::ui
