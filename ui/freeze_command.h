#pragma once

#include "account_ref.h"
#include "case_command.h"

#include <vector>

namespace fraudlens::ui {

// Freezing or unfreezing accounts, with the analyst's one reason: one account from the
// account view, or a bulk selection of the queue as one undo step.
class FreezeCommand : public CaseCommand {
public:
    FreezeCommand(CaseActions& actions, Workspace& workspace, std::vector<AccountRef> targets, bool freeze,
                  const QString& reason);

protected:
    Write write(bool forward, bool again) const override;
    void written(const Written& result, bool forward, bool again) override;
    DataChanges changes() const override { return DataChange::Accounts; }

private:
    std::vector<AccountRef> m_targets;
    bool m_freeze;
    QString m_reason;
};

} // namespace fraudlens::ui
