#pragma once

#include "rules/rule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fraudlens::ui {

// The fields of one rule, checked as they are typed: the expression is compiled by the
// core parser against the built-in features (as `fraudlens-cli rules add` does), and a
// problem is shown inline with its column and, for a misspelt name, the parser's
// "did you mean" before anything can be saved.
class RuleForm : public QWidget {
    Q_OBJECT
public:
    explicit RuleForm(QWidget* parent = nullptr);

    // The rule as typed; id is the one loaded with setRule(), 0 after clear().
    rules::Rule rule() const;
    bool isValid() const { return m_valid; }
    void setRule(const rules::Rule& rule);
    void clear();
    // A problem found when writing (a duplicate name, say), shown where typing problems are.
    void showProblem(const QString& problem);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void validate();

    QLineEdit* m_name = nullptr;
    QComboBox* m_severity = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_expression = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    std::int64_t m_id = 0;
    bool m_valid = false;
};

} // namespace fraudlens::ui
