#include "freeze_command.h"

#include "case_actions.h"
#include "cases/case_desk.h"

namespace fraudlens::ui {

namespace {

QString describe(const std::vector<AccountRef>& targets, bool freeze)
{
    if (targets.size() == 1)
        return freeze ? CaseActions::tr("Freeze %1").arg(targets.front().account)
                      : CaseActions::tr("Unfreeze %1").arg(targets.front().account);
    const int n = static_cast<int>(targets.size());
    return freeze ? CaseActions::tr("Freeze %n account(s)", nullptr, n) : CaseActions::tr("Unfreeze %n account(s)", nullptr, n);
}

QString outcome(const std::vector<AccountRef>& targets, bool frozen)
{
    if (targets.size() == 1)
        return frozen ? CaseActions::tr("%1 frozen").arg(targets.front().account)
                      : CaseActions::tr("%1 unfrozen").arg(targets.front().account);
    const int n = static_cast<int>(targets.size());
    return frozen ? CaseActions::tr("%n account(s) frozen", nullptr, n) : CaseActions::tr("%n account(s) unfrozen", nullptr, n);
}

} // namespace

FreezeCommand::FreezeCommand(CaseActions& actions, Workspace& workspace, std::vector<AccountRef> targets, bool freeze,
                             const QString& reason)
    : CaseCommand(actions, workspace, describe(targets, freeze)),
      m_targets(std::move(targets)), m_freeze(freeze), m_reason(reason)
{
}

CaseCommand::Write FreezeCommand::write(bool forward, bool again) const
{
    const bool frozen = forward ? m_freeze : !m_freeze;
    const auto origin = !forward ? cases::DecisionOrigin::Undo
                                 : (again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
    return [targets = m_targets, reason = m_reason.toStdString(), frozen, origin,
            forward](store::Database& db, const std::string& actor) {
        cases::CaseDesk desk(db, actor);
        QStringList refusals;
        // The undo keeps the analyst's reason, so the audit entry says what was undone and why.
        const std::vector<AccountRef> reached = decideEach(targets, [&](const AccountRef& target) {
            desk.setAccountFrozen(target.accountId, frozen, reason, origin);
        }, refusals);
        Written result;
        for (const AccountRef& target : reached)
            result.ids.push_back(target.accountId);
        const QString what = outcome(reached, frozen);
        result.message = (forward ? what : CaseActions::tr("Undone: %1").arg(what)) + refusalNote(refusals);
        return result;
    };
}

void FreezeCommand::written(const Written& result, bool, bool again)
{
    // The first write decides which accounts this command covers; its undo reverses exactly those.
    if (!again)
        keepReached(m_targets, result.ids, [](const AccountRef& target) { return target.accountId; });
}

} // namespace fraudlens::ui
