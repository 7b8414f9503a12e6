#pragma once

#include "case_command.h"

namespace fraudlens::ui {

// Freezing or unfreezing an account, with the analyst's reason.
class FreezeCommand : public CaseCommand {
public:
    FreezeCommand(CaseActions& actions, Workspace& workspace, qint64 accountId, const QString& account, bool freeze,
                  const QString& reason);

protected:
    Write write(bool forward, bool again) const override;
    DataChanges changes() const override { return DataChange::Accounts; }

private:
    qint64 m_accountId;
    QString m_account;
    bool m_freeze;
    QString m_reason;
};

} // namespace fraudlens::ui
