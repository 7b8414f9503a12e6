#include "ring_list_panel.h"

#include "cases/link_graph_query.h"
#include "ring_list_model.h"
#include "workspace.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <vector>

namespace fraudlens::ui {

RingListPanel::RingListPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_model = new RingListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RingListModel::SortRole);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("ringList"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RingListModel::ScoreColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The numbers take what they need; what the ring shares gets the rest, on one line.
    for (const int column : {RingListModel::RingColumn, RingListModel::ScoreColumn, RingListModel::SizeColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ringStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Rings of the latest scoring run"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    // Selection rather than the current row: a table that gains focus makes its first row
    // current without selecting it, and that should not open a ring.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RingListPanel::onSelectionChanged);
}

void RingListPanel::reload()
{
    const quint64 request = ++m_request;
    m_workspace.read<std::vector<cases::RingSummary>>(
        this,
        [](store::Database& db) {
            return cases::LinkGraphQuery(db).rings(static_cast<std::size_t>(kRingLimit));
        },
        [this, request](std::vector<cases::RingSummary> rings) {
            if (request != m_request)
                return;
            const auto count = static_cast<int>(rings.size());
            m_model->setRings(std::move(rings));
            if (count == 0)
                m_status->setText(tr("No rings: run scoring to look for accounts tied by shared entities."));
            else if (count == kRingLimit)
                m_status->setText(tr("The %1 highest-scoring rings.").arg(QLocale().toString(count)));
            else
                m_status->clear();
            m_status->setVisible(!m_status->text().isEmpty());
            syncSelection();
            Q_EMIT reloaded();
        },
        [this, request](const QString& message) {
            if (request != m_request)
                return;
            m_model->setRings({});
            m_status->setText(tr("The rings could not be read: %1").arg(message));
            m_status->show();
        });
}

void RingListPanel::clear(const QString& status)
{
    ++m_request;
    m_current = 0;
    m_model->setRings({});
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void RingListPanel::setCurrentRing(qint64 ringId)
{
    m_current = ringId;
    syncSelection();
}

QString RingListPanel::scoreText(qint64 ringId) const
{
    const int row = m_model->rowOf(ringId);
    return row < 0 ? QString() : m_model->index(row, RingListModel::ScoreColumn).data().toString();
}

void RingListPanel::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const qint64 ringId = rows.first().data(RingListModel::RingIdRole).toLongLong();
    if (ringId <= 0 || ringId == m_current)
        return;
    m_current = ringId;
    Q_EMIT ringPicked(ringId);
}

void RingListPanel::syncSelection()
{
    QItemSelectionModel* selection = m_table->selectionModel();
    m_syncing = true;
    const int row = m_current > 0 ? m_model->rowOf(m_current) : -1;
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        selection->clearSelection();
    }
    m_syncing = false;
}

} // namespace fraudlens::ui
