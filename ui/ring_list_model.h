#pragma once

#include "cases/ring_summary.h"

#include <QAbstractTableModel>

#include <vector>

namespace fraudlens::ui {

// The rings of the latest scoring run for the network view's list. A run keeps at most a
// few hundred rings and the list is capped when read, so rows come in one piece.
class RingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RingColumn, ScoreColumn, SizeColumn, SharedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value a column sorts on
        RingIdRole,
    };

    explicit RingListModel(QObject* parent = nullptr);

    void setRings(std::vector<cases::RingSummary> rings);
    // The row of a ring, or -1.
    int rowOf(qint64 ringId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sharedText(const cases::RingSummary& ring) const;
    QString kindTitle(const std::string& kind) const;

    std::vector<cases::RingSummary> m_rings;
};

} // namespace fraudlens::ui
