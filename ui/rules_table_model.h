#pragma once

#include "rules/backtest_result.h"
#include "rules/rule.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace fraudlens::ui {

// The rules table: every stored rule (a few dozen at most, so all of them are held), with
// the figures of the latest backtest beside each once one has run. The enabled column is
// a check box; ticking it asks for the change (enabledToggled) instead of making it, since
// the change is only real once it is written and audited.
class RulesTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Severity, Enabled, Expression, Description, Hits, Precision, Recall, ColumnCount };
    // The raw value behind a cell (text, bool, integer or double), for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit RulesTableModel(QObject* parent = nullptr);

    void setRules(std::vector<rules::Rule> rules);
    // The figures per rule name; rules not in the backtest show none.
    void setBacktest(const rules::BacktestResult& result);
    void clearBacktest();
    // Whether the enabled check boxes can be ticked (not in auditor mode).
    void setEditable(bool editable);

    const rules::Rule& rule(int row) const { return m_rules[static_cast<std::size_t>(row)]; }
    // -1 when there is no rule of that name.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void enabledToggled(const QString& name, bool enabled);

private:
    QVariant raw(std::size_t row, int column) const;
    QVariant display(std::size_t row, int column) const;

    std::vector<rules::Rule> m_rules;
    std::vector<std::optional<rules::RuleBacktestRow>> m_backtest; // per row
    bool m_editable = true;
};

} // namespace fraudlens::ui
