#pragma once

#include "audit_row.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace fraudlens::ui {

// Everything one audit entry holds: who did what to which target and when, its details
// as indented JSON, and the two hashes that chain it to the entries around it.
class AuditDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit AuditDetailsPane(QWidget* parent = nullptr);

    // nullptr: no entry selected, or its page is still being read (loading).
    void showRow(const AuditRow* row, bool loading = false);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_prevHashCaption = nullptr;
    QLabel* m_prevHash = nullptr;
    QLabel* m_hashCaption = nullptr;
    QLabel* m_hash = nullptr;
    std::optional<AuditRow> m_row; // a copy: the model may drop its pages at any time
    bool m_loading = false;
};

} // namespace fraudlens::ui
