#pragma once

#include "cases/alert_filter.h"
#include "cases/alert_row.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <optional>
#include <vector>

namespace fraudlens::ui {

class Workspace;

// The alert queue as a table that loads lazily: the row count comes from a COUNT and rows
// come a page at a time, read off the UI thread the first time a view asks for them.
// Filtering and sorting happen in SQL, so both reset the model. Until a reload's count
// and first page arrive, the rows already shown stay on screen.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        AccountColumn,
        RiskColumn,
        ReasonsColumn,
        DetectorsColumn,
        RingColumn,
        StatusColumn,
        AssigneeColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // what the column sorts on: a number, not its text
        AlertIdRole,
        AccountIdRole,
        StatusRole, // int(cases::AlertStatus)
    };
    static constexpr int kPageSize = 200;

    explicit AlertTableModel(Workspace& workspace, QObject* parent = nullptr);

    // The filter last asked for (its rows may still be on their way).
    const cases::AlertFilter& filter() const { return m_filter; }
    // Shows other alerts; the sort chosen with sort() stays.
    void setFilter(const cases::AlertFilter& filter);
    // Reads the count and the first page again, with the page of the anchor alert.
    void reload();
    // Shows nothing (no database is open).
    void clear();
    // The alert whose page every reload loads along with the first, so that the view can
    // select it again at once.
    void setAnchorAlert(std::optional<qint64> alertId) { m_anchorAlert = alertId; }
    std::optional<qint64> anchorAlert() const { return m_anchorAlert; }

    qint64 totalCount() const { return m_count; }
    // The row of an alert among the loaded pages; -1 when it is not loaded.
    int rowOfAlert(qint64 alertId) const;
    // nullptr while the row's page has not arrived.
    const cases::AlertRow* alertAt(int row) const;

    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // A reload's count and first page are shown (the model was reset).
    void reloaded();
    void loadFailed(const QString& message);

private:
    struct Snapshot;
    void showSnapshot(Snapshot snapshot, const cases::AlertFilter& filter, quint64 generation);
    void requestPage(int page) const;
    void storePage(int page, std::vector<cases::AlertRow> rows);
    QVariant displayText(const cases::AlertRow& row, int column) const;
    QVariant rawValue(const cases::AlertRow& row, int column) const;
    QVariant toolTip(const cases::AlertRow& row, int column) const;
    QVariant decoration(const cases::AlertRow& row, int column) const;
    qint64 ageMs(const cases::AlertRow& row) const;
    QString ageText(qint64 ms) const;

    Workspace& m_workspace;
    cases::AlertFilter m_filter;
    // What the shown rows were read with: pages asked for later must match them.
    cases::AlertFilter m_shownFilter;
    quint64 m_shownGeneration = 0;
    quint64 m_reloadGeneration = 0;
    std::optional<qint64> m_anchorAlert;
    qint64 m_count = 0;
    // Ages count from the reload, so that a row reads alike on every repaint.
    qint64 m_loadedAtMs = 0;
    QHash<int, std::vector<cases::AlertRow>> m_pages;
    mutable QSet<int> m_requestedPages;
    QIcon m_highRisk;
    QIcon m_elevatedRisk;
    QIcon m_frozen;
};

} // namespace fraudlens::ui
