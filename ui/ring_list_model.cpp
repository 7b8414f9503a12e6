#include "ring_list_model.h"

#include <QLocale>
#include <QStringList>

namespace fraudlens::ui {

RingListModel::RingListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RingListModel::setRings(std::vector<cases::RingSummary> rings)
{
    beginResetModel();
    m_rings = std::move(rings);
    endResetModel();
}

int RingListModel::rowOf(qint64 ringId) const
{
    for (std::size_t i = 0; i < m_rings.size(); ++i)
        if (m_rings[i].id == ringId)
            return static_cast<int>(i);
    return -1;
}

int RingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rings.size());
}

int RingListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const cases::RingSummary& ring = m_rings[static_cast<std::size_t>(index.row())];
    if (role == RingIdRole)
        return QVariant::fromValue<qint64>(ring.id);
    if (role == SortRole) {
        switch (index.column()) {
        case RingColumn:
            return QVariant::fromValue<qint64>(ring.id);
        case ScoreColumn:
            return ring.score;
        case SizeColumn:
            return ring.size;
        case SharedColumn:
            return sharedText(ring);
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RingColumn:
            return QLocale().toString(ring.id);
        case ScoreColumn:
            return QLocale().toString(ring.score, 'f', 3);
        case SizeColumn:
            return QLocale().toString(ring.size);
        case SharedColumn:
            return sharedText(ring);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != SharedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Ring %1: %n account(s), density %2", nullptr, ring.size)
            .arg(ring.id)
            .arg(QLocale().toString(ring.density, 'f', 2));
    return {};
}

QVariant RingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RingColumn:
        return tr("Ring");
    case ScoreColumn:
        return tr("Score");
    case SizeColumn:
        return tr("Accounts");
    case SharedColumn:
        return tr("Shared");
    }
    return {};
}

QString RingListModel::sharedText(const cases::RingSummary& ring) const
{
    QStringList parts;
    for (const auto& [kind, count] : ring.sharedKinds)
        parts << (count > 1 ? tr("%1 × %2").arg(kindTitle(kind)).arg(count) : kindTitle(kind));
    return parts.join(QStringLiteral(", "));
}

QString RingListModel::kindTitle(const std::string& kind) const
{
    if (kind == "device")
        return tr("device");
    if (kind == "ip")
        return tr("IP");
    if (kind == "card")
        return tr("card");
    if (kind == "email")
        return tr("email");
    if (kind == "address")
        return tr("address");
    if (kind == "merchant")
        return tr("merchant burst");
    return QString::fromStdString(kind);
}

} // namespace fraudlens::ui
