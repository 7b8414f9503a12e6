#pragma once

#include <QFlags>
#include <QMetaType>

namespace fraudlens::ui {

// What a write or a background job changed, so that each view reloads only what it shows.
enum class DataChange {
    Transactions = 0x01, // import, demo, live ingest
    Scores = 0x02,       // a scoring run: scores, rings, bursts, models
    Alerts = 0x04,       // alert status, assignee, new alerts
    Accounts = 0x08,     // frozen / active
    Notes = 0x10,
    Audit = 0x20,
    Rules = 0x40,
    Settings = 0x80,
    Everything = 0xff,
};
Q_DECLARE_FLAGS(DataChanges, DataChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataChanges)

} // namespace fraudlens::ui

Q_DECLARE_METATYPE(fraudlens::ui::DataChanges)
