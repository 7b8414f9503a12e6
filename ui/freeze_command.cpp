#include "freeze_command.h"

#include "case_actions.h"

#include "cases/case_desk.h"

namespace fraudlens::ui {

namespace {

QString describe(const QString& account, bool freeze)
{
    return freeze ? CaseActions::tr("Freeze %1").arg(account)
                  : CaseActions::tr("Unfreeze %1").arg(account);
}

} // namespace

FreezeCommand::FreezeCommand(CaseActions& actions, Workspace& workspace, qint64 accountId, const QString& account,
                             bool freeze, const QString& reason)
    : CaseCommand(actions, workspace, describe(account, freeze)),
      m_accountId(accountId), m_account(account), m_freeze(freeze), m_reason(reason)
{
}

QString FreezeCommand::apply(store::Database& db, const std::string& actor, bool forward, bool again)
{
    cases::CaseDesk desk(db, actor);
    const bool frozen = forward ? m_freeze : !m_freeze;
    const auto origin = !forward ? cases::DecisionOrigin::Undo
                                 : (again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
    // The undo keeps the analyst's reason, so the audit entry says what was undone and why.
    desk.setAccountFrozen(m_accountId, frozen, m_reason.toStdString(), origin);
    const QString what = frozen ? CaseActions::tr("%1 frozen").arg(m_account)
                                : CaseActions::tr("%1 unfrozen").arg(m_account);
    return forward ? what : CaseActions::tr("Undone: %1").arg(what);
}

} // namespace fraudlens::ui
