#include "alert_status_command.h"

#include "alert_status_label.h"
#include "case_actions.h"

#include "cases/case_desk.h"


namespace fraudlens::ui {

namespace {

QString describe(const std::vector<AlertStatusCommand::Change>& changes)
{
    const auto& first = changes.front();
    if (changes.size() == 1)
        return CaseActions::tr("%1: alert #%2 → %3")
            .arg(first.account)
            .arg(first.alertId)
            .arg(alertStatusLabel(first.to));
    return CaseActions::tr("%1 alerts → %2").arg(changes.size()).arg(alertStatusLabel(first.to));
}

} // namespace

AlertStatusCommand::AlertStatusCommand(CaseActions& actions, Workspace& workspace, std::vector<Change> changes,
                                       const QString& note)
    : CaseCommand(actions, workspace, describe(changes)), m_changes(std::move(changes)), m_note(note)
{
}

CaseCommand::Write AlertStatusCommand::write(bool forward, bool again) const
{
    return [changes = m_changes, note = m_note.toStdString(), forward, again](store::Database& db,
                                                                              const std::string& actor) {
        cases::CaseDesk desk(db, actor);
        QStringList refusals;
        const std::vector<Change> reached = decideEach(changes, [&](const Change& change) {
            if (forward)
                desk.setAlertStatus(change.alertId, change.from, change.to, note,
                                    again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
            else
                desk.setAlertStatus(change.alertId, change.to, change.from, {}, cases::DecisionOrigin::Undo);
        }, refusals);
        Written result;
        for (const Change& change : reached)
            result.ids.push_back(change.alertId);
        result.message = (forward ? describe(reached) : CaseActions::tr("Undone: %1").arg(describe(reached)))
                         + refusalNote(refusals);
        return result;
    };
}

void AlertStatusCommand::written(const Written& result, bool, bool again)
{
    // The first write decides which alerts this command covers; its undo reverses exactly those.
    if (!again)
        keepReached(m_changes, result.ids, [](const Change& change) { return change.alertId; });
}

} // namespace fraudlens::ui
