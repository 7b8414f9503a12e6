#pragma once

#include "rules/backtest_result.h"
#include "rules/rule.h"

#include <QGroupBox>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fraudlens::rules {
class RuleStore;
}

namespace fraudlens::ui {

class RuleForm;
class RulesTableModel;
class Workspace;

// The detection rules: the stored rules in a table, a form to add or change one (checked
// by the core parser as it is typed), enable / disable / remove, and a backtest over the
// stored transactions that fills in hits, precision and recall per rule. Every change is
// written by RuleStore on the writer thread with its audit entry, as the CLI's rules
// commands write them. In auditor mode the rules can be read and backtested, not changed.
class RulesEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit RulesEditor(Workspace& workspace, QWidget* parent = nullptr);

    // Reads the rules off the UI thread; loaded() once they are on screen.
    void reload();
    void clear();

Q_SIGNALS:
    void loaded();

private:
    using Change = std::function<void(rules::RuleStore& store, const std::string& actor)>;

    void showRules(std::vector<rules::Rule> rules);
    void showSelected();
    int selectedRow() const;
    void addRule();
    void saveRule();
    void removeRule();
    void toggleRule(const QString& name, bool enabled);
    void write(Change change, const QString& done, const QString& select);
    void backtest();
    void jobFinished(bool ok, bool cancelled, const QString& message);
    void showBacktest(const rules::BacktestResult& result);
    void updateEnabled();

    Workspace& m_workspace;
    RulesTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    RuleForm* m_form = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_backtest = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    quint64 m_ticket = 0;
    QString m_reselect; // the rule to select once the table has reloaded
    // Filled by the backtest job's thread; read once the job has finished.
    std::shared_ptr<std::optional<rules::BacktestResult>> m_pending;
};

} // namespace fraudlens::ui
