#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace fraudlens::ui {

// A small read-only table held whole in memory: the import preview's first rows and the
// validation's first rejected rows. Cells keep their type (numbers sort as numbers).
class TextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Row = QList<QVariant>;

    explicit TextTableModel(QObject* parent = nullptr);

    void reset(const QStringList& headers, const QList<Row>& rows);
    void clear() { reset({}, {}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace fraudlens::ui
