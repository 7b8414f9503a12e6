#pragma once

#include <QTreeWidget>

namespace fraudlens::cases {
struct AccountHistory;
struct HistoryEntry;
}

namespace fraudlens::ui {

// An account's case history, newest first: decisions from the audit log (on the account
// and on its alerts) and the analysts' notes, withdrawn ones shown as such.
class AccountHistoryList : public QTreeWidget {
    Q_OBJECT
public:
    explicit AccountHistoryList(QWidget* parent = nullptr);

    void setHistory(const cases::AccountHistory& history);

private:
    QString actionText(const cases::HistoryEntry& entry) const;
    QString noteText(const cases::HistoryEntry& entry) const;
};

} // namespace fraudlens::ui
