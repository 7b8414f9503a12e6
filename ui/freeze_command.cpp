#include "freeze_command.h"

#include "case_actions.h"

#include "cases/case_desk.h"

namespace fraudlens::ui {

namespace {

QString describe(const QString& account, bool freeze)
{
    return freeze ? CaseActions::tr("Freeze %1").arg(account) : CaseActions::tr("Unfreeze %1").arg(account);
}

} // namespace

FreezeCommand::FreezeCommand(CaseActions& actions, Workspace& workspace, qint64 accountId, const QString& account,
                             bool freeze, const QString& reason)
    : CaseCommand(actions, workspace, describe(account, freeze)),
      m_accountId(accountId), m_account(account), m_freeze(freeze), m_reason(reason)
{
}

CaseCommand::Write FreezeCommand::write(bool forward, bool again) const
{
    const bool frozen = forward ? m_freeze : !m_freeze;
    const auto origin = !forward ? cases::DecisionOrigin::Undo
                                 : (again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
    return [accountId = m_accountId, account = m_account, reason = m_reason.toStdString(), frozen, origin,
            forward](store::Database& db, const std::string& actor) {
        // The undo keeps the analyst's reason, so the audit entry says what was undone and why.
        cases::CaseDesk(db, actor).setAccountFrozen(accountId, frozen, reason, origin);
        const QString what = frozen ? CaseActions::tr("%1 frozen").arg(account) : CaseActions::tr("%1 unfrozen").arg(account);
        return Written{forward ? what : CaseActions::tr("Undone: %1").arg(what), {}};
    };
}

} // namespace fraudlens::ui
