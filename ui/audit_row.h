#pragma once

#include <QString>

namespace fraudlens::ui {

// One audit entry as the audit view shows it, converted off the UI thread.
struct AuditRow {
    qint64 seq = 0;
    qint64 timeMs = 0;
    QString time; // ISO 8601, UTC
    QString actor;
    QString action;
    QString target;
    QString details;        // the JSON as stored
    QString detailsCompact; // on one line, for the table
    QString prevHash;
    QString hash;
};

} // namespace fraudlens::ui
