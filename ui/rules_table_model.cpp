#include "rules_table_model.h"

#include <QLocale>

namespace fraudlens::ui {

namespace {

QString severityText(rules::Severity severity)
{
    switch (severity) {
    case rules::Severity::Low:
        return RulesTableModel::tr("Low");
    case rules::Severity::Medium:
        return RulesTableModel::tr("Medium");
    case rules::Severity::High:
        return RulesTableModel::tr("High");
    }
    return {};
}

} // namespace

RulesTableModel::RulesTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RulesTableModel::setRules(std::vector<rules::Rule> rules)
{
    // Keep the backtest figures of rules that are still there under the same name.
    std::vector<std::optional<rules::RuleBacktestRow>> figures(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i)
        for (std::size_t j = 0; j < m_rules.size(); ++j)
            if (m_rules[j].name == rules[i].name && m_rules[j].expression == rules[i].expression)
                figures[i] = m_backtest[j];
    beginResetModel();
    m_rules = std::move(rules);
    m_backtest = std::move(figures);
    endResetModel();
}

void RulesTableModel::setBacktest(const rules::BacktestResult& result)
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        m_backtest[i].reset();
        for (const auto& row : result.rules)
            if (row.name == m_rules[i].name)
                m_backtest[i] = row;
    }
    if (!m_rules.empty())
        Q_EMIT dataChanged(index(0, Hits), index(rowCount() - 1, Recall));
}

void RulesTableModel::clearBacktest()
{
    setBacktest({});
}

void RulesTableModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (!m_rules.empty())
        Q_EMIT dataChanged(index(0, Enabled), index(rowCount() - 1, Enabled));
}

int RulesTableModel::rowOf(const QString& name) const
{
    const std::string key = name.toStdString();
    for (std::size_t i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].name == key)
            return static_cast<int>(i);
    return -1;
}

int RulesTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int RulesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesTableModel::raw(std::size_t row, int column) const
{
    const rules::Rule& r = m_rules[row];
    const auto& figures = m_backtest[row];
    switch (column) {
    case Name:
        return QString::fromStdString(r.name);
    case Severity:
        return static_cast<int>(r.severity);
    case Enabled:
        return r.enabled;
    case Expression:
        return QString::fromStdString(r.expression);
    case Description:
        return QString::fromStdString(r.description);
    case Hits:
        return figures && figures->problem.empty() ? QVariant(qint64(figures->hits)) : QVariant();
    case Precision:
        return figures && figures->precision ? QVariant(*figures->precision) : QVariant();
    case Recall:
        return figures && figures->recall ? QVariant(*figures->recall) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant RulesTableModel::display(std::size_t row, int column) const
{
    const QLocale locale;
    const auto& figures = m_backtest[row];
    switch (column) {
    case Severity:
        return severityText(m_rules[row].severity);
    case Enabled:
        return {};
    case Hits:
        if (figures && !figures->problem.empty())
            return tr("cannot run");
        return figures ? locale.toString(qint64(figures->hits)) : QString();
    case Precision:
    case Recall: {
        const QVariant value = raw(row, column);
        return value.isValid() ? locale.toString(value.toDouble(), 'f', 2) : (figures ? QStringLiteral("–") : QString());
    }
    default:
        break;
    }
    return raw(row, column);
}

QVariant RulesTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawValueRole:
        return raw(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Enabled)
            return m_rules[row].enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Hits && m_backtest[row] && !m_backtest[row]->problem.empty())
            return QString::fromStdString(m_backtest[row]->problem);
        if (index.column() == Expression || index.column() == Description)
            return raw(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Hits)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    return {};
}

bool RulesTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::CheckStateRole
        || index.column() != Enabled || !m_editable)
        return false;
    const bool enabled = value.value<Qt::CheckState>() == Qt::Checked;
    const rules::Rule& r = m_rules[static_cast<std::size_t>(index.row())];
    if (enabled != r.enabled)
        Q_EMIT enabledToggled(QString::fromStdString(r.name), enabled);
    // The box shows the stored state until the write has committed and the table reloads.
    return false;
}

Qt::ItemFlags RulesTableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Enabled && m_editable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RulesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Severity:
        return tr("Severity");
    case Enabled:
        return tr("Enabled");
    case Expression:
        return tr("Expression");
    case Description:
        return tr("Description");
    case Hits:
        return tr("Hits");
    case Precision:
        return tr("Precision");
    case Recall:
        return tr("Recall");
    default:
        break;
    }
    return {};
}

} // namespace fraudlens::ui
