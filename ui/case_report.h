#pragma once

#include "cases/case_report_data.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace fraudlens::ui {

// One alert's case file for auditors: who the account is, why it was flagged, its activity
// over time, the flagged transactions, every decision with its audit hash, the notes, and the
// audit chain head the report was read at, so that it can be tied to the chain later. Every
// string from the database is HTML-escaped. Saved as self-contained HTML or as an A4 PDF, each
// written to path + ".part" and renamed over path once complete: a failed write never leaves
// half a report, nor replaces a good one.
class CaseReport {
    Q_DECLARE_TR_FUNCTIONS(CaseReport)
public:
    // Who made the report from which file, and when; printed in its header.
    struct Origin {
        QString analyst;
        QString databasePath;
        QDateTime generatedAt; // UTC
    };

    // Renders the chart: UI thread only.
    CaseReport(cases::CaseReportData data, Origin origin);

    // The document with the chart embedded as a PNG data URI.
    QString html() const;
    // Each returns false, with the reason in `error`, when the file could not be written.
    bool saveHtml(const QString& path, QString* error = nullptr) const;
    bool savePdf(const QString& path, QString* error = nullptr) const;

private:
    QString document(const QString& chartSource, int chartWidth) const;
    QString header() const;
    QString accountSection() const;
    QString whySection() const;
    QString chartSection(const QString& source, int width) const;
    QString flaggedSection() const;
    QString decisionsSection() const;
    QString notesSection() const;
    // A decision's status move and the reason or note given with it, escaped.
    static QString decisionSummary(const store::AuditEntry& entry);

    cases::CaseReportData m_data;
    Origin m_origin;
    QImage m_chart;
};

} // namespace fraudlens::ui
