#pragma once

#include "cases/audit_filter.h"

#include <QTimer>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fraudlens::ui {

// The audit view's filters: actor and action picked from what the log holds, and a
// search in the targets that waits for the typing to pause before it asks.
class AuditFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    cases::AuditFilter filter() const;
    // Offers these values, keeping the current choices; one that is gone falls back to
    // "all" and filterChanged() follows.
    void setChoices(const std::vector<std::string>& actors, const std::vector<std::string>& actions);
    // Back to "all" and an empty search, without filterChanged().
    void reset();

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_actorCaption = nullptr;
    QComboBox* m_actor = nullptr;
    QLabel* m_actionCaption = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_debounce;
};

} // namespace fraudlens::ui
