#include "audit_table_model.h"

#include "workspace.h"

#include "cases/audit_query.h"
#include "store/database.h"
#include "util/clock.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <utility>

namespace fraudlens::ui {

namespace {

QString oneLine(const std::string& json)
{
    const QByteArray bytes = QByteArray::fromStdString(json);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    // Not JSON (written outside FraudLens?): shown as it is, on one line.
    return QString::fromStdString(json).simplified();
}

AuditRow toRow(const store::AuditEntry& e)
{
    AuditRow row;
    row.seq = e.seq;
    row.timeMs = e.timestampMs;
    row.time = QString::fromStdString(util::formatIsoUtc(e.timestampMs));
    row.actor = QString::fromStdString(e.actor);
    row.action = QString::fromStdString(e.action);
    row.target = QString::fromStdString(e.target);
    row.details = QString::fromStdString(e.details);
    row.detailsCompact = oneLine(e.details);
    row.prevHash = QString::fromStdString(e.prevHash);
    row.hash = QString::fromStdString(e.hash);
    return row;
}

} // namespace

AuditTableModel::AuditTableModel(Workspace& workspace, QObject* parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, &AuditTableModel::fetchWanted);
}

void AuditTableModel::setFilter(const cases::AuditFilter& filter)
{
    m_requested = filter;
    m_requested.maxSeq.reset();
    requestCount(true);
}

void AuditTableModel::refresh() { requestCount(false); }

void AuditTableModel::clear()
{
    beginResetModel();
    ++m_generation;
    ++m_countSerial;
    m_requested = {};
    m_shown = {};
    m_count = 0;
    m_blocks.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_wanted.clear();
    endResetModel();
}

void AuditTableModel::requestCount(bool replace)
{
    const quint64 serial = ++m_countSerial;
    const cases::AuditFilter filter = m_requested;
    m_workspace.read<cases::AuditQuery::Extent>(
        this, [filter](store::Database& db) { return cases::AuditQuery(db).extent(filter); },
        [this, serial, replace](cases::AuditQuery::Extent extent) {
            if (serial == m_countSerial)
                applyCount(extent.count, extent.newestSeq, replace);
        },
        [this, serial](const QString& message) {
            if (serial == m_countSerial)
                Q_EMIT loadFailed(message);
        });
}

void AuditTableModel::applyCount(qint64 count, qint64 newestSeq, bool replace)
{
    count = std::min<qint64>(count, std::numeric_limits<int>::max());
    cases::AuditFilter shown = m_requested;
    shown.maxSeq = newestSeq;
    cases::AuditFilter unbounded = m_shown;
    unbounded.maxSeq.reset();
    // Fewer entries than before under the same filter means the log lost some (tampering):
    // nothing read so far can be trusted to sit where it did.
    if (replace || unbounded != m_requested || count < m_count) {
        beginResetModel();
        ++m_generation;
        m_shown = shown;
        m_count = count;
        m_blocks.clear();
        m_inFlight.clear();
        m_failed.clear();
        m_wanted.clear();
        endResetModel();
    } else {
        m_failed.clear();
        if (count > m_count) {
            beginInsertRows(QModelIndex(), 0, static_cast<int>(count - m_count) - 1);
            m_shown = shown;
            m_count = count;
            endInsertRows();
        }
    }
    Q_EMIT counted();
}

const AuditRow* AuditTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 position = positionOfRow(row);
    const auto it = m_blocks.find(static_cast<int>(position / kPageSize));
    if (it == m_blocks.end())
        return nullptr;
    const auto offset = static_cast<std::size_t>(position % kPageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

int AuditTableModel::rowOfSeq(qint64 seq) const
{
    for (const auto& [block, rows] : m_blocks) {
        if (rows.empty() || seq < rows.front().seq || seq > rows.back().seq)
            continue;
        const auto it = std::lower_bound(rows.cbegin(), rows.cend(), seq,
                                         [](const AuditRow& r, qint64 value) { return r.seq < value; });
        if (it != rows.cend() && it->seq == seq)
            return rowOfPosition(static_cast<qint64>(block) * kPageSize + (it - rows.cbegin()));
    }
    return -1;
}

void AuditTableModel::fetchRow(int row)
{
    if (row >= 0 && row < m_count && !rowAt(row))
        fetchBlock(static_cast<int>(positionOfRow(row) / kPageSize));
}

void AuditTableModel::fetchWanted()
{
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (const int block : wanted)
        fetchBlock(block);
}

void AuditTableModel::fetchBlock(int block)
{
    if (m_inFlight.contains(block) || m_failed.contains(block))
        return;
    const qint64 first = static_cast<qint64>(block) * kPageSize;
    if (first >= m_count)
        return;
    m_inFlight.insert(block);
    // Newest first in the database, oldest first here: the page's rows counted from the
    // newest end of this count's snapshot.
    const qint64 count = m_count;
    const qint64 end = std::min(count, first + kPageSize);
    const qint64 offset = count - end;
    const qint64 limit = end - first;
    const cases::AuditFilter filter = m_shown;
    const quint64 generation = m_generation;
    m_workspace.read<std::vector<AuditRow>>(
        this,
        [filter, offset, limit](store::Database& db) {
            const auto entries = cases::AuditQuery(db).page(filter, offset, limit);
            std::vector<AuditRow> rows;
            rows.reserve(entries.size());
            for (auto it = entries.crbegin(); it != entries.crend(); ++it)
                rows.push_back(toRow(*it));
            return rows;
        },
        [this, generation, block, count](std::vector<AuditRow> rows) {
            if (generation == m_generation)
                storeBlock(block, std::move(rows), count);
        },
        [this, generation, block](const QString& message) {
            if (generation != m_generation)
                return;
            m_inFlight.remove(block);
            m_failed.insert(block);
            Q_EMIT loadFailed(message);
        });
}

void AuditTableModel::storeBlock(int block, std::vector<AuditRow> rows, qint64 countAsked)
{
    m_inFlight.remove(block);
    auto& stored = m_blocks[block];
    // A page read before the last refresh may be shorter than one read after it.
    if (rows.size() > stored.size())
        stored = std::move(rows);
    const qint64 first = static_cast<qint64>(block) * kPageSize;
    if (!stored.empty()) {
        const int top = rowOfPosition(first + static_cast<qint64>(stored.size()) - 1);
        const int bottom = rowOfPosition(first);
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
        Q_EMIT rowsLoaded(top, bottom);
    }
    const qint64 expected = std::min(m_count, first + kPageSize) - first;
    if (static_cast<qint64>(stored.size()) >= expected)
        return;
    if (countAsked < m_count) {
        // The log grew while this page was read: its newest rows came in since, and the
        // view will not ask again for rows it has already painted as placeholders.
        fetchBlock(block);
    } else {
        // Entries counted a moment ago are gone (deleted behind FraudLens's back): no
        // position read so far can be trusted, so count and read everything again.
        m_failed.insert(block);
        requestCount(true);
    }
}

void AuditTableModel::retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int AuditTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow* row = rowAt(index.row());
    if (!row) {
        const int block = static_cast<int>(positionOfRow(index.row()) / kPageSize);
        if (!m_inFlight.contains(block) && !m_failed.contains(block)) {
            m_wanted.insert(block);
            if (!m_fetchTimer.isActive())
                m_fetchTimer.start();
        }
        // A page that could not be read says so in the view's status line, not per row.
        if (role == Qt::DisplayRole && index.column() == SeqColumn)
            return m_failed.contains(block) ? QStringLiteral("–") : tr("loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return row->seq;
        case TimeColumn: return row->time;
        case ActorColumn: return row->actor;
        case ActionColumn: return row->action;
        case TargetColumn: return row->target;
        case DetailsColumn: return row->detailsCompact;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case SeqColumn: return row->seq;
        case TimeColumn: return row->timeMs;
        case ActorColumn: return row->actor;
        case ActionColumn: return row->action;
        case TargetColumn: return row->target;
        case DetailsColumn: return row->details;
        }
        break;
    case Qt::ToolTipRole:
        // Both are often wider than their column.
        if (index.column() == DetailsColumn)
            return row->detailsCompact;
        if (index.column() == TargetColumn)
            return row->target;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
        break;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("Seq");
    case TimeColumn: return tr("Time (UTC)");
    case ActorColumn: return tr("Actor");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace fraudlens::ui
