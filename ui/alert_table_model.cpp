#include "alert_table_model.h"

#include "alert_status_label.h"
#include "display_text.h"
#include "workspace.h"

#include "cases/alert_query.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <array>
#include <climits>
#include <set>
#include <utility>

namespace fraudlens::ui {

namespace {

// Where a risk starts to deserve the analyst's eye first; shown as a dot, not a glare.
constexpr double kHighRisk = 0.8;
constexpr double kElevatedRisk = 0.5;

QIcon dot(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(pixmap);
}

// Per column, in Column order: what the database sorts it by (lists are not sortable).
constexpr std::array<std::optional<cases::AlertSortColumn>, AlertTableModel::ColumnCount> kSortKeys = {
    cases::AlertSortColumn::Priority, cases::AlertSortColumn::Account, cases::AlertSortColumn::Risk,
    std::nullopt,                     std::nullopt,                    cases::AlertSortColumn::Ring,
    cases::AlertSortColumn::Status,   cases::AlertSortColumn::Assignee, cases::AlertSortColumn::Age,
};

constexpr std::array<const char*, AlertTableModel::ColumnCount> kHeaders = {
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Priority"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Account"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Risk"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Top reasons"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Detectors"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Ring"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Status"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Assignee"),
    QT_TRANSLATE_NOOP("fraudlens::ui::AlertTableModel", "Age"),
};

std::optional<cases::AlertSortColumn> sortKeyOf(int column)
{
    return column >= 0 && column < AlertTableModel::ColumnCount ? kSortKeys[static_cast<std::size_t>(column)]
                                                                : std::nullopt;
}

bool isNumeric(int column)
{
    return column == AlertTableModel::PriorityColumn || column == AlertTableModel::RiskColumn
        || column == AlertTableModel::RingColumn || column == AlertTableModel::AgeColumn;
}

} // namespace

// What one reload reads: the count and the pages the view needs first.
struct AlertTableModel::Snapshot {
    std::int64_t count = 0;
    std::vector<std::pair<int, std::vector<cases::AlertRow>>> pages;
};

AlertTableModel::AlertTableModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent),
      m_workspace(workspace),
      m_highRisk(dot(QColor(196, 78, 66))),
      m_elevatedRisk(dot(QColor(214, 160, 64))),
      m_frozen(dot(QColor(92, 124, 160)))
{
}

void AlertTableModel::setFilter(const cases::AlertFilter& filter)
{
    cases::AlertFilter next = filter;
    next.sortColumn = m_filter.sortColumn;
    next.order = m_filter.order;
    if (next == m_filter)
        return;
    m_filter = next;
    reload();
}

void AlertTableModel::reload()
{
    const quint64 generation = ++m_reloadGeneration;
    const cases::AlertFilter filter = m_filter;
    const std::optional<qint64> anchor = m_anchorAlert;
    m_workspace.read<Snapshot>(
        this,
        [filter, anchor](store::Database& db) {
            cases::AlertQuery query(db);
            Snapshot snapshot;
            snapshot.count = query.count(filter);
            std::set<int> pages{0};
            if (anchor)
                if (const auto position = query.position(filter, *anchor))
                    pages.insert(static_cast<int>(*position / kPageSize));
            for (const int page : pages)
                snapshot.pages.emplace_back(page, query.page(filter, std::int64_t(page) * kPageSize, kPageSize));
            return snapshot;
        },
        [this, filter, generation](Snapshot snapshot) {
            if (generation == m_reloadGeneration)
                showSnapshot(std::move(snapshot), filter, generation);
        },
        [this, generation](const QString& message) {
            if (generation == m_reloadGeneration)
                Q_EMIT loadFailed(message);
        });
}

void AlertTableModel::clear()
{
    beginResetModel();
    m_shownGeneration = ++m_reloadGeneration;
    m_count = 0;
    m_pages.clear();
    m_requestedPages.clear();
    endResetModel();
}

void AlertTableModel::showSnapshot(Snapshot snapshot, const cases::AlertFilter& filter, quint64 generation)
{
    beginResetModel();
    m_shownGeneration = generation;
    m_shownFilter = filter;
    m_count = snapshot.count;
    m_loadedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_pages.clear();
    m_requestedPages.clear();
    for (auto& [page, rows] : snapshot.pages) {
        m_requestedPages.insert(page);
        m_pages.insert(page, std::move(rows));
    }
    endResetModel();
    Q_EMIT reloaded();
}

void AlertTableModel::requestPage(int page) const
{
    if (m_requestedPages.contains(page))
        return;
    m_requestedPages.insert(page);
    // Filling the page cache changes nothing a view can see until the page lands, which
    // is why data() may ask for it; the context must be a non-const QObject.
    auto* self = const_cast<AlertTableModel*>(this);
    const quint64 generation = m_shownGeneration;
    const cases::AlertFilter filter = m_shownFilter;
    m_workspace.read<std::vector<cases::AlertRow>>(
        self,
        [filter, page](store::Database& db) {
            return cases::AlertQuery(db).page(filter, std::int64_t(page) * kPageSize, kPageSize);
        },
        [self, generation, page](std::vector<cases::AlertRow> rows) {
            if (generation == self->m_shownGeneration)
                self->storePage(page, std::move(rows));
        },
        // A failed page stays marked as asked for: repaints must not retry it in a loop.
        [self, generation](const QString& message) {
            if (generation == self->m_shownGeneration)
                Q_EMIT self->loadFailed(message);
        });
}

void AlertTableModel::storePage(int page, std::vector<cases::AlertRow> rows)
{
    const int first = page * kPageSize;
    const int last = static_cast<int>(std::min<qint64>(first + static_cast<qint64>(rows.size()), rowCount())) - 1;
    m_pages.insert(page, std::move(rows));
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int AlertTableModel::rowOfAlert(qint64 alertId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto& rows = it.value();
        const auto found = std::find_if(rows.begin(), rows.end(), [alertId](const auto& row) { return row.id == alertId; });
        if (found != rows.end()) {
            const int row = it.key() * kPageSize + static_cast<int>(found - rows.begin());
            return row < rowCount() ? row : -1;
        }
    }
    return -1;
}

const cases::AlertRow* AlertTableModel::alertAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto page = m_pages.constFind(row / kPageSize);
    if (page == m_pages.cend())
        return nullptr;
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    return offset < page->size() ? &(*page)[offset] : nullptr;
}

bool AlertTableModel::isSortable(int column) { return sortKeyOf(column).has_value(); }

int AlertTableModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortKeyOf(column) == m_filter.sortColumn)
            return column;
    return PriorityColumn;
}

Qt::SortOrder AlertTableModel::sortOrder() const
{
    return m_filter.order == cases::SortOrder::Ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, INT_MAX));
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cases::AlertRow* row = alertAt(index.row());
    if (!row) {
        requestPage(index.row() / kPageSize);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case Qt::DecorationRole:
        return decoration(*row, index.column());
    case Qt::ForegroundRole:
        // Decided cases stay in the record but step back.
        if (!cases::isOpen(row->status))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return int((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case RawValueRole:
        return rawValue(*row, index.column());
    case AlertIdRole:
        return qint64(row->id);
    case AccountIdRole:
        return qint64(row->accountId);
    case StatusRole:
        return int(row->status);
    default:
        return {};
    }
}

QVariant AlertTableModel::displayText(const cases::AlertRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case PriorityColumn:
        return locale.toString(row.priority, 'f', 2);
    case AccountColumn:
        return QString::fromStdString(row.accountExternalId);
    case RiskColumn:
        return locale.toString(row.risk, 'f', 2);
    case ReasonsColumn:
        return toStringList(row.topReasons).join(QStringLiteral("; "));
    case DetectorsColumn:
        return toStringList(row.detectors).join(QStringLiteral(", "));
    case RingColumn:
        return row.ringId ? locale.toString(*row.ringId) : QString();
    case StatusColumn:
        return alertStatusLabel(row.status);
    case AssigneeColumn:
        return QString::fromStdString(row.assignee);
    case AgeColumn:
        return ageText(ageMs(row));
    default:
        return {};
    }
}

QVariant AlertTableModel::rawValue(const cases::AlertRow& row, int column) const
{
    switch (column) {
    case PriorityColumn:
        return row.priority;
    case AccountColumn:
        return QString::fromStdString(row.accountExternalId);
    case RiskColumn:
        return row.risk;
    case ReasonsColumn:
        return toStringList(row.topReasons);
    case DetectorsColumn:
        return toStringList(row.detectors);
    case RingColumn:
        return row.ringId ? QVariant(qint64(*row.ringId)) : QVariant();
    case StatusColumn:
        return cases::AlertQuery::statusRank(row.status);
    case AssigneeColumn:
        return QString::fromStdString(row.assignee);
    case AgeColumn:
        return ageMs(row);
    default:
        return {};
    }
}

QVariant AlertTableModel::toolTip(const cases::AlertRow& row, int column) const
{
    switch (column) {
    case AccountColumn:
        if (row.accountFrozen)
            return tr("Account %1 is frozen").arg(QString::fromStdString(row.accountExternalId));
        return {};
    case ReasonsColumn:
        return toStringList(row.topReasons).join(QLatin1Char('\n'));
    case AgeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAtMs), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant AlertTableModel::decoration(const cases::AlertRow& row, int column) const
{
    if (column == RiskColumn) {
        if (row.risk >= kHighRisk)
            return m_highRisk;
        if (row.risk >= kElevatedRisk)
            return m_elevatedRisk;
    }
    if (column == AccountColumn && row.accountFrozen)
        return m_frozen;
    return {};
}

qint64 AlertTableModel::ageMs(const cases::AlertRow& row) const
{
    return std::max<qint64>(0, m_loadedAtMs - row.createdAtMs);
}

QString AlertTableModel::ageText(qint64 ms) const
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return tr("%n min", "age of an alert", static_cast<int>(minutes));
    if (minutes < 24 * 60)
        return tr("%n h", "age of an alert", static_cast<int>(minutes / 60));
    return tr("%n d", "age of an alert", static_cast<int>(minutes / (24 * 60)));
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr(kHeaders[static_cast<std::size_t>(section)]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PriorityColumn:
            return tr("Risk, raised for high-severity rule hits");
        case RiskColumn:
            return tr("Highest fused risk among the flagged transactions");
        case AgeColumn:
            return tr("Time since the alert was raised");
        default:
            break;
        }
    }
    return {};
}

void AlertTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    cases::AlertFilter next = m_filter;
    next.sortColumn = *key;
    next.order = order == Qt::AscendingOrder ? cases::SortOrder::Ascending : cases::SortOrder::Descending;
    if (next == m_filter)
        return;
    m_filter = next;
    reload();
}

} // namespace fraudlens::ui
