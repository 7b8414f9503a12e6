#include "rules_editor.h"

#include "data_change.h"
#include "features/feature_matrix.h"
#include "features/feature_names.h"
#include "job_runner.h"
#include "rule_form.h"
#include "rules/rule_backtest.h"
#include "rules/rule_set.h"
#include "rules/rule_store.h"
#include "rules_table_model.h"
#include "scoring/backtest_input.h"
#include "store/database.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace fraudlens::ui {

namespace {

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QString ratio(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? QLocale().toString(*value, 'f', 2) : QStringLiteral("–");
}

} // namespace

RulesEditor::RulesEditor(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Rules"), parent), m_workspace(workspace), m_model(new RulesTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RulesTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // stored order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RulesTableModel::Expression, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_form = new RuleForm(this);
    m_new = button(tr("New rule"), "newRuleButton", this);
    m_add = button(tr("Add as new rule"), "addRuleButton", this);
    m_save = button(tr("Save changes"), "saveRuleButton", this);
    m_remove = button(tr("Remove"), "removeRuleButton", this);
    m_remove->setToolTip(tr("The audit log keeps the removed rule"));
    m_backtest = button(tr("Backtest"), "backtestButton", this);
    m_backtest->setToolTip(tr("Replay every rule over the stored transactions: hits and, with labels, precision "
                              "and recall. Disabled rules are measured too."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_add, m_save, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_backtest);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesEditor::showSelected);
    connect(m_form, &RuleForm::validityChanged, this, &RulesEditor::updateEnabled);
    connect(m_model, &RulesTableModel::enabledToggled, this, &RulesEditor::toggleRule);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_form->clear();
        m_status->clear();
    });
    connect(m_add, &QPushButton::clicked, this, &RulesEditor::addRule);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::saveRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesEditor::removeRule);
    connect(m_backtest, &QPushButton::clicked, this, &RulesEditor::backtest);
    JobRunner& jobs = m_workspace.jobs();
    connect(&jobs, &JobRunner::started, this, &RulesEditor::updateEnabled);
    connect(&jobs, &JobRunner::finished, this,
            [this](bool ok, bool cancelled, const QString& message) { jobFinished(ok, cancelled, message); });
    connect(&m_workspace, &Workspace::readOnlyChanged, this, &RulesEditor::updateEnabled);
    // Another database's figures say nothing about this one's rules.
    connect(&m_workspace, &Workspace::opened, this, [this] {
        m_model->clearBacktest();
        m_summary->clear();
    });
    updateEnabled();
}

void RulesEditor::reload()
{
    const quint64 ticket = ++m_ticket;
    m_workspace.read<std::vector<rules::Rule>>(
        this, [](store::Database& db) { return rules::RuleStore(db, features::defaultFeatureSchema()).list(); },
        [this, ticket](std::vector<rules::Rule> list) {
            if (ticket != m_ticket)
                return;
            showRules(std::move(list));
            Q_EMIT loaded();
        },
        [this, ticket](const QString& problem) {
            if (ticket != m_ticket)
                return;
            m_status->setText(tr("Could not read the rules: %1").arg(problem));
            Q_EMIT loaded();
        });
}

void RulesEditor::clear()
{
    ++m_ticket;
    m_model->setRules({});
    m_form->clear();
    m_status->clear();
    m_summary->clear();
    updateEnabled();
}

void RulesEditor::showRules(std::vector<rules::Rule> list)
{
    const int selected = selectedRow();
    const QString keep = !m_reselect.isEmpty() ? std::exchange(m_reselect, QString())
                         : selected >= 0       ? QString::fromStdString(m_model->rule(selected).name)
                                               : QString();
    m_model->setRules(std::move(list));
    const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    else if (selected >= 0)
        m_form->clear(); // the rule shown was removed
    updateEnabled();
}

int RulesEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_sorted->mapToSource(rows.first()).row();
}

void RulesEditor::showSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        m_form->setRule(m_model->rule(row));
    updateEnabled();
}

void RulesEditor::addRule()
{
    if (!m_form->isValid())
        return;
    rules::Rule rule = m_form->rule();
    rule.id = 0;
    const QString name = QString::fromStdString(rule.name);
    write([rule](rules::RuleStore& store, const std::string& actor) { store.add(rule, actor); },
          tr("Added rule '%1'.").arg(name), name);
}

void RulesEditor::saveRule()
{
    const int row = selectedRow();
    if (row < 0 || !m_form->isValid())
        return;
    rules::Rule rule = m_form->rule();
    rule.id = m_model->rule(row).id;
    const QString name = QString::fromStdString(rule.name);
    write([rule](rules::RuleStore& store, const std::string& actor) { store.update(rule, actor); },
          tr("Saved rule '%1'.").arg(name), name);
}

void RulesEditor::removeRule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const std::string name = m_model->rule(row).name;
    write([name](rules::RuleStore& store, const std::string& actor) { store.remove(name, actor); },
          tr("Removed rule '%1'.").arg(QString::fromStdString(name)), QString());
}

void RulesEditor::toggleRule(const QString& name, bool enabled)
{
    const std::string key = name.toStdString();
    write([key, enabled](rules::RuleStore& store, const std::string& actor) { store.setEnabled(key, enabled, actor); },
          enabled ? tr("Enabled rule '%1'.").arg(name) : tr("Disabled rule '%1'.").arg(name),
          QString()); // the selection, and a rule half typed in the form, stay as they are
}

void RulesEditor::write(Change change, const QString& done, const QString& select)
{
    if (!m_workspace.isOpen() || m_workspace.readOnly())
        return;
    const std::string actor = m_workspace.analyst().toStdString();
    m_status->setText(tr("Saving…"));
    m_workspace.write<bool>(
        this,
        [change = std::move(change), actor](store::Database& db) {
            rules::RuleStore store(db, features::defaultFeatureSchema());
            change(store, actor);
            return true;
        },
        [this, done, select](bool) {
            m_status->setText(done);
            m_reselect = select;
            m_workspace.notifyChanged(DataChange::Rules | DataChange::Audit);
        },
        [this](const QString& problem) {
            // RuleStore names the rule and the problem (a duplicate name, say); nothing was written.
            m_status->clear();
            m_form->showProblem(problem);
        });
}

void RulesEditor::backtest()
{
    if (!m_workspace.isOpen())
        return;
    const std::string path = m_workspace.path().toStdString();
    auto pending = std::make_shared<std::optional<rules::BacktestResult>>();
    const bool started = m_workspace.jobs().start(tr("Backtesting rules"), [path, pending](util::Progress& progress) {
        store::Database db(path, store::OpenMode::ReadOnly);
        std::vector<std::int8_t> labels;
        const features::FeatureMatrix matrix = scoring::loadFeatureMatrixForBacktest(db, &progress, labels);
        // Rules written for extra columns this data lacks are reported, not fatal.
        const rules::RuleSet set(rules::RuleStore(db, matrix.schema).list(), matrix.schema, rules::InvalidRules::Skip);
        *pending = rules::RuleBacktest::run(set, matrix, labels);
        return JobRunner::Outcome{tr("Backtested %1 rules over %2 transactions.")
                                      .arg(QLocale().toString(qulonglong(set.size())),
                                           QLocale().toString(qlonglong((*pending)->rows))),
                                  0};
    });
    if (started) {
        m_pending = std::move(pending);
        m_summary->setText(tr("Backtesting…"));
    }
}

void RulesEditor::jobFinished(bool ok, bool cancelled, const QString& message)
{
    updateEnabled();
    if (!m_pending)
        return; // another view's job
    const auto pending = std::exchange(m_pending, nullptr);
    if (cancelled)
        m_summary->setText(tr("Backtest cancelled."));
    else if (!ok)
        m_summary->setText(tr("The backtest failed: %1").arg(message));
    else if (*pending)
        showBacktest(**pending);
}

void RulesEditor::showBacktest(const rules::BacktestResult& result)
{
    m_model->setBacktest(result);
    const QLocale locale;
    const rules::RuleBacktestRow& any = result.anyEnabled;
    if (result.hasLabels())
        m_summary->setText(tr("Backtest over %1 transactions (%2 labelled fraud): the enabled rules together hit %3, "
                              "precision %4, recall %5.")
                               .arg(locale.toString(qlonglong(result.rows)), locale.toString(qlonglong(result.positives)),
                                    locale.toString(qlonglong(any.hits)), ratio(any.precision), ratio(any.recall)));
    else
        m_summary->setText(tr("Backtest over %1 transactions: the enabled rules together hit %2. No labels in this "
                              "data, so precision and recall are unknown.")
                               .arg(locale.toString(qlonglong(result.rows)), locale.toString(qlonglong(any.hits))));
}

void RulesEditor::updateEnabled()
{
    const bool editable = m_workspace.isOpen() && !m_workspace.readOnly();
    const bool selected = selectedRow() >= 0;
    m_model->setEditable(editable);
    m_form->setReadOnly(!editable);
    m_new->setEnabled(editable);
    m_add->setEnabled(editable && m_form->isValid());
    m_save->setEnabled(editable && selected && m_form->isValid());
    m_remove->setEnabled(editable && selected);
    m_backtest->setEnabled(m_workspace.isOpen() && !m_workspace.jobs().isRunning() && m_model->rowCount() > 0);
}

} // namespace fraudlens::ui
