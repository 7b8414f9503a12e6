#pragma once

#include "audit_row.h"

#include "cases/audit_filter.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <map>
#include <vector>

namespace fraudlens::ui {

class Workspace;

// The audit log, newest first, fetched lazily: a COUNT gives the rows, pages of kPageSize
// are read off the UI thread when a view first asks for one of their rows, and a row
// shows a placeholder until its page is in.
//
// Pages are keyed by position counted from the oldest matching entry. The log is
// append-only, so those positions never move: when it grows, refresh() inserts the new
// rows at the top and every page already read stays valid, with the selection and the
// scroll position kept. Each count also bounds the pages at the newest entry it saw, so
// offsets stay right while entries keep arriving.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };
    // A cell's raw value: seq and time as numbers.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 500;

    explicit AuditTableModel(Workspace& workspace, QObject* parent = nullptr);

    // Starts over with another filter: the rows are replaced once it is counted.
    void setFilter(const cases::AuditFilter& filter);
    // Counts again under the same filter; new entries come in at the top.
    void refresh();
    void clear();
    // The filter of the rows shown, bounded at the newest entry counted.
    cases::AuditFilter shownFilter() const { return m_shown; }

    // nullptr until the row's page is in.
    const AuditRow* rowAt(int row) const;
    // The row showing entry seq, or -1 when that entry is not among the loaded rows.
    int rowOfSeq(qint64 seq) const;
    // Reads the page that holds row, unless it is in or on its way.
    void fetchRow(int row);
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A fresh count is in place, after setFilter() or refresh().
    void counted();
    void rowsLoaded(int first, int last);
    void loadFailed(const QString& message);

private:
    void requestCount(bool replace);
    void applyCount(qint64 count, qint64 newestSeq, bool replace);
    void fetchBlock(int block);
    void fetchWanted();
    void storeBlock(int block, std::vector<AuditRow> rows, qint64 countAsked);
    // Position from the oldest matching entry ↔ row from the newest.
    int rowOfPosition(qint64 position) const { return static_cast<int>(m_count - 1 - position); }
    qint64 positionOfRow(int row) const { return m_count - 1 - row; }

    Workspace& m_workspace;
    cases::AuditFilter m_requested; // what the next count is for
    cases::AuditFilter m_shown;     // what the rows are, maxSeq set
    qint64 m_count = 0;
    quint64 m_generation = 0;   // bumps when the rows are replaced: pages read before are dropped
    quint64 m_countSerial = 0;  // only the latest count asked for is applied
    std::map<int, std::vector<AuditRow>> m_blocks; // oldest first within a block
    QSet<int> m_inFlight;
    QSet<int> m_failed;         // not asked again until the rows are replaced or refreshed
    // data() is const: it notes the pages it misses, and a zero timer fetches them once
    // control is back in the event loop, batching a whole repaint into one request each.
    mutable QSet<int> m_wanted;
    mutable QTimer m_fetchTimer;
};

} // namespace fraudlens::ui
