#pragma once

#include "case_command.h"
#include "cases/alert_status.h"

#include <vector>

namespace fraudlens::ui {

// One status change on one or more alerts (a bulk selection is one undo step).
class AlertStatusCommand : public CaseCommand {
public:
    struct Change {
        qint64 alertId = 0;
        QString account;
        cases::AlertStatus from = cases::AlertStatus::New;
        cases::AlertStatus to = cases::AlertStatus::New;
    };

    AlertStatusCommand(CaseActions& actions, Workspace& workspace, std::vector<Change> changes, const QString& note);

protected:
    Write write(bool forward, bool again) const override;
    void written(const Written& result, bool forward, bool again) override;
    DataChanges changes() const override { return DataChange::Alerts; }

private:
    std::vector<Change> m_changes;
    QString m_note;
};

} // namespace fraudlens::ui
