#include "rule_form.h"

#include "features/feature_names.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace fraudlens::ui {

RuleForm::RuleForm(QWidget* parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. large_amount_new_device"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->addItem(tr("Low"), static_cast<int>(rules::Severity::Low));
    m_severity->addItem(tr("Medium"), static_cast<int>(rules::Severity::Medium));
    m_severity->addItem(tr("High"), static_cast<int>(rules::Severity::High));
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_expression = new QLineEdit(this);
    m_expression->setObjectName(QStringLiteral("ruleExpression"));
    m_expression->setPlaceholderText(tr("e.g. amount > 5 * acct_median_amount and new_device"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setPlaceholderText(tr("Why the rule exists, for the analyst who reads an alert"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ruleError"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problem->setPalette(warning);

    auto* header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_severity);
    header->addWidget(m_enabled);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name"), header);
    form->addRow(tr("Expression"), m_expression);
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), m_problem);

    connect(m_name, &QLineEdit::textChanged, this, &RuleForm::validate);
    connect(m_expression, &QLineEdit::textChanged, this, &RuleForm::validate);
    clear();
}

rules::Rule RuleForm::rule() const
{
    rules::Rule r;
    r.id = m_id;
    r.name = m_name->text().trimmed().toStdString();
    r.expression = m_expression->text().toStdString();
    r.severity = static_cast<rules::Severity>(m_severity->currentData().toInt());
    r.enabled = m_enabled->isChecked();
    r.description = m_description->text().trimmed().toStdString();
    return r;
}

void RuleForm::setRule(const rules::Rule& rule)
{
    m_id = rule.id;
    m_name->setText(QString::fromStdString(rule.name));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(static_cast<int>(rule.severity))));
    m_enabled->setChecked(rule.enabled);
    m_expression->setText(QString::fromStdString(rule.expression));
    m_description->setText(QString::fromStdString(rule.description));
    validate();
}

void RuleForm::clear()
{
    rules::Rule blank;
    setRule(blank);
}

void RuleForm::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void RuleForm::setReadOnly(bool readOnly)
{
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_severity, m_enabled, m_expression, m_description})
        field->setEnabled(!readOnly);
}

void RuleForm::validate()
{
    QString problem;
    const QString expression = m_expression->text();
    const bool blank = m_name->text().trimmed().isEmpty() && expression.trimmed().isEmpty();
    if (blank) {
        // A fresh form: nothing to save yet, and nothing wrong with it either.
    } else if (m_name->text().trimmed().isEmpty()) {
        problem = tr("A rule needs a name.");
    } else if (expression.trimmed().isEmpty()) {
        problem = tr("Write the condition the rule tests, e.g. amount > 1000 and new_device.");
    } else {
        try {
            rules::RuleSet::compileCondition(expression.toStdString(), features::defaultFeatureSchema());
        } catch (const rules::RuleError& error) {
            // The parser's message names the problem and, for a misspelt name, the likely one.
            const QString what = QString::fromStdString(error.problem());
            problem = error.column() > 0 ? tr("Column %1: %2").arg(error.column()).arg(what) : what;
        }
    }
    const bool valid = !blank && problem.isEmpty();
    showProblem(problem);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

} // namespace fraudlens::ui
